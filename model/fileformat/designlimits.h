#pragma once

#include <QByteArray>
#include <QString>

#include <optional>

namespace kumo {

/// The documented limits of a `.kumo` file (README: "What Kumo guarantees about your data").
/// A file beyond them is refused with a message naming the place, instead of exhausting memory
/// or the stack: damaged files and hostile downloads must never crash the editor or a script.
namespace DesignLimits {

/// Largest design file read, in bytes: 60 MiB. A generated design of 50,000 components laid out
/// (with geometry) takes about 17 MB, so whole estates open; a file at the limit (about 250,000
/// small components) loads in a few seconds (`kumo_bench --largest-file`, figure in the README),
/// and memory stays bounded by the file size times a small factor.
inline constexpr qint64 maximumFileBytes = 60 * 1024 * 1024;
/// Deepest nesting of JSON lists and objects. Real designs use 8 levels; unknown properties
/// kept for round trips may use more, up to this.
inline constexpr int maximumDepth = 64;
/// Longest JSON string (text, key or value), in UTF-8 bytes.
inline constexpr qsizetype maximumStringBytes = 1024 * 1024;
/// Longest name of a design, component or label of a connection, in characters. Equal to the
/// longest text a line editor accepts, so the editor cannot write a name the loader refuses.
inline constexpr qsizetype maximumNameCharacters = 32767;

/// Where and why a text breaks a limit.
struct Violation
{
    qsizetype offset = 0; ///< byte offset of the offending list, object or string
    QString message;
};

/// One linear pass over JSON text (valid or not) that checks nesting depth and string lengths
/// without building anything. Syntax errors are left to the parser.
std::optional<Violation> scan(const QByteArray &utf8);

} // namespace DesignLimits

} // namespace kumo
