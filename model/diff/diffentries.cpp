#include "diffentries.h"

#include "catalog.h"
#include "diffreport.h"

#include <QCoreApplication>
#include <QSet>

#include <algorithm>

namespace kumo::diff::DiffEntries {

namespace {

QString tr(const char *text, int n = -1)
{
    return QCoreApplication::translate("kumo::diff::DiffEntries", text, nullptr, n);
}

const Component *either(const QString &id, const Design &before, const Design &after)
{
    const Component *c = after.component(id);
    return c ? c : before.component(id);
}

/// "web-server (EC2 instance)"
QString titleOf(const QString &id, const Design &before, const Design &after)
{
    const Component *c = either(id, before, after);
    if (!c)
        return id;
    return tr("%1 (%2)").arg(c->displayName(), Catalog::instance().displayName(c->kind));
}

/// A container by its name on the side it is looked up in; "the top level" for none.
QString placeName(const QString &id, const Design &design)
{
    if (id.isEmpty())
        return tr("the top level");
    const Component *c = design.component(id);
    return c ? c->displayName() : id;
}

QString arrowEnd(const QString &id, const Design &before, const Design &after)
{
    const Component *c = either(id, before, after);
    return c ? c->displayName() : id;
}

DiffEntry arrowEntry(DiffEntry::Change change, const Connection &c, const Design &before, const Design &after)
{
    DiffEntry e{change, c.id, tr("%1 → %2").arg(arrowEnd(c.from, before, after), arrowEnd(c.to, before, after)), {}, {c.from, c.to}};
    if (!c.label.isEmpty())
        e.details << tr("Label: %1").arg(c.label);
    return e;
}

} // namespace

QStringList editLines(const DesignDiff &difference, const QString &id, const Design &before, const Design &after)
{
    QStringList lines;
    if (const ComponentChange *change = difference.changeOf(id)) {
        const Component *now = either(id, before, after);
        for (const PropertyChange &p : change->changes)
            lines << tr("%1: %2 → %3")
                         .arg(DiffReport::pathLabel(now ? now->kind : QString(), p.path), DiffReport::valueText(p.path, p.oldValue),
                              DiffReport::valueText(p.path, p.newValue));
    }
    // moves are sorted by id
    const auto move = std::lower_bound(difference.moved.begin(), difference.moved.end(), id, [](const Move &m, const QString &v) { return m.id < v; });
    if (move != difference.moved.end() && move->id == id)
        lines << tr("Moved from %1 to %2").arg(placeName(move->from, before), placeName(move->to, after));
    return lines;
}

std::vector<DiffEntry> list(const DesignDiff &difference, const Design &before, const Design &after)
{
    std::vector<DiffEntry> entries;
    const auto component = [&](DiffEntry::Change change, const QString &id) {
        DiffEntry e{change, id, titleOf(id, before, after), editLines(difference, id, before, after), {id}};
        if (std::binary_search(difference.geometry.begin(), difference.geometry.end(), id))
            e.details << tr("Moved or resized on the canvas");
        entries.push_back(std::move(e));
    };
    QSet<QString> listed;
    for (const QString &id : difference.added) {
        const Component *c = after.component(id);
        DiffEntry e{DiffEntry::Change::Added, id, titleOf(id, before, after), {tr("In %1").arg(placeName(c ? c->parent : QString(), after))}, {id}};
        entries.push_back(std::move(e));
        listed.insert(id);
    }
    for (const QString &id : difference.removed) {
        const Component *c = before.component(id);
        DiffEntry e{DiffEntry::Change::Removed, id, titleOf(id, before, after), {tr("Was in %1").arg(placeName(c ? c->parent : QString(), before))}, {id}};
        entries.push_back(std::move(e));
        listed.insert(id);
    }
    for (const ComponentChange &c : difference.changed) {
        component(DiffEntry::Change::Changed, c.id);
        listed.insert(c.id);
    }
    for (const Move &m : difference.moved) {
        if (!listed.contains(m.id)) {
            component(DiffEntry::Change::Moved, m.id);
            listed.insert(m.id);
        }
    }
    for (const QString &id : difference.geometry) {
        if (!listed.contains(id))
            component(DiffEntry::Change::Geometry, id);
    }
    for (const Connection &c : difference.connectionsAdded)
        entries.push_back(arrowEntry(DiffEntry::Change::ConnectionAdded, c, before, after));
    for (const Connection &c : difference.connectionsRemoved)
        entries.push_back(arrowEntry(DiffEntry::Change::ConnectionRemoved, c, before, after));
    if (difference.designRenamed)
        entries.push_back({DiffEntry::Change::DesignRenamed, QString(), tr("Design name"), {tr("%1 → %2").arg(before.name, after.name)}, {}});
    return entries;
}

QString changeName(DiffEntry::Change change)
{
    switch (change) {
    case DiffEntry::Change::Added: return tr("Added");
    case DiffEntry::Change::Removed: return tr("Removed");
    case DiffEntry::Change::Changed: return tr("Changed");
    case DiffEntry::Change::Moved: return tr("Moved");
    case DiffEntry::Change::Geometry: return tr("Moved on the canvas");
    case DiffEntry::Change::ConnectionAdded: return tr("Arrow added");
    case DiffEntry::Change::ConnectionRemoved: return tr("Arrow removed");
    case DiffEntry::Change::DesignRenamed: return tr("Renamed");
    }
    return {};
}

QString summary(const std::vector<DiffEntry> &entries)
{
    if (entries.empty())
        return tr("no differences");
    const auto count = [&](std::initializer_list<DiffEntry::Change> changes) {
        return int(std::count_if(entries.begin(), entries.end(), [&](const DiffEntry &e) {
            return std::find(changes.begin(), changes.end(), e.change) != changes.end();
        }));
    };
    QStringList parts;
    if (const int n = count({DiffEntry::Change::Added}))
        parts << tr("%n added", n);
    if (const int n = count({DiffEntry::Change::Removed}))
        parts << tr("%n removed", n);
    if (const int n = count({DiffEntry::Change::Changed, DiffEntry::Change::DesignRenamed}))
        parts << tr("%n changed", n);
    if (const int n = count({DiffEntry::Change::Moved}))
        parts << tr("%n moved", n);
    if (const int n = count({DiffEntry::Change::Geometry}))
        parts << tr("%n moved on the canvas only", n);
    if (const int n = count({DiffEntry::Change::ConnectionAdded, DiffEntry::Change::ConnectionRemoved}))
        parts << tr("arrows added or removed: %n", n);
    return parts.join(tr(", ")); // the list separator of the language
}

} // namespace kumo::diff::DiffEntries
