#pragma once

#include "propertyspec.h"

#include <QString>

#include <nlohmann/json.hpp>

namespace kumo {

/// Where a value has the wrong JSON type, and what was expected.
struct PropertyTypeError
{
    QString path;    ///< e.g. "listeners[0].port"; empty when there is no error
    QString message; ///< e.g. "expected an integer, found a string"
    bool isError() const { return !path.isEmpty(); }
};

/// Checks that @p value has the JSON shape @p spec demands (recursively for structured lists),
/// naming the offending place below @p path. Null stands for "not set" and is always accepted.
PropertyTypeError checkPropertyType(const PropertySpec &spec, const nlohmann::json &value, const QString &path);

/// Human name of a JSON value's type ("a string", "an integer", ...), translated.
QString jsonTypeName(const nlohmann::json &value);

} // namespace kumo
