#pragma once

#include "componentitem.h"
#include "diagram/diagramlayout.h"
#include "layout/deployment.h"

namespace kumo {

/// A deployment card on the canvas: where an ECS service's tasks or a Multi-AZ database's
/// standby run, drawn inside the subnet like a service with a dashed border. It is not a
/// component: it follows the design, cannot be moved, and a click selects what it stands for.
class CardItem : public ComponentItem
{
public:
    enum { Type = UserType + 3 };
    CardItem(const Deployment::Card &card, const Component &component);

    int type() const override { return Type; }
    QString cardId() const { return m_cardId; }
    DiagramBox::Role role() const { return m_role; }
    int count() const { return m_count; }
    /// Follows the card's place and the component's name.
    void refresh(const Deployment::Card &card, const Component &component);

    /// Outlined while the component it stands for is selected.
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

protected:
    void mousePressEvent(QGraphicsSceneMouseEvent *event) override;

private:
    QString m_cardId;
    DiagramBox::Role m_role = DiagramBox::Role::Task;
    int m_count = 1;
};

} // namespace kumo
