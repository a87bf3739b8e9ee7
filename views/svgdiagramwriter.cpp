#include "diagramwriter.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QGraphicsScene>
#include <QIODevice>
#include <QPainter>
#include <QRegularExpression>
#include <QSvgGenerator>

namespace kumo {

namespace {
/// True when QPainter would have cut a text between these two characters: where the writing
/// system changes (Latin to kana, kana to kanji, ...).
bool scriptBoundary(QChar before, QChar after)
{
    auto script = [](QChar c) {
        const QChar::Script s = c.script();
        return s == QChar::Script_Common || s == QChar::Script_Inherited ? QChar::Script_Unknown : s;
    };
    return script(before) != script(after);
}

/// QPainter hands text to the SVG writer in runs of one script, so "本番VPC" or "公開サブネット"
/// arrive as two <text> elements. Joins such neighbours again (same line, same style, split where
/// the script changes), so that every name is one text element.
QByteArray joinScriptRuns(const QByteArray &svg)
{
    static const QRegularExpression pair(QStringLiteral(
        "<text ([^>]*?) x=\"[^\"]*\" y=\"([^\"]*)\" ([^>]*?)\\s*>([^<]*)</text>\\s*<text \\1 x=\"[^\"]*\" y=\"\\2\" \\3\\s*>([^<]*)</text>"));
    QString text = QString::fromUtf8(svg);
    qsizetype from = 0;
    while (true) {
        const QRegularExpressionMatch m = pair.match(text, from);
        if (!m.hasMatch())
            break;
        const QString first = m.captured(4);
        const QString second = m.captured(5);
        if (first.isEmpty() || second.isEmpty() || !scriptBoundary(first.back(), second.front())) {
            from = m.capturedStart() + 1;
            continue;
        }
        const QString joined = m.captured(0).left(m.capturedStart(4) - m.capturedStart()) + first + second + QStringLiteral("</text>");
        text.replace(m.capturedStart(), m.capturedLength(), joined);
        from = m.capturedStart(); // the joined text may continue with another run
    }
    return text.toUtf8();
}
} // namespace

bool SvgDiagramWriter::write(const Page &page, const DiagramRenderer::Options &, QIODevice *device, QString *error) const
{
    const QRectF target(QPointF(0, 0), page.area.size());
    QSvgGenerator svg;
    svg.setSize(page.area.size().toSize());
    svg.setViewBox(target);
    // QSvgGenerator writes the title as it is given: escape it for XML here
    svg.setTitle(page.title.toHtmlEscaped());
    svg.setDescription(QCoreApplication::translate("kumo::DiagramRenderer", "Exported from Kumo"));
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    svg.setOutputDevice(&buffer);
    QPainter painter;
    if (!painter.begin(&svg)) {
        *error = QCoreApplication::translate("kumo::DiagramRenderer", "cannot draw the SVG");
        return false;
    }
    painter.fillRect(target, Qt::white);
    page.scene->render(&painter, target, page.area);
    painter.end();
    if (device->write(joinScriptRuns(buffer.data())) < 0) {
        *error = device->errorString();
        return false;
    }
    return true;
}

} // namespace kumo
