#pragma once

#include <QString>
#include <QStringList>

namespace kumo {

enum class Severity { Error, Warning, Info };

/// "error", "warning" or "info": the names used in files and JSON output.
QString severityId(Severity severity);
/// Translated name for people.
QString severityDisplayName(Severity severity);

/// One problem or hint the validator found.
struct Finding
{
    QString rule;          ///< stable rule id, e.g. "subnet.overlap"
    Severity severity = Severity::Error;
    QStringList components; ///< ids of the components concerned, most relevant first
    QString message;        ///< one line naming the concrete values

    friend bool operator==(const Finding &, const Finding &) = default;
};

} // namespace kumo
