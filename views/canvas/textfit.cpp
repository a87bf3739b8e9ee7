#include "textfit.h"

#include <QFontMetricsF>
#include <QTextLayout>

namespace kumo::TextFit {

namespace {
/// Every line the text takes at this width, without a limit.
QStringList allLines(const QString &text, const QFont &font, double width)
{
    QStringList result;
    if (text.isEmpty())
        return result;
    QTextLayout layout(text, font);
    QTextOption option;
    option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    layout.setTextOption(option);
    layout.beginLayout();
    for (QTextLine line = layout.createLine(); line.isValid(); line = layout.createLine()) {
        line.setLineWidth(width);
        result << text.mid(line.textStart(), line.textLength()).trimmed();
    }
    layout.endLayout();
    return result;
}
} // namespace

QStringList lines(const QString &text, const QFont &font, double width, int maxLines)
{
    QStringList all = allLines(text, font, width);
    if (all.size() <= maxLines)
        return all;
    // the rest goes into the last line, cut with an ellipsis
    QStringList kept = all.mid(0, maxLines - 1);
    const QString rest = all.mid(maxLines - 1).join(QLatin1Char(' '));
    kept << QFontMetricsF(font).elidedText(rest, Qt::ElideRight, width);
    return kept;
}

bool fits(const QString &text, const QFont &font, double width, int maxLines)
{
    const QStringList all = allLines(text, font, width);
    if (all.size() > maxLines)
        return false;
    const QFontMetricsF metrics(font);
    for (const QString &line : all) {
        if (metrics.horizontalAdvance(line) > width + 0.5) // a single word longer than the width
            return false;
    }
    return true;
}

} // namespace kumo::TextFit
