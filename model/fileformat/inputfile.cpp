#include "inputfile.h"

#include <QCoreApplication>
#include <QFile>

#include <algorithm>
#include <sys/stat.h>
#include <unistd.h>

namespace kumo {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("kumo::InputFile", text);
}

constexpr qint64 kChunk = 1024 * 1024;

} // namespace

QString InputRead::message() const
{
    // the texts belong to InputFile (lupdate would otherwise file them under InputRead)
    switch (failure) {
    case Failure::None:
        return {};
    case Failure::CannotOpen:
        return QCoreApplication::translate("kumo::InputFile", "cannot be opened: %1").arg(reason);
    case Failure::ReadError:
        return QCoreApplication::translate("kumo::InputFile", "cannot be read: %1").arg(reason);
    case Failure::TooLarge:
        return size >= 0 ? QCoreApplication::translate("kumo::InputFile", "is too large: %1 bytes, the limit is %2 bytes").arg(size).arg(limit)
                         : QCoreApplication::translate("kumo::InputFile", "is too large: more than %1 bytes, the limit").arg(limit);
    }
    return {};
}

namespace InputFile {

bool isStandardInput(const QString &path)
{
    return path == QLatin1String("-");
}

QString displayName(const QString &path)
{
    return isStandardInput(path) ? tr("standard input") : path;
}

InputRead read(const QString &path, qint64 limit)
{
    InputRead result;
    QFile file;
    bool opened = false;
    if (isStandardInput(path)) {
        opened = file.open(STDIN_FILENO, QIODevice::ReadOnly | QIODevice::Unbuffered, QFileDevice::DontCloseHandle);
    } else {
        struct stat st {};
        if (::stat(QFile::encodeName(path).constData(), &st) == 0 && S_ISDIR(st.st_mode)) {
            result.failure = InputRead::Failure::CannotOpen;
            result.reason = tr("it is a folder");
            return result;
        }
        file.setFileName(path);
        opened = file.open(QIODevice::ReadOnly | QIODevice::Unbuffered);
    }
    if (!opened) {
        result.failure = InputRead::Failure::CannotOpen;
        result.reason = file.errorString();
        return result;
    }
    // a regular file says its size: refuse it before reading anything
    if (!file.isSequential() && file.size() > limit) {
        result.failure = InputRead::Failure::TooLarge;
        result.size = file.size();
        result.limit = limit;
        return result;
    }
    // pipes, devices and files that grow are read up to one byte past the limit
    QByteArray bytes;
    for (;;) {
        const qint64 want = std::min<qint64>(kChunk, limit + 1 - bytes.size());
        if (want <= 0)
            break;
        const qsizetype before = bytes.size();
        if (bytes.capacity() < before + want)
            bytes.reserve(std::max<qsizetype>(2 * bytes.capacity(), before + want)); // amortised growth
        bytes.resize(before + want);
        const qint64 n = file.read(bytes.data() + before, want);
        if (n < 0) {
            result.failure = InputRead::Failure::ReadError;
            result.reason = file.errorString();
            return result;
        }
        bytes.resize(before + n);
        if (n == 0)
            break; // end of file
    }
    if (bytes.size() > limit) {
        result.failure = InputRead::Failure::TooLarge;
        result.limit = limit;
        return result;
    }
    result.bytes = std::move(bytes);
    return result;
}

std::optional<QByteArray> read(const QString &path, qint64 limit, QString *error)
{
    InputRead result = read(path, limit);
    if (!result.ok()) {
        if (error)
            *error = QStringLiteral("%1: %2").arg(displayName(path), result.message());
        return std::nullopt;
    }
    return std::move(result.bytes);
}

} // namespace InputFile
} // namespace kumo
