#pragma once

#include <QGraphicsView>

class QLabel;
class QTimer;

namespace kumo {

class DesignScene;

/// The canvas widget: zoom (Ctrl+wheel, keys, fit, 100%), pan (middle button, or space and
/// drag), and drops from the palette with the target container highlighted.
class DesignView : public QGraphicsView
{
    Q_OBJECT

public:
    static constexpr const char *kKindMimeType = "application/x-kumo-kind";

    explicit DesignView(DesignScene *scene, QWidget *parent = nullptr);

    double zoom() const { return transform().m11(); }
    void setZoom(double factor);
    void zoomIn() { setZoom(zoom() * 1.25); }
    void zoomOut() { setZoom(zoom() / 1.25); }
    void fitAll();
    void centreOn(const QStringList &ids);
    /// Shows the components of @p ids, zooming in (up to 100%) until their names can be read.
    void reveal(const QStringList &ids);

    /// Says, next to @p viewportPos and for a few seconds, why something cannot go there.
    void showRefusal(QPoint viewportPos, const QString &why, bool sticky = false);
    void clearRefusal();
    /// The refusal message currently shown at the cursor (empty when none).
    QString refusalText() const;

signals:
    void zoomChanged(double factor);
    void statusMessage(const QString &message);

protected:
    void wheelEvent(QWheelEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void keyReleaseEvent(QKeyEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dragMoveEvent(QDragMoveEvent *event) override;
    void dragLeaveEvent(QDragLeaveEvent *event) override;
    void dropEvent(QDropEvent *event) override;
    void drawBackground(QPainter *painter, const QRectF &rect) override;

private:
    DesignScene *m_scene;
    bool m_spacePressed = false;
    QLabel *m_refusal = nullptr;     ///< the transient message at the cursor
    QTimer *m_refusalTimer = nullptr;
    bool m_refusalSticky = false; ///< a refused drop's message outlives the drag that caused it
};

} // namespace kumo
