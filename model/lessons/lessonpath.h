#pragma once

#include "component.h"

#include <QString>

#include <nlohmann/json.hpp>

#include <optional>
#include <vector>

namespace kumo {

struct KindSpec;
struct PropertySpec;

/// A property path of a lesson check: "cidr", "security_groups", "listeners[*].default_target_group",
/// "stages[*].actions[*].provider". "[*]" visits every entry of a list (a list met without it is
/// visited all the same).
class LessonPath
{
public:
    struct Segment
    {
        QString name;
        bool each = false;
    };

    /// Parses @p text; nothing when it is not a path.
    static std::optional<LessonPath> parse(const QString &text);

    /// The spec of the property or field the path ends at, or null when @p kind has no such path.
    const PropertySpec *specIn(const KindSpec &kind) const;
    /// Every value the path reaches in @p component, defaults filled in from the catalog (a
    /// missing property or field reads as its default, or null).
    std::vector<nlohmann::json> values(const Component &component) const;
    QString text() const { return m_text; }

private:
    std::vector<Segment> m_segments;
    QString m_text;
};

} // namespace kumo
