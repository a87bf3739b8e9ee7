#pragma once

#include "finding.h"

#include <QByteArray>
#include <QString>

#include <nlohmann/json.hpp>

#include <vector>

namespace kumo {

/// Output formats of `kumo validate`.
namespace FindingsReport {

/// { "findings": [ { "rule", "severity", "components", "message" } ], "errors", "warnings", "infos" }
nlohmann::ordered_json toJson(const std::vector<Finding> &findings);
/// SARIF 2.1.0, so that findings show up in code-scanning tools. Each result points at
/// @p fileName, at the line and column where its first component is written in @p fileText (the
/// file's bytes), names its components as logical locations, and has a fingerprint made of the
/// rule id and the component ids (stable across runs and edits elsewhere in the file). Rules carry
/// their explanation as help text.
nlohmann::ordered_json toSarif(const std::vector<Finding> &findings, const QString &fileName, const QByteArray &fileText);
/// One line per finding ("FILE: error subnet.overlap [pub-a, pub-b]: message") and a summary line.
QString toText(const std::vector<Finding> &findings, const QString &fileName);

} // namespace FindingsReport

} // namespace kumo
