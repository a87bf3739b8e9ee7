#include "gitrevisions.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QProcess>
#include <QRegularExpression>

namespace kumo::diff::GitRevisions {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("kumo::diff::GitRevisions", text);
}

constexpr int kGitTimeoutMs = 30000;

/// Runs git with @p arguments in @p directory; its standard output, or nullopt and git's own
/// complaint (or why it could not run) in @p error.
std::optional<QByteArray> runGit(const QStringList &arguments, const QString &directory, QString *error)
{
    QProcess git;
    if (!directory.isEmpty())
        git.setWorkingDirectory(directory);
    git.start(QStringLiteral("git"), arguments);
    if (!git.waitForStarted()) {
        if (error)
            *error = tr("git cannot be run (is it installed?)");
        return std::nullopt;
    }
    git.closeWriteChannel();
    if (!git.waitForFinished(kGitTimeoutMs)) {
        git.kill();
        git.waitForFinished();
        if (error)
            *error = tr("git did not answer within %1 seconds").arg(kGitTimeoutMs / 1000);
        return std::nullopt;
    }
    const QByteArray output = git.readAllStandardOutput();
    if (git.exitStatus() != QProcess::NormalExit || git.exitCode() != 0) {
        if (error) {
            QString complaint = QString::fromUtf8(git.readAllStandardError()).trimmed();
            complaint.remove(QRegularExpression(QStringLiteral("^fatal: ")));
            *error = complaint.isEmpty() ? tr("git failed (exit code %1)").arg(git.exitCode()) : complaint;
        }
        return std::nullopt;
    }
    return output;
}

} // namespace

std::vector<Revision> history(const QString &filePath, int limit, QString *error)
{
    const QFileInfo file(filePath);
    const QString format = QStringLiteral("--format=%H%x1f%h%x1f%ad%x1f%an%x1f%s");
    const auto output = runGit({QStringLiteral("log"), QStringLiteral("-n"), QString::number(limit), QStringLiteral("--date=short"), format,
                                QStringLiteral("--"), file.fileName()},
                               file.absolutePath(), error);
    std::vector<Revision> revisions;
    if (!output)
        return revisions;
    for (const QString &line : QString::fromUtf8(*output).split(QLatin1Char('\n'), Qt::SkipEmptyParts)) {
        const QStringList fields = line.split(QChar(0x1f));
        if (fields.size() == 5)
            revisions.push_back({fields[0], fields[1], fields[2], fields[3], fields[4]});
    }
    if (revisions.empty() && error)
        *error = tr("%1 has no commits in git yet").arg(file.fileName());
    return revisions;
}

std::optional<QByteArray> fileAt(const QString &filePath, const QString &revision, QString *error)
{
    const QString rev = revision.trimmed();
    if (rev.isEmpty() || rev.startsWith(QLatin1Char('-')) || rev.contains(QLatin1Char(':'))) {
        if (error)
            *error = tr("'%1' is not a revision: give a commit, a branch, a tag or e.g. HEAD~1").arg(rev);
        return std::nullopt;
    }
    const QFileInfo file(filePath);
    // "./NAME" is the file's path relative to the directory git runs in
    return show(rev + QStringLiteral(":./") + file.fileName(), file.absolutePath(), error);
}

std::optional<QByteArray> show(const QString &spec, const QString &workingDirectory, QString *error)
{
    if (spec.startsWith(QLatin1Char('-'))) {
        if (error)
            *error = tr("'%1' is not a revision").arg(spec);
        return std::nullopt;
    }
    return runGit({QStringLiteral("show"), spec}, workingDirectory, error);
}

} // namespace kumo::diff::GitRevisions
