#pragma once

#include <QGraphicsPathItem>

#include <vector>

namespace kumo {

/// An arrow from one box to another along its orthogonal route: a reference in props (solid) or
/// an annotation connection (dashed, with its label). The scene routes it (Routing) and hands it
/// the polyline; the item only draws and can be selected.
class LinkItem : public QGraphicsPathItem
{
public:
    enum { Type = UserType + 2 };
    /// @p connectionId names the annotation connection (empty for a reference arrow).
    LinkItem(const QString &fromId, const QString &toId, const QString &connectionId, const QString &label);

    int type() const override { return Type; }
    /// The annotation connection drawn, or an empty string for a reference arrow.
    QString connectionId() const { return m_connectionId; }
    QString label() const { return m_label; }
    /// The box the arrow starts from (a component id, or a deployment card's id).
    QString fromId() const { return m_fromId; }
    /// The box the arrow points at.
    QString toId() const { return m_toId; }
    /// The route's points and where its label goes.
    void setRoute(const std::vector<QPointF> &points, const QRectF &labelBox);
    const std::vector<QPointF> &points() const { return m_points; }
    QRectF labelBox() const { return m_labelBox; }
    /// The font labels are drawn in (the router needs their size).
    static QFont labelFont();
    /// The size of @p label's box on the canvas.
    static QSizeF labelSize(const QString &label);
    /// Easier to hit than the thin line itself.
    QPainterPath shape() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

    QRectF boundingRect() const override { return QGraphicsPathItem::boundingRect().united(m_labelBox).adjusted(-6, -6, 6, 6); }

private:
    QString m_fromId;
    QString m_toId;
    QString m_connectionId;
    QString m_label;
    std::vector<QPointF> m_points;
    QRectF m_labelBox;
};

} // namespace kumo
