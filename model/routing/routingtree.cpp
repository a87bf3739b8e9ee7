#include "routingtree.h"

#include <algorithm>

namespace kumo {
namespace Routing {

QPointF step(int direction)
{
    switch (direction) {
    case East: return {1, 0};
    case West: return {-1, 0};
    case South: return {0, 1};
    default: return {0, -1};
    }
}

int opposite(int direction)
{
    return direction ^ 1;
}

BoxTree::BoxTree(const std::vector<Box> &boxes)
    : m_boxes(boxes)
{
    m_index.reserve(qsizetype(boxes.size()));
    for (size_t i = 0; i < boxes.size(); ++i) {
        m_index.insert(boxes[i].id, int(i));
        m_bounds = m_bounds.united(boxes[i].rect);
    }
    m_parent.assign(boxes.size(), -1);
    m_children.resize(boxes.size() + 1);
    for (size_t i = 0; i < boxes.size(); ++i) {
        const int parent = boxes[i].parent.isEmpty() ? -1 : m_index.value(boxes[i].parent, -1);
        // a box cannot hold itself; a broken parent chain puts the box at the top level
        m_parent[i] = parent == int(i) ? -1 : parent;
    }
    // cycles in the parent links would make holds() loop: a walk longer than the tree is a cycle
    for (size_t i = 0; i < boxes.size(); ++i) {
        size_t steps = 0;
        for (int p = m_parent[i]; p >= 0 && steps <= boxes.size(); p = m_parent[size_t(p)])
            ++steps;
        if (steps > boxes.size())
            m_parent[i] = -1;
    }
    for (size_t i = 0; i < boxes.size(); ++i)
        m_children[m_parent[i] < 0 ? boxes.size() : size_t(m_parent[i])].push_back(int(i));
}

bool BoxTree::holds(int ancestor, int index) const
{
    for (int p = m_parent[size_t(index)]; p >= 0; p = m_parent[size_t(p)]) {
        if (p == ancestor)
            return true;
    }
    return false;
}

std::vector<int> BoxTree::chainTo(int index, int ancestor) const
{
    // the containers strictly between @p ancestor and @p index
    std::vector<int> chain;
    for (int p = m_parent[size_t(index)]; p >= 0 && p != ancestor; p = m_parent[size_t(p)])
        chain.push_back(p);
    return chain;
}

QRectF BoxTree::titleStrip(int index, const Options &options) const
{
    const QRectF r = box(index).rect;
    return QRectF(r.left(), r.top(), r.width(), std::min(options.containerTitle, r.height()));
}

std::vector<Port> BoxTree::portsOf(int index, bool fromInside, const Options &options) const
{
    const QRectF r = box(index).rect;
    if (fromInside) // a container joined from within: through the bottom of its title strip
        return {{QPointF(r.center().x(), r.top() + std::min(options.containerTitle, r.height())), South}};
    return {{QPointF(r.right(), r.center().y()), East},
            {QPointF(r.left(), r.center().y()), West},
            {QPointF(r.center().x(), r.bottom()), South},
            {QPointF(r.center().x(), r.top()), North}};
}

namespace {
/// Ends facing each other across a gap, level with the middle of the stretch both sides share:
/// the arrow between them can be one straight line.
void addFacingPorts(SearchProblem &problem, const QRectF &a, const QRectF &b)
{
    constexpr double kOffCorner = 6;
    const double top = std::max(a.top(), b.top()) + kOffCorner;
    const double bottom = std::min(a.bottom(), b.bottom()) - kOffCorner;
    if (top <= bottom && (b.left() >= a.right() || a.left() >= b.right())) {
        const double y = (top + bottom) / 2;
        const bool east = b.left() >= a.right();
        problem.starts.push_back({QPointF(east ? a.right() : a.left(), y), east ? East : West});
        problem.ends.push_back({QPointF(east ? b.left() : b.right(), y), east ? West : East});
    }
    const double left = std::max(a.left(), b.left()) + kOffCorner;
    const double right = std::min(a.right(), b.right()) - kOffCorner;
    if (left <= right && (b.top() >= a.bottom() || a.top() >= b.bottom())) {
        const double x = (left + right) / 2;
        const bool south = b.top() >= a.bottom();
        problem.starts.push_back({QPointF(x, south ? a.bottom() : a.top()), south ? South : North});
        problem.ends.push_back({QPointF(x, south ? b.top() : b.bottom()), south ? North : South});
    }
}
} // namespace

SearchProblem BoxTree::problem(int from, int to, const Options &options) const
{
    SearchProblem problem;
    const bool toHoldsFrom = holds(to, from);
    const bool fromHoldsTo = holds(from, to);
    // the innermost box holding both ends (or the end that holds the other)
    int common = toHoldsFrom ? to : fromHoldsTo ? from : -1;
    if (common < 0) {
        for (int p = m_parent[size_t(from)]; p >= 0; p = m_parent[size_t(p)]) {
            if (holds(p, to)) {
                common = p;
                break;
            }
        }
    }
    const double m = options.margin;
    if (common >= 0) {
        const QRectF r = box(common).rect;
        problem.walls.push_back(r);
        const double title = std::min(options.containerTitle, r.height());
        problem.area = QRectF(r.left() + m, r.top() + title + m, r.width() - 2 * m, r.height() - title - 2 * m);
    } else {
        problem.area = m_bounds.adjusted(-6 * m, -6 * m, 6 * m, 6 * m);
        problem.openArea = true;
    }
    const std::vector<int> fromChain = chainTo(from, common);
    const std::vector<int> toChain = chainTo(to, common);
    auto onChain = [&](int i) {
        return i == from || i == to || std::find(fromChain.begin(), fromChain.end(), i) != fromChain.end()
               || std::find(toChain.begin(), toChain.end(), i) != toChain.end();
    };
    auto addChildrenOf = [&](int parent) {
        for (int child : m_children[parent < 0 ? m_boxes.size() : size_t(parent)]) {
            if (!onChain(child))
                problem.obstacles.push_back(box(child).rect);
        }
    };
    addChildrenOf(common);
    for (const std::vector<int> *chain : {&fromChain, &toChain}) {
        for (int c : *chain) {
            addChildrenOf(c);
            problem.obstacles.push_back(titleStrip(c, options));
            problem.walls.push_back(box(c).rect);
        }
    }
    if (!toHoldsFrom && !fromHoldsTo) {
        problem.obstacles.push_back(box(from).rect);
        problem.obstacles.push_back(box(to).rect);
    }
    problem.starts = portsOf(from, fromHoldsTo, options);
    problem.ends = portsOf(to, toHoldsFrom, options);
    if (!toHoldsFrom && !fromHoldsTo)
        addFacingPorts(problem, box(from).rect, box(to).rect);
    problem.startBox = box(from).rect;
    problem.endBox = box(to).rect;
    problem.from = from;
    problem.to = to;
    return problem;
}

std::vector<QPointF> fallbackRoute(const SearchProblem &problem)
{
    const QRectF a = problem.startBox;
    const QRectF b = problem.endBox;
    std::vector<QPointF> points;
    if (b.left() > a.right() || b.right() < a.left()) {
        const bool east = b.left() > a.right();
        const QPointF start(east ? a.right() : a.left(), a.center().y());
        const QPointF end(east ? b.left() : b.right(), b.center().y());
        const double middle = (start.x() + end.x()) / 2;
        points = {start, QPointF(middle, start.y()), QPointF(middle, end.y()), end};
    } else {
        const bool south = b.center().y() >= a.center().y();
        const QPointF start(a.center().x(), south ? a.bottom() : a.top());
        const QPointF end(b.center().x(), south ? b.top() : b.bottom());
        const double middle = (start.y() + end.y()) / 2;
        points = {start, QPointF(start.x(), middle), QPointF(end.x(), middle), end};
    }
    simplify(points);
    return points;
}

void simplify(std::vector<QPointF> &points)
{
    std::vector<QPointF> kept;
    kept.reserve(points.size());
    for (const QPointF &p : points) {
        if (!kept.empty() && std::abs(kept.back().x() - p.x()) < 1e-6 && std::abs(kept.back().y() - p.y()) < 1e-6)
            continue;
        if (kept.size() >= 2) {
            const QPointF &a = kept[kept.size() - 2];
            const QPointF &b = kept.back();
            const bool straight = (std::abs(a.x() - b.x()) < 1e-6 && std::abs(b.x() - p.x()) < 1e-6)
                                  || (std::abs(a.y() - b.y()) < 1e-6 && std::abs(b.y() - p.y()) < 1e-6);
            if (straight) {
                kept.back() = p;
                continue;
            }
        }
        kept.push_back(p);
    }
    points = std::move(kept);
}

} // namespace Routing
} // namespace kumo
