#include "routingtree.h"

#include <algorithm>
#include <cmath>
#include <map>

namespace kumo {
namespace Routing {

namespace {

struct SegmentRef
{
    size_t route;
    size_t index; ///< the segment from points[index] to points[index + 1]
    double low;   ///< extent along the segment
    double high;
    double preference; ///< negative: the route turns towards lower coordinates at the ends
};

/// Spreads the segments lying on one line (all horizontal with @p horizontal, else all vertical)
/// that overlap: the arrow turning towards lower coordinates goes first.
void spreadOnLine(std::vector<Route> &routes, std::vector<SegmentRef> &segments, bool horizontal, const Options &options)
{
    std::sort(segments.begin(), segments.end(), [](const SegmentRef &a, const SegmentRef &b) { return a.low < b.low; });
    size_t begin = 0;
    while (begin < segments.size()) {
        size_t end = begin + 1;
        double reach = segments[begin].high;
        while (end < segments.size() && segments[end].low < reach - 0.5) {
            reach = std::max(reach, segments[end].high);
            ++end;
        }
        const size_t count = end - begin;
        if (count > 1) {
            std::vector<SegmentRef> cluster(segments.begin() + long(begin), segments.begin() + long(end));
            std::stable_sort(cluster.begin(), cluster.end(), [](const SegmentRef &a, const SegmentRef &b) {
                return a.preference < b.preference || (a.preference == b.preference && a.route < b.route);
            });
            // keep inside the margin around the obstacles the corridor runs along
            const double gap = std::min(options.spacing, 2 * (options.margin - 1) / double(count - 1));
            for (size_t i = 0; i < count; ++i) {
                const double offset = (double(i) - double(count - 1) / 2) * gap;
                std::vector<QPointF> &points = routes[cluster[i].route].points;
                for (size_t k : {cluster[i].index, cluster[i].index + 1}) {
                    if (horizontal)
                        points[k].ry() += offset;
                    else
                        points[k].rx() += offset;
                }
            }
        }
        begin = end;
    }
}

void spread(std::vector<Route> &routes, bool horizontal, const Options &options)
{
    std::map<long long, std::vector<SegmentRef>> lines;
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
            lines[std::llround(at * 100)].push_back({r, k, std::min(from, to), std::max(from, to),
                                                     (before > 0) - (before < 0) + (after > 0) - (after < 0) + 0.0});
        }
    }
    for (auto &[line, segments] : lines) {
        if (segments.size() > 1)
            spreadOnLine(routes, segments, horizontal, options);
    }
}

} // namespace

void spreadSharedCorridors(std::vector<Route> &routes, const Options &options)
{
    spread(routes, true, options);
    spread(routes, false, options);
}

} // namespace Routing
} // namespace kumo
