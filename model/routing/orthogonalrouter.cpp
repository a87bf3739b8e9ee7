#include "orthogonalrouter.h"

#include "routinggrid.h"
#include "routingtree.h"

#include <QtConcurrent/QtConcurrentMap>

#include <algorithm>
#include <cmath>
#include <numeric>

namespace kumo {
namespace Routing {

namespace {

/// A link's search, set up from the tree: what it may cross, where it may start and end.
std::vector<QPointF> searchOne(const SearchProblem &problem, const Options &options)
{
    // most arrows join near neighbours: search a window around both ends first, then everywhere
    const QRectF ends = problem.startBox.united(problem.endBox);
    const double reach = 3 * (std::max(problem.startBox.width(), problem.startBox.height()) + options.margin * 4);
    const QRectF window = ends.adjusted(-reach, -reach, reach, reach).intersected(problem.area);
    if (window.isValid() && window != problem.area) {
        if (auto found = RoutingGrid(problem, window, options).search(); !found.empty())
            return found;
    }
    if (auto found = RoutingGrid(problem, problem.area, options).search(); !found.empty())
        return found;
    return fallbackRoute(problem);
}

std::vector<QPointF> routeOne(const BoxTree &tree, const Link &link, const Options &options)
{
    const int from = tree.indexOf(link.from);
    const int to = tree.indexOf(link.to);
    if (from < 0 || to < 0 || from == to)
        return {};
    const SearchProblem problem = tree.problem(from, to, options);
    std::vector<QPointF> points = searchOne(problem, options);
    centreInChannels(points, problem, options);
    simplify(points);
    if (points.size() == 1) // boxes of no size on top of each other: still a route of two points
        points.push_back(points.front());
    return points;
}

} // namespace

std::vector<Route> route(const std::vector<Box> &boxes, const std::vector<Link> &links, const Options &options)
{
    const BoxTree tree(boxes);
    std::vector<int> order(links.size());
    std::iota(order.begin(), order.end(), 0);
    // routes are independent of each other until they are spread apart: search them in parallel
    std::vector<Route> routes(links.size());
    auto search = [&](int i) { routes[size_t(i)].points = routeOne(tree, links[size_t(i)], options); };
    if (links.size() > 64)
        QtConcurrent::blockingMap(order, search);
    else
        std::for_each(order.begin(), order.end(), search);
    distributePorts(tree, links, routes);
    spreadSharedCorridors(routes, options);
    placeLabels(tree, links, routes, options);
    return routes;
}

} // namespace Routing
} // namespace kumo
