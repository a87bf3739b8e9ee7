#include "designsubset.h"

#include "design.h"

#include <QSet>

namespace kumo {

namespace {
/// Where the component's box sits on the canvas: its geometry plus its containers' offsets.
std::optional<QRectF> absoluteGeometry(const Design &design, const Component &c)
{
    if (!c.geometry)
        return std::nullopt;
    QRectF r = *c.geometry;
    QSet<QString> seen{c.id};
    for (const Component *p = design.component(c.parent); p && !seen.contains(p->id); p = design.component(p->parent)) {
        seen.insert(p->id);
        if (p->geometry)
            r.translate(p->geometry->topLeft());
    }
    return r;
}
} // namespace

Design extractSubset(const Design &design, const QStringList &ids)
{
    QSet<QString> members;
    for (const QString &id : ids) {
        if (design.contains(id)) {
            for (const QString &member : design.subtree(id))
                members.insert(member);
        }
    }
    Design part;
    part.name = design.name;
    for (const Component *c : design.components()) { // parents first
        if (!members.contains(c->id))
            continue;
        Component copy = *c;
        if (!members.contains(c->parent)) {
            copy.parent.clear();
            copy.geometry = absoluteGeometry(design, *c);
        }
        part.insert(std::move(copy));
    }
    for (const auto &[id, connection] : design.connections()) {
        if (members.contains(connection.from) && members.contains(connection.to))
            part.insertConnection(connection);
    }
    return part;
}

} // namespace kumo
