#include "designfile.h"

#include "designlimits.h"
#include "inputfile.h"
#include "outputfile.h"

#include <QCoreApplication>

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
    InputRead input = InputFile::read(path, DesignLimits::maximumFileBytes);
    if (!input.ok()) {
        DesignReadResult result;
        if (input.failure == InputRead::Failure::CannotOpen)
            result.error.message = tr("cannot open the file: %1").arg(input.reason);
        else if (input.failure == InputRead::Failure::ReadError)
            result.error.message = tr("cannot read the file: %1").arg(input.reason);
        else if (input.size >= 0)
            result.error.message = tr("the file is too large to be a design (%1 bytes; the limit is %2)").arg(input.size).arg(input.limit);
        else // a pipe or a device that reports no size
            result.error.message = tr("the file is too large to be a design (the limit is %1 bytes)").arg(input.limit);
        return result;
    }
    if (text)
        *text = input.bytes;
    return DesignJson::read(input.bytes);
}

bool writeAtomically(const QString &path, const QByteArray &bytes, QString *error)
{
    return OutputFile::write(path, bytes, error);
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
