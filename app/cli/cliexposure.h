#pragma once

#include <QStringList>

namespace kumo::cli {

/// `kumo exposure FILE [--to ID] [--port N] [--format text|json]` (exposure.md).
int exposureCommand(const QStringList &arguments);

} // namespace kumo::cli
