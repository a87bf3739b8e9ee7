#include "layoutlinks.h"

#include "design.h"
#include "propertyspec.h"
#include "references.h"

#include <algorithm>
#include <set>

namespace kumo {
namespace LayoutLinks {

bool drawnAsArrow(const Reference &reference)
{
    const QString &name = reference.spec->name;
    return name != QLatin1String("security_groups") && name != QLatin1String("source") && name != QLatin1String("subnets");
}

std::vector<std::pair<QString, QString>> links(const Design &design)
{
    std::set<std::pair<QString, QString>> result;
    for (const Component *c : design.components()) {
        forEachReference(*c, [&](const Reference &r) {
            if (r.target != c->id && drawnAsArrow(r) && design.contains(r.target))
                result.emplace(c->id, r.target);
        });
    }
    for (const auto &[id, connection] : design.connections()) {
        if (connection.from != connection.to && design.contains(connection.from) && design.contains(connection.to))
            result.emplace(connection.from, connection.to);
    }
    return {result.begin(), result.end()};
}

QHash<QString, QRectF> absolute(const Design &design, const QHash<QString, QRectF> &relative)
{
    QHash<QString, QRectF> result;
    result.reserve(relative.size());
    // parents before children: walk the tree from the top level
    QStringList pending = design.children(QString());
    while (!pending.isEmpty()) {
        const QString id = pending.takeLast();
        const Component *c = design.component(id);
        const QPointF origin = c && result.contains(c->parent) ? result.value(c->parent).topLeft() : QPointF();
        result.insert(id, relative.value(id).translated(origin));
        pending << design.children(id);
    }
    return result;
}

namespace {

double cross(QPointF o, QPointF a, QPointF b)
{
    return (a.x() - o.x()) * (b.y() - o.y()) - (a.y() - o.y()) * (b.x() - o.x());
}

bool segmentsCross(QPointF a, QPointF b, QPointF c, QPointF d)
{
    const double d1 = cross(c, d, a);
    const double d2 = cross(c, d, b);
    const double d3 = cross(a, b, c);
    const double d4 = cross(a, b, d);
    return ((d1 > 0 && d2 < 0) || (d1 < 0 && d2 > 0)) && ((d3 > 0 && d4 < 0) || (d3 < 0 && d4 > 0));
}

} // namespace

int crossings(const std::vector<std::pair<QString, QString>> &links, const QHash<QString, QRectF> &absolute)
{
    struct Segment
    {
        QPointF a, b;
        const QString *from, *to;
        double minX, maxX;
    };
    std::vector<Segment> segments;
    segments.reserve(links.size());
    for (const auto &[from, to] : links) {
        const QPointF a = absolute.value(from).center();
        const QPointF b = absolute.value(to).center();
        segments.push_back({a, b, &from, &to, std::min(a.x(), b.x()), std::max(a.x(), b.x())});
    }
    // sweep along x so that only segments whose horizontal extents overlap are compared
    std::sort(segments.begin(), segments.end(), [](const Segment &l, const Segment &r) { return l.minX < r.minX; });
    int count = 0;
    for (size_t i = 0; i < segments.size(); ++i) {
        const Segment &s = segments[i];
        for (size_t j = i + 1; j < segments.size() && segments[j].minX <= s.maxX; ++j) {
            const Segment &t = segments[j];
            if (*s.from == *t.from || *s.from == *t.to || *s.to == *t.from || *s.to == *t.to)
                continue;
            if (segmentsCross(s.a, s.b, t.a, t.b))
                ++count;
        }
    }
    return count;
}

QHash<QString, double> barycentres(const Design &design, const std::vector<std::pair<QString, QString>> &links,
                                   const QHash<QString, QRectF> &absolute)
{
    QHash<QString, std::pair<double, int>> sums;
    auto ancestors = [&](const QString &id) {
        QStringList chain;
        for (const Component *c = design.component(id); c && !chain.contains(c->id); c = design.component(c->parent))
            chain << c->id;
        return chain;
    };
    for (const auto &[from, to] : links) {
        const QStringList a = ancestors(from);
        const QStringList b = ancestors(to);
        const double ax = absolute.value(from).center().x();
        const double bx = absolute.value(to).center().x();
        // every container of one end that does not also hold the other end is pulled towards it
        auto pull = [&sums](const QStringList &chain, const QStringList &other, double x) {
            for (const QString &id : chain) {
                if (other.contains(id))
                    break;
                auto &s = sums[id];
                s.first += x;
                ++s.second;
            }
        };
        pull(a, b, bx);
        pull(b, a, ax);
    }
    QHash<QString, double> result;
    for (auto it = sums.cbegin(); it != sums.cend(); ++it)
        result.insert(it.key(), it.value().first / it.value().second);
    return result;
}

} // namespace LayoutLinks
} // namespace kumo
