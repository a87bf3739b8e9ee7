#include "designmerge.h"

#include "designdiff.h"
#include "designjson.h"
#include "references.h"

#include <QHash>
#include <QSet>

#include <algorithm>
#include <set>
#include <tuple>

namespace kumo::diff {

using nlohmann::json;

namespace {

json toPlainJson(const nlohmann::ordered_json &value)
{
    return json::parse(value.dump());
}

json componentJson(const Component *c)
{
    return c ? toPlainJson(DesignJson::componentToJson(*c)) : json();
}

json connectionJson(const Connection *c)
{
    return c ? toPlainJson(DesignJson::connectionToJson(*c)) : json();
}

/// A component without its place on the canvas: what "changed" means for a removal on the other side.
bool sameIgnoringGeometry(const Component &a, const Component &b)
{
    return a.kind == b.kind && a.name == b.name && a.parent == b.parent && a.props == b.props && a.extra == b.extra;
}

/// The identity of a list entry, or nothing when entries of this list have none.
std::optional<std::string> entryIdentity(const std::string &property, const json &entry)
{
    if (entry.is_string() || entry.is_number() || entry.is_boolean())
        return entry.dump();
    if (!entry.is_object())
        return std::nullopt;
    const auto field = [&](const char *key) { const auto it = entry.find(key); return it == entry.end() ? std::string("null") : it->dump(); };
    if (property == "ingress" || property == "egress")
        return field("protocol") + '|' + field("from_port") + '|' + field("to_port") + '|' + field("cidr") + '|' + field("source");
    if (property == "listeners")
        return field("port");
    if (property == "containers" || property == "stages")
        return entry.contains("name") ? std::optional<std::string>(field("name")) : std::nullopt;
    return std::nullopt;
}

/// Entries by identity; nothing when an entry has none or two entries share one.
std::optional<std::map<std::string, const json *>> indexEntries(const std::string &property, const json &list)
{
    std::map<std::string, const json *> index;
    for (const json &entry : list) {
        const auto id = entryIdentity(property, entry);
        if (!id || !index.emplace(*id, &entry).second)
            return std::nullopt;
    }
    return index;
}

/// Merges two edits of one list entry by entry; nothing when that is not possible.
std::optional<json> mergeLists(const std::string &property, const json &base, const json &ours, const json &theirs)
{
    const json empty = json::array();
    const json &b = base.is_null() ? empty : base;
    if (!b.is_array() || !ours.is_array() || !theirs.is_array())
        return std::nullopt;
    const auto ib = indexEntries(property, b);
    const auto io = indexEntries(property, ours);
    const auto it = indexEntries(property, theirs);
    if (!ib || !io || !it)
        return std::nullopt;
    json merged = json::array();
    for (const json &entry : ours) {
        const std::string id = *entryIdentity(property, entry);
        const auto inBase = ib->find(id);
        const auto inTheirs = it->find(id);
        if (inTheirs != it->end()) {
            const json &t = *inTheirs->second;
            if (inBase == ib->end() || entry == t || t == *inBase->second)
                merged.push_back(entry);
            else if (entry == *inBase->second)
                merged.push_back(t);
            else
                return std::nullopt; // the same entry edited two ways
        } else if (inBase != ib->end()) {
            if (entry != *inBase->second)
                return std::nullopt; // removed by them, edited by us
        } else {
            merged.push_back(entry); // added by us
        }
    }
    for (const json &entry : theirs) {
        const std::string id = *entryIdentity(property, entry);
        if (io->contains(id))
            continue;
        const auto inBase = ib->find(id);
        if (inBase == ib->end())
            merged.push_back(entry); // added by them
        else if (entry != *inBase->second)
            return std::nullopt; // removed by us, edited by them
    }
    return merged;
}

class Merger
{
public:
    Merger(const Design &base, const Design &ours, const Design &theirs) : m_base(base), m_ours(ours), m_theirs(theirs) {}

    MergeResult run()
    {
        mergeDesignFields();
        mergeComponents();
        mergeConnections();
        restoreMissingTargets();
        breakParentCycles();
        // in the order of the components and paths, so that the same merge writes the same file
        std::stable_sort(m_conflicts.begin(), m_conflicts.end(), [](const MergeConflict &a, const MergeConflict &b) {
            return std::tie(a.component, a.path) < std::tie(b.component, b.path);
        });
        std::vector<MergeConflict> all = recordedConflicts(m_ours);
        for (const MergeConflict &c : m_conflicts) {
            if (std::find(all.begin(), all.end(), c) == all.end())
                all.push_back(c);
        }
        recordConflicts(m_result.merged, all);
        m_result.conflicts = std::move(m_conflicts);
        return std::move(m_result);
    }

private:
    void conflict(const QString &component, const QString &path, json base, json ours, json theirs)
    {
        m_conflicts.push_back({component, path, std::move(base), std::move(ours), std::move(theirs)});
        m_whole.insert(path.isEmpty() ? component : QString());
    }

    template<typename T>
    T pick(const T &b, const T &o, const T &t, bool *conflicted)
    {
        *conflicted = false;
        if (o == b || o == t)
            return o == b ? t : o;
        if (t == b)
            return o;
        *conflicted = true;
        return o;
    }

    void mergeDesignFields()
    {
        Design &merged = m_result.merged;
        bool conflicted = false;
        merged.name = pick(m_base.name, m_ours.name, m_theirs.name, &conflicted);
        if (conflicted)
            conflict(QString(), QStringLiteral("name"), toStd(m_base.name), toStd(m_ours.name), toStd(m_theirs.name));
        std::set<std::string> keys;
        for (const Design *d : {&m_base, &m_ours, &m_theirs}) {
            for (auto it = d->extra.begin(); it != d->extra.end(); ++it)
                keys.insert(it.key());
        }
        keys.erase(conflictsKey);
        for (const std::string &k : keys) {
            const json v = pick(m_base.extra.value(k, json()), m_ours.extra.value(k, json()), m_theirs.extra.value(k, json()), &conflicted);
            if (!v.is_null())
                merged.extra[k] = v;
        }
    }

    void mergeComponents()
    {
        QSet<QString> ids;
        for (const Design *d : {&m_base, &m_ours, &m_theirs}) {
            for (const Component *c : d->components())
                ids.insert(c->id);
        }
        for (const QString &id : ids) {
            const Component *b = m_base.component(id);
            const Component *o = m_ours.component(id);
            const Component *t = m_theirs.component(id);
            if (!b) {
                if (o && t && !(*o == *t) && !sameIgnoringGeometry(*o, *t))
                    conflict(id, QString(), json(), componentJson(o), componentJson(t)); // added on both sides differently
                if (o || t)
                    m_result.merged.insert(o ? *o : *t);
                continue;
            }
            if (!o && !t)
                continue;
            if (!o || !t) {
                const Component *kept = o ? o : t;
                if (!sameIgnoringGeometry(*kept, *b)) // removed on one side, changed on the other
                    conflict(id, QString(), componentJson(b), componentJson(o), componentJson(t));
                if (o)
                    m_result.merged.insert(*o);
                continue;
            }
            if (*o == *b || *o == *t)
                m_result.merged.insert(*o == *b ? *t : *o); // one side left it alone, or both did the same
            else if (*t == *b)
                m_result.merged.insert(*o);
            else
                m_result.merged.insert(mergeComponent(*b, *o, *t));
        }
    }

    Component mergeComponent(const Component &b, const Component &o, const Component &t)
    {
        Component m = o;
        bool conflicted = false;
        m.kind = pick(b.kind, o.kind, t.kind, &conflicted);
        if (conflicted)
            conflict(o.id, QStringLiteral("kind"), toStd(b.kind), toStd(o.kind), toStd(t.kind));
        m.name = pick(b.name, o.name, t.name, &conflicted);
        if (conflicted)
            conflict(o.id, QStringLiteral("name"), toStd(b.name), toStd(o.name), toStd(t.name));
        m.parent = pick(b.parent, o.parent, t.parent, &conflicted);
        if (conflicted) // moved on both sides, to different places
            conflict(o.id, QStringLiteral("parent"), toStd(b.parent), toStd(o.parent), toStd(t.parent));
        m.geometry = pick(b.geometry, o.geometry, t.geometry, &conflicted); // ours when both moved it: no conflict

        std::set<std::string> keys;
        for (const Component *c : {&b, &o, &t}) {
            for (auto it = c->props.begin(); it != c->props.end(); ++it)
                keys.insert(it.key());
        }
        for (const std::string &k : keys) {
            const json vb = effectiveProperty(b, k);
            const json vo = effectiveProperty(o, k);
            const json vt = effectiveProperty(t, k);
            if (vo == vb || vo == vt) {
                if (vo == vb && vt != vb) { // only they changed it: their value as they wrote it
                    if (t.props.contains(k))
                        m.props[k] = t.props[k];
                    else
                        m.props.erase(k);
                }
                continue;
            }
            if (vt == vb)
                continue; // only we changed it
            if (const auto merged = mergeLists(k, vb, vo, vt)) {
                m.props[k] = *merged;
                continue;
            }
            conflict(o.id, QStringLiteral("props.") + QString::fromStdString(k), vb, vo, vt);
        }

        std::set<std::string> extraKeys;
        for (const Component *c : {&b, &o, &t}) {
            for (auto it = c->extra.begin(); it != c->extra.end(); ++it)
                extraKeys.insert(it.key());
        }
        for (const std::string &k : extraKeys) {
            const json v = pick(b.extra.value(k, json()), o.extra.value(k, json()), t.extra.value(k, json()), &conflicted);
            if (conflicted)
                conflict(o.id, QString::fromStdString(k), b.extra.value(k, json()), o.extra.value(k, json()), t.extra.value(k, json()));
            if (v.is_null())
                m.extra.erase(k);
            else
                m.extra[k] = v;
        }
        return m;
    }

    void mergeConnections()
    {
        std::set<QString> ids;
        for (const Design *d : {&m_base, &m_ours, &m_theirs}) {
            for (const auto &[id, c] : d->connections())
                ids.insert(id);
        }
        for (const QString &id : ids) {
            const Connection *b = m_base.connection(id);
            const Connection *o = m_ours.connection(id);
            const Connection *t = m_theirs.connection(id);
            const std::optional<Connection> vb = b ? std::optional<Connection>(*b) : std::nullopt;
            const std::optional<Connection> vo = o ? std::optional<Connection>(*o) : std::nullopt;
            const std::optional<Connection> vt = t ? std::optional<Connection>(*t) : std::nullopt;
            bool conflicted = false;
            const std::optional<Connection> v = pick(vb, vo, vt, &conflicted);
            if (conflicted)
                conflict(id, QStringLiteral("connection"), connectionJson(b), connectionJson(o), connectionJson(t));
            if (v)
                m_result.merged.insertConnection(*v);
        }
    }

    /// The version of a component to put back: ours, theirs, or the base's.
    const Component *anyVersion(const QString &id) const
    {
        for (const Design *d : {&m_ours, &m_theirs, &m_base}) {
            if (const Component *c = d->component(id))
                return c;
        }
        return nullptr;
    }

    /// A component one side removed while the other refers to it or puts something into it is
    /// put back (the merge never leaves a dangling reference), and the removal becomes a conflict.
    void restoreMissingTargets()
    {
        Design &merged = m_result.merged;
        std::vector<QString> pending;
        const auto need = [&](const QString &target) {
            if (!target.isEmpty() && !merged.contains(target) && anyVersion(target))
                pending.push_back(target);
        };
        const auto scan = [&](const Component &c) {
            need(c.parent);
            forEachReference(c, [&](const Reference &r) { need(r.target); });
        };
        for (const Component *c : merged.components())
            scan(*c);
        for (const auto &[id, c] : merged.connections()) {
            need(c.from);
            need(c.to);
        }
        while (!pending.empty()) {
            const QString id = pending.back();
            pending.pop_back();
            if (merged.contains(id))
                continue;
            const Component *version = anyVersion(id);
            merged.insert(*version);
            if (!m_whole.contains(id))
                conflict(id, QString(), componentJson(m_base.component(id)), componentJson(m_ours.component(id)),
                         componentJson(m_theirs.component(id)));
            scan(*version);
        }
    }

    /// Two moves that are clean one by one can make a loop (we put A into B, they put B into A):
    /// the move that loops keeps our parent and becomes a conflict.
    void breakParentCycles()
    {
        Design &merged = m_result.merged;
        for (bool changed = true; changed;) {
            changed = false;
            if (qsizetype(merged.components().size()) == merged.componentCount())
                return; // every component hangs off the top level: no loop
            QSet<QString> safe;
            for (const Component *start : merged.components())
                safe.insert(start->id); // components() reaches only what hangs off the top level
            QStringList all;
            for (const Design *d : {&m_base, &m_ours, &m_theirs}) {
                for (const Component *c : d->components())
                    all << c->id;
            }
            for (const QString &id : all) {
                const Component *c = merged.component(id);
                if (!c || safe.contains(id))
                    continue;
                // id is on or below a loop: walk up to a component whose parent is not ours' and undo that move
                QString cursor = id;
                QSet<QString> seen;
                while (merged.component(cursor) && !seen.contains(cursor)) {
                    seen.insert(cursor);
                    const Component *at = merged.component(cursor);
                    const Component *mine = m_ours.component(cursor);
                    const QString ourParent = mine ? mine->parent : QString();
                    if (at->parent != ourParent && (ourParent.isEmpty() || merged.contains(ourParent))) {
                        conflict(cursor, QStringLiteral("parent"), m_base.component(cursor) ? json(toStd(m_base.component(cursor)->parent)) : json(),
                                 toStd(ourParent), toStd(at->parent));
                        Component moved = *merged.take(cursor);
                        moved.parent = ourParent;
                        merged.insert(std::move(moved));
                        changed = true;
                        break;
                    }
                    cursor = at->parent;
                }
                if (changed)
                    break;
                // a loop made of our own parents only cannot happen (our side loaded); cut it at the top level
                Component cut = *merged.take(id);
                cut.parent.clear();
                merged.insert(std::move(cut));
                changed = true;
                break;
            }
        }
    }

    const Design &m_base;
    const Design &m_ours;
    const Design &m_theirs;
    MergeResult m_result;
    std::vector<MergeConflict> m_conflicts;
    QSet<QString> m_whole; ///< components with a whole-component conflict
};

} // namespace

MergeResult merge(const Design &base, const Design &ours, const Design &theirs)
{
    return Merger(base, ours, theirs).run();
}

} // namespace kumo::diff
