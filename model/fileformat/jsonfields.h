#pragma once

#include "component.h"

#include <QStringList>

#include <nlohmann/json.hpp>

#include <optional>

// Reading fields of structured entries (listeners, containers, stages, rules) leniently:
// a missing field or one of another type reads as "not set".
namespace kumo::json {

inline QString string(const nlohmann::json &object, const char *key)
{
    if (!object.is_object())
        return {};
    const auto it = object.find(key);
    return it != object.end() && it->is_string() ? toQString(*it) : QString();
}

inline std::optional<qint64> integer(const nlohmann::json &object, const char *key)
{
    if (!object.is_object())
        return std::nullopt;
    const auto it = object.find(key);
    return it != object.end() && it->is_number_integer() ? std::optional<qint64>(it->get<qint64>()) : std::nullopt;
}

inline bool boolean(const nlohmann::json &object, const char *key, bool defaultValue = false)
{
    if (!object.is_object())
        return defaultValue;
    const auto it = object.find(key);
    return it != object.end() && it->is_boolean() ? it->get<bool>() : defaultValue;
}

inline QStringList strings(const nlohmann::json &object, const char *key)
{
    QStringList out;
    if (!object.is_object())
        return out;
    const auto it = object.find(key);
    if (it != object.end() && it->is_array()) {
        for (const auto &v : *it) {
            if (v.is_string())
                out << toQString(v);
        }
    }
    return out;
}

/// The entries of a list field, or an empty list.
inline const nlohmann::json &list(const nlohmann::json &object, const char *key)
{
    static const nlohmann::json empty = nlohmann::json::array();
    if (!object.is_object())
        return empty;
    const auto it = object.find(key);
    return it != object.end() && it->is_array() ? *it : empty;
}

} // namespace kumo::json
