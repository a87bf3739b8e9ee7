#include "linkitem.h"

#include "canvasstyle.h"
#include "componentitem.h"

#include <QCoreApplication>
#include <QFontMetricsF>
#include <QPainterPathStroker>
#include <QStyleOptionGraphicsItem>
#include <QGraphicsScene>
#include <QPainter>

#include <algorithm>
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

LinkItem::LinkItem(ComponentItem *from, ComponentItem *to, const QString &connectionId, const QString &label)
    : m_from(from)
    , m_to(to)
    , m_connectionId(connectionId)
    , m_label(label)
{
    const bool annotation = !connectionId.isEmpty();
    setZValue(5);
    if (annotation) {
        // annotations belong to the user: select to delete, double-click to label
        setFlag(ItemIsSelectable);
        setToolTip(QCoreApplication::translate("kumo::LinkItem", "Double-click to label this connection; Delete removes it."));
    }
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
    placeLabel();
}

QFont LinkItem::labelFont()
{
    QFont font = CanvasStyle::font();
    font.setPixelSize(11);
    return font;
}

void LinkItem::placeLabel()
{
    if (m_label.isEmpty())
        return;
    prepareGeometryChange();
    const QSizeF size(QFontMetricsF(labelFont()).horizontalAdvance(m_label) + 12, 18);
    auto boxAt = [&](double t) { return QRectF(path().pointAtPercent(t) - QPointF(size.width() / 2, size.height() / 2), size); };
    // the middle of the arrow unless that covers a component or a container's title
    auto covers = [&](const QRectF &box) {
        if (!scene())
            return false;
        const QList<QGraphicsItem *> under = scene()->items(box);
        return std::any_of(under.begin(), under.end(), [&](QGraphicsItem *item) {
            const auto *component = qgraphicsitem_cast<ComponentItem *>(item);
            if (!component)
                return false;
            const QRectF r = component->mapRectToScene(QRectF(QPointF(0, 0), component->size()));
            return component->isContainer() ? QRectF(r.topLeft(), QSizeF(r.width(), ComponentItem::kTitleHeight)).intersects(box) : r.intersects(box);
        });
    };
    m_labelBox = boxAt(0.5);
    for (const double t : {0.5, 0.35, 0.65, 0.25, 0.75, 0.15, 0.85}) {
        if (!covers(boxAt(t))) {
            m_labelBox = boxAt(t);
            break;
        }
    }
}

QString LinkItem::fromId() const
{
    return m_from->id();
}

QString LinkItem::toId() const
{
    return m_to->id();
}

QPainterPath LinkItem::shape() const
{
    QPainterPathStroker stroker;
    stroker.setWidth(10);
    QPainterPath result = stroker.createStroke(path());
    if (!m_label.isEmpty())
        result.addRect(m_labelBox);
    return result;
}

void LinkItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget)
{
    painter->setRenderHint(QPainter::Antialiasing);
    if (isSelected()) {
        painter->setPen(QPen(QColor(0x1a, 0x73, 0xe8, 90), 7, Qt::SolidLine, Qt::RoundCap));
        painter->drawPath(path());
    }
    QStyleOptionGraphicsItem plain(*option);
    plain.state &= ~QStyle::State_Selected; // no dotted box: the halo shows the selection
    QGraphicsPathItem::paint(painter, &plain, widget);
    const QPointF normal(-m_direction.y(), m_direction.x());
    QPolygonF head;
    head << m_head << m_head - m_direction * 9 + normal * 4 << m_head - m_direction * 9 - normal * 4;
    painter->setPen(Qt::NoPen);
    painter->setBrush(pen().color());
    painter->drawPolygon(head);
    if (!m_label.isEmpty()) {
        painter->setFont(labelFont());
        painter->setBrush(QColor(255, 255, 255, 230));
        painter->drawRoundedRect(m_labelBox, 4, 4);
        painter->setPen(QColor(0x33, 0x3a, 0x44));
        painter->drawText(m_labelBox, Qt::AlignCenter, m_label);
    }
}

} // namespace kumo
