#pragma once
// What every subcommand of the command line shares: output, option parsing, loading a design.

#include "cli.h"
#include "design.h"

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QString>
#include <QStringList>

#include <nlohmann/json.hpp>

#include <optional>

namespace kumo::cli {

/// Translates in the command line's context (English output; the English file supplies plurals).
QString tr(const char *text, const char *disambiguation = nullptr, int n = -1);
/// Writes UTF-8 text to standard output; a failed write (a full disk, a closed pipe) is kept and
/// turned into exit code 2 by run() (standardOutputFailure()).
void out(const QString &text);
/// The first failure of out(), "cannot write standard output: REASON"; empty when none.
QString standardOutputFailure();
/// Writes a subcommand's result to @p path (OutputFile::write: "-" is standard output, pipes and
/// devices are written directly, files atomically); on failure prints why (naming the file) and
/// returns false. Every command-line writer goes through it or through DesignFile::save.
bool writeOutput(const QString &path, const QByteArray &bytes);
/// The `-o FILE` option every writing subcommand takes ("-": standard output).
QCommandLineOption outputOption(const QString &valueName = QStringLiteral("FILE"));
/// The -o value, or "-" when -o was not given.
QString outputPath(const QCommandLineParser &parser, const QCommandLineOption &output);
/// False, after saying why, when @p path is an existing regular file and @p force is not set
/// (a pipe, a device or standard output is never "replaced").
bool mayReplace(const QString &path, bool force);
/// False, after saying why, when binary output (a PNG, a PDF) would go to a terminal.
bool binaryOutputAllowed(const QString &path, const QString &what);
/// Writes one message (a newline is added if missing) to standard error.
void err(const QString &text);
/// JSON indented by two, with a final newline, as every subcommand prints it.
QByteArray jsonBytes(const nlohmann::ordered_json &json);
/// Writes JSON, indented by two, to standard output.
void outJson(const nlohmann::ordered_json &json);
/// Prints "kumo: MESSAGE" and the usage hint; returns BadInput.
int usageError(const QString &message);
/// Parses the options of one subcommand; on failure prints why and returns false.
bool parse(QCommandLineParser &parser, const QStringList &arguments, int expectedPositionals);
/// Loads a design file, or prints the load error (naming the place) and returns nothing;
/// @p text, when given, receives the file's bytes.
std::optional<Design> loadOrReport(const QString &path, QByteArray *text = nullptr);
/// The value of a --format-like option, checked against @p allowed (the first is the default).
QString formatOption(QCommandLineParser &parser, const QCommandLineOption &option, const QStringList &allowed, bool *ok);

} // namespace kumo::cli
