#pragma once

#include "design.h"

#include <QString>

#include <nlohmann/json.hpp>

#include <optional>
#include <vector>

namespace kumo::diff {

/// A place both sides changed in different ways. The merged design holds @ref ours there.
/// @ref path is empty when the conflict concerns the whole component (removed on one side and
/// changed on the other, added on both sides differently, or removed while the other side still
/// refers to it or puts something in it); the values are then the components as written in a
/// design file, null where a side does not have it. Otherwise the path is "name", "parent",
/// "kind", "props.PROPERTY" or an unknown top-level key of the component. A conflict on a
/// connection names the connection's id and has the path "connection"; one on the design's name
/// has an empty component and the path "name".
struct MergeConflict
{
    QString component;
    QString path;
    nlohmann::json base;
    nlohmann::json ours;
    nlohmann::json theirs;

    friend bool operator==(const MergeConflict &, const MergeConflict &) = default;
};

struct MergeResult
{
    Design merged; ///< our side wherever there is a conflict; never a dangling reference or parent
    std::vector<MergeConflict> conflicts;
    bool clean() const { return conflicts.empty(); }
};

/// Three-way merge of two designs that both started from @p base. Changes to different components
/// or different properties of one component combine. List properties whose entries have an identity
/// (references, strings, security-group rules, listeners by port, containers and stages by name)
/// are merged entry by entry; other lists conflict when both sides change them differently.
/// Geometry changed on both sides keeps ours without a conflict. The conflicts are also written
/// into the merged design's "merge_conflicts" key (design-format.md).
MergeResult merge(const Design &base, const Design &ours, const Design &theirs);

/// The key of the design file's top level that records conflicts left to resolve.
inline constexpr const char *conflictsKey = "merge_conflicts";

/// The conflicts recorded in a design (malformed entries are skipped).
std::vector<MergeConflict> recordedConflicts(const Design &design);
/// Writes @p conflicts into @p design (removes the key when there are none).
void recordConflicts(Design &design, const std::vector<MergeConflict> &conflicts);
nlohmann::json conflictToJson(const MergeConflict &conflict);
std::optional<MergeConflict> conflictFromJson(const nlohmann::json &json);

/// The side a conflict is resolved with.
enum class Side { Base, Ours, Theirs };

/// Applies one side's value of @p conflict to @p design and drops the conflict from its record.
/// A whole-component value of null removes the component (and its contents); a component value
/// puts it back or replaces it. Returns false when the value cannot be applied (a component JSON
/// that does not read, an unknown kind), leaving @p design unchanged.
bool resolveConflict(Design &design, const MergeConflict &conflict, Side side, QString *error = nullptr);

} // namespace kumo::diff
