#include "routingtree.h"

#include <algorithm>
#include <cmath>
#include <map>

namespace kumo {
namespace Routing {

namespace {

/// Larger groups keep the order by turning direction: weighing every pair would cost too much.
constexpr size_t kMostOrderedEnds = 32;

struct SegmentRef
{
    size_t route;
    size_t index; ///< the segment from points[index] to points[index + 1]
    double low;   ///< extent along the segment
    double high;
    double preference; ///< negative: the route turns towards lower coordinates at the ends
    double at;         ///< where the segment lies across its direction
};

/// True when moving segment @p index of a route (from @p before to @p points) keeps it and its
/// neighbours out of the obstacles, keeps its ends on their boxes' sides and does not bring it
/// within the clearance of a side of a container it crosses.
bool fits(const std::vector<QPointF> &points, const std::vector<QPointF> &before, size_t index, const SearchProblem &problem,
          bool horizontal, const Options &options, bool keepOffWalls = true)
{
    const size_t last = points.size() - 1;
    for (size_t k = index > 0 ? index - 1 : 0; k <= index + 1 && k < last; ++k) {
        for (const QRectF &o : problem.obstacles) {
            if (entersInside(o, points[k], points[k + 1])) {
                return false;
            }
        }
    }
    // the ends slide along their sides: they must stay on them, off the corners
    auto onSide = [&](const QRectF &box, QPointF p) {
        return horizontal ? p.y() >= box.top() + 2 && p.y() <= box.bottom() - 2 : p.x() >= box.left() + 2 && p.x() <= box.right() - 2;
    };
    if (index == 0 && !onSide(problem.startBox, points.front()) && onSide(problem.startBox, before.front())) {
        return false;
    }
    if (index + 1 == last && !onSide(problem.endBox, points.back()) && onSide(problem.endBox, before.back())) {
        return false;
    }
    const double at = horizontal ? points[index].y() : points[index].x();
    const double was = horizontal ? before[index].y() : before[index].x();
    const double low = std::min(horizontal ? points[index].x() : points[index].y(), horizontal ? points[index + 1].x() : points[index + 1].y());
    const double high = std::max(horizontal ? points[index].x() : points[index].y(), horizontal ? points[index + 1].x() : points[index + 1].y());
    for (const QRectF &w : keepOffWalls ? problem.walls : std::vector<QRectF>()) {
        const double spanLow = horizontal ? w.left() : w.top();
        const double spanHigh = horizontal ? w.right() : w.bottom();
        if (spanHigh <= low + 0.01 || spanLow >= high - 0.01)
            continue;
        for (const double side : {horizontal ? w.top() : w.left(), horizontal ? w.bottom() : w.right()}) {
            if (std::abs(at - side) < options.clearance && std::abs(was - side) >= options.clearance) {
                return false;
            }
        }
    }
    return true;
}

/// Orders the segments of one corridor (lowest coordinate first) so that their routes cross each
/// other as little as possible: for each pair, the crossings of the two routes with one below the
/// other and the other way round; see orderCrossingLeast.
void orderToCrossLeast(const std::vector<Route> &routes, std::vector<SegmentRef> &cluster, bool horizontal, double mean, double gap)
{
    const size_t count = cluster.size();
    if (count < 2 || count > kMostOrderedEnds)
        return;
    auto placed = [&](const SegmentRef &s, double at) {
        std::vector<QPointF> points = routes[s.route].points;
        for (size_t k : {s.index, s.index + 1})
            (horizontal ? points[k].ry() : points[k].rx()) = at;
        return points;
    };
    // below[i][j]: crossings of i's and j's routes with i placed lower than j
    std::vector<std::vector<int>> below(count, std::vector<int>(count, 0));
    bool any = false;
    for (size_t i = 0; i < count; ++i) {
        for (size_t j = i + 1; j < count; ++j) {
            if (cluster[i].route == cluster[j].route)
                continue;
            below[i][j] = crossingsBetween(placed(cluster[i], mean - gap / 2), placed(cluster[j], mean + gap / 2));
            below[j][i] = crossingsBetween(placed(cluster[j], mean - gap / 2), placed(cluster[i], mean + gap / 2));
            any = any || below[i][j] != below[j][i];
        }
    }
    if (!any)
        return;
    const std::vector<size_t> best = orderCrossingLeast(below);
    std::vector<SegmentRef> sorted;
    sorted.reserve(count);
    for (size_t i : best)
        sorted.push_back(cluster[i]);
    cluster = std::move(sorted);
}

/// Spreads the segments lying on (or within the spacing of) one line, all horizontal with
/// @p horizontal, else all vertical, that overlap: the arrow turning towards lower coordinates
/// goes first. At least Options::minimumSpacing apart, more where the margin allows.
void spreadCluster(std::vector<Route> &routes, const std::vector<SearchProblem> &problems, std::vector<SegmentRef> &cluster, bool horizontal, const Options &options)
{
    const size_t count = cluster.size();
    double mean = 0;
    for (const SegmentRef &s : cluster)
        mean += s.at;
    mean /= double(count);
    std::stable_sort(cluster.begin(), cluster.end(), [](const SegmentRef &a, const SegmentRef &b) {
        if (a.preference != b.preference)
            return a.preference < b.preference;
        if (std::abs(a.at - b.at) > 0.01)
            return a.at < b.at;
        return a.route < b.route;
    });
    orderToCrossLeast(routes, cluster, horizontal, mean, options.spacing);
    // keep inside the margin around the obstacles the corridor runs along where that allows the
    // minimum spacing; never closer than it. When the spread group would enter a box or run along
    // a container's side, it is shifted as a whole; when no shift helps it stays as it was.
    const double gap = std::max(options.minimumSpacing, std::min(options.spacing, 2 * (options.margin - 1) / double(count - 1)));
    std::vector<std::vector<QPointF>> before(count);
    for (size_t i = 0; i < count; ++i)
        before[i] = routes[cluster[i].route].points;
    auto place = [&](double shift, bool keepOffWalls) {
        for (size_t i = 0; i < count; ++i) {
            const double target = mean + shift + (double(i) - double(count - 1) / 2) * gap;
            std::vector<QPointF> &points = routes[cluster[i].route].points;
            for (size_t k : {cluster[i].index, cluster[i].index + 1}) {
                if (horizontal)
                    points[k].ry() = target;
                else
                    points[k].rx() = target;
            }
        }
        for (size_t i = 0; i < count; ++i) {
            if (!fits(routes[cluster[i].route].points, before[i], cluster[i].index, problems[cluster[i].route], horizontal, options,
                      keepOffWalls))
                return false;
        }
        return true;
    };
    // arrows lying on each other read worse than an arrow near a container's side: only when no
    // shift keeps the group off the sides does it go near one
    for (const bool keepOffWalls : {true, false}) {
        // the nearest shifts first, in half gaps, up to two gaps beyond the clearance
        const int steps = 4 + int(std::ceil(2 * options.clearance / gap));
        for (int step = 0; step <= 2 * steps; ++step) {
            const double shift = (step % 2 ? 1 : -1) * double((step + 1) / 2) * gap / 2;
            if (place(shift, keepOffWalls))
                return;
            for (size_t i = 0; i < count; ++i)
                routes[cluster[i].route].points = before[i];
        }
    }
    // no shift suits every member: each one that does not fit its place stays where it was
    place(0, false);
    for (size_t i = count; i-- > 0;) {
        if (!fits(routes[cluster[i].route].points, before[i], cluster[i].index, problems[cluster[i].route], horizontal, options, false))
            routes[cluster[i].route].points = before[i];
    }
}

/// Groups the segments that lie closer than the spacing to each other and overlap along their
/// length, and spreads each group.
void spreadOnLines(std::vector<Route> &routes, const std::vector<SearchProblem> &problems, std::vector<SegmentRef> &segments, bool horizontal, const Options &options)
{
    std::sort(segments.begin(), segments.end(), [](const SegmentRef &a, const SegmentRef &b) { return a.at < b.at; });
    // union-find over neighbours in position that overlap in extent
    std::vector<size_t> parent(segments.size());
    for (size_t i = 0; i < parent.size(); ++i)
        parent[i] = i;
    auto root = [&](size_t i) {
        while (parent[i] != i)
            i = parent[i] = parent[parent[i]];
        return i;
    };
    const double near = options.minimumSpacing - 0.01;
    for (size_t i = 0; i < segments.size(); ++i) {
        for (size_t j = i + 1; j < segments.size() && segments[j].at - segments[i].at < near; ++j) {
            if (segments[j].route == segments[i].route)
                continue;
            if (std::min(segments[i].high, segments[j].high) - std::max(segments[i].low, segments[j].low) > 0.5)
                parent[root(j)] = root(i);
        }
    }
    std::map<size_t, std::vector<SegmentRef>> clusters;
    for (size_t i = 0; i < segments.size(); ++i)
        clusters[root(i)].push_back(segments[i]);
    for (auto &[key, cluster] : clusters) {
        if (cluster.size() > 1)
            spreadCluster(routes, problems, cluster, horizontal, options);
    }
}

void spread(std::vector<Route> &routes, const std::vector<SearchProblem> &problems, bool horizontal, const Options &options)
{
    std::vector<SegmentRef> lines;
    for (size_t r = 0; r < routes.size(); ++r) {
        const std::vector<QPointF> &points = routes[r].points;
        for (size_t k = 0; k + 1 < points.size(); ++k) {
            const QPointF a = points[k];
            const QPointF b = points[k + 1];
            const bool isHorizontal = std::abs(a.y() - b.y()) < 1e-6;
            if (isHorizontal != horizontal || a == b)
                continue;
            const double at = horizontal ? a.y() : a.x();
            const double from = horizontal ? a.x() : a.y();
            const double to = horizontal ? b.x() : b.y();
            auto across = [&](const QPointF &p) { return (horizontal ? p.y() : p.x()) - at; };
            const double before = k > 0 ? across(points[k - 1]) : 0;
            const double after = k + 2 < points.size() ? across(points[k + 2]) : 0;
            lines.push_back({r, k, std::min(from, to), std::max(from, to),
                             (before > 0) - (before < 0) + (after > 0) - (after < 0) + 0.0, at});
        }
    }
    spreadOnLines(routes, problems, lines, horizontal, options);
}

} // namespace

void spreadSharedCorridors(std::vector<Route> &routes, const std::vector<SearchProblem> &problems, const Options &options)
{
    std::vector<std::vector<QPointF>> before(routes.size());
    for (size_t r = 0; r < routes.size(); ++r)
        before[r] = routes[r].points;
    spread(routes, problems, true, options);
    spread(routes, problems, false, options);
    // a route whose end slid off its box's side goes back to where it was
    auto onBorder = [](const QRectF &box, QPointF p) {
        const QRectF outer = box.adjusted(-0.01, -0.01, 0.01, 0.01);
        const QRectF inner = box.adjusted(0.01, 0.01, -0.01, -0.01);
        return outer.contains(p) && !inner.contains(p);
    };
    for (size_t r = 0; r < routes.size(); ++r) {
        const std::vector<QPointF> &p = routes[r].points;
        if (p.size() < 2 || p == before[r])
            continue;
        const SearchProblem &problem = problems[r];
        const bool startMoved = onBorder(problem.startBox, before[r].front()) && !onBorder(problem.startBox, p.front());
        const bool endMoved = onBorder(problem.endBox, before[r].back()) && !onBorder(problem.endBox, p.back());
        if (startMoved || endMoved)
            routes[r].points = before[r];
    }
}

} // namespace Routing
} // namespace kumo
