#pragma once

#include <QByteArray>
#include <QString>

#include <optional>
#include <vector>

namespace kumo::diff {

/// Earlier versions of a file kept in git, read with the `git` program (Compare With… in the
/// editor, REV:PATH on the command line).
namespace GitRevisions {

/// One commit that changed a file.
struct Revision
{
    QString hash;      ///< the full commit id
    QString shortHash; ///< the abbreviated one git prints
    QString date;      ///< the author date, YYYY-MM-DD
    QString author;
    QString subject;   ///< the first line of the message
};

/// The commits that changed @p filePath, newest first, at most @p limit. Empty, with @p error
/// saying why, when git is not installed, the file is not in a repository or was never committed.
std::vector<Revision> history(const QString &filePath, int limit, QString *error);

/// The bytes of @p filePath as it was in @p revision (a commit id, branch, tag, "HEAD~2", ...).
/// A revision that git cannot show, or one that looks like an option ("-..."), gives nullopt
/// and a message in @p error.
std::optional<QByteArray> fileAt(const QString &filePath, const QString &revision, QString *error);

/// `git show SPEC` (SPEC = "REV:PATH", PATH relative to @p workingDirectory or the repository's
/// top with a leading "/"), run in @p workingDirectory (empty: the current one).
std::optional<QByteArray> show(const QString &spec, const QString &workingDirectory, QString *error);

} // namespace GitRevisions

} // namespace kumo::diff
