#pragma once

#include <QHash>
#include <QRectF>
#include <QString>

#include <vector>

namespace kumo {

class Design;

/// The deployment view: where things run. An ECS service is drawn in its cluster (logical view)
/// and, in the deployment view, also as a task card in each subnet it lists ("×N" for the tasks
/// running there: its desired count spread evenly over the subnets); a Multi-AZ database also shows its standby in a subnet of its subnet group in
/// another availability zone. Cards are not components: they are derived from the design and
/// placed in their subnet after its own children; the automatic layout keeps room for them.
namespace Deployment {

enum class CardRole { Task, Standby };

struct Card
{
    QString id;           ///< "<component id>@<subnet id>": unique, stable across runs
    QString componentId;  ///< the service (Task) or database (Standby) the card stands for
    QString subnetId;     ///< the subnet it is drawn in
    CardRole role = CardRole::Task;
    int count = 1;        ///< the tasks running in this subnet: the service's share of its desired count (Task); 1 for a standby
    QRectF rect;          ///< relative to the subnet, filled in by place()
};

/// Every card of the design, in a fixed order (by subnet id, then component id).
std::vector<Card> cards(const Design &design);

/// The cards with their rectangles (relative to their subnet) for the given component geometry
/// (relative to each parent, as Component::geometry or AutoLayout::compute give it): each card
/// takes the first free leaf-sized spot in its subnet, below the title and clear of the
/// subnet's children and of the cards placed before it (Placement's padding and gap). Spots are
/// tried in reading order from the previous card's on, rows top to bottom and left to right
/// within the subnet's width; rows and columns start below the title, at a child's edge or a gap
/// after a child or card, and one starting less than a gap before a child's edge lines up with
/// that child instead. A subnet too small for its cards gets the rest below its content; the
/// automatic layout sizes subnets so that every card fits. Deterministic.
std::vector<Card> place(const Design &design, const QHash<QString, QRectF> &relativeGeometry);

} // namespace Deployment

} // namespace kumo
