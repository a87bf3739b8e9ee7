#pragma once

#include <nlohmann/json.hpp>

#include <string>

namespace kumo::hclread {

/// Values are JSON values (null, bool, number, string, list, object), plus two markers:
/// - an unknown value (what cannot be known offline: computed attributes, data sources, a
///   variable without a value), which propagates through every operation that reads it;
/// - an "open" object (a resource instance), whose attributes not set in the configuration are
///   unknown rather than missing.
namespace value {

using json = nlohmann::json;

inline const char *unknownKey() { return "\x01unknown"; }
inline const char *openKey() { return "\x01open"; }

/// An unknown value; @p sensitive marks one that stands for a sensitive variable's value.
inline json unknown(bool sensitive = false)
{
    json v = json::object();
    v[unknownKey()] = sensitive ? 2 : 1;
    return v;
}
inline bool isUnknown(const json &v)
{
    return v.is_object() && v.size() == 1 && v.contains(unknownKey());
}
inline bool isSensitive(const json &v)
{
    return isUnknown(v) && v[unknownKey()] == 2;
}
inline bool isOpen(const json &v)
{
    return v.is_object() && v.contains(openKey());
}
/// True when an unknown is anywhere inside @p v.
bool containsUnknown(const json &v);
/// True when a sensitive unknown is anywhere inside @p v.
bool containsSensitive(const json &v);
/// @p v without markers: unknowns dropped from objects and lists, open markers removed.
json known(const json &v);

/// The text of a primitive value as templates write it ("1", "1.5", "true").
bool toText(const json &v, std::string *out);
/// A number from a number or a numeric string.
bool toNumber(const json &v, double *out);
/// Integral doubles become integers, so that 2.0 prints as 2.
json normaliseNumber(double d);

} // namespace value

} // namespace kumo::hclread
