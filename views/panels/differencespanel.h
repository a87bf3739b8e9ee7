#pragma once

#include "design.h"
#include "diff/diffentries.h"

#include <QTimer>
#include <QWidget>

#include <memory>

class QLabel;
class QPushButton;
class QTreeWidget;
class QTreeWidgetItem;

namespace kumo {

class DesignScene;
class DiffOverlay;
class Document;

/// The Differences panel (File › Compare With…): what differs between another version of the
/// design (a file, a git revision) and the open one, one row per component with its changes, drawn
/// over the canvas at the same time. It follows the open design's edits. Choosing a row selects
/// its component; "Close Comparison" (or Escape) takes the drawing away.
class DifferencesPanel : public QWidget
{
    Q_OBJECT

public:
    DifferencesPanel(Document *document, DesignScene *scene, QWidget *parent = nullptr);
    ~DifferencesPanel() override;

    /// Compares the open design with @p before, named @p label ("infra.kumo", "HEAD~1 · a1b2c3d").
    void compareWith(Design before, const QString &label);
    /// Ends the comparison: the drawing goes, the list empties; emits closed().
    void closeComparison();
    bool isComparing() const { return m_comparing; }

    const std::vector<diff::DiffEntry> &entries() const { return m_entries; }
    QString summaryText() const;
    QTreeWidget *tree() const { return m_tree; }
    DiffOverlay *overlay() const { return m_overlay.get(); }
    /// Compares again now (the panel does it by itself shortly after each edit).
    void refresh();

signals:
    /// A row was chosen: its components are selected; @p sceneRect is where it is drawn.
    void showRequested(const QRectF &sceneRect);
    void closed();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void fill();
    void rowActivated(QTreeWidgetItem *item);
    void followSelection();

    Document *m_document;
    DesignScene *m_scene;
    std::unique_ptr<DiffOverlay> m_overlay;
    Design m_before;
    QString m_label;
    bool m_comparing = false;
    std::vector<diff::DiffEntry> m_entries;
    QLabel *m_summary;
    QPushButton *m_close;
    QTreeWidget *m_tree;
    QTimer m_timer;
    bool m_selecting = false; ///< a row is selecting components: leave the list alone
};

} // namespace kumo
