#pragma once

#include "costestimate.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QTimer;
class QTreeWidget;

namespace kumo {

class Document;
struct CostPresentation;

/// The Cost panel: the design's monthly estimate from the bundled prices, the total first and the
/// lines grouped by component, most expensive first, each with what is charged and why in its
/// tooltip; the components without a price; the selected component's monthly cost. It follows
/// the document live (a short timer gathers bursts of changes).
class CostPanel : public QWidget
{
    Q_OBJECT

public:
    explicit CostPanel(Document *document, QWidget *parent = nullptr);

    /// Shows the monthly cost of the selected component (one id), or nothing.
    void showSelection(const QStringList &ids);
    /// Recomputes now (the panel also does it by itself after changes).
    void refresh();

    const CostEstimate &estimate() const { return m_estimate; }
    QString totalText() const;
    QString selectionText() const;
    /// Sets one usage quantity of the design as an undo step (what double-clicking a usage line does).
    void setUsage(const QString &component, const QString &quantity, double value);

protected:
    void changeEvent(QEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    static constexpr int UsageQuantityRole = Qt::UserRole + 1;

    CostPresentation presentation() const;
    double usageValue(const QString &component, const QString &quantity) const;
    void retranslate();
    void fill();
    void updateSelectionLabel();

    Document *m_document;
    CostEstimate m_estimate;
    QString m_selected;
    bool m_treeStale = true;
    QTimer *m_timer;
    QLabel *m_total;
    QLabel *m_note;
    QLabel *m_selection;
    QComboBox *m_currency;
    QLabel *m_rateLabel;
    QDoubleSpinBox *m_rate;
    QCheckBox *m_tax;
    QCheckBox *m_workshop;
    QTreeWidget *m_tree;
};

} // namespace kumo
