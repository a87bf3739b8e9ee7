#include "finding.h"

#include <QCoreApplication>

namespace kumo {

QString severityId(Severity severity)
{
    switch (severity) {
    case Severity::Error: return QStringLiteral("error");
    case Severity::Warning: return QStringLiteral("warning");
    case Severity::Info: return QStringLiteral("info");
    }
    return {};
}

QString severityDisplayName(Severity severity)
{
    switch (severity) {
    case Severity::Error: return QCoreApplication::translate("kumo::Finding", "Error");
    case Severity::Warning: return QCoreApplication::translate("kumo::Finding", "Warning");
    case Severity::Info: return QCoreApplication::translate("kumo::Finding", "Info");
    }
    return {};
}

} // namespace kumo
