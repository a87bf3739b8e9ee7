#pragma once

#include "design.h"
#include "diff/designdiff.h"

#include <QList>
#include <QRectF>
#include <QString>

#include <optional>

class QGraphicsItem;

namespace kumo {

class DesignScene;

/// The visual diff: the new design with added components outlined in green, removed ones in red at
/// their old place, changed ones in amber with their changed properties listed beside, and a legend.
namespace DiffDrawing {

/// The new design with the removed components put back where they were (parents first), so that
/// one canvas shows both.
Design combined(const Design &before, const Design &after, const diff::DesignDiff &difference);
/// Adds the outlines, the lists of changes and the legend to a canvas showing combined() (or the
/// new design alone: removed components then get a red outline at their old place on the canvas).
/// Returns the items added, which the caller may remove again.
QList<QGraphicsItem *> decorate(DesignScene &scene, const Design &before, const Design &after, const diff::DesignDiff &difference);
/// Where @p id lies on @p scene: its item, or (for a component not on the canvas, like a removed
/// one) its place in @p design, from its geometry and its ancestors'.
std::optional<QRectF> placeOf(const DesignScene &scene, const Design &design, const QString &id);
/// Draws the visual diff into an .svg, .png or .pdf file (by its extension).
bool render(const Design &before, const Design &after, const diff::DesignDiff &difference, const QString &path, QString *error);

} // namespace DiffDrawing

} // namespace kumo
