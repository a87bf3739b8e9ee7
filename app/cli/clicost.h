#pragma once

#include <QStringList>

namespace kumo::cli {

/// `kumo cost FILE [--currency USD|JPY] [--rate R] [--format text|json|csv] [--usage FILE] [--tax]` (cost.md).
int costCommand(const QStringList &arguments);

} // namespace kumo::cli
