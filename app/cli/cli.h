#pragma once

#include <QStringList>

namespace kumo::cli {

/// Exit codes of the command line (cli.md).
enum ExitCode { Success = 0, DesignHasErrors = 1, BadInput = 2 };

/// True when the arguments ask for a headless subcommand (or --help / --version) rather than the editor.
bool isHeadless(const QStringList &arguments);
/// True when the subcommand draws (and so needs a QGuiApplication on the offscreen platform).
bool needsRendering(const QStringList &arguments);
/// Runs a subcommand; @p arguments include the program name. Returns the exit code.
int run(const QStringList &arguments);

} // namespace kumo::cli
