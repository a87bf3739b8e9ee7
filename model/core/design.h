#pragma once

#include "component.h"

#include <QHash>
#include <QString>
#include <QStringList>

#include <map>
#include <unordered_map>
#include <vector>

namespace kumo {

/// The design: components by stable id, their containment tree and annotation connections.
///
/// Design is a plain value type with no undo and no signals; Document wraps it for editing.
class Design
{
public:
    QString name;
    nlohmann::json extra = nlohmann::json::object(); ///< unknown top-level keys, kept for round trips

    qsizetype componentCount() const { return qsizetype(m_components.size()); }
    bool contains(const QString &id) const { return m_components.contains(id); }
    const Component *component(const QString &id) const;
    /// All components in canonical order: depth first, siblings by id.
    std::vector<const Component *> components() const;
    /// Ids of the direct children of @p id (top-level components for an empty id), sorted.
    QStringList children(const QString &id) const;
    /// @p id and all of its descendants, parents before children.
    QStringList subtree(const QString &id) const;
    /// Walks up the parents of @p id; the first one of @p kind, or null.
    const Component *ancestorOfKind(const QString &id, const QString &kind) const;
    bool isAncestor(const QString &ancestor, const QString &id) const;
    std::vector<const Component *> componentsOfKind(const QString &kind) const;

    /// Adds @p c; returns false when its id is taken or empty.
    bool insert(Component c);
    /// Removes one component (not its children) and returns it.
    std::optional<Component> take(const QString &id);
    /// Mutable access for in-place edits of anything but id and parent.
    Component *mutableComponent(const QString &id);
    bool setParent(const QString &id, const QString &parent);

    const std::map<QString, Connection> &connections() const { return m_connections; }
    const Connection *connection(const QString &id) const;
    bool insertConnection(Connection c);
    std::optional<Connection> takeConnection(const QString &id);

    /// An id not yet used, derived from @p base ("subnet" -> "subnet-2").
    QString uniqueId(const QString &base) const;
    static bool isValidId(const QString &id);

    friend bool operator==(const Design &a, const Design &b)
    {
        return a.name == b.name && a.extra == b.extra && a.m_components == b.m_components
               && a.m_connections == b.m_connections;
    }

private:
    void attachChild(const QString &parent, const QString &child);
    void detachChild(const QString &parent, const QString &child);

    std::unordered_map<QString, Component> m_components; ///< order comes from m_children
    std::map<QString, Connection> m_connections;
    /// parent id -> sorted child ids; the key "" holds the top level (and orphans whose parent is missing).
    QHash<QString, QStringList> m_children;
};

} // namespace kumo
