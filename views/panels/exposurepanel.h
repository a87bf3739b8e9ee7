#pragma once

#include "exposureanalysis.h"

#include <QTimer>
#include <QWidget>

#include <memory>

class QLabel;
class QTreeWidget;
class QTreeWidgetItem;

namespace kumo {

class DesignScene;
class Document;
class ExposureOverlay;
namespace exposure {
class Network;
}

/// The Exposure panel: while it is shown, the paths from the internet are drawn over the canvas,
/// and for the selected component it lists who can reach it and how ("reachable from the internet
/// on 443 via ...; not on 22 because ..."). Selecting a hop selects its components and the
/// security group whose rule admitted it; selecting a blocker selects the setting to change.
/// It follows the document's changes like the findings do.
class ExposurePanel : public QWidget
{
    Q_OBJECT

public:
    ExposurePanel(Document *document, DesignScene *scene, QWidget *parent = nullptr);
    ~ExposurePanel() override;

    /// Runs the analysis again and redraws (called on a short timer after each change).
    void refresh();
    /// The number of arrows on the canvas (for tests).
    int arrowCount() const;
    QTreeWidget *tree() const { return m_tree; }

protected:
    void showEvent(QShowEvent *event) override;
    void hideEvent(QHideEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void showSelection();
    void addPath(QTreeWidgetItem *parent, const std::vector<exposure::Hop> &hops);
    void itemActivated(QTreeWidgetItem *item);

    Document *m_document;
    DesignScene *m_scene;
    std::unique_ptr<ExposureOverlay> m_overlay;
    std::unique_ptr<exposure::Network> m_network;
    exposure::ExposureReport m_report;
    QLabel *m_summary;
    QTreeWidget *m_tree;
    QTimer m_timer;
    bool m_selecting = false; ///< a row is selecting components: keep the list as it is
};

} // namespace kumo
