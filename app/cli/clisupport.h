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
/// Writes UTF-8 text to standard output.
void out(const QString &text);
/// Writes one message (a newline is added if missing) to standard error.
void err(const QString &text);
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
