#pragma once

#include <QHash>
#include <QRectF>
#include <QString>

#include <utility>
#include <vector>

namespace kumo {

class Design;
struct Reference;

/// What automatic layout needs to know about the arrows of a design: which components they join,
/// where components end up on the canvas, and how often arrows cross.
namespace LayoutLinks {

/// True when a reference is drawn as an arrow. Membership in security groups and subnets is
/// shown by the group and the placement, not by arrows from everywhere.
bool drawnAsArrow(const Reference &reference);

/// Every arrow of the design as a pair of component ids: references in props that are drawn (one per
/// target, self-references skipped) and annotation connections. Sorted and without duplicates.
std::vector<std::pair<QString, QString>> links(const Design &design);

/// Canvas (absolute) rectangles from layout rectangles that are relative to the parent.
QHash<QString, QRectF> absolute(const Design &design, const QHash<QString, QRectF> &relative);

/// How many pairs of arrows cross, each arrow drawn as a straight line between the centres of
/// the components it joins (arrows that share a component are not counted).
int crossings(const std::vector<std::pair<QString, QString>> &links, const QHash<QString, QRectF> &absolute);

/// For every component, the mean horizontal centre of the components its subtree is linked with
/// from outside the subtree; components without outside links get none. Used to order siblings
/// so that arrows run as straight as possible.
QHash<QString, double> barycentres(const Design &design, const std::vector<std::pair<QString, QString>> &links,
                                   const QHash<QString, QRectF> &absolute);

} // namespace LayoutLinks

} // namespace kumo
