#pragma once

#include <nlohmann/json.hpp>

namespace kumo {

class Catalog;

/// The catalog as JSON, for `kumo kinds --format json`:
/// { "kinds": [ { "kind", "label", "group", "parents", "top_level", "container",
///                "properties": [ { "name", "type", "required", "default", "values", "targets", "fields" } ] } ] }
nlohmann::ordered_json catalogToJson(const Catalog &catalog);

} // namespace kumo
