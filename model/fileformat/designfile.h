#pragma once

#include "designjson.h"

#include <QString>

namespace kumo {

/// Reading and writing `.kumo` files. Saves are atomic: the old file stays intact until the
/// new one is completely written.
namespace DesignFile {

inline constexpr const char *suffix = "kumo";

/// Reads (at most DesignLimits::maximumFileBytes, "-" standard input) and parses @p path; @p text, when given, receives the bytes read (for tools that point
/// into the file, like the line numbers of SARIF results).
DesignReadResult load(const QString &path, QByteArray *text = nullptr);
/// Writes @p design to @p path; on failure returns false and fills @p error.
bool save(const Design &design, const QString &path, QString *error = nullptr);
/// Writes raw bytes: atomically to a file, directly into a pipe or device, "-" to standard
/// output (OutputFile::write, which it forwards to).
bool writeAtomically(const QString &path, const QByteArray &bytes, QString *error = nullptr);

} // namespace DesignFile

} // namespace kumo
