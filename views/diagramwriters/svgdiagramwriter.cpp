#include "diagramwriter.h"

#include "canvasstyle.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QGraphicsScene>
#include <QIODevice>
#include <QPainter>
#include <QRandomGenerator>
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

/// The drawing of one icon as SVG elements (QSvgGenerator's own output for it, at 48×48), with
/// the ids of its gradients made unique by @p prefix; its own definitions go to @p defs.
QByteArray iconDefinition(const CanvasStyle::SvgIconMarking::Icon &icon, const QByteArray &prefix, QByteArray *defs)
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    {
        QSvgGenerator generator;
        generator.setSize(QSize(48, 48));
        generator.setViewBox(QRectF(0, 0, 48, 48));
        generator.setOutputDevice(&buffer);
        QPainter painter(&generator);
        painter.setRenderHint(QPainter::Antialiasing);
        CanvasStyle::renderIcon(&painter, QRectF(0, 0, 48, 48), icon.kind, icon.glyphOnly);
    }
    QByteArray svg = buffer.data();
    svg.replace("id=\"gradient", QByteArray("id=\"" + prefix + "gradient")).replace("url(#gradient", QByteArray("url(#" + prefix + "gradient"));
    const qsizetype defsStart = svg.indexOf("<defs>");
    const qsizetype defsEnd = svg.indexOf("</defs>");
    const qsizetype end = svg.lastIndexOf("</svg>");
    if (defsStart < 0 || defsEnd < defsStart || end < defsEnd)
        return {};
    *defs += svg.mid(defsStart + 6, defsEnd - defsStart - 6).trimmed();
    return svg.mid(defsEnd + 7, end - defsEnd - 7).trimmed();
}

QByteArray number(double v)
{
    return QByteArray::number(v, 'g', 12);
}

/// Replaces each icon marker (see CanvasStyle::SvgIconMarking) by a reference to the icon's one
/// definition, and puts the definitions into the drawing's <defs>.
QByteArray referIcons(const QByteArray &svg, const QByteArray &token, const std::vector<CanvasStyle::SvgIconMarking::Icon> &icons)
{
    if (icons.empty())
        return svg;
    QByteArray defs;
    std::vector<QByteArray> ids;
    for (size_t i = 0; i < icons.size(); ++i) {
        const QByteArray id = "icon-" + icons[i].kind.toUtf8() + (icons[i].glyphOnly ? "-glyph" : "");
        QByteArray own;
        const QByteArray body = iconDefinition(icons[i], id + '-', &own);
        defs += own;
        defs += "<g id=\"" + id + "\">\n" + body + "\n</g>\n";
        ids.push_back(id);
    }
    QByteArray out;
    out.reserve(svg.size());
    const QByteArray marker = '>' + token + '|';
    qsizetype from = 0;
    for (qsizetype at = svg.indexOf(marker); at >= 0; at = svg.indexOf(marker, from)) {
        const qsizetype start = svg.lastIndexOf("<text ", at);
        const qsizetype close = svg.indexOf("</text>", at);
        if (start < from || close < 0)
            break;
        const QList<QByteArray> fields = svg.mid(at + marker.size(), close - at - marker.size()).split('|');
        bool ok = fields.size() == 5;
        const qsizetype number0 = ok ? fields[0].toLongLong(&ok) : -1;
        double rect[4] = {0, 0, 0, 0};
        for (int i = 0; ok && i < 4; ++i)
            rect[i] = fields[i + 1].toDouble(&ok);
        out += svg.mid(from, start - from);
        if (ok && number0 >= 0 && size_t(number0) < ids.size()) {
            out += "<use xlink:href=\"#" + ids[size_t(number0)] + "\" transform=\"matrix(" + number(rect[2] / 48) + ",0,0," + number(rect[3] / 48)
                   + ',' + number(rect[0]) + ',' + number(rect[1]) + ")\"/>";
        }
        from = close + 7;
    }
    out += svg.mid(from);
    const qsizetype defsEnd = out.indexOf("</defs>");
    if (defsEnd >= 0)
        out.insert(defsEnd, defs);
    return out;
}

/// The attribute @p name of an element's start tag (empty when it has none).
QByteArray attribute(const QByteArray &tag, const QByteArray &name)
{
    const QByteArray key = ' ' + name + "=\"";
    const qsizetype at = tag.indexOf(key);
    if (at < 0)
        return {};
    const qsizetype end = tag.indexOf('"', at + key.size());
    return end < 0 ? QByteArray() : tag.mid(at + key.size(), end - at - key.size());
}

/// True when @p content holds nothing but <text> elements (and white space).
bool onlyText(const QByteArray &content)
{
    qsizetype at = 0;
    while (true) {
        while (at < content.size() && (content[at] == '\n' || content[at] == ' '))
            ++at;
        if (at == content.size())
            return true;
        if (!content.mid(at, 6).startsWith("<text "))
            return false;
        const qsizetype end = content.indexOf("</text>", at);
        if (end < 0)
            return false;
        at = end + 7;
    }
}

/// QSvgGenerator writes a group with the whole painter state (brush, pen, transform, font) for
/// every change of state, most of them for one element or none. Makes that smaller without
/// changing what is drawn: groups with nothing in them go, groups lose the font attributes (every
/// <text> carries its own, and nothing else uses them), and a group of texts joins the group
/// before it when both have the same transform (texts set their own fill, stroke and font, so the
/// group's pen and brush do not reach them).
QByteArray compactGroups(const QByteArray &svg)
{
    const qsizetype defsEnd = svg.indexOf("</defs>");
    const qsizetype first = defsEnd < 0 ? -1 : svg.indexOf("<g ", defsEnd);
    const qsizetype firstEnd = first < 0 ? -1 : svg.indexOf('>', first);
    if (firstEnd < 0)
        return svg;
    static const QRegularExpression font(QStringLiteral("\\s+font-(family|size|weight|style)=\"[^\"]*\""));
    QByteArray out;
    out.reserve(svg.size());
    out += svg.left(firstEnd + 1);
    out += '\n';
    qsizetype from = firstEnd + 1;
    QByteArray openTransform; // transform of the group left open, when it may take texts
    bool open = false;
    while (true) {
        const qsizetype at = svg.indexOf("<g ", from);
        const qsizetype tagEnd = at < 0 ? -1 : svg.indexOf('>', at);
        const qsizetype close = tagEnd < 0 ? -1 : svg.indexOf("</g>", tagEnd);
        const qsizetype nested = tagEnd < 0 ? -1 : svg.indexOf("<g ", tagEnd);
        if (close < 0 || (nested >= 0 && nested < close))
            break; // not the flat sequence of groups QSvgGenerator writes: leave the rest as it is
        QByteArray tag = svg.mid(at, tagEnd + 1 - at);
        QByteArray content = svg.mid(tagEnd + 1, close - tagEnd - 1).trimmed();
        from = close + 4;
        if (content.isEmpty())
            continue;
        tag = QString::fromUtf8(tag).remove(font).toUtf8().replace("\n", " ").replace("  >", ">").replace(" >", ">");
        // what the outermost group sets already, or the initial values
        for (const char *inherited : {" stroke-width=\"1\"", " stroke-linecap=\"square\"", " stroke-linejoin=\"bevel\"", " fill-opacity=\"1\"",
                                      " stroke-opacity=\"1\""})
            tag.replace(inherited, "");
        tag.replace("transform=\"matrix(1,0,0,1,", "transform=\"translate(");
        // initial values; a text's font is all its own now that no group sets one
        content.replace(" vector-effect=\"none\"", "").replace(" font-weight=\"400\"", "").replace(" font-style=\"normal\"", "").replace(" \n >", ">");
        const QByteArray transform = attribute(tag, "transform");
        const bool plain = attribute(tag, "opacity").isEmpty() && attribute(tag, "clip-path").isEmpty();
        if (open && plain && transform == openTransform && onlyText(content)) {
            out += content;
            out += '\n';
            continue;
        }
        if (open)
            out += "</g>\n";
        out += tag;
        out += '\n';
        out += content;
        out += '\n';
        open = true;
        openTransform = plain ? transform : QByteArray("\x01");
    }
    if (open)
        out += "</g>\n";
    // what follows the last group: the closing tags
    qsizetype rest = from;
    while (rest < svg.size() && (svg[rest] == '\n' || svg[rest] == ' '))
        ++rest;
    out += svg.mid(rest);
    return out;
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
    // each icon is defined once and referred to where it appears
    const QByteArray token = "kumo-icon-" + QByteArray::number(QRandomGenerator::global()->generate64(), 36);
    CanvasStyle::SvgIconMarking marking(QString::fromLatin1(token));
    QPainter painter;
    if (!painter.begin(&svg)) {
        *error = QCoreApplication::translate("kumo::DiagramRenderer", "cannot draw the SVG");
        return false;
    }
    painter.fillRect(target, Qt::white);
    page.scene->render(&painter, target, page.area);
    painter.end();
    if (device->write(joinScriptRuns(compactGroups(referIcons(buffer.data(), token, marking.icons())))) < 0) {
        *error = device->errorString();
        return false;
    }
    return true;
}

} // namespace kumo
