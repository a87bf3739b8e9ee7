#include "designfile.h"

#include <QCoreApplication>
#include <QFile>
#include <QSaveFile>

namespace kumo {
namespace DesignFile {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("kumo::DesignFile", text);
}
constexpr qint64 maximumFileSize = 256 * 1024 * 1024;
} // namespace

DesignReadResult load(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        DesignReadResult result;
        result.error.message = tr("cannot open the file: %1").arg(file.errorString());
        return result;
    }
    if (file.size() > maximumFileSize) {
        DesignReadResult result;
        result.error.message = tr("the file is too large to be a design (%1 bytes)").arg(file.size());
        return result;
    }
    return DesignJson::read(file.readAll());
}

bool writeAtomically(const QString &path, const QByteArray &bytes, QString *error)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        if (error)
            *error = tr("cannot write %1: %2").arg(path, file.errorString());
        return false;
    }
    if (file.write(bytes) != bytes.size() || !file.commit()) {
        if (error)
            *error = tr("cannot write %1: %2").arg(path, file.errorString());
        file.cancelWriting();
        return false;
    }
    return true;
}

bool save(const Design &design, const QString &path, QString *error)
{
    return writeAtomically(path, DesignJson::write(design), error);
}

} // namespace DesignFile
} // namespace kumo
