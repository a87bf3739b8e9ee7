#include "linkitem.h"

#include "canvasstyle.h"

#include <QCoreApplication>
#include <QFontMetricsF>
#include <QPainter>
#include <QPainterPathStroker>
#include <QStyleOptionGraphicsItem>

#include <cmath>

namespace kumo {

LinkItem::LinkItem(const QString &fromId, const QString &toId, const QString &connectionId, const QString &label)
    : m_fromId(fromId)
    , m_toId(toId)
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
    QPen pen(annotation ? QColor(0x54, 0x5b, 0x64) : QColor(0x7d, 0x89, 0x98, 220), annotation ? 1.6 : 1.2,
             annotation ? Qt::DashLine : Qt::SolidLine);
    pen.setJoinStyle(Qt::MiterJoin);
    setPen(pen);
}

void LinkItem::setRoute(const std::vector<QPointF> &points, const QRectF &labelBox)
{
    if (points == m_points && labelBox == m_labelBox)
        return;
    prepareGeometryChange();
    m_points = points;
    m_labelBox = labelBox;
    QPainterPath path;
    if (!points.empty()) {
        path.moveTo(points.front());
        for (size_t i = 1; i < points.size(); ++i)
            path.lineTo(points[i]);
    }
    setPath(path);
}

QFont LinkItem::labelFont()
{
    QFont font = CanvasStyle::font();
    font.setPixelSize(11);
    return font;
}

QSizeF LinkItem::labelSize(const QString &label)
{
    return {QFontMetricsF(labelFont()).horizontalAdvance(label) + 12, 18};
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
    if (m_points.size() < 2)
        return;
    painter->setRenderHint(QPainter::Antialiasing);
    if (isSelected()) {
        painter->setPen(QPen(QColor(0x1a, 0x73, 0xe8, 90), 7, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
        painter->drawPath(path());
    }
    QStyleOptionGraphicsItem plain(*option);
    plain.state &= ~QStyle::State_Selected; // no dotted box: the halo shows the selection
    QGraphicsPathItem::paint(painter, &plain, widget);
    // the head along the last segment
    const QPointF head = m_points.back();
    const QPointF d = head - m_points[m_points.size() - 2];
    const double length = std::hypot(d.x(), d.y());
    const QPointF direction = length > 0 ? d / length : QPointF(1, 0);
    const QPointF normal(-direction.y(), direction.x());
    QPolygonF triangle;
    triangle << head << head - direction * 9 + normal * 4 << head - direction * 9 - normal * 4;
    painter->setPen(Qt::NoPen);
    painter->setBrush(pen().color());
    painter->drawPolygon(triangle);
    if (!m_label.isEmpty() && !m_labelBox.isEmpty()) {
        painter->setFont(labelFont());
        painter->setBrush(QColor(255, 255, 255, 235));
        painter->setPen(QPen(QColor(0xd0, 0xd5, 0xdb), 1));
        painter->drawRoundedRect(m_labelBox, 4, 4);
        painter->setPen(QColor(0x33, 0x3a, 0x44));
        painter->drawText(m_labelBox, Qt::AlignCenter, m_label);
    }
}

} // namespace kumo
