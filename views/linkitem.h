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
    LinkItem(ComponentItem *from, ComponentItem *to, bool annotation, const QString &label);

    int type() const override { return Type; }
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
    bool m_annotation;
    QString m_label;
    QPointF m_head;
    QPointF m_direction;
    QRectF m_labelBox;
};

} // namespace kumo
