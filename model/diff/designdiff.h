#pragma once

#include "design.h"

#include <QString>
#include <QStringList>

#include <nlohmann/json.hpp>

#include <vector>

namespace kumo::diff {

/// One edited value of a component. Paths: "name", "kind", an unknown top-level key of the
/// component, or "props." followed by the property and, inside structured values, ".field" and
/// "[index]": "props.instance_type", "props.ingress[0].from_port".
struct PropertyChange
{
    QString path;
    nlohmann::json oldValue; ///< null when the value was not set and has no default
    nlohmann::json newValue;
};

/// A component present on both sides whose values differ (geometry and parent apart).
struct ComponentChange
{
    QString id;
    std::vector<PropertyChange> changes; ///< in path order
};

/// A component whose container changed; an empty id stands for the top level.
struct Move
{
    QString id;
    QString from;
    QString to;
};

/// What differs between two designs, components matched by id. Every list is sorted by id.
struct DesignDiff
{
    QStringList added;
    QStringList removed;
    std::vector<ComponentChange> changed;
    std::vector<Move> moved;
    std::vector<Connection> connectionsAdded;   ///< annotation arrows; an edited one is removed and added
    std::vector<Connection> connectionsRemoved;
    QStringList geometry; ///< components whose only or additional edit is their place or size
    bool designRenamed = false;

    bool isEmpty() const;
    /// Ids of the components the diff touches in any way (added, removed, changed, moved, geometry).
    QStringList touchedIds() const;
    const ComponentChange *changeOf(const QString &id) const;
};

struct DiffOptions
{
    bool ignoreGeometry = false;
};

/// Compares properties by their effective values: an absent property and the same value written
/// out as its default are equal.
DesignDiff compare(const Design &before, const Design &after, const DiffOptions &options = {});

/// The differences between two JSON values below @p path, appended to @p out: objects key by
/// key, lists of the same length entry by entry, anything else as a whole.
void compareValues(const QString &path, const nlohmann::json &before, const nlohmann::json &after, std::vector<PropertyChange> &out);

/// @p design with the canvas places of @p placed for the components it does not place itself: a file
/// without geometry is laid out when the editor opens it, and that is no difference worth listing.
Design withPlacesOf(Design design, const Design &placed);

/// The effective value of a property: the stored one, or the catalog default.
nlohmann::json effectiveProperty(const Component &component, const std::string &key);

} // namespace kumo::diff
