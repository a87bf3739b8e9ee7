#pragma once

#include <QByteArray>
#include <QString>

namespace kumo {

/// Where every file Kumo writes goes through (README: "What Kumo writes"): designs, autosaves,
/// Terraform files, diagrams, layouts, reports, handouts, and the command line's `-o`.
///
/// - "-" is standard output.
/// - A named pipe, a character device (a terminal, /dev/null, /dev/full), a socket, or any path
///   below /dev or /proc (/dev/stdout, /proc/self/fd/N) is written directly, never replaced.
/// - Anything else (a regular file, or a name not yet taken) is written atomically: completely
///   into a temporary file beside it, then renamed over it, so a failure leaves the previous file
///   whole. An existing file that is read-only (no write permission for anyone) is refused,
///   even for root, rather than silently replaced.
///
/// Every write and the final flush and close are checked; a failure (full disk, full device,
/// read-only target, vanished folder, reader gone) returns false with a message naming the file.
namespace OutputFile {

/// True for "-", standard output.
bool isStandardOutput(const QString &path);
/// True when @p path names something that is written directly rather than replaced: standard
/// output, a pipe, a device, a socket, a path below /dev or /proc.
bool isStream(const QString &path);
/// True when writing @p path would replace an existing regular file (what `--force` guards).
bool replacesFile(const QString &path);
/// "standard output" for "-", else the path itself: the name messages use.
QString displayName(const QString &path);

/// Writes @p bytes to @p path as described above; on failure returns false and fills @p error
/// with "cannot write FILE: REASON".
bool write(const QString &path, const QByteArray &bytes, QString *error = nullptr);

} // namespace OutputFile

} // namespace kumo
