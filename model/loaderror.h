#pragma once

#include <QString>

namespace kumo {

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
