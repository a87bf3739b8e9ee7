#pragma once

#include <QByteArray>
#include <QString>

namespace kumo {

/// The 1-based line and column (in characters, not bytes) of byte @p offset of UTF-8 @p text.
void lineColumnAt(const QByteArray &text, qsizetype offset, int *line, int *column);

/// "FILE:LINE:COLUMN" with the known parts only (a line or column of 0 is unknown).
QString filePlace(const QString &fileName, int line, int column);

/// Why a design file was refused, and where.
struct LoadError
{
    QString message;     ///< what is wrong, for people
    int line = 0;        ///< 1-based; 0 when unknown
    int column = 0;      ///< 1-based; 0 when unknown
    QString componentId; ///< the component concerned, if any
    QString property;    ///< the property (or key) concerned, if any

    /// "FILE:LINE:COLUMN: component 'x', property 'y': message" with the known parts only.
    QString toString(const QString &fileName) const;
};

} // namespace kumo
