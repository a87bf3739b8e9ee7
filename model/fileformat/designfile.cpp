#include "designfile.h"

#include "designlimits.h"

#include <QCoreApplication>
#include <QFile>
#include <QSaveFile>

#include <cerrno>

namespace kumo {
namespace DesignFile {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("kumo::DesignFile", text);
}
} // namespace

DesignReadResult load(const QString &path, QByteArray *text)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        DesignReadResult result;
        result.error.message = tr("cannot open the file: %1").arg(file.errorString());
        return result;
    }
    if (file.size() > DesignLimits::maximumFileBytes) {
        DesignReadResult result;
        result.error.message = tr("the file is too large to be a design (%1 bytes; the limit is %2)")
                                   .arg(file.size())
                                   .arg(DesignLimits::maximumFileBytes);
        return result;
    }
    // a device that reports no size (a pipe) is read up to one byte past the limit
    const QByteArray bytes = file.read(DesignLimits::maximumFileBytes + 1);
    if (bytes.size() > DesignLimits::maximumFileBytes) {
        DesignReadResult result;
        result.error.message = tr("the file is too large to be a design (the limit is %1 bytes)").arg(DesignLimits::maximumFileBytes);
        return result;
    }
    if (text)
        *text = bytes;
    return DesignJson::read(bytes);
}

bool writeAtomically(const QString &path, const QByteArray &bytes, QString *error)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        if (error)
            *error = tr("cannot write %1: %2").arg(path, file.errorString());
        return false;
    }
    // flush() before commit(): Qt 6.4's commit() ignores an error of its own final flush and
    // would put a cut-off file (disk full, quota) in place of the previous one
    errno = 0;
    const bool written = file.write(bytes) == bytes.size() && file.flush();
    const int writeErrno = errno; // Qt reports a short write as "Unknown error"
    if (!written || !file.commit()) {
        if (error)
            *error = tr("cannot write %1: %2").arg(path, !written && writeErrno != 0 ? qt_error_string(writeErrno) : file.errorString());
        file.cancelWriting();
        return false;
    }
    return true;
}

bool save(const Design &design, const QString &path, QString *error)
{
    const QByteArray bytes = DesignJson::write(design);
    // what is saved must load again: refuse rather than write a file beyond the limits
    QString beyondLimits;
    if (bytes.size() > DesignLimits::maximumFileBytes)
        beyondLimits = tr("the design would be larger than %1 bytes").arg(DesignLimits::maximumFileBytes);
    else if (const auto violation = DesignLimits::scan(bytes))
        beyondLimits = violation->message;
    if (!beyondLimits.isEmpty()) {
        if (error)
            *error = tr("cannot save %1: %2").arg(path, beyondLimits);
        return false;
    }
    return writeAtomically(path, bytes, error);
}

} // namespace DesignFile
} // namespace kumo
