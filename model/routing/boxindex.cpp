#include "routingtree.h"

#include <cmath>

namespace kumo {
namespace Routing {

namespace {
constexpr double kCell = 512;
constexpr double kBoxTolerance = 0.01;
} // namespace

bool entersInside(const QRectF &rect, QPointF a, QPointF b)
{
    const QRectF inner = rect.adjusted(0.5, 0.5, -0.5, -0.5);
    if (!inner.isValid())
        return false;
    const QRectF span = QRectF(a, b).normalized();
    if (std::abs(a.y() - b.y()) < kBoxTolerance)
        return a.y() > inner.top() && a.y() < inner.bottom() && span.right() > inner.left() && span.left() < inner.right();
    return a.x() > inner.left() && a.x() < inner.right() && span.bottom() > inner.top() && span.top() < inner.bottom();
}

template<typename F>
void BoxIndex::forCells(const QRectF &r, F &&f) const
{
    const qint64 x0 = qint64(std::floor(r.left() / kCell));
    const qint64 x1 = qint64(std::floor(r.right() / kCell));
    const qint64 y0 = qint64(std::floor(r.top() / kCell));
    const qint64 y1 = qint64(std::floor(r.bottom() / kCell));
    for (qint64 x = x0; x <= x1; ++x) {
        for (qint64 y = y0; y <= y1; ++y)
            f(x * 1000003LL + y);
    }
}

BoxIndex::BoxIndex(const BoxTree &tree)
    : m_tree(tree)
{
    for (int i = 0; i < tree.size(); ++i)
        forCells(tree.box(i).rect, [&](qint64 key) { m_cells[key].push_back(i); });
}

int BoxIndex::foreignBoxOn(QPointF a, QPointF b, int from, int to) const
{
    int found = -1;
    forCells(QRectF(a, b).normalized(), [&](qint64 key) {
        if (found >= 0)
            return;
        const auto it = m_cells.constFind(key);
        if (it == m_cells.cend())
            return;
        for (int i : *it) {
            // an arrow may be inside its ends and the containers holding them
            if (i == from || i == to || (from >= 0 && m_tree.holds(i, from)) || (to >= 0 && m_tree.holds(i, to)))
                continue;
            if (entersInside(m_tree.box(i).rect, a, b)) {
                found = i;
                return;
            }
        }
    });
    return found;
}

} // namespace Routing
} // namespace kumo
