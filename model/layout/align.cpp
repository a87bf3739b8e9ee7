#include "align.h"

#include <algorithm>
#include <vector>

namespace kumo {
namespace Align {

QHash<QString, QRectF> align(const QHash<QString, QRectF> &rects, Edge edge)
{
    QRectF bounds;
    for (const QRectF &r : rects)
        bounds = bounds.isNull() ? r : bounds.united(r);
    QHash<QString, QRectF> result;
    for (auto it = rects.cbegin(); it != rects.cend(); ++it) {
        QRectF r = it.value();
        switch (edge) {
        case Edge::Left: r.moveLeft(bounds.left()); break;
        case Edge::HorizontalCentre: r.moveLeft(bounds.center().x() - r.width() / 2); break;
        case Edge::Right: r.moveRight(bounds.right()); break;
        case Edge::Top: r.moveTop(bounds.top()); break;
        case Edge::VerticalCentre: r.moveTop(bounds.center().y() - r.height() / 2); break;
        case Edge::Bottom: r.moveBottom(bounds.bottom()); break;
        }
        result.insert(it.key(), r);
    }
    return result;
}

QHash<QString, QRectF> distribute(const QHash<QString, QRectF> &rects, Qt::Orientation orientation)
{
    const bool horizontal = orientation == Qt::Horizontal;
    std::vector<std::pair<QString, QRectF>> ordered;
    for (auto it = rects.cbegin(); it != rects.cend(); ++it)
        ordered.emplace_back(it.key(), it.value());
    std::sort(ordered.begin(), ordered.end(), [&](const auto &a, const auto &b) {
        const double pa = horizontal ? a.second.left() : a.second.top();
        const double pb = horizontal ? b.second.left() : b.second.top();
        return pa != pb ? pa < pb : a.first < b.first;
    });
    QHash<QString, QRectF> result = rects;
    if (ordered.size() < 3)
        return result;
    double total = 0;
    for (const auto &[id, r] : ordered)
        total += horizontal ? r.width() : r.height();
    const QRectF &first = ordered.front().second;
    const QRectF &last = ordered.back().second;
    const double span = horizontal ? last.right() - first.left() : last.bottom() - first.top();
    const double gap = (span - total) / double(ordered.size() - 1);
    double position = horizontal ? first.left() : first.top();
    for (const auto &[id, r] : ordered) {
        QRectF moved = r;
        if (horizontal)
            moved.moveLeft(position);
        else
            moved.moveTop(position);
        result.insert(id, moved);
        position += (horizontal ? r.width() : r.height()) + gap;
    }
    return result;
}

} // namespace Align
} // namespace kumo
