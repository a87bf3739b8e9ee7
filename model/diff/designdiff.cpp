#include "designdiff.h"

#include <QSet>

#include <algorithm>
#include <set>

namespace kumo::diff {

using nlohmann::json;

bool DesignDiff::isEmpty() const
{
    return added.isEmpty() && removed.isEmpty() && changed.empty() && moved.empty() && connectionsAdded.empty()
           && connectionsRemoved.empty() && geometry.isEmpty() && !designRenamed;
}

QStringList DesignDiff::touchedIds() const
{
    QSet<QString> ids(added.begin(), added.end());
    ids.unite(QSet<QString>(removed.begin(), removed.end()));
    ids.unite(QSet<QString>(geometry.begin(), geometry.end()));
    for (const ComponentChange &c : changed)
        ids.insert(c.id);
    for (const Move &m : moved)
        ids.insert(m.id);
    QStringList list(ids.begin(), ids.end());
    list.sort();
    return list;
}

const ComponentChange *DesignDiff::changeOf(const QString &id) const
{
    const auto it = std::lower_bound(changed.begin(), changed.end(), id, [](const ComponentChange &c, const QString &v) { return c.id < v; });
    return it != changed.end() && it->id == id ? &*it : nullptr;
}

void compareValues(const QString &path, const json &before, const json &after, std::vector<PropertyChange> &out)
{
    if (before == after)
        return;
    if (before.is_object() && after.is_object()) {
        std::set<std::string> keys;
        for (auto it = before.begin(); it != before.end(); ++it)
            keys.insert(it.key());
        for (auto it = after.begin(); it != after.end(); ++it)
            keys.insert(it.key());
        static const json null;
        for (const std::string &k : keys) {
            const auto b = before.find(k);
            const auto a = after.find(k);
            compareValues(path + QLatin1Char('.') + QString::fromStdString(k), b == before.end() ? null : *b, a == after.end() ? null : *a, out);
        }
        return;
    }
    if (before.is_array() && after.is_array() && before.size() == after.size()) {
        for (size_t i = 0; i < before.size(); ++i)
            compareValues(path + QLatin1Char('[') + QString::number(i) + QLatin1Char(']'), before[i], after[i], out);
        return;
    }
    out.push_back({path, before, after});
}

Design withPlacesOf(Design design, const Design &placed)
{
    for (const Component *c : placed.components()) {
        Component *mine = design.mutableComponent(c->id);
        if (mine && !mine->geometry)
            mine->geometry = c->geometry;
    }
    return design;
}

json effectiveProperty(const Component &component, const std::string &key)
{
    const json &value = component.prop(std::string_view(key));
    if (value.is_null() && !component.props.contains(key)) {
        // a default that follows the name (an ECS family) is the name
        const QString s = component.stringProp(std::string_view(key));
        if (!s.isEmpty())
            return toStd(s);
    }
    return value;
}

namespace {

void compareComponents(const Component &a, const Component &b, std::vector<PropertyChange> &out)
{
    if (a.kind != b.kind)
        out.push_back({QStringLiteral("kind"), toStd(a.kind), toStd(b.kind)});
    if (a.displayName() != b.displayName())
        out.push_back({QStringLiteral("name"), toStd(a.displayName()), toStd(b.displayName())});
    std::set<std::string> keys;
    for (auto it = a.props.begin(); it != a.props.end(); ++it)
        keys.insert(it.key());
    for (auto it = b.props.begin(); it != b.props.end(); ++it)
        keys.insert(it.key());
    for (const std::string &k : keys)
        compareValues(QStringLiteral("props.") + QString::fromStdString(k), effectiveProperty(a, k), effectiveProperty(b, k), out);
    static const json null;
    std::set<std::string> extraKeys;
    for (auto it = a.extra.begin(); it != a.extra.end(); ++it)
        extraKeys.insert(it.key());
    for (auto it = b.extra.begin(); it != b.extra.end(); ++it)
        extraKeys.insert(it.key());
    for (const std::string &k : extraKeys) {
        const auto x = a.extra.find(k);
        const auto y = b.extra.find(k);
        compareValues(QString::fromStdString(k), x == a.extra.end() ? null : *x, y == b.extra.end() ? null : *y, out);
    }
}

std::vector<Connection> sortedConnections(const std::map<QString, Connection> &connections, const std::map<QString, Connection> &other)
{
    std::vector<Connection> list;
    for (const auto &[id, c] : connections) {
        const auto it = other.find(id);
        if (it == other.end() || !(it->second == c))
            list.push_back(c);
    }
    return list; // std::map keeps them by id
}

} // namespace

DesignDiff compare(const Design &before, const Design &after, const DiffOptions &options)
{
    DesignDiff d;
    d.designRenamed = before.name != after.name;
    for (const Component *b : before.components()) {
        const Component *a = after.component(b->id);
        if (!a) {
            d.removed << b->id;
            continue;
        }
        ComponentChange change{b->id, {}};
        compareComponents(*b, *a, change.changes);
        if (!change.changes.empty())
            d.changed.push_back(std::move(change));
        if (b->parent != a->parent)
            d.moved.push_back({b->id, b->parent, a->parent});
        if (!options.ignoreGeometry && b->geometry != a->geometry)
            d.geometry << b->id;
    }
    for (const Component *a : after.components()) {
        if (!before.contains(a->id))
            d.added << a->id;
    }
    d.added.sort();
    d.removed.sort();
    d.geometry.sort();
    std::sort(d.changed.begin(), d.changed.end(), [](const ComponentChange &x, const ComponentChange &y) { return x.id < y.id; });
    std::sort(d.moved.begin(), d.moved.end(), [](const Move &x, const Move &y) { return x.id < y.id; });
    d.connectionsAdded = sortedConnections(after.connections(), before.connections());
    d.connectionsRemoved = sortedConnections(before.connections(), after.connections());
    return d;
}

} // namespace kumo::diff
