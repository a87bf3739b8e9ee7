#include "placement.h"

#include "autolayout.h"
#include "catalog.h"
#include "component.h"
#include "design.h"

#include <QLatin1String>

#include <algorithm>
#include <cmath>
#include <limits>
#include <vector>

namespace kumo::Placement {

double snap(double value)
{
    return std::round(value / kGrid) * kGrid;
}

QSizeF defaultSize(const QString &kind)
{
    if (!Catalog::instance().isContainer(kind))
        return QSizeF(AutoLayout::kLeafWidth, AutoLayout::kLeafHeight);
    if (kind == QLatin1String("region"))
        return QSizeF(640, 420);
    if (kind == QLatin1String("vpc"))
        return QSizeF(520, 320);
    return QSizeF(360, 220);
}

QPointF contentOrigin(const QString &parentId)
{
    return parentId.isEmpty() ? QPointF(0, 0) : QPointF(kPadding, kTitleHeight + 6);
}

QRectF rectOf(const Design &design, const QString &id)
{
    const Component *c = design.component(id);
    if (!c)
        return {};
    if (c->geometry)
        return *c->geometry;
    return QRectF(QPointF(0, 0), defaultSize(c->kind));
}

namespace {

/// Rectangles of the siblings a new rectangle must not touch, grown by the gap.
std::vector<QRectF> obstacles(const Design &design, const QString &parentId, const QSet<QString> &ignore)
{
    std::vector<QRectF> rects;
    for (const QString &id : design.children(parentId)) {
        if (ignore.contains(id))
            continue;
        const Component *c = design.component(id);
        if (!c || !c->geometry)
            continue;
        rects.push_back(c->geometry->adjusted(-kGap, -kGap, kGap, kGap));
    }
    return rects;
}

bool collides(const QRectF &r, const std::vector<QRectF> &rects)
{
    return std::any_of(rects.begin(), rects.end(), [&](const QRectF &o) { return o.intersects(r); });
}

/// Candidate coordinates along one axis: the wish, the content edge, and both sides of every
/// obstacle (so a free spot next to any sibling can be found).
std::vector<double> candidates(double wish, double origin, double extent, const std::vector<QRectF> &rects, bool horizontal,
                               std::optional<std::pair<double, double>> preferred)
{
    std::vector<double> values = {std::max(origin, snap(wish)), origin};
    for (const QRectF &o : rects) {
        const double after = horizontal ? o.right() : o.bottom();
        const double before = (horizontal ? o.left() : o.top()) - extent;
        values.push_back(std::ceil(after / kGrid) * kGrid);
        if (before >= origin)
            values.push_back(std::floor(before / kGrid) * kGrid);
    }
    if (preferred) {
        values.push_back(std::max(origin, std::ceil(preferred->first / kGrid) * kGrid));
        values.push_back(std::max(origin, std::floor((preferred->second - extent) / kGrid) * kGrid));
    }
    std::sort(values.begin(), values.end());
    values.erase(std::unique(values.begin(), values.end()), values.end());
    return values;
}

} // namespace

QRectF freeSpot(const Design &design, const QString &parentId, QSizeF size, QPointF wished, const QSet<QString> &ignore,
                std::optional<QRectF> preferred)
{
    const QPointF origin = contentOrigin(parentId);
    const bool topLevel = parentId.isEmpty();
    // inside a container the content area starts below the title; the top level is unbounded
    const double minX = topLevel ? -std::numeric_limits<double>::max() / 4 : origin.x();
    const double minY = topLevel ? -std::numeric_limits<double>::max() / 4 : origin.y();
    QPointF wish(std::max(minX, wished.x()), std::max(minY, wished.y()));
    if (topLevel && preferred && preferred->width() >= size.width() && preferred->height() >= size.height()) {
        // keep it where the user can see it
        wish.setX(std::clamp(wish.x(), preferred->left(), preferred->right() - size.width()));
        wish.setY(std::clamp(wish.y(), preferred->top(), preferred->bottom() - size.height()));
    }
    const std::vector<QRectF> rects = obstacles(design, parentId, ignore);
    const QRectF direct(QPointF(snap(wish.x()), snap(wish.y())), size);
    auto inside = [&](const QRectF &r) { return r.left() >= minX - 0.01 && r.top() >= minY - 0.01; };
    if (inside(direct) && !collides(direct, rects))
        return direct;

    // the container's current size: spots that need no growth are preferred
    QSizeF room(std::numeric_limits<double>::max(), std::numeric_limits<double>::max());
    if (!topLevel) {
        const QRectF parent = rectOf(design, parentId);
        room = QSizeF(parent.width() - kPadding, parent.height() - kPadding);
    }
    std::optional<std::pair<double, double>> prefX, prefY;
    if (preferred) {
        prefX = std::make_pair(preferred->left(), preferred->right());
        prefY = std::make_pair(preferred->top(), preferred->bottom());
    }
    const double ox = topLevel ? (preferred ? preferred->left() : wish.x()) : origin.x();
    const double oy = topLevel ? (preferred ? preferred->top() : wish.y()) : origin.y();
    const std::vector<double> xs = candidates(wish.x(), ox, size.width(), rects, true, prefX);
    const std::vector<double> ys = candidates(wish.y(), oy, size.height(), rects, false, prefY);

    QRectF best;
    double bestScore = std::numeric_limits<double>::max();
    for (double x : xs) {
        for (double y : ys) {
            const QRectF r(QPointF(x, y), size);
            if (!inside(r) || collides(r, rects))
                continue;
            const double dx = x - wish.x(), dy = y - wish.y();
            double score = std::sqrt(dx * dx + dy * dy);
            if (r.right() > room.width() || r.bottom() > room.height())
                score += 2000; // growing the container is the last resort
            if (preferred && !preferred->contains(r))
                score += 1000; // out of sight
            if (score < bestScore) {
                bestScore = score;
                best = r;
            }
        }
    }
    if (!best.isNull())
        return best;
    // everything collides (cannot happen with the candidates above, but stay safe): below all
    double bottom = minY;
    for (const QRectF &o : rects)
        bottom = std::max(bottom, o.bottom());
    return QRectF(QPointF(std::max(minX, snap(wish.x())), std::ceil(bottom / kGrid) * kGrid), size);
}

QHash<QString, QRectF> grownContainers(const Design &design, const QString &parentId, QRectF rect,
                                       const QHash<QString, QRectF> &overrides)
{
    QHash<QString, QRectF> grown;
    auto current = [&](const QString &id) {
        if (grown.contains(id))
            return grown.value(id);
        return overrides.contains(id) ? overrides.value(id) : rectOf(design, id);
    };
    QString id = parentId;
    while (!id.isEmpty()) {
        const Component *parent = design.component(id);
        if (!parent)
            break;
        const QRectF before = current(id);
        const QSizeF needed(std::max(before.width(), std::ceil((rect.right() + kPadding) / kGrid) * kGrid),
                            std::max(before.height(), std::ceil((rect.bottom() + kPadding) / kGrid) * kGrid));
        if (needed == before.size())
            break;
        const QRectF bigger(before.topLeft(), needed);
        grown.insert(id, bigger);
        // make room: the siblings right of or below the grown container move along by its growth,
        // keeping their arrangement, when it would otherwise run into one of them
        const QStringList siblings = design.children(parent->parent);
        const QRectF reach = bigger.adjusted(-kGap, -kGap, kGap, kGap);
        const bool crowded = std::any_of(siblings.begin(), siblings.end(), [&](const QString &s) {
            return s != id && reach.intersects(current(s)) && !before.intersects(current(s));
        });
        QRectF extent = bigger;
        for (const QString &s : siblings) {
            if (s == id)
                continue;
            QRectF r = current(s);
            if (crowded) {
                const double dx = r.left() >= before.right() - 0.5 ? bigger.right() - before.right() : 0;
                const double dy = r.top() >= before.bottom() - 0.5 && r.left() < before.right() - 0.5 ? bigger.bottom() - before.bottom() : 0;
                if (dx > 0 || dy > 0) {
                    r.translate(dx, dy);
                    grown.insert(s, r);
                }
            }
            extent |= r;
        }
        rect = extent;
        id = parent->parent;
    }
    return grown;
}

QHash<QString, QRectF> placeNew(const Design &design, std::vector<Component> &components, std::optional<QRectF> preferred)
{
    QSet<QString> added;
    for (const Component &c : components)
        added.insert(c.id);
    Design scratch = design;
    QHash<QString, QRectF> changed;
    for (Component &c : components) {
        if (added.contains(c.parent))
            continue; // travels inside its copied container
        const QSizeF size = c.geometry ? c.geometry->size() : defaultSize(c.kind);
        const QPointF wish = c.geometry ? c.geometry->topLeft() : contentOrigin(c.parent);
        c.geometry = freeSpot(scratch, c.parent, size, wish, {}, c.parent.isEmpty() ? preferred : std::nullopt);
        Component placeholder;
        placeholder.id = c.id;
        placeholder.kind = c.kind;
        placeholder.parent = c.parent;
        placeholder.geometry = c.geometry;
        scratch.insert(placeholder);
        const QHash<QString, QRectF> grown = grownContainers(scratch, c.parent, *c.geometry);
        for (auto it = grown.cbegin(); it != grown.cend(); ++it) {
            if (Component *g = scratch.mutableComponent(it.key()))
                g->geometry = it.value();
            if (added.contains(it.key())) {
                for (Component &other : components) {
                    if (other.id == it.key())
                        other.geometry = it.value();
                }
            } else {
                changed.insert(it.key(), it.value());
            }
        }
    }
    return changed;
}

} // namespace kumo::Placement
