#include "routingtree.h"

#include <algorithm>
#include <cmath>

namespace kumo {
namespace Routing {

namespace {

constexpr double kTolerance = 0.01;

struct Segment
{
    QPointF a, b;
    size_t route;
};

bool horizontal(const Segment &s)
{
    return std::abs(s.a.y() - s.b.y()) < kTolerance;
}

std::vector<Segment> segmentsOf(const std::vector<Route> &routes)
{
    std::vector<Segment> segments;
    for (size_t r = 0; r < routes.size(); ++r) {
        const std::vector<QPointF> &p = routes[r].points;
        for (size_t k = 0; k + 1 < p.size(); ++k)
            segments.push_back({p[k], p[k + 1], r});
    }
    return segments;
}

bool onBorder(const QRectF &rect, QPointF p)
{
    const bool withinX = p.x() >= rect.left() - kTolerance && p.x() <= rect.right() + kTolerance;
    const bool withinY = p.y() >= rect.top() - kTolerance && p.y() <= rect.bottom() + kTolerance;
    return (withinY && (std::abs(p.x() - rect.left()) < kTolerance || std::abs(p.x() - rect.right()) < kTolerance))
           || (withinX && (std::abs(p.y() - rect.top()) < kTolerance || std::abs(p.y() - rect.bottom()) < kTolerance));
}

/// Faults are for tests and the benchmark, not for the interface: they stay in English.
QString text(const char *sentence)
{
    return QString::fromUtf8(sentence);
}

} // namespace

Quality measure(const std::vector<Route> &routes)
{
    Quality quality;
    for (const Route &route : routes) {
        if (route.points.size() < 2)
            continue;
        ++quality.arrows;
        quality.bends += int(route.points.size()) - 2;
        for (size_t k = 0; k + 1 < route.points.size(); ++k) {
            const QPointF d = route.points[k + 1] - route.points[k];
            quality.length += std::abs(d.x()) + std::abs(d.y());
        }
    }
    // crossings: each horizontal segment against the vertical ones whose x lies in its span
    std::vector<Segment> horizontals, verticals;
    for (const Segment &s : segmentsOf(routes))
        (horizontal(s) ? horizontals : verticals).push_back(s);
    std::sort(verticals.begin(), verticals.end(), [](const Segment &a, const Segment &b) { return a.a.x() < b.a.x(); });
    for (const Segment &h : horizontals) {
        const double left = std::min(h.a.x(), h.b.x());
        const double right = std::max(h.a.x(), h.b.x());
        auto it = std::upper_bound(verticals.begin(), verticals.end(), left + kTolerance,
                                   [](double x, const Segment &s) { return x < s.a.x(); });
        for (; it != verticals.end() && it->a.x() < right - kTolerance; ++it) {
            const double top = std::min(it->a.y(), it->b.y());
            const double bottom = std::max(it->a.y(), it->b.y());
            if (it->route != h.route && h.a.y() > top + kTolerance && h.a.y() < bottom - kTolerance)
                ++quality.crossings;
        }
    }
    return quality;
}

QStringList violations(const std::vector<Box> &boxes, const std::vector<Link> &links, const std::vector<Route> &routes)
{
    QStringList faults;
    const BoxTree tree(boxes);
    const BoxIndex index(tree);
    for (size_t r = 0; r < routes.size() && r < links.size(); ++r) {
        const Link &link = links[r];
        const std::vector<QPointF> &points = routes[r].points;
        const int from = tree.indexOf(link.from);
        const int to = tree.indexOf(link.to);
        const QString name = link.from + QStringLiteral(" → ") + link.to;
        if (from < 0 || to < 0 || from == to)
            continue;
        if (points.size() < 2) {
            faults << text("%1: no route").arg(name);
            continue;
        }
        const bool toHoldsFrom = tree.holds(to, from);
        const bool fromHoldsTo = tree.holds(from, to);
        if (!fromHoldsTo && !onBorder(tree.box(from).rect, points.front()))
            faults << text("%1: does not start on the side of its first box").arg(name);
        if (!toHoldsFrom && !onBorder(tree.box(to).rect, points.back()))
            faults << text("%1: does not end on the side of its last box").arg(name);
        for (size_t k = 0; k + 1 < points.size(); ++k) {
            const QPointF a = points[k];
            const QPointF b = points[k + 1];
            if (std::abs(a.x() - b.x()) > kTolerance && std::abs(a.y() - b.y()) > kTolerance) {
                faults << text("%1: segment %2 is neither horizontal nor vertical").arg(name).arg(k + 1);
                continue;
            }
            if (const int foreign = index.foreignBoxOn(a, b, from, to); foreign >= 0)
                faults << text("%1: segment %2 passes through %3").arg(name).arg(k + 1).arg(tree.box(foreign).id);
        }
    }
    return faults;
}

} // namespace Routing
} // namespace kumo
