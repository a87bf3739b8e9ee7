#include "linkitem.h"

#include "canvasstyle.h"
#include "componentitem.h"

#include <QPainter>
#include <QtMath>

namespace kumo {

namespace {
/// Where the line from the centre of @p rect towards @p target leaves the rectangle.
QPointF borderPoint(const QRectF &rect, QPointF target)
{
    const QPointF c = rect.center();
    const QPointF d = target - c;
    if (qFuzzyIsNull(d.x()) && qFuzzyIsNull(d.y()))
        return c;
    const double sx = d.x() != 0 ? (rect.width() / 2) / std::abs(d.x()) : 1e9;
    const double sy = d.y() != 0 ? (rect.height() / 2) / std::abs(d.y()) : 1e9;
    return c + d * std::min(sx, sy);
}
} // namespace

LinkItem::LinkItem(ComponentItem *from, ComponentItem *to, bool annotation, const QString &label)
    : m_from(from)
    , m_to(to)
    , m_annotation(annotation)
    , m_label(label)
{
    setZValue(5);
    QPen pen(annotation ? QColor(0x54, 0x5b, 0x64) : QColor(0x7d, 0x89, 0x98, 200), annotation ? 1.6 : 1.2,
             annotation ? Qt::DashLine : Qt::SolidLine);
    setPen(pen);
    adjust();
}

void LinkItem::adjust()
{
    const QRectF a = m_from->mapRectToScene(QRectF(QPointF(0, 0), m_from->size()));
    const QRectF b = m_to->mapRectToScene(QRectF(QPointF(0, 0), m_to->size()));
    const QPointF start = borderPoint(a, b.center());
    const QPointF end = borderPoint(b, a.center());
    QPainterPath path(start);
    path.lineTo(end);
    m_head = end;
    const QPointF d = end - start;
    const double length = std::hypot(d.x(), d.y());
    m_direction = length > 0 ? d / length : QPointF(1, 0);
    setPath(path);
}

void LinkItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget)
{
    painter->setRenderHint(QPainter::Antialiasing);
    QGraphicsPathItem::paint(painter, option, widget);
    const QPointF normal(-m_direction.y(), m_direction.x());
    QPolygonF head;
    head << m_head << m_head - m_direction * 9 + normal * 4 << m_head - m_direction * 9 - normal * 4;
    painter->setPen(Qt::NoPen);
    painter->setBrush(pen().color());
    painter->drawPolygon(head);
    if (!m_label.isEmpty()) {
        const QPointF mid = path().pointAtPercent(0.5);
        QFont font = CanvasStyle::font();
        font.setPixelSize(11);
        painter->setFont(font);
        const QRectF box(mid - QPointF(40, 9), QSizeF(80, 18));
        painter->setBrush(QColor(255, 255, 255, 230));
        painter->drawRoundedRect(box, 4, 4);
        painter->setPen(QColor(0x33, 0x3a, 0x44));
        painter->drawText(box, Qt::AlignCenter, m_label);
    }
}

} // namespace kumo
