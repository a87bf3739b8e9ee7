#include "loaderror.h"

#include <QCoreApplication>

namespace kumo {

QString LoadError::toString(const QString &fileName) const
{
    QString place = fileName;
    if (line > 0) {
        place += QLatin1Char(':') + QString::number(line);
        if (column > 0)
            place += QLatin1Char(':') + QString::number(column);
    }
    QString subject;
    if (!componentId.isEmpty() && !property.isEmpty())
        subject = QCoreApplication::translate("kumo::LoadError", "component '%1', property '%2': ").arg(componentId, property);
    else if (!componentId.isEmpty())
        subject = QCoreApplication::translate("kumo::LoadError", "component '%1': ").arg(componentId);
    else if (!property.isEmpty())
        subject = QCoreApplication::translate("kumo::LoadError", "'%1': ").arg(property);
    if (place.isEmpty())
        return subject + message;
    return place + QStringLiteral(": ") + subject + message;
}

} // namespace kumo
