#include "routingtree.h"

#include <algorithm>

namespace kumo {
namespace Routing {

void RoutedSegments::add(const std::vector<QPointF> &points, int from, int to, size_t route)
{
    if (m_byRoute.size() <= route)
        m_byRoute.resize(route + 1);
    for (size_t k = 0; k + 1 < points.size(); ++k) {
        QPointF a = points[k];
        QPointF b = points[k + 1];
        if (a == b)
            continue;
        if (b.x() < a.x() || b.y() < a.y())
            std::swap(a, b);
        const int index = int(m_segments.size());
        m_segments.push_back({a, b, from, to, route, false});
        m_byRoute[route].push_back(index);
        forCells(QRectF(a, b).normalized().adjusted(-1, -1, 1, 1), [&](qint64 key) { m_cells[key].push_back(index); });
    }
}

void RoutedSegments::remove(size_t route)
{
    if (route >= m_byRoute.size())
        return;
    for (int i : m_byRoute[route])
        m_segments[size_t(i)].removed = true;
    m_byRoute[route].clear();
}

std::vector<const RoutedSegments::Segment *> RoutedSegments::near(const QRectF &rect) const
{
    std::vector<int> found;
    forCells(rect, [&](qint64 key) {
        const auto it = m_cells.constFind(key);
        if (it == m_cells.cend())
            return;
        for (int i : *it) {
            if (!m_segments[size_t(i)].removed)
                found.push_back(i);
        }
    });
    std::sort(found.begin(), found.end());
    found.erase(std::unique(found.begin(), found.end()), found.end());
    std::vector<const Segment *> result;
    result.reserve(found.size());
    for (int i : found)
        result.push_back(&m_segments[size_t(i)]);
    return result;
}

} // namespace Routing
} // namespace kumo
