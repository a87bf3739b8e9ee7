#pragma once

#include <QHash>
#include <QPointF>
#include <QRectF>
#include <QSizeF>
#include <QString>
#include <QStringList>

#include <vector>

namespace kumo {

/// Right-angled connectors around boxes, the way hand-made architecture diagrams are drawn.
///
/// The boxes form a tree (containers hold boxes). An arrow from A to B may cross the border of a
/// container only when the container holds A or B; every other box is an obstacle, kept clear by a
/// margin. Each arrow leaves and enters its ends at their sides. Among the routes allowed, the router
/// takes the shortest with a penalty for every bend and for running over another arrow, then spreads
/// arrows that share a corridor apart and places each label where it covers no box and no other
/// label. Works on plain rectangles: the canvas feeds it its items while they are dragged, the
/// exports feed it the laid-out design; the same input gives the same routes.
namespace Routing {

struct Box
{
    QString id;
    QString parent;       ///< id of the containing box, empty at the top level
    QRectF rect;          ///< absolute (canvas) coordinates
    bool container = false;
};

struct Link
{
    QString from;         ///< box id
    QString to;           ///< box id
    QSizeF labelSize;     ///< empty when the arrow has no label
};

struct Route
{
    /// The polyline from the side of `from` to the side of `to`: at least two points, every
    /// segment horizontal or vertical. Empty when an end is not a known box.
    std::vector<QPointF> points;
    /// Where the label goes (empty rectangle when the link has no label).
    QRectF labelBox;
};

struct Options
{
    double margin = 8;           ///< clearance kept around obstacles (half the usual gap between boxes)
    double spacing = 6;          ///< distance between arrows sharing a corridor, where there is room
    double minimumSpacing = 4;   ///< never closer than this
    double containerTitle = 34;  ///< height of a container's title bar, which arrows keep off
    double bendPenalty = 150;    ///< length an extra bend is worth
    double sharePenalty = 2;     ///< per point of length running along (within spacing of) an arrow with no shared end
    double crossingPenalty = 100; ///< length crossing an arrow already routed is worth
    double clearance = 6;        ///< no segment runs parallel to a crossed container's side closer than this
    double wallPenalty = 50;     ///< per point of length running within the clearance of a container's side
};

/// Routes every link; the result is in the order of @p links. Deterministic.
std::vector<Route> route(const std::vector<Box> &boxes, const std::vector<Link> &links, const Options &options = {});

/// True when the segment a-b runs through the inside of @p rect (along its border is outside).
bool entersInside(const QRectF &rect, QPointF a, QPointF b);

/// The measures a diagram's arrows are judged by.
struct Quality
{
    int arrows = 0;
    int bends = 0;
    /// Points where a segment of one arrow meets or crosses a segment of another, farther than
    /// 3 points from both arrows' ends (arrows leaving one port together do not count), once per
    /// pair of arrows and point: the definition of tools/diagram-metrics, so that the figures
    /// compare with ELK's and Graphviz's.
    int crossings = 0;
    double length = 0;      ///< total length of all arrows
};
Quality measure(const std::vector<Route> &routes);

/// Arrows longer than 1.5 times the distance (right-angled) between the centres of their ends.
int detours(const std::vector<Box> &boxes, const std::vector<Link> &links, const std::vector<Route> &routes);

/// What makes the drawing hard to read, one sentence per fault: a segment running along a
/// container's side closer than Options::clearance, two arrows that share no end lying on one
/// line, a label on a box, on another arrow or on another label. Empty when all is well. Used by
/// the tests and the benchmark.
QStringList legibilityFaults(const std::vector<Box> &boxes, const std::vector<Link> &links, const std::vector<Route> &routes,
                             const Options &options = {});

/// What is wrong with the routes, one sentence per fault: a segment that is not horizontal or
/// vertical, a segment through a box that is not one of its arrow's ends (nor holds one), an end
/// not on its box's side. Empty when all is well. Used by the tests and the benchmark.
QStringList violations(const std::vector<Box> &boxes, const std::vector<Link> &links, const std::vector<Route> &routes);

} // namespace Routing

} // namespace kumo
