#include "routingtree.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <map>

#include <QLineF>

namespace kumo {
namespace Routing {

namespace {

constexpr double kQualityTolerance = 0.01;
constexpr double kNearEnd = 3; ///< crossings this close to an arrow's end are where arrows meet at a port

struct Segment
{
    QPointF a, b;
    size_t route;
};

bool horizontal(const Segment &s)
{
    return std::abs(s.a.y() - s.b.y()) < kQualityTolerance;
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
    const bool withinX = p.x() >= rect.left() - kQualityTolerance && p.x() <= rect.right() + kQualityTolerance;
    const bool withinY = p.y() >= rect.top() - kQualityTolerance && p.y() <= rect.bottom() + kQualityTolerance;
    return (withinY && (std::abs(p.x() - rect.left()) < kQualityTolerance || std::abs(p.x() - rect.right()) < kQualityTolerance))
           || (withinX && (std::abs(p.y() - rect.top()) < kQualityTolerance || std::abs(p.y() - rect.bottom()) < kQualityTolerance));
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
    // each horizontal segment against the vertical ones whose x lies in its span (ends included:
    // an arrow turning off another one's line reads as a crossing too)
    std::vector<Segment> horizontals, verticals;
    for (const Segment &s : segmentsOf(routes)) {
        if (s.a != s.b)
            (horizontal(s) ? horizontals : verticals).push_back(s);
    }
    std::sort(verticals.begin(), verticals.end(), [](const Segment &a, const Segment &b) { return a.a.x() < b.a.x(); });
    auto nearEnd = [&](QPointF p, size_t route) {
        const std::vector<QPointF> &points = routes[route].points;
        return QLineF(p, points.front()).length() <= kNearEnd || QLineF(p, points.back()).length() <= kNearEnd;
    };
    std::map<std::pair<size_t, size_t>, std::vector<QPointF>> points;
    for (const Segment &h : horizontals) {
        const double left = std::min(h.a.x(), h.b.x());
        const double right = std::max(h.a.x(), h.b.x());
        auto it = std::lower_bound(verticals.begin(), verticals.end(), left - kQualityTolerance,
                                   [](const Segment &s, double x) { return s.a.x() < x; });
        for (; it != verticals.end() && it->a.x() <= right + kQualityTolerance; ++it) {
            const double top = std::min(it->a.y(), it->b.y());
            const double bottom = std::max(it->a.y(), it->b.y());
            if (it->route == h.route || h.a.y() < top - kQualityTolerance || h.a.y() > bottom + kQualityTolerance)
                continue;
            const QPointF p(it->a.x(), h.a.y());
            if (nearEnd(p, h.route) || nearEnd(p, it->route))
                continue;
            std::vector<QPointF> &seen = points[{std::min(h.route, it->route), std::max(h.route, it->route)}];
            if (std::none_of(seen.begin(), seen.end(), [&](QPointF q) { return QLineF(p, q).length() <= 1; })) {
                seen.push_back(p);
                ++quality.crossings;
            }
        }
    }
    return quality;
}

int crossingsBetween(const std::vector<QPointF> &a, const std::vector<QPointF> &b)
{
    auto nearEnd = [](QPointF p, const std::vector<QPointF> &points) {
        return QLineF(p, points.front()).length() <= kNearEnd || QLineF(p, points.back()).length() <= kNearEnd;
    };
    std::vector<QPointF> seen;
    for (size_t i = 0; i + 1 < a.size(); ++i) {
        for (size_t j = 0; j + 1 < b.size(); ++j) {
            const bool aHorizontal = std::abs(a[i].y() - a[i + 1].y()) < kQualityTolerance;
            const bool bHorizontal = std::abs(b[j].y() - b[j + 1].y()) < kQualityTolerance;
            if (aHorizontal == bHorizontal || a[i] == a[i + 1] || b[j] == b[j + 1])
                continue;
            const QPointF h0 = aHorizontal ? a[i] : b[j], h1 = aHorizontal ? a[i + 1] : b[j + 1];
            const QPointF v0 = aHorizontal ? b[j] : a[i], v1 = aHorizontal ? b[j + 1] : a[i + 1];
            const QPointF p(v0.x(), h0.y());
            if (p.x() < std::min(h0.x(), h1.x()) - kQualityTolerance || p.x() > std::max(h0.x(), h1.x()) + kQualityTolerance
                || p.y() < std::min(v0.y(), v1.y()) - kQualityTolerance || p.y() > std::max(v0.y(), v1.y()) + kQualityTolerance)
                continue;
            if (nearEnd(p, a) || nearEnd(p, b))
                continue;
            if (std::none_of(seen.begin(), seen.end(), [&](QPointF q) { return QLineF(p, q).length() <= 1; }))
                seen.push_back(p);
        }
    }
    return int(seen.size());
}

std::vector<size_t> orderCrossingLeast(const std::vector<std::vector<int>> &below)
{
    const size_t count = below.size();
    auto costOf = [&](const std::vector<size_t> &order) {
        int cost = 0;
        for (size_t a = 0; a < order.size(); ++a) {
            for (size_t b = a + 1; b < order.size(); ++b)
                cost += below[order[a]][order[b]];
        }
        return cost;
    };
    std::vector<size_t> order(count);
    for (size_t i = 0; i < count; ++i)
        order[i] = i;
    std::vector<size_t> best = order;
    if (count <= 7) {
        int bestCost = costOf(order);
        while (bestCost > 0 && std::next_permutation(order.begin(), order.end())) {
            if (const int cost = costOf(order); cost < bestCost) {
                bestCost = cost;
                best = order;
            }
        }
        return best;
    }
    best.clear();
    for (size_t i = 0; i < count; ++i) {
        size_t bestAt = best.size();
        int bestCost = std::numeric_limits<int>::max();
        for (size_t at = best.size() + 1; at-- > 0;) { // from the end: ties keep the given order
            int cost = 0;
            for (size_t k = 0; k < best.size(); ++k)
                cost += k < at ? below[best[k]][i] : below[i][best[k]];
            if (cost < bestCost) {
                bestCost = cost;
                bestAt = at;
            }
        }
        best.insert(best.begin() + long(bestAt), i);
    }
    return best;
}

int detours(const std::vector<Box> &boxes, const std::vector<Link> &links, const std::vector<Route> &routes)
{
    const BoxTree tree(boxes);
    int count = 0;
    for (size_t r = 0; r < routes.size() && r < links.size(); ++r) {
        const int from = tree.indexOf(links[r].from);
        const int to = tree.indexOf(links[r].to);
        if (from < 0 || to < 0 || routes[r].points.size() < 2)
            continue;
        const QPointF d = tree.box(from).rect.center() - tree.box(to).rect.center();
        const double distance = std::abs(d.x()) + std::abs(d.y());
        double length = 0;
        const std::vector<QPointF> &p = routes[r].points;
        for (size_t k = 0; k + 1 < p.size(); ++k)
            length += std::abs(p[k + 1].x() - p[k].x()) + std::abs(p[k + 1].y() - p[k].y());
        if (distance > 1 && length > 1.5 * distance)
            ++count;
    }
    return count;
}

QStringList legibilityFaults(const std::vector<Box> &boxes, const std::vector<Link> &links, const std::vector<Route> &routes,
                             const Options &options)
{
    QStringList faults;
    const BoxTree tree(boxes);
    auto nameOf = [&](size_t r) -> QString { return links[r].from + QStringLiteral(" → ") + links[r].to; };
    const size_t count = std::min(routes.size(), links.size());
    std::vector<Segment> segments;
    for (const Segment &s : segmentsOf(routes)) {
        if (s.route < count && s.a != s.b)
            segments.push_back(s);
    }
    // along a container's side: parallel, closer than the clearance, beside it for more than a point
    for (const Box &b : boxes) {
        if (!b.container)
            continue;
        const QRectF r = b.rect;
        for (const Segment &s : segments) {
            const bool isHorizontal = horizontal(s);
            const double at = isHorizontal ? s.a.y() : s.a.x();
            const double low = std::min(isHorizontal ? s.a.x() : s.a.y(), isHorizontal ? s.b.x() : s.b.y());
            const double high = std::max(isHorizontal ? s.a.x() : s.a.y(), isHorizontal ? s.b.x() : s.b.y());
            const double beside = std::min(high, isHorizontal ? r.right() : r.bottom()) - std::max(low, isHorizontal ? r.left() : r.top());
            if (beside <= 1)
                continue;
            for (const double side : {isHorizontal ? r.top() : r.left(), isHorizontal ? r.bottom() : r.right()}) {
                if (std::abs(at - side) < options.clearance - kQualityTolerance)
                    faults << text("%1: runs %2 points from a side of %3 for %4 points")
                                  .arg(nameOf(s.route))
                                  .arg(std::abs(at - side), 0, 'f', 1)
                                  .arg(b.id)
                                  .arg(beside, 0, 'f', 0);
            }
        }
    }
    // two arrows with no common end on one line
    auto sharesEnd = [&](size_t a, size_t b) {
        return links[a].from == links[b].from || links[a].from == links[b].to || links[a].to == links[b].from || links[a].to == links[b].to;
    };
    for (const bool wantHorizontal : {true, false}) {
        std::vector<const Segment *> lines;
        for (const Segment &s : segments) {
            if (horizontal(s) == wantHorizontal)
                lines.push_back(&s);
        }
        auto at = [&](const Segment *s) { return wantHorizontal ? s->a.y() : s->a.x(); };
        std::sort(lines.begin(), lines.end(), [&](const Segment *a, const Segment *b) { return at(a) < at(b); });
        for (size_t i = 0; i < lines.size(); ++i) {
            for (size_t j = i + 1; j < lines.size() && at(lines[j]) - at(lines[i]) <= 1; ++j) {
                const Segment &a = *lines[i];
                const Segment &b = *lines[j];
                if (a.route == b.route || sharesEnd(a.route, b.route))
                    continue;
                auto low = [&](const Segment &s) { return std::min(wantHorizontal ? s.a.x() : s.a.y(), wantHorizontal ? s.b.x() : s.b.y()); };
                auto high = [&](const Segment &s) { return std::max(wantHorizontal ? s.a.x() : s.a.y(), wantHorizontal ? s.b.x() : s.b.y()); };
                const double overlap = std::min(high(a), high(b)) - std::max(low(a), low(b));
                if (overlap > 1)
                    faults << text("%1 and %2 lie on one line for %3 points").arg(nameOf(a.route), nameOf(b.route)).arg(overlap, 0, 'f', 0);
            }
        }
    }
    // labels: on a box, on another arrow, on another label
    for (size_t r = 0; r < count; ++r) {
        const QRectF label = routes[r].labelBox;
        if (label.isEmpty())
            continue;
        const QRectF inner = label.adjusted(0.5, 0.5, -0.5, -0.5);
        for (int i = 0; i < tree.size(); ++i) {
            const QRectF covered = tree.box(i).container ? tree.titleStrip(i, options) : tree.box(i).rect;
            if (inner.intersects(covered))
                faults << text("the label of %1 lies on %2").arg(nameOf(r), tree.box(i).id);
        }
        for (const Segment &s : segments) {
            if (s.route != r && entersInside(label, s.a, s.b)) {
                faults << text("the label of %1 lies on %2").arg(nameOf(r), nameOf(s.route));
                break;
            }
        }
        for (size_t o = r + 1; o < count; ++o) {
            if (!routes[o].labelBox.isEmpty() && inner.intersects(routes[o].labelBox))
                faults << text("the labels of %1 and %2 lie on each other").arg(nameOf(r), nameOf(o));
        }
    }
    return faults;
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
            if (std::abs(a.x() - b.x()) > kQualityTolerance && std::abs(a.y() - b.y()) > kQualityTolerance) {
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
