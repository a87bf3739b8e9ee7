#pragma once

#include "orthogonalrouter.h"

#include <QHash>

#include <cmath>
#include <vector>

namespace kumo {
namespace Routing {

/// Where a route may start or end: a point on a box's side and the direction leaving it.
struct Port
{
    QPointF onSide;
    int outward = 0; ///< a Direction
};

/// Grid directions.
enum Direction { East = 0, West = 1, South = 2, North = 3 };
QPointF step(int direction);
int opposite(int direction);

/// One arrow's search: the area it must stay in, what it must keep clear of, where it may begin
/// and end.
struct SearchProblem
{
    QRectF area;                   ///< the route stays inside (already kept clear of the border)
    bool openArea = false;         ///< the area is the canvas around everything, not a container
    std::vector<QRectF> obstacles; ///< boxes the route must not enter (without their margin)
    /// Containers whose border the route may cross (those holding an end, and the area's own
    /// container): it must not run along their sides, within Options::clearance of them.
    std::vector<QRectF> walls;
    std::vector<Port> starts;
    std::vector<Port> ends;
    QRectF startBox;
    QRectF endBox;
    int from = -1; ///< the end boxes' indexes in the tree
    int to = -1;
};

/// The boxes as a tree, for finding what a route between two of them must avoid.
class BoxTree
{
public:
    explicit BoxTree(const std::vector<Box> &boxes);

    int indexOf(const QString &id) const { return m_index.value(id, -1); }
    const Box &box(int index) const { return m_boxes[size_t(index)]; }
    int size() const { return int(m_boxes.size()); }
    /// The index of @p index's parent box, or -1 at the top level.
    int parentOf(int index) const { return m_parent[size_t(index)]; }
    /// True when @p ancestor holds @p index (directly or deeper).
    bool holds(int ancestor, int index) const;
    /// The search for a route from box @p from to box @p to.
    SearchProblem problem(int from, int to, const Options &options) const;
    /// A container's title strip.
    QRectF titleStrip(int index, const Options &options) const;

private:
    std::vector<int> chainTo(int index, int ancestor) const;
    std::vector<Port> portsOf(int index, bool fromInside, const Options &options) const;

    std::vector<Box> m_boxes;
    std::vector<int> m_parent;
    std::vector<std::vector<int>> m_children; ///< per box, plus the top level at the end
    QHash<QString, int> m_index;
    QRectF m_bounds;
};

/// The boxes bucketed by area, to find quickly which boxes a segment runs through.
class BoxIndex
{
public:
    explicit BoxIndex(const BoxTree &tree);
    /// The first box whose inside the segment a-b enters and that is not allowed to it: neither
    /// @p from nor @p to nor a box holding one of them. -1 when there is none.
    int foreignBoxOn(QPointF a, QPointF b, int from, int to) const;

private:
    template<typename F>
    void forCells(const QRectF &rect, F &&f) const;
    const BoxTree &m_tree;
    QHash<qint64, std::vector<int>> m_cells;
};

/// The segments of the arrows routed so far, bucketed by area: later arrows pay for crossing
/// them and for running along them (see Options::crossingPenalty and Options::sharePenalty).
class RoutedSegments
{
public:
    struct Segment
    {
        QPointF a, b;   ///< a is the lower end (smaller x or y)
        int from, to;   ///< the arrow's end boxes
        size_t route;   ///< which arrow
        bool removed;
    };
    void add(const std::vector<QPointF> &points, int from, int to, size_t route);
    /// Takes the segments of @p route out (they are skipped from then on).
    void remove(size_t route);
    /// The live segments near @p rect, each once.
    std::vector<const Segment *> near(const QRectF &rect) const;
    bool empty() const { return m_segments.empty(); }

private:
    static constexpr double kCell = 256;
    template<typename F>
    static void forCells(const QRectF &r, F &&f)
    {
        const qint64 x0 = qint64(std::floor(r.left() / kCell));
        const qint64 x1 = qint64(std::floor(r.right() / kCell));
        const qint64 y0 = qint64(std::floor(r.top() / kCell));
        const qint64 y1 = qint64(std::floor(r.bottom() / kCell));
        for (qint64 x = x0; x <= x1; ++x) {
            for (qint64 y = y0; y <= y1; ++y)
                f(x * 1000003LL + y);
        }
    }
    std::vector<Segment> m_segments;
    QHash<qint64, std::vector<int>> m_cells;
    std::vector<std::vector<int>> m_byRoute;
};

/// Spreads the ends of routes that meet one side of one box along that side, ordered so that
/// they do not cross each other; an end stays where it is when moving it would enter a box.
void distributePorts(const BoxTree &tree, const std::vector<Link> &links, std::vector<Route> &routes);

/// An orthogonal route that ignores obstacles, for when no clear one exists (an end is buried).
std::vector<QPointF> fallbackRoute(const SearchProblem &problem);

/// Moves each inner segment of a route to the middle of the free channel it runs in, so that
/// arrows keep clear of the boxes on both sides rather than hugging one.
void centreInChannels(std::vector<QPointF> &points, const SearchProblem &problem, const Options &options);

/// Moves apart segments of different routes that lie on top of each other.
void spreadSharedCorridors(std::vector<Route> &routes, const std::vector<SearchProblem> &problems, const Options &options);

/// Gives each labelled link a label box on its route that covers no box and no earlier label.
void placeLabels(const BoxTree &tree, const std::vector<Link> &links, std::vector<Route> &routes, const Options &options);

/// Where two routes meet or cross (as Quality::crossings counts them, for one pair of arrows).
int crossingsBetween(const std::vector<QPointF> &a, const std::vector<QPointF> &b);

/// The order of n things (first lowest) in which the pairs cost least, where below[i][j] is what
/// i placed before j costs: every order of up to seven is tried, more are inserted one by one
/// where each costs least. Among equally good orders the given one (0, 1, ...) is kept.
std::vector<size_t> orderCrossingLeast(const std::vector<std::vector<int>> &below);

/// Drops points that continue a straight line or repeat the previous one.
void simplify(std::vector<QPointF> &points);

} // namespace Routing
} // namespace kumo
