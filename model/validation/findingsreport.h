#pragma once

#include "finding.h"

#include <QString>

#include <nlohmann/json.hpp>

#include <vector>

namespace kumo {

/// Output formats of `kumo validate`.
namespace FindingsReport {

/// { "findings": [ { "rule", "severity", "components", "message" } ], "errors", "warnings", "infos" }
nlohmann::ordered_json toJson(const std::vector<Finding> &findings);
/// SARIF 2.1.0, so that findings show up in code-scanning tools; results point at @p fileName
/// and name the components as logical locations.
nlohmann::ordered_json toSarif(const std::vector<Finding> &findings, const QString &fileName);
/// One line per finding ("FILE: error subnet.overlap [pub-a, pub-b]: message") and a summary line.
QString toText(const std::vector<Finding> &findings, const QString &fileName);

} // namespace FindingsReport

} // namespace kumo
