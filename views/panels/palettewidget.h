#pragma once

#include <QWidget>

class QLineEdit;
class QTreeWidget;

namespace kumo {

/// Every kind of the catalog, grouped, with a filter box; kinds are dragged onto the canvas.
class PaletteWidget : public QWidget
{
    Q_OBJECT

public:
    explicit PaletteWidget(QWidget *parent = nullptr);
    void retranslate();

signals:
    /// A kind was chosen without dragging: double-click, or Enter on the list or the filter.
    void kindActivated(const QString &kind);

private:
    void populate();
    void applyFilter(const QString &text);

    QLineEdit *m_filter;
    QTreeWidget *m_tree;
};

} // namespace kumo
