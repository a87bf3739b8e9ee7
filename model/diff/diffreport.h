#pragma once

#include "designdiff.h"
#include "diffimpact.h"

#include <QString>

#include <nlohmann/json.hpp>

#include <optional>

namespace kumo::diff {

/// The two sides of a diff as people named them, and the designs themselves (for labels).
struct DiffSides
{
    QString oldName;
    QString newName;
    const Design *before = nullptr;
    const Design *after = nullptr;
};

/// `kumo diff` output: the JSON of the shape (with "cost", "exposure" and "findings"
/// when @p impact is given), and the text for people in the interface's labels.
namespace DiffReport {

nlohmann::ordered_json toJson(const DesignDiff &diff, const DiffImpact *impact);
QString toText(const DesignDiff &diff, const DiffImpact *impact, const DiffSides &sides);

/// "Instance type", "Inbound rules #1 › From port", "Name": a change's path in the kind's labels.
QString pathLabel(const QString &kind, const QString &path);
/// A value as people read it: strings as they are (with words for codes), the rest as JSON.
QString valueText(const QString &path, const nlohmann::json &value);
/// One design as text, a line per value, for `git diff` (diff.kumo.textconv): a line diff of
/// two of these is a semantic diff.
QString toListing(const Design &design);

} // namespace DiffReport

} // namespace kumo::diff
