#pragma once

#include <QGraphicsView>

namespace kumo {

class DesignView;

/// The whole design in small, with the part the main view shows framed; click or drag to go there.
class MinimapView : public QGraphicsView
{
    Q_OBJECT

public:
    MinimapView(DesignView *main, QWidget *parent = nullptr);

protected:
    void drawForeground(QPainter *painter, const QRectF &rect) override;
    void resizeEvent(QResizeEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    void refit();
    DesignView *m_main;
};

} // namespace kumo
