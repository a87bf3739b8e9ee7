#pragma once

#include <QHash>
#include <QRectF>
#include <QString>

#include <functional>

namespace kumo {

class Design;

/// Places components on the canvas the way AWS diagrams are drawn: regions side by side with
/// global services above them, VPCs inside regions, availability zones as columns inside their
/// VPC, subnets stacked inside their zone, services in a grid inside their container. Every
/// container is sized to fit what it holds.
namespace AutoLayout {

inline constexpr double kLeafWidth = 168;
inline constexpr double kLeafHeight = 76;

struct Options
{
    /// Order siblings by where their arrows lead, keeping the arrangement with the fewest
    /// crossing arrows; without it siblings are ordered by kind and id only.
    bool orderByLinks = true;
    /// How bad an arrangement's arrows are (absolute rectangles of every component); the
    /// arrangement with the lowest score is kept. Without it: crossings of straight lines between
    /// centres. Diagram::placement passes the crossings and bends of the routed arrows.
    std::function<int(const QHash<QString, QRectF> &absolute)> score;
};

/// Geometry (relative to the parent) for every component: components that have geometry keep
/// their position and size (containers grow to fit their content); the others are placed.
/// Deterministic.
QHash<QString, QRectF> compute(const Design &design, const Options &options = {});
/// A fresh layout of the whole design, as if no component had geometry ("Tidy layout").
QHash<QString, QRectF> tidy(const Design &design, const Options &options = {});
/// True when some component has no geometry yet.
bool needsLayout(const Design &design);
/// Fills in the missing geometry of @p design (and grows containers) in place.
void apply(Design &design, const Options &options = {});

} // namespace AutoLayout

} // namespace kumo
