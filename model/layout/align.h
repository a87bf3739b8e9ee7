#pragma once

#include <QHash>
#include <QRectF>
#include <QString>

#include <cmath>

namespace kumo {

/// Lining up components that share a container.
namespace Align {

enum class Edge { Left, HorizontalCentre, Right, Top, VerticalCentre, Bottom };

/// New rectangles for @p rects (by id) lined up on @p edge of the whole selection.
QHash<QString, QRectF> align(const QHash<QString, QRectF> &rects, Edge edge);
/// Spreads the rectangles evenly between the outermost two, horizontally or vertically.
QHash<QString, QRectF> distribute(const QHash<QString, QRectF> &rects, Qt::Orientation orientation);
/// @p value rounded to the nearest multiple of @p grid.
inline double snap(double value, double grid = 10) { return std::round(value / grid) * grid; }

} // namespace Align

} // namespace kumo
