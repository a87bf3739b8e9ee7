#pragma once

#include <QStringList>

namespace kumo::cli {

/// `kumo import terraform INPUT... -o OUT.kumo [--force] [--report REPORT.json] [--name NAME]` (import.md)
int importCommand(const QStringList &arguments);

} // namespace kumo::cli
