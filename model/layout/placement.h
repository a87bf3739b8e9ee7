#pragma once

#include <QHash>
#include <QPointF>
#include <QRectF>
#include <QSet>
#include <QSizeF>
#include <QString>

#include <optional>
#include <vector>

namespace kumo {

class Design;
struct Component;

/// Where components go when the user adds, drops, moves or pastes them: fully inside their
/// container, below its title, on no sibling, as near as possible to where the user asked; and
/// which containers must grow (up to the top level) to hold the result. Drop, move, paste, add
/// without dragging and import all use these functions, so the rule holds everywhere.
namespace Placement {

inline constexpr double kPadding = 16;     ///< free margin inside a container's border
inline constexpr double kTitleHeight = 34; ///< a container's title strip
inline constexpr double kGap = 16;         ///< space kept between siblings
inline constexpr double kGrid = 10;        ///< positions land on this grid

/// The default size of a new component of @p kind (containers bigger for the outer levels).
QSizeF defaultSize(const QString &kind);

/// The top-left corner (in the container's coordinates) of the content area of @p parentId:
/// below the title and inside the padding; the origin for the top level.
QPointF contentOrigin(const QString &parentId);

/// The nearest free rectangle of @p size inside @p parentId (empty: the top level) to the
/// wished top-left @p wished, in the container's coordinates: within the content area, on no
/// sibling (those in @p ignore excepted), on the grid. The right and bottom may exceed the
/// container (it then grows). At the top level, @p preferred (for example the visible part of
/// the canvas) is where the result should lie when it fits.
QRectF freeSpot(const Design &design, const QString &parentId, QSizeF size, QPointF wished,
                const QSet<QString> &ignore = {}, std::optional<QRectF> preferred = std::nullopt);

/// New rectangles for @p parentId and its ancestors so that @p rect (in @p parentId's
/// coordinates) fits inside with the padding; ancestors that are large enough are absent.
/// @p overrides gives rectangles to use instead of the design's (components already resized).
QHash<QString, QRectF> grownContainers(const Design &design, const QString &parentId, QRectF rect,
                                       const QHash<QString, QRectF> &overrides = {});

/// Places the top components of @p components (those whose parent is not among them) one after
/// the other at the free spot nearest to their current geometry, each clear of those placed
/// before; returns the containers (and their moved siblings) that must change to hold them.
QHash<QString, QRectF> placeNew(const Design &design, std::vector<Component> &components,
                                std::optional<QRectF> preferred = std::nullopt);

/// A component's rectangle (in its parent's coordinates), or the default size at the origin.
QRectF rectOf(const Design &design, const QString &id);

/// @p value on the placement grid.
double snap(double value);

} // namespace Placement

} // namespace kumo
