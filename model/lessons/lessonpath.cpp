#include "lessonpath.h"

#include "catalog.h"

#include <QRegularExpression>

namespace kumo {


std::optional<LessonPath> LessonPath::parse(const QString &text)
{
    static const QRegularExpression segmentPattern(QStringLiteral("^([A-Za-z_][A-Za-z0-9_]*)(\\[\\*\\])?$"));
    if (text.isEmpty() || text.size() > 200)
        return std::nullopt;
    LessonPath path;
    path.m_text = text;
    for (const QString &part : text.split(QLatin1Char('.'))) {
        const QRegularExpressionMatch m = segmentPattern.match(part);
        if (!m.hasMatch())
            return std::nullopt;
        path.m_segments.push_back({m.captured(1), m.capturedLength(2) > 0});
    }
    return path;
}

const PropertySpec *LessonPath::specIn(const KindSpec &kind) const
{
    const PropertySpec *spec = nullptr;
    for (size_t i = 0; i < m_segments.size(); ++i) {
        if (i == 0) {
            spec = kind.property(m_segments[i].name);
        } else {
            if (!spec || spec->type != PropertyType::ObjectList)
                return nullptr;
            spec = spec->field(m_segments[i].name);
        }
        if (!spec)
            return nullptr;
    }
    return spec;
}

namespace {
/// Collects the values at segments[index...] below @p value, whose spec is @p spec.
void collect(const nlohmann::json &value, const PropertySpec *spec, const std::vector<LessonPath::Segment> &segments, size_t index,
             std::vector<nlohmann::json> &out)
{
    if (index == segments.size()) {
        // a trailing [*] on a plain list (security_groups[*]) visits its items
        if (!segments.empty() && segments.back().each && value.is_array() && (!spec || spec->type != PropertyType::ObjectList)) {
            for (const nlohmann::json &item : value)
                out.push_back(item);
            return;
        }
        out.push_back(value);
        return;
    }
    if (!value.is_array())
        return;
    const QString &fieldName = segments[index].name;
    const PropertySpec *fieldSpec = spec ? spec->field(fieldName) : nullptr;
    const std::string key = fieldName.toStdString();
    for (const nlohmann::json &entry : value) {
        if (!entry.is_object())
            continue;
        const auto it = entry.find(key);
        const nlohmann::json &fieldValue = it != entry.end() && !it->is_null() ? *it : (fieldSpec ? fieldSpec->defaultValue : nlohmann::json());
        collect(fieldValue, fieldSpec, segments, index + 1, out);
    }
}
} // namespace

std::vector<nlohmann::json> LessonPath::values(const Component &component) const
{
    std::vector<nlohmann::json> out;
    if (m_segments.empty())
        return out;
    const KindSpec *kind = component.kindSpec();
    const PropertySpec *spec = kind ? kind->property(m_segments.front().name) : nullptr;
    collect(component.prop(m_segments.front().name), spec, m_segments, 1, out);
    return out;
}

} // namespace kumo
