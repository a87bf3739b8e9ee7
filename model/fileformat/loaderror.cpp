#include "loaderror.h"

#include <QCoreApplication>

#include <algorithm>

namespace kumo {

void lineColumnAt(const QByteArray &text, qsizetype offset, int *line, int *column)
{
    offset = std::clamp<qsizetype>(offset, 0, text.size());
    int l = 1;
    qsizetype lineStart = 0;
    for (qsizetype i = 0; i < offset; ++i) {
        if (text.at(i) == '\n') {
            ++l;
            lineStart = i + 1;
        }
    }
    *line = l;
    // columns count characters, not bytes
    *column = int(QString::fromUtf8(text.mid(lineStart, offset - lineStart)).size()) + 1;
}

QString filePlace(const QString &fileName, int line, int column)
{
    QString place = fileName;
    if (line > 0) {
        place += QLatin1Char(':') + QString::number(line);
        if (column > 0)
            place += QLatin1Char(':') + QString::number(column);
    }
    return place;
}

QString LoadError::toString(const QString &fileName) const
{
    const QString place = filePlace(fileName, line, column);
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
