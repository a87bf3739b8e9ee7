#include "routingtree.h"

#include <algorithm>
#include <cmath>
#include <vector>

namespace kumo {
namespace Routing {

namespace {
constexpr double kCentringEpsilon = 0.01;

struct Interval
{
    double low, high;
    bool lowIsWall, highIsWall; ///< bounded by an obstacle or a container (not open canvas)
};

/// The free interval around @p at along one axis for a segment spanning [from, to] on the other:
/// bounded by the nearest obstacles (with their margin) on either side and by the area.
Interval freeInterval(const SearchProblem &problem, bool vertical, double at, double from, double to, double margin)
{
    Interval result{vertical ? problem.area.left() : problem.area.top(), vertical ? problem.area.right() : problem.area.bottom(),
                    !problem.openArea, !problem.openArea};
    for (const QRectF &o : problem.obstacles) {
        const QRectF e = o.adjusted(-margin, -margin, margin, margin);
        const double spanLow = vertical ? e.top() : e.left();
        const double spanHigh = vertical ? e.bottom() : e.right();
        if (spanHigh <= from + kCentringEpsilon || spanLow >= to - kCentringEpsilon)
            continue; // beside the segment's extent: not in the way
        const double near = vertical ? e.left() : e.top();
        const double far = vertical ? e.right() : e.bottom();
        if (far <= at + kCentringEpsilon) {
            if (far > result.low || !result.lowIsWall)
                result = {std::max(result.low, far), result.high, true, result.highIsWall};
        } else if (near >= at - kCentringEpsilon) {
            if (near < result.high || !result.highIsWall)
                result = {result.low, std::min(result.high, near), result.lowIsWall, true};
        } else {
            return {at, at, true, true}; // inside a margin already: stay
        }
    }
    return result;
}

/// The middle of the widest part of [low, high] that keeps @p clearance from the sides of the
/// containers the route crosses (parallel to the segment and beside its extent [from, to]); NaN
/// when no part does.
double clearOfWalls(const SearchProblem &problem, bool vertical, double from, double to, double low, double high, double clearance)
{
    std::vector<std::pair<double, double>> free{{low, high}};
    for (const QRectF &w : problem.walls) {
        const double spanLow = vertical ? w.top() : w.left();
        const double spanHigh = vertical ? w.bottom() : w.right();
        if (spanHigh <= from + kCentringEpsilon || spanLow >= to - kCentringEpsilon)
            continue;
        for (const double side : {vertical ? w.left() : w.top(), vertical ? w.right() : w.bottom()}) {
            std::vector<std::pair<double, double>> next;
            for (const auto &[a, b] : free) {
                if (side + clearance <= a || side - clearance >= b) {
                    next.push_back({a, b});
                    continue;
                }
                if (side - clearance > a)
                    next.push_back({a, side - clearance});
                if (side + clearance < b)
                    next.push_back({side + clearance, b});
            }
            free = std::move(next);
        }
    }
    double best = std::nan("");
    double widest = -1;
    for (const auto &[a, b] : free) {
        if (b - a > widest) {
            widest = b - a;
            best = (a + b) / 2;
        }
    }
    return best;
}
} // namespace

void centreInChannels(std::vector<QPointF> &points, const SearchProblem &problem, const Options &options)
{
    // inner segments only: the first and last leave and enter their boxes where the ports are
    for (size_t k = 1; k + 2 < points.size(); ++k) {
        QPointF &a = points[k];
        QPointF &b = points[k + 1];
        const bool vertical = std::abs(a.x() - b.x()) < kCentringEpsilon;
        const double at = vertical ? a.x() : a.y();
        const double from = std::min(vertical ? a.y() : a.x(), vertical ? b.y() : b.x());
        const double to = std::max(vertical ? a.y() : a.x(), vertical ? b.y() : b.x());
        const Interval free = freeInterval(problem, vertical, at, from, to, options.margin);
        // only a channel between two walls has a middle; beside open canvas, stay near the box
        if (!free.lowIsWall || !free.highIsWall)
            continue;
        double low = free.low;
        double high = free.high;
        // the neighbouring segments must keep their direction (and the stubs their length)
        const double before = vertical ? points[k - 1].x() : points[k - 1].y();
        const double after = vertical ? points[k + 2].x() : points[k + 2].y();
        for (const auto &[end, isStub] : {std::pair{before, k == 1}, std::pair{after, k + 3 == points.size()}}) {
            const double keep = isStub ? options.margin : options.spacing;
            if (end < at)
                low = std::max(low, end + keep);
            else
                high = std::min(high, end - keep);
        }
        if (high - low < kCentringEpsilon || at < low - kCentringEpsilon || at > high + kCentringEpsilon)
            continue;
        const double centre = clearOfWalls(problem, vertical, from, to, low, high, options.clearance);
        if (std::isnan(centre))
            continue;
        if (vertical) {
            a.rx() = centre;
            b.rx() = centre;
        } else {
            a.ry() = centre;
            b.ry() = centre;
        }
    }
}

} // namespace Routing
} // namespace kumo
