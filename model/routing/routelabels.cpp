#include "routingtree.h"

#include <algorithm>
#include <cmath>
#include <unordered_map>

namespace kumo {
namespace Routing {

namespace {

/// What a label must not cover, bucketed on a coarse grid so that each test looks at few boxes.
class CoverIndex
{
public:
    CoverIndex(const BoxTree &tree, const Options &options)
    {
        for (int i = 0; i < tree.size(); ++i)
            add(tree.box(i).container ? tree.titleStrip(i, options) : tree.box(i).rect);
    }
    /// @p owner: the arrow whose segment @p rect is (its own label may lie on it), -1 for others.
    void add(const QRectF &rect, long long owner = -1)
    {
        const size_t index = m_rects.size();
        m_rects.push_back(rect);
        m_owners.push_back(owner);
        forCells(rect, [&](long long key) { m_cells[key].push_back(index); });
    }
    bool covers(const QRectF &rect, long long owner = -2) const
    {
        bool hit = false;
        forCells(rect, [&](long long key) {
            if (hit)
                return;
            const auto it = m_cells.find(key);
            if (it == m_cells.end())
                return;
            for (size_t index : it->second) {
                if (m_owners[index] != owner && m_rects[index].intersects(rect)) {
                    hit = true;
                    return;
                }
            }
        });
        return hit;
    }

private:
    static constexpr double kCell = 256;
    template<typename F>
    static void forCells(const QRectF &rect, F &&f)
    {
        const long long x0 = std::llround(std::floor(rect.left() / kCell));
        const long long x1 = std::llround(std::floor(rect.right() / kCell));
        const long long y0 = std::llround(std::floor(rect.top() / kCell));
        const long long y1 = std::llround(std::floor(rect.bottom() / kCell));
        for (long long x = x0; x <= x1; ++x) {
            for (long long y = y0; y <= y1; ++y)
                f(x * 1000003LL + y);
        }
    }
    std::vector<QRectF> m_rects;
    std::vector<long long> m_owners;
    std::unordered_map<long long, std::vector<size_t>> m_cells;
};

} // namespace

void placeLabels(const BoxTree &tree, const std::vector<Link> &links, std::vector<Route> &routes, const Options &options)
{
    const bool anyLabel = std::any_of(links.begin(), links.end(), [](const Link &l) { return !l.labelSize.isEmpty(); });
    if (!anyLabel)
        return;
    CoverIndex index(tree, options);
    // the arrows too: a label on another arrow hides it or reads as its label
    for (size_t i = 0; i < routes.size(); ++i) {
        const std::vector<QPointF> &p = routes[i].points;
        for (size_t k = 0; k + 1 < p.size(); ++k)
            index.add(QRectF(p[k], p[k + 1]).normalized().adjusted(-1, -1, 1, 1), (long long)(i));
    }
    for (size_t i = 0; i < links.size(); ++i) {
        const QSizeF size = links[i].labelSize;
        const std::vector<QPointF> &points = routes[i].points;
        if (size.isEmpty() || points.size() < 2)
            continue;
        // the longest segments first, their middle first
        std::vector<size_t> segments(points.size() - 1);
        for (size_t k = 0; k < segments.size(); ++k)
            segments[k] = k;
        auto length = [&](size_t k) { return std::abs(points[k + 1].x() - points[k].x()) + std::abs(points[k + 1].y() - points[k].y()); };
        std::stable_sort(segments.begin(), segments.end(), [&](size_t a, size_t b) { return length(a) > length(b); });
        // on the line (its own arrow runs under it), or beside it when that is taken
        auto boxAt = [&](size_t k, double t, int side = 0) {
            const QPointF p = points[k] + (points[k + 1] - points[k]) * t;
            const bool horizontal = std::abs(points[k + 1].y() - points[k].y()) < 0.01;
            const QPointF offset = horizontal ? QPointF(0, side * (size.height() / 2 + 3)) : QPointF(side * (size.width() / 2 + 3), 0);
            return QRectF(p + offset - QPointF(size.width() / 2, size.height() / 2), size);
        };
        QRectF chosen = boxAt(segments.front(), 0.5);
        bool found = false;
        for (const int side : {0, -1, 1}) {
            for (size_t k : segments) {
                for (double t : {0.5, 0.3, 0.7, 0.15, 0.85}) {
                    if (!index.covers(boxAt(k, t, side), (long long)(i))) {
                        chosen = boxAt(k, t, side);
                        found = true;
                        break;
                    }
                }
                if (found)
                    break;
            }
            if (found)
                break;
        }
        routes[i].labelBox = chosen;
        index.add(chosen);
    }
}

} // namespace Routing
} // namespace kumo
