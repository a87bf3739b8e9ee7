#include "orthogonalrouter.h"

#include "routinggrid.h"
#include "routingtree.h"

#include <algorithm>
#include <cmath>
#include <numeric>

namespace kumo {
namespace Routing {

namespace {

/// A link's search, set up from the tree: what it may cross, where it may start and end.
std::vector<QPointF> searchOne(const SearchProblem &problem, const Options &options, const RoutedSegments &routed)
{
    // most arrows join near neighbours: search a window around both ends first, then everywhere
    const QRectF ends = problem.startBox.united(problem.endBox);
    const double reach = 3 * (std::max(problem.startBox.width(), problem.startBox.height()) + options.margin * 4);
    const QRectF window = ends.adjusted(-reach, -reach, reach, reach).intersected(problem.area);
    if (window.isValid() && window != problem.area) {
        if (auto found = RoutingGrid(problem, window, options, &routed).search(); !found.empty())
            return found;
    }
    if (auto found = RoutingGrid(problem, problem.area, options, &routed).search(); !found.empty())
        return found;
    return fallbackRoute(problem);
}

std::vector<QPointF> routeOne(const SearchProblem &problem, const Options &options, const RoutedSegments &routed)
{
    std::vector<QPointF> points = searchOne(problem, options, routed);
    centreInChannels(points, problem, options);
    simplify(points);
    if (points.size() == 1) // boxes of no size on top of each other: still a route of two points
        points.push_back(points.front());
    return points;
}

double lengthOf(const std::vector<QPointF> &points)
{
    double length = 0;
    for (size_t k = 0; k + 1 < points.size(); ++k)
        length += std::abs(points[k + 1].x() - points[k].x()) + std::abs(points[k + 1].y() - points[k].y());
    return length;
}

/// How many segments of the arrows routed so far the route crosses.
int crossingsWith(const std::vector<QPointF> &points, const RoutedSegments &routed)
{
    int count = 0;
    for (size_t k = 0; k + 1 < points.size(); ++k) {
        const QPointF a = points[k];
        const QPointF b = points[k + 1];
        const bool horizontal = std::abs(a.y() - b.y()) < 0.01;
        const QRectF span = QRectF(a, b).normalized();
        for (const RoutedSegments::Segment *s : routed.near(span.adjusted(-1, -1, 1, 1))) {
            const bool otherHorizontal = std::abs(s->a.y() - s->b.y()) < 0.01;
            if (otherHorizontal == horizontal)
                continue;
            const QPointF h0 = horizontal ? QPointF(span.left(), a.y()) : s->a;
            const QPointF h1 = horizontal ? QPointF(span.right(), a.y()) : s->b;
            const QPointF v0 = horizontal ? s->a : QPointF(a.x(), span.top());
            const QPointF v1 = horizontal ? s->b : QPointF(a.x(), span.bottom());
            if (v0.x() > h0.x() + 1 && v0.x() < h1.x() - 1 && h0.y() > v0.y() + 1 && h0.y() < v1.y() - 1)
                ++count;
        }
    }
    return count;
}

/// What a finished route is worth, the way the search weighs it.
double costOf(const std::vector<QPointF> &points, const RoutedSegments &routed, const Options &options)
{
    return lengthOf(points) + options.bendPenalty * double(std::max<int>(int(points.size()) - 2, 0))
           + options.crossingPenalty * crossingsWith(points, routed);
}

double distanceOfEnds(const SearchProblem &problem)
{
    const QRectF a = problem.startBox;
    const QRectF b = problem.endBox;
    const double dx = std::max({0.0, b.left() - a.right(), a.left() - b.right()});
    const double dy = std::max({0.0, b.top() - a.bottom(), a.top() - b.bottom()});
    return dx + dy;
}

/// Makes segments that the arithmetic of spreading left a hair off the vertical or horizontal
/// (1370.33 beside 1370.3300000000002) exactly so: each point takes the coordinate it shares with
/// the one before it.
void snapToAxes(std::vector<QPointF> &points)
{
    constexpr double kHair = 1e-6;
    for (size_t k = 1; k < points.size(); ++k) {
        if (std::abs(points[k].x() - points[k - 1].x()) < kHair)
            points[k].setX(points[k - 1].x());
        if (std::abs(points[k].y() - points[k - 1].y()) < kHair)
            points[k].setY(points[k - 1].y());
    }
}

} // namespace

std::vector<Route> route(const std::vector<Box> &boxes, const std::vector<Link> &links, const Options &options)
{
    const BoxTree tree(boxes);
    std::vector<Route> routes(links.size());
    std::vector<SearchProblem> problems(links.size());
    std::vector<size_t> order;
    order.reserve(links.size());
    for (size_t i = 0; i < links.size(); ++i) {
        const int from = tree.indexOf(links[i].from);
        const int to = tree.indexOf(links[i].to);
        if (from < 0 || to < 0 || from == to)
            continue;
        problems[i] = tree.problem(from, to, options);
        order.push_back(i);
    }
    // the short arrows first: they have the fewest good ways, the long ones go around them
    std::stable_sort(order.begin(), order.end(), [&](size_t a, size_t b) {
        return distanceOfEnds(problems[a]) < distanceOfEnds(problems[b]);
    });
    // one after the other: each pays for crossing and running along the arrows before it
    RoutedSegments routed;
    for (size_t i : order) {
        routes[i].points = routeOne(problems[i], options, routed);
        routed.add(routes[i].points, problems[i].from, problems[i].to, i);
    }
    // a second pass: an arrow that crosses others or makes a long detour is routed again against
    // all the others, and keeps the new route when it is better
    for (size_t i : order) {
        std::vector<QPointF> &points = routes[i].points;
        const bool detour = lengthOf(points) > 1.5 * distanceOfEnds(problems[i]) + 4 * options.margin;
        routed.remove(i);
        if (detour || crossingsWith(points, routed) > 0) {
            std::vector<QPointF> again = routeOne(problems[i], options, routed);
            if (costOf(again, routed, options) < costOf(points, routed, options) - 0.5)
                points = std::move(again);
        }
        routed.add(points, problems[i].from, problems[i].to, i);
    }
    distributePorts(tree, links, routes);
    spreadSharedCorridors(routes, problems, options);
    for (Route &r : routes)
        snapToAxes(r.points);
    placeLabels(tree, links, routes, options);
    return routes;
}

} // namespace Routing
} // namespace kumo
