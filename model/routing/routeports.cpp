#include "routingtree.h"

#include <algorithm>
#include <cmath>
#include <map>

namespace kumo {
namespace Routing {

namespace {

constexpr double kPortSpacing = 14;
/// More ends on one side keep the order by turn and length: weighing every pair would cost too much.
constexpr size_t kMostOrderedPorts = 32;

struct RouteEnd
{
    size_t route;
    bool front;       ///< the start of the route (else its end)
    double length;    ///< of the segment touching the box
    int turn;         ///< -1 or +1: where the next segment heads along the side
};

int directionOf(QPointF from, QPointF to)
{
    if (std::abs(from.y() - to.y()) < 1e-6)
        return to.x() > from.x() ? East : West;
    return to.y() > from.y() ? South : North;
}

/// The indexes of the points of one end's segment (touching the box) and of the next point.
struct EndPoints
{
    size_t onSide, bend, next;
};

EndPoints endPoints(const std::vector<QPointF> &points, bool front)
{
    const size_t n = points.size();
    return front ? EndPoints{0, 1, 2} : EndPoints{n - 1, n - 2, n - 3};
}

} // namespace

void distributePorts(const BoxTree &tree, const std::vector<Link> &links, std::vector<Route> &routes)
{
    // ends grouped by box and side; only routes with a bend can slide their ends
    std::map<std::pair<int, int>, std::vector<RouteEnd>> sides;
    for (size_t r = 0; r < routes.size(); ++r) {
        const std::vector<QPointF> &p = routes[r].points;
        if (p.size() < 3)
            continue;
        const int from = tree.indexOf(links[r].from);
        const int to = tree.indexOf(links[r].to);
        if (from < 0 || to < 0 || tree.holds(from, to) || tree.holds(to, from))
            continue;
        for (const bool front : {true, false}) {
            const EndPoints e = endPoints(p, front);
            sides[{front ? from : to, directionOf(p[e.onSide], p[e.bend])}].push_back({r, front, 0, 0});
        }
    }
    const BoxIndex index(tree);
    for (auto &[key, ends] : sides) {
        if (ends.size() < 2)
            continue;
        const auto [box, outward] = key;
        const QRectF rect = tree.box(box).rect;
        const bool vertical = outward == East || outward == West;
        // measured now: the other ends of these routes may have moved already
        for (RouteEnd &end : ends) {
            const std::vector<QPointF> &p = routes[end.route].points;
            const EndPoints e = endPoints(p, end.front);
            const double along = vertical ? p[e.next].y() - p[e.bend].y() : p[e.next].x() - p[e.bend].x();
            end.length = std::abs(p[e.bend].x() - p[e.onSide].x()) + std::abs(p[e.bend].y() - p[e.onSide].y());
            end.turn = along < 0 ? -1 : 1;
        }
        // heading back along the side: the shortest nearest that end, so that no two cross
        std::stable_sort(ends.begin(), ends.end(), [](const RouteEnd &a, const RouteEnd &b) {
            if (a.turn != b.turn)
                return a.turn < b.turn;
            return a.turn < 0 ? a.length < b.length : a.length > b.length;
        });
        const double sideLength = vertical ? rect.height() : rect.width();
        const double spacing = std::min(kPortSpacing, sideLength / double(ends.size() + 1));
        const double centre = vertical ? rect.center().y() : rect.center().x();
        // then the order in which the routes cross each other least, tried pair by pair
        auto moved = [&](const RouteEnd &end, double at) {
            std::vector<QPointF> p = routes[end.route].points;
            const EndPoints e = endPoints(p, end.front);
            for (size_t k : {e.onSide, e.bend})
                (vertical ? p[k].ry() : p[k].rx()) = at;
            return p;
        };
        if (ends.size() <= kMostOrderedPorts) {
            std::vector<std::vector<int>> below(ends.size(), std::vector<int>(ends.size(), 0));
            for (size_t i = 0; i < ends.size(); ++i) {
                for (size_t j = i + 1; j < ends.size(); ++j) {
                    below[i][j] = crossingsBetween(moved(ends[i], centre - spacing / 2), moved(ends[j], centre + spacing / 2));
                    below[j][i] = crossingsBetween(moved(ends[j], centre - spacing / 2), moved(ends[i], centre + spacing / 2));
                }
            }
            std::vector<RouteEnd> ordered;
            for (size_t i : orderCrossingLeast(below))
                ordered.push_back(ends[i]);
            ends = std::move(ordered);
        }
        for (size_t i = 0; i < ends.size(); ++i) {
            std::vector<QPointF> &p = routes[ends[i].route].points;
            const std::vector<QPointF> before = p;
            const EndPoints e = endPoints(p, ends[i].front);
            const double target = centre + (double(i) - double(ends.size() - 1) / 2) * spacing;
            const double delta = target - (vertical ? p[e.onSide].y() : p[e.onSide].x());
            for (size_t k : {e.onSide, e.bend})
                (vertical ? p[k].ry() : p[k].rx()) += delta;
            // the next segment must keep its direction, and neither changed segment enter a box
            const double oldAlong = vertical ? before[e.next].y() - before[e.bend].y() : before[e.next].x() - before[e.bend].x();
            const double newAlong = vertical ? p[e.next].y() - p[e.bend].y() : p[e.next].x() - p[e.bend].x();
            const int from = tree.indexOf(links[ends[i].route].from);
            const int to = tree.indexOf(links[ends[i].route].to);
            const bool keepsDirection = std::abs(newAlong) >= 1 && (newAlong > 0) == (oldAlong > 0);
            if (!keepsDirection || index.foreignBoxOn(p[e.onSide], p[e.bend], from, to) >= 0
                || index.foreignBoxOn(p[e.bend], p[e.next], from, to) >= 0)
                p = before;
        }
    }
}

} // namespace Routing
} // namespace kumo
