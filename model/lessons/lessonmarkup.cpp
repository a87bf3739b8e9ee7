#include "lessonmarkup.h"

#include <QStringList>

namespace kumo {

QString lessonTextToHtml(const QString &text)
{
    QString html;
    const QStringList parts = text.split(QLatin1Char('`'));
    for (qsizetype i = 0; i < parts.size(); ++i) {
        const QString escaped = parts[i].toHtmlEscaped();
        html += i % 2 == 1 ? QStringLiteral("<code>%1</code>").arg(escaped) : escaped;
    }
    return html;
}

} // namespace kumo
