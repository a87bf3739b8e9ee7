#include "routinggrid.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <queue>

namespace kumo {
namespace Routing {

namespace {
constexpr double kGridEpsilon = 0.01;
constexpr size_t kMaximumNodes = 1'000'000;

void sortUnique(std::vector<double> &values)
{
    std::sort(values.begin(), values.end());
    values.erase(std::unique(values.begin(), values.end(), [](double a, double b) { return std::abs(a - b) < kGridEpsilon; }),
                 values.end());
}

/// Lines through the middle of the gaps between neighbouring lines, where arrows look tidy.
void addChannelMiddles(std::vector<double> &lines, double minimumGap)
{
    const size_t count = lines.size();
    for (size_t i = 0; i + 1 < count; ++i) {
        if (lines[i + 1] - lines[i] > minimumGap)
            lines.push_back((lines[i] + lines[i + 1]) / 2);
    }
    sortUnique(lines);
}

/// The port's point one margin away from its side, where the route meets the grid.
QPointF stubEnd(const Port &port, double margin)
{
    return port.onSide + step(port.outward) * margin;
}

/// How many times a route heading in @p direction must at least turn to cover (dx, dy).
int unavoidableBends(int direction, double dx, double dy)
{
    const bool needX = std::abs(dx) > kGridEpsilon;
    const bool needY = std::abs(dy) > kGridEpsilon;
    if (!needX && !needY)
        return 0;
    const int towardsX = dx > 0 ? East : West;
    const int towardsY = dy > 0 ? South : North;
    if (needX && needY)
        return direction == towardsX || direction == towardsY ? 1 : 2;
    const int towards = needX ? towardsX : towardsY;
    return direction == towards ? 0 : direction == opposite(towards) ? 2 : 1;
}
} // namespace

RoutingGrid::RoutingGrid(const SearchProblem &problem, const QRectF &window, const Options &options, const RoutedSegments *routed)
    : m_problem(problem)
    , m_options(options)
    , m_window(window)
{
    const double m = options.margin;
    for (const QRectF &o : problem.obstacles) {
        const QRectF e = o.adjusted(-m, -m, m, m);
        if (e.intersects(window))
            m_expanded.push_back(e);
    }
    m_xs = {window.left(), window.right()};
    m_ys = {window.top(), window.bottom()};
    for (const QRectF &e : m_expanded) {
        for (double x : {e.left(), e.right()}) {
            if (x > window.left() && x < window.right())
                m_xs.push_back(x);
        }
        for (double y : {e.top(), e.bottom()}) {
            if (y > window.top() && y < window.bottom())
                m_ys.push_back(y);
        }
    }
    sortUnique(m_xs);
    sortUnique(m_ys);
    addChannelMiddles(m_xs, 4 * options.spacing);
    addChannelMiddles(m_ys, 4 * options.spacing);
    for (const std::vector<Port> *ports : {&problem.starts, &problem.ends}) {
        for (const Port &port : *ports) {
            const QPointF p = stubEnd(port, m);
            if (window.contains(p)) {
                m_xs.push_back(p.x());
                m_ys.push_back(p.y());
            }
        }
    }
    sortUnique(m_xs);
    sortUnique(m_ys);

    // mark the grid edges that run inside an obstacle's margin (on its border is allowed)
    const int nx = int(m_xs.size());
    const int ny = int(m_ys.size());
    m_blockedVertical.assign(size_t(nx) * size_t(std::max(ny - 1, 0)), 0);
    m_blockedHorizontal.assign(size_t(std::max(nx - 1, 0)) * size_t(ny), 0);
    auto firstAtLeast = [](const std::vector<double> &lines, double v) {
        return int(std::lower_bound(lines.begin(), lines.end(), v - kGridEpsilon) - lines.begin());
    };
    for (const QRectF &e : m_expanded) {
        const int x0 = firstAtLeast(m_xs, e.left());
        const int x1 = firstAtLeast(m_xs, e.right());
        const int y0 = firstAtLeast(m_ys, e.top());
        const int y1 = firstAtLeast(m_ys, e.bottom());
        // vertical edges on lines strictly inside the obstacle, between its top and bottom
        for (int xi = x0; xi < nx && m_xs[size_t(xi)] < e.right() - kGridEpsilon; ++xi) {
            if (m_xs[size_t(xi)] <= e.left() + kGridEpsilon)
                continue;
            for (int yi = y0; yi < y1 && yi + 1 < ny; ++yi)
                m_blockedVertical[size_t(xi) * size_t(ny - 1) + size_t(yi)] = 1;
        }
        for (int yi = y0; yi < ny && m_ys[size_t(yi)] < e.bottom() - kGridEpsilon; ++yi) {
            if (m_ys[size_t(yi)] <= e.top() + kGridEpsilon)
                continue;
            for (int xi = x0; xi < x1 && xi + 1 < nx; ++xi)
                m_blockedHorizontal[size_t(yi) * size_t(nx - 1) + size_t(xi)] = 1;
        }
    }
    if (!problem.walls.empty())
        addWallCosts(options);
    if (routed && !routed->empty())
        addRoutedCosts(*routed, options);
}

void RoutingGrid::addAlong(bool horizontal, double at, double tolerance, double low, double high, double costPerPoint)
{
    const std::vector<double> &across = horizontal ? m_ys : m_xs;
    const std::vector<double> &along = horizontal ? m_xs : m_ys;
    const int nx = int(m_xs.size());
    const int ny = int(m_ys.size());
    std::vector<float> &extra = horizontal ? m_extraHorizontal : m_extraVertical;
    if (extra.empty())
        extra.assign(horizontal ? size_t(std::max(nx - 1, 0)) * size_t(ny) : size_t(nx) * size_t(std::max(ny - 1, 0)), 0.f);
    auto first = std::upper_bound(across.begin(), across.end(), at - tolerance);
    for (auto line = first; line != across.end() && *line < at + tolerance; ++line) {
        const int li = int(line - across.begin());
        const int k0 = std::max(int(std::upper_bound(along.begin(), along.end(), low) - along.begin()) - 1, 0);
        for (int k = k0; k + 1 < int(along.size()) && along[size_t(k)] < high; ++k) {
            const double overlap = std::min(high, along[size_t(k + 1)]) - std::max(low, along[size_t(k)]);
            if (overlap <= kGridEpsilon)
                continue;
            const size_t e = horizontal ? size_t(li) * size_t(nx - 1) + size_t(k) : size_t(li) * size_t(ny - 1) + size_t(k);
            extra[e] += float(overlap * costPerPoint);
        }
    }
}

void RoutingGrid::addWallCosts(const Options &options)
{
    // the sides of the containers the route crosses: running along one hides the arrow in the border
    const double near = options.clearance;
    for (const QRectF &w : m_problem.walls) {
        for (double y : {w.top(), w.bottom()})
            addAlong(true, y, near, w.left(), w.right(), options.wallPenalty);
        for (double x : {w.left(), w.right()})
            addAlong(false, x, near, w.top(), w.bottom(), options.wallPenalty);
    }
}

void RoutingGrid::addRoutedCosts(const RoutedSegments &routed, const Options &options)
{
    const int nx = int(m_xs.size());
    const int ny = int(m_ys.size());
    const int from = m_problem.from;
    const int to = m_problem.to;
    for (const RoutedSegments::Segment *s : routed.near(m_window)) {
        const bool horizontal = std::abs(s->a.y() - s->b.y()) < kGridEpsilon;
        const bool sharesEnd = s->from == from || s->to == to || s->from == to || s->to == from;
        // running along another arrow reads as one arrow; along one with a shared end it is a trunk
        if (!sharesEnd)
            addAlong(horizontal, horizontal ? s->a.y() : s->a.x(), options.spacing, horizontal ? s->a.x() : s->a.y(),
                     horizontal ? s->b.x() : s->b.y(), options.sharePenalty);
        // crossing it: the perpendicular edges whose span holds the segment's line, inside its extent
        const std::vector<double> &lines = horizontal ? m_xs : m_ys;   // the perpendicular edges' positions
        const std::vector<double> &steps = horizontal ? m_ys : m_xs;   // along the perpendicular edges
        const double at = horizontal ? s->a.y() : s->a.x();
        const double low = horizontal ? s->a.x() : s->a.y();
        const double high = horizontal ? s->b.x() : s->b.y();
        const int k = int(std::upper_bound(steps.begin(), steps.end(), at) - steps.begin()) - 1;
        if (k < 0 || k + 1 >= int(steps.size()))
            continue;
        std::vector<float> &extra = horizontal ? m_extraVertical : m_extraHorizontal;
        if (extra.empty())
            extra.assign(horizontal ? size_t(nx) * size_t(std::max(ny - 1, 0)) : size_t(std::max(nx - 1, 0)) * size_t(ny), 0.f);
        for (auto line = std::upper_bound(lines.begin(), lines.end(), low + 1); line != lines.end() && *line < high - 1; ++line) {
            const int li = int(line - lines.begin());
            const size_t e = horizontal ? size_t(li) * size_t(ny - 1) + size_t(k) : size_t(li) * size_t(nx - 1) + size_t(k);
            extra[e] += float(options.crossingPenalty);
        }
    }
}

double RoutingGrid::extra(int xi, int yi, int direction) const
{
    const int nx = int(m_xs.size());
    const int ny = int(m_ys.size());
    switch (direction) {
    case East: return m_extraHorizontal.empty() ? 0 : m_extraHorizontal[size_t(yi) * size_t(nx - 1) + size_t(xi)];
    case West: return m_extraHorizontal.empty() ? 0 : m_extraHorizontal[size_t(yi) * size_t(nx - 1) + size_t(xi - 1)];
    case South: return m_extraVertical.empty() ? 0 : m_extraVertical[size_t(xi) * size_t(ny - 1) + size_t(yi)];
    default: return m_extraVertical.empty() ? 0 : m_extraVertical[size_t(xi) * size_t(ny - 1) + size_t(yi - 1)];
    }
}

int RoutingGrid::indexOf(const std::vector<double> &lines, double value) const
{
    const auto it = std::lower_bound(lines.begin(), lines.end(), value - kGridEpsilon);
    return it != lines.end() && std::abs(*it - value) < kGridEpsilon ? int(it - lines.begin()) : -1;
}

bool RoutingGrid::blocked(int xi, int yi, int direction) const
{
    const int nx = int(m_xs.size());
    const int ny = int(m_ys.size());
    switch (direction) {
    case East: return xi + 1 >= nx || m_blockedHorizontal[size_t(yi) * size_t(nx - 1) + size_t(xi)];
    case West: return xi <= 0 || m_blockedHorizontal[size_t(yi) * size_t(nx - 1) + size_t(xi - 1)];
    case South: return yi + 1 >= ny || m_blockedVertical[size_t(xi) * size_t(ny - 1) + size_t(yi)];
    default: return yi <= 0 || m_blockedVertical[size_t(xi) * size_t(ny - 1) + size_t(yi - 1)];
    }
}

std::vector<QPointF> RoutingGrid::search() const
{
    const int nx = int(m_xs.size());
    const int ny = int(m_ys.size());
    if (nx < 1 || ny < 1)
        return {};
    // a grid this large (thousands of loose boxes side by side) is not searched: the caller
    // falls back to a plain route rather than spend seconds and hundreds of megabytes
    if (size_t(nx) * size_t(ny) > kMaximumNodes)
        return {};
    const double m = m_options.margin;
    const size_t states = size_t(nx) * size_t(ny) * 4;
    constexpr double kInfinity = std::numeric_limits<double>::infinity();
    std::vector<float> cost(states, std::numeric_limits<float>::infinity());
    std::vector<int> cameFrom(states, -1);

    struct Target
    {
        int node;
        int arrival; ///< the direction the route moves in when it enters the box
        const Port *port;
    };
    std::vector<Target> targets;
    for (const Port &port : m_problem.ends) {
        const QPointF p = stubEnd(port, m);
        const int xi = indexOf(m_xs, p.x());
        const int yi = indexOf(m_ys, p.y());
        if (xi >= 0 && yi >= 0)
            targets.push_back({node(xi, yi), opposite(port.outward), &port});
    }
    if (targets.empty())
        return {};
    // the distance left plus the bends that cannot be avoided: never more than the real cost
    auto heuristic = [&](int xi, int yi, int direction) {
        double best = kInfinity;
        for (const Target &t : targets) {
            const double dx = m_xs[size_t(t.node / ny)] - m_xs[size_t(xi)];
            const double dy = m_ys[size_t(t.node % ny)] - m_ys[size_t(yi)];
            best = std::min(best, std::abs(dx) + std::abs(dy) + m_options.bendPenalty * unavoidableBends(direction, dx, dy));
        }
        return best;
    };

    struct Entry
    {
        double estimate;
        long order; ///< ties go to the earliest pushed: the same input gives the same route
        int state;  ///< node * 4 + direction, or -1 - target for a finished route
        double cost;
        /// The lowest estimate first; among equals the one further along (the search then goes
        /// straight for the goal instead of widening over equal paths), then the earliest pushed.
        bool operator>(const Entry &other) const
        {
            if (estimate != other.estimate)
                return estimate > other.estimate;
            if (cost != other.cost)
                return cost < other.cost;
            return order > other.order;
        }
    };
    std::priority_queue<Entry, std::vector<Entry>, std::greater<Entry>> open;
    long pushed = 0;
    std::vector<std::pair<int, const Port *>> startStates;
    for (const Port &port : m_problem.starts) {
        const QPointF p = stubEnd(port, m);
        const int xi = indexOf(m_xs, p.x());
        const int yi = indexOf(m_ys, p.y());
        if (xi < 0 || yi < 0)
            continue;
        const int state = node(xi, yi) * 4 + port.outward;
        if (m < cost[size_t(state)]) {
            cost[size_t(state)] = float(m);
            startStates.push_back({state, &port});
            open.push({m + heuristic(xi, yi, port.outward), pushed++, state, m});
        }
    }
    auto startOf = [&](int state) -> const Port * {
        for (const auto &[s, port] : startStates) {
            if (s == state && cameFrom[size_t(state)] < 0)
                return port;
        }
        return nullptr;
    };
    std::vector<double> finished(targets.size(), kInfinity);
    std::vector<int> finishedFrom(targets.size(), -1);
    while (!open.empty()) {
        const Entry entry = open.top();
        open.pop();
        if (entry.state < 0) {
            // the cheapest finished route: walk it back
            const size_t t = size_t(-1 - entry.state);
            std::vector<QPointF> points{targets[t].port->onSide};
            int state = finishedFrom[t];
            while (state >= 0) {
                const int n = state / 4;
                points.push_back(QPointF(m_xs[size_t(n / ny)], m_ys[size_t(n % ny)]));
                if (const Port *start = startOf(state))
                    points.push_back(start->onSide);
                state = cameFrom[size_t(state)];
            }
            std::reverse(points.begin(), points.end());
            simplify(points);
            return points;
        }
        if (float(entry.cost) > cost[size_t(entry.state)])
            continue;
        const int n = entry.state / 4;
        const int direction = entry.state % 4;
        const int xi = n / ny;
        const int yi = n % ny;
        for (size_t t = 0; t < targets.size(); ++t) {
            if (targets[t].node != n || direction == opposite(targets[t].arrival))
                continue;
            const double total = entry.cost + m + (direction == targets[t].arrival ? 0 : m_options.bendPenalty);
            if (total < finished[t]) {
                finished[t] = total;
                finishedFrom[t] = entry.state;
                open.push({total, pushed++, -1 - int(t), total});
            }
        }
        for (int next = 0; next < 4; ++next) {
            if (next == opposite(direction) || blocked(xi, yi, next))
                continue;
            const int nxi = xi + (next == East ? 1 : next == West ? -1 : 0);
            const int nyi = yi + (next == South ? 1 : next == North ? -1 : 0);
            const double length = std::abs(m_xs[size_t(nxi)] - m_xs[size_t(xi)]) + std::abs(m_ys[size_t(nyi)] - m_ys[size_t(yi)]);
            const double g = entry.cost + length + extra(xi, yi, next) + (next == direction ? 0 : m_options.bendPenalty);
            const int state = node(nxi, nyi) * 4 + next;
            if (float(g) < cost[size_t(state)]) {
                cost[size_t(state)] = float(g);
                cameFrom[size_t(state)] = entry.state;
                open.push({g + heuristic(nxi, nyi, next), pushed++, state, g});
            }
        }
    }
    return {};
}

} // namespace Routing
} // namespace kumo
