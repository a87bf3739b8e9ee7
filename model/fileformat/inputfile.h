#pragma once

#include <QByteArray>
#include <QString>

#include <optional>

namespace kumo {

/// The documented size limits of every file Kumo reads (README: "What Kumo guarantees about your
/// data"). Design files have theirs in DesignLimits::maximumFileBytes.
namespace InputLimits {
/// A Terraform state (`terraform show -json`, .tfstate) or plan JSON. Real states of a few
/// thousand resources take a few MB; parsing this much takes about 1.5 GB of memory.
inline constexpr qint64 terraformJsonBytes = 128LL * 1024 * 1024;
/// One file of a Terraform configuration folder (.tf, .tf.json, .tfvars, and what file() and
/// templatefile() read). Hand-written files take a few KB, generated .tf.json a few MB.
inline constexpr qint64 terraformConfigurationFileBytes = 16LL * 1024 * 1024;
/// All the files one configuration reads together: its own, its modules' and those file() reads
/// (each call counts, so that a file read by 10,000 instances cannot exhaust memory).
inline constexpr qint64 terraformConfigurationBytes = 128LL * 1024 * 1024;
/// A cost usage file (`kumo cost --usage`): quantities per component.
inline constexpr qint64 usageFileBytes = 16LL * 1024 * 1024;
/// A lesson file; the bundled ones take under 20 KB.
inline constexpr qint64 lessonFileBytes = 16LL * 1024 * 1024;
/// The companion file of an autosave (the path of the design it belongs to).
inline constexpr qint64 autosavePathBytes = 64LL * 1024;
} // namespace InputLimits

/// The result of InputFile::read: the bytes, or why there are none.
struct InputRead
{
    enum class Failure { None, CannotOpen, TooLarge, ReadError };
    QByteArray bytes;
    Failure failure = Failure::None;
    QString reason;  ///< the system's reason (CannotOpen, ReadError)
    qint64 size = -1; ///< TooLarge: the file's size when it has one (-1 for pipes and devices)
    qint64 limit = 0; ///< TooLarge: the limit it broke
    bool ok() const { return failure == Failure::None; }
    /// Why, for people, without the file name: "cannot be read: ...", "is larger than ... bytes".
    QString message() const;
};

/// Where every file Kumo reads comes through: one size cap for regular files, pipes, devices and
/// "-" (standard input) alike. A regular file larger than the limit is refused before reading; a
/// pipe or a device (/dev/zero) is read up to one byte past the limit and then refused, so an
/// endless input never hangs or exhausts memory.
namespace InputFile {

/// True for "-", standard input.
bool isStandardInput(const QString &path);
/// "standard input" for "-", else the path itself: the name messages use.
QString displayName(const QString &path);
/// Reads at most @p limit bytes of @p path ("-": standard input).
InputRead read(const QString &path, qint64 limit);
/// The same, reporting "FILE: MESSAGE" in @p error; nothing on failure.
std::optional<QByteArray> read(const QString &path, qint64 limit, QString *error);

} // namespace InputFile

} // namespace kumo
