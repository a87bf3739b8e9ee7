#pragma once

#include "design.h"
#include "loaderror.h"

#include <QByteArray>

#include <nlohmann/json.hpp>

#include <optional>

namespace kumo {

/// The outcome of reading a design: either a design or the reason it was refused.
struct DesignReadResult
{
    std::optional<Design> design;
    LoadError error;
    bool ok() const { return design.has_value(); }
};

/// Conversion between Design and the `.kumo` JSON text (format version 1). No file I/O here.
namespace DesignJson {

inline constexpr int currentVersion = 1;
inline constexpr const char *formatTag = "kumo-design";

/// Parses and checks a whole document; refuses it with a located error, never half-loads.
DesignReadResult read(const QByteArray &utf8);
/// Serializes in canonical form: fixed key order, components depth first with siblings by id,
/// two-space indentation, a final newline. The same design always gives the same bytes.
QByteArray write(const Design &design);
nlohmann::ordered_json toJson(const Design &design);

nlohmann::ordered_json componentToJson(const Component &component);
nlohmann::ordered_json connectionToJson(const Connection &connection);

} // namespace DesignJson

} // namespace kumo
