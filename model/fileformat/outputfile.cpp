#include "outputfile.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QSaveFile>

#include <cerrno>
#include <cstdio>
#include <fcntl.h>
#include <poll.h>
#include <sys/stat.h>
#include <unistd.h>

namespace kumo {
namespace OutputFile {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("kumo::OutputFile", text);
}

QString failure(const QString &path, const QString &reason)
{
    return tr("cannot write %1: %2").arg(displayName(path), reason);
}

bool fail(QString *error, const QString &path, const QString &reason)
{
    if (error)
        *error = failure(path, reason);
    return false;
}

/// Writes everything to @p fd, retrying interrupted and partial writes; false with errno set.
bool writeAll(int fd, const QByteArray &bytes)
{
    const char *data = bytes.constData();
    qsizetype left = bytes.size();
    while (left > 0) {
        const ssize_t n = ::write(fd, data, size_t(left));
        if (n < 0 && errno == EINTR)
            continue;
        if (n < 0 && (errno == EAGAIN || errno == EWOULDBLOCK)) { // a non-blocking descriptor we inherited
            pollfd ready{fd, POLLOUT, 0};
            ::poll(&ready, 1, -1);
            continue;
        }
        if (n <= 0) {
            if (n == 0)
                errno = EIO;
            return false;
        }
        data += n;
        left -= n;
    }
    return true;
}

bool writeStandardOutput(const QByteArray &bytes, QString *error)
{
    std::fflush(stdout); // what stdio holds goes first
    if (!writeAll(STDOUT_FILENO, bytes))
        return fail(error, QStringLiteral("-"), qt_error_string(errno));
    return true;
}

/// A pipe, a device or a path below /dev and /proc: opened and written in place.
bool writeStream(const QString &path, const QByteArray &bytes, QString *error)
{
    const int fd = ::open(QFile::encodeName(path).constData(), O_WRONLY | O_TRUNC | O_CLOEXEC);
    if (fd < 0)
        return fail(error, path, qt_error_string(errno));
    const bool written = writeAll(fd, bytes);
    const int writeErrno = errno;
    const bool closed = ::close(fd) == 0 || errno == EINTR;
    if (!written)
        return fail(error, path, qt_error_string(writeErrno));
    if (!closed)
        return fail(error, path, qt_error_string(errno));
    return true;
}

bool writeReplacing(const QString &requested, const QByteArray &bytes, QString *error)
{
    // a symbolic link stays a link: the file it points to is replaced
    const QFileInfo info(requested);
    const QString path = info.isSymLink() && info.exists() ? info.canonicalFilePath() : requested;
    struct stat st {};
    if (::stat(QFile::encodeName(path).constData(), &st) == 0 && S_ISREG(st.st_mode)) {
        // a rename would replace a file its owner protected; refuse it (root included)
        if ((st.st_mode & (S_IWUSR | S_IWGRP | S_IWOTH)) == 0 || ::access(QFile::encodeName(path).constData(), W_OK) != 0)
            return fail(error, requested, tr("the file is read-only"));
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return fail(error, requested, file.errorString());
    // flush() before commit(): Qt 6.4's commit() ignores an error of its own final flush and
    // would put a cut-off file (disk full, quota) in place of the previous one
    errno = 0;
    const bool written = file.write(bytes) == bytes.size() && file.flush();
    const int writeErrno = errno; // Qt reports a short write as "Unknown error"
    if (!written || !file.commit()) {
        const QString reason = !written && writeErrno != 0 ? qt_error_string(writeErrno) : file.errorString();
        file.cancelWriting();
        return fail(error, requested, reason);
    }
    return true;
}

} // namespace

bool isStandardOutput(const QString &path)
{
    return path == QLatin1String("-");
}

bool isStream(const QString &path)
{
    if (isStandardOutput(path))
        return true;
    const QString absolute = QDir::cleanPath(QFileInfo(path).absoluteFilePath());
    if (absolute.startsWith(QLatin1String("/dev/")) || absolute.startsWith(QLatin1String("/proc/")))
        return true;
    struct stat st {};
    if (::stat(QFile::encodeName(path).constData(), &st) != 0)
        return false; // a new file
    return S_ISFIFO(st.st_mode) || S_ISCHR(st.st_mode) || S_ISSOCK(st.st_mode);
}

bool replacesFile(const QString &path)
{
    return !isStream(path) && QFileInfo::exists(path);
}

QString displayName(const QString &path)
{
    return isStandardOutput(path) ? tr("standard output") : path;
}

bool write(const QString &path, const QByteArray &bytes, QString *error)
{
    if (isStandardOutput(path))
        return writeStandardOutput(bytes, error);
    struct stat st {};
    if (::stat(QFile::encodeName(path).constData(), &st) == 0 && S_ISBLK(st.st_mode))
        return fail(error, path, tr("it is a disk (a block device); Kumo writes files, pipes and character devices only"));
    if (isStream(path))
        return writeStream(path, bytes, error);
    return writeReplacing(path, bytes, error);
}

} // namespace OutputFile
} // namespace kumo
