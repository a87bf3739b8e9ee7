#pragma once

#include <QPixmap>
#include <QRectF>
#include <QWidget>

class QTimer;

namespace kumo {

class DesignView;

/// The whole design in small, with the part the main view shows framed; click or drag to go there.
/// The design is drawn into a picture that is redrawn shortly after the canvas changes (not on
/// every change), so that large designs stay smooth to edit.
class MinimapView : public QWidget
{
    Q_OBJECT

public:
    MinimapView(DesignView *main, QWidget *parent = nullptr);

protected:
    void paintEvent(QPaintEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;

private:
    /// Draws the scene into the cached picture.
    void redraw();
    /// Where a point of the widget lies in the scene, and back.
    QPointF toScene(QPointF widgetPoint) const;
    QRectF toWidget(const QRectF &sceneRect) const;

    DesignView *m_main;
    QTimer *m_redrawTimer;
    QPixmap m_picture;
    QRectF m_sceneArea;  ///< the part of the scene the picture shows
    QRectF m_pictureArea; ///< where the picture sits in the widget
};

} // namespace kumo
