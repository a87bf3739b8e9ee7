#pragma once

#include <QGraphicsPathItem>

namespace kumo {

class ComponentItem;

/// An arrow from one component to another: a reference in props (solid) or an annotation
/// connection (dashed, with its label).
class LinkItem : public QGraphicsPathItem
{
public:
    enum { Type = UserType + 2 };
    /// @p connectionId names the annotation connection (empty for a reference arrow).
    LinkItem(ComponentItem *from, ComponentItem *to, const QString &connectionId, const QString &label);

    int type() const override { return Type; }
    /// The annotation connection drawn, or an empty string for a reference arrow.
    QString connectionId() const { return m_connectionId; }
    QString label() const { return m_label; }
    /// The component the arrow starts from.
    QString fromId() const;
    /// The component the arrow points at.
    QString toId() const;
    /// Easier to hit than the thin line itself.
    QPainterPath shape() const override;
    /// Recomputes the path after either end moved.
    void adjust();
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

    QRectF boundingRect() const override { return QGraphicsPathItem::boundingRect().united(m_labelBox); }

private:
    static QFont labelFont();
    /// Puts the label where it covers no component and no container title, if there is such a place.
    void placeLabel();

    ComponentItem *m_from;
    ComponentItem *m_to;
    QString m_connectionId;
    QString m_label;
    QPointF m_head;
    QPointF m_direction;
    QRectF m_labelBox;
};

} // namespace kumo
