#pragma once

#include <QString>

#include <nlohmann/json.hpp>

#include <optional>

namespace kumo {

class Design;

/// What drawing an arrow from one component to another means (design-format.md, "Links drawn
/// from references"): for the pairs that have a reference, the property to set; for the others,
/// nothing, and the editor adds an annotation connection instead.
struct LinkEdit
{
    QString componentId; ///< whose property changes (not always the arrow's start)
    QString key;
    nlohmann::json value;
};

namespace LinkRules {

std::optional<LinkEdit> referenceFor(const Design &design, const QString &fromId, const QString &toId);

} // namespace LinkRules

} // namespace kumo
