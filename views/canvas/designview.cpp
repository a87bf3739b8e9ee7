#include "designview.h"

#include "componentitem.h"
#include "designscene.h"

#include <QDragEnterEvent>
#include <QLabel>
#include <QTimer>
#include <QMimeData>
#include <QScrollBar>
#include <QWheelEvent>

namespace kumo {

DesignView::DesignView(DesignScene *scene, QWidget *parent)
    : QGraphicsView(scene, parent)
    , m_scene(scene)
{
    setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing);
    setDragMode(QGraphicsView::RubberBandDrag);
    setTransformationAnchor(QGraphicsView::AnchorUnderMouse);
    setViewportUpdateMode(QGraphicsView::SmartViewportUpdate);
    setAcceptDrops(true);
    setSceneRect(QRectF(-2000, -2000, 8000, 6000));

    m_refusal = new QLabel(viewport());
    m_refusal->setObjectName(QStringLiteral("refusal"));
    m_refusal->setWordWrap(true);
    m_refusal->setMaximumWidth(360);
    m_refusal->setAttribute(Qt::WA_TransparentForMouseEvents);
    m_refusal->setStyleSheet(QStringLiteral("QLabel { background: #fdecea; color: #a50e0e; border: 1px solid #d93025;"
                                            " border-radius: 4px; padding: 5px 8px; }"));
    m_refusal->hide();
    m_refusalTimer = new QTimer(this);
    m_refusalTimer->setSingleShot(true);
    connect(m_refusalTimer, &QTimer::timeout, this, &DesignView::clearRefusal);
    connect(m_scene, &DesignScene::dropRefused, this, [this](QPointF scenePos, const QString &why) {
        showRefusal(mapFromScene(scenePos), why);
    });
}

void DesignView::showRefusal(QPoint viewportPos, const QString &why, bool sticky)
{
    m_refusalSticky = sticky;
    m_refusal->setText(why);
    m_refusal->adjustSize();
    const QSize size = m_refusal->size();
    const QRect area = viewport()->rect();
    QPoint at = viewportPos + QPoint(18, 18);
    at.setX(std::clamp(at.x(), 4, std::max(4, area.width() - size.width() - 4)));
    at.setY(std::clamp(at.y(), 4, std::max(4, area.height() - size.height() - 4)));
    if (QRect(at, size).contains(viewportPos)) // never under the cursor
        at.setY(std::max(4, viewportPos.y() - size.height() - 18));
    m_refusal->move(at);
    m_refusal->show();
    m_refusal->raise();
    m_refusalTimer->start(4000);
}

void DesignView::clearRefusal()
{
    m_refusalSticky = false;
    m_refusalTimer->stop();
    m_refusal->hide();
}

QString DesignView::refusalText() const
{
    return m_refusal->isVisible() ? m_refusal->text() : QString();
}

void DesignView::setZoom(double factor)
{
    factor = std::clamp(factor, 0.1, 4.0);
    setTransform(QTransform::fromScale(factor, factor));
    emit zoomChanged(factor);
}

void DesignView::fitAll()
{
    const QRectF content = m_scene->contentRect();
    if (content.isEmpty()) {
        setZoom(1.0);
        return;
    }
    fitInView(content.adjusted(-40, -40, 40, 40), Qt::KeepAspectRatio);
    setZoom(std::min(zoom(), 1.5));
    centerOn(content.center());
}

void DesignView::centreOn(const QStringList &ids)
{
    QRectF r;
    for (const QString &id : ids) {
        if (ComponentItem *i = m_scene->item(id))
            r |= i->sceneBoundingRect();
    }
    if (!r.isEmpty())
        centerOn(r.center());
}

void DesignView::reveal(const QStringList &ids)
{
    QRectF r;
    for (const QString &id : ids) {
        if (ComponentItem *i = m_scene->item(id))
            r |= i->sceneBoundingRect();
    }
    if (r.isEmpty())
        return;
    constexpr double readable = 0.75; // names are about 9 pixels high there
    const QRectF area = viewport()->rect().adjusted(20, 20, -20, -20);
    const double fitting = std::min(area.width() / r.width(), area.height() / r.height());
    if (zoom() < readable || zoom() > fitting)
        setZoom(std::clamp(fitting, readable, 1.0));
    centerOn(r.center());
}

void DesignView::wheelEvent(QWheelEvent *event)
{
    if (event->modifiers() & Qt::ControlModifier) {
        const double steps = event->angleDelta().y() / 120.0;
        setZoom(zoom() * std::pow(1.15, steps));
        event->accept();
        return;
    }
    QGraphicsView::wheelEvent(event);
}

void DesignView::mousePressEvent(QMouseEvent *event)
{
    if (event->button() == Qt::MiddleButton || (m_spacePressed && event->button() == Qt::LeftButton)) {
        // pan: hand the press to the view's own scroll-hand drag as a left press
        setDragMode(QGraphicsView::ScrollHandDrag);
        QMouseEvent press(event->type(), event->position(), event->globalPosition(), Qt::LeftButton, Qt::LeftButton, event->modifiers());
        QGraphicsView::mousePressEvent(&press);
        return;
    }
    QGraphicsView::mousePressEvent(event);
}

void DesignView::mouseReleaseEvent(QMouseEvent *event)
{
    if (dragMode() == QGraphicsView::ScrollHandDrag) {
        QMouseEvent release(event->type(), event->position(), event->globalPosition(), Qt::LeftButton, Qt::NoButton, event->modifiers());
        QGraphicsView::mouseReleaseEvent(&release);
        setDragMode(QGraphicsView::RubberBandDrag);
        return;
    }
    QGraphicsView::mouseReleaseEvent(event);
}

void DesignView::keyPressEvent(QKeyEvent *event)
{
    if (event->key() == Qt::Key_Space && !event->isAutoRepeat()) {
        m_spacePressed = true;
        viewport()->setCursor(Qt::OpenHandCursor);
        return;
    }
    // arrow keys nudge the selection: 1 point, 10 with Shift
    const double step = event->modifiers() & Qt::ShiftModifier ? 10 : 1;
    QPointF delta;
    switch (event->key()) {
    case Qt::Key_Left: delta = QPointF(-step, 0); break;
    case Qt::Key_Right: delta = QPointF(step, 0); break;
    case Qt::Key_Up: delta = QPointF(0, -step); break;
    case Qt::Key_Down: delta = QPointF(0, step); break;
    case Qt::Key_Escape:
        scene()->clearSelection();
        return;
    default: break;
    }
    if (!delta.isNull() && !scene()->selectedItems().isEmpty()) {
        static_cast<DesignScene *>(scene())->nudgeSelection(delta);
        return;
    }
    QGraphicsView::keyPressEvent(event);
}

void DesignView::keyReleaseEvent(QKeyEvent *event)
{
    if (event->key() == Qt::Key_Space && !event->isAutoRepeat()) {
        m_spacePressed = false;
        viewport()->unsetCursor();
        return;
    }
    QGraphicsView::keyReleaseEvent(event);
}

void DesignView::dragEnterEvent(QDragEnterEvent *event)
{
    if (event->mimeData()->hasFormat(QString::fromLatin1(kKindMimeType)))
        event->acceptProposedAction();
    else
        event->ignore();
}

void DesignView::dragMoveEvent(QDragMoveEvent *event)
{
    const QString kind = QString::fromUtf8(event->mimeData()->data(QString::fromLatin1(kKindMimeType)));
    bool allowed = false;
    QString why;
    ComponentItem *target = m_scene->dropTarget(mapToScene(event->position().toPoint()), kind, {}, &allowed, &why);
    m_scene->highlightDropTarget(allowed ? target : nullptr);
    if (allowed) {
        event->acceptProposedAction();
        clearRefusal();
    } else {
        event->ignore(); // the cursor shows the drop is refused, and the message says why
        // (a refused drop never reaches dropEvent: the message stays when the drag ends here)
        showRefusal(event->position().toPoint(), why, true);
        emit statusMessage(why);
    }
}

void DesignView::dragLeaveEvent(QDragLeaveEvent *event)
{
    m_scene->highlightDropTarget(nullptr);
    if (!m_refusalSticky)
        clearRefusal();
    QGraphicsView::dragLeaveEvent(event);
}

void DesignView::dropEvent(QDropEvent *event)
{
    const QString kind = QString::fromUtf8(event->mimeData()->data(QString::fromLatin1(kKindMimeType)));
    QString why;
    if (m_scene->addComponentAt(kind, mapToScene(event->position().toPoint()), &why)) {
        event->acceptProposedAction();
        setFocus();
        clearRefusal();
        emit statusMessage(QString()); // a refusal said before no longer applies
    } else {
        event->ignore();
        showRefusal(event->position().toPoint(), why, true);
        emit statusMessage(why);
    }
}

void DesignView::drawBackground(QPainter *painter, const QRectF &rect)
{
    QGraphicsView::drawBackground(painter, rect);
    if (zoom() < 0.4)
        return;
    // a light dot grid
    constexpr double grid = 20;
    painter->setPen(QPen(QColor(0xdd, 0xe1, 0xe6), 0));
    const double left = std::floor(rect.left() / grid) * grid;
    const double top = std::floor(rect.top() / grid) * grid;
    QVector<QPointF> points;
    for (double x = left; x < rect.right(); x += grid) {
        for (double y = top; y < rect.bottom(); y += grid)
            points << QPointF(x, y);
    }
    painter->drawPoints(points.data(), int(points.size()));
}

} // namespace kumo
