#include "diagramrenderer.h"

#include "designscene.h"
#include "designsubset.h"
#include "document.h"
#include "layout/autolayout.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QFileInfo>
#include <QRegularExpression>
#include <QImage>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>
#include <QSvgGenerator>

namespace kumo {
namespace DiagramRenderer {

namespace {
constexpr double kMargin = 24;

bool isCjk(QChar c)
{
    const ushort u = c.unicode();
    return (u >= 0x3000 && u <= 0x9fff) || (u >= 0xf900 && u <= 0xfaff) || (u >= 0xff00 && u <= 0xffef);
}

/// QPainter hands text to the SVG writer in runs of one script, so "本番VPC" arrives as two
/// <text> elements. Joins such neighbours again (same line, same style, split where the script
/// changes), so that every name is one text element.
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
        if (first.isEmpty() || second.isEmpty() || isCjk(first.back()) == isCjk(second.front())) {
            from = m.capturedStart() + 1;
            continue;
        }
        const QString joined = m.captured(0).left(m.capturedStart(4) - m.capturedStart()) + first + second + QStringLiteral("</text>");
        text.replace(m.capturedStart(), m.capturedLength(), joined);
        from = m.capturedStart(); // the joined text may continue with another run
    }
    return text.toUtf8();
}

QString tr(const char *text)
{
    return QCoreApplication::translate("kumo::DiagramRenderer", text);
}
} // namespace

const std::vector<FormatInfo> &formats()
{
    static const std::vector<FormatInfo> all = {
        {Format::Png, "png", QT_TRANSLATE_NOOP("kumo::DiagramRenderer", "PNG image"),
         QT_TRANSLATE_NOOP("kumo::DiagramRenderer", "PNG images (*.png)"), false},
        {Format::Svg, "svg", QT_TRANSLATE_NOOP("kumo::DiagramRenderer", "SVG drawing (text stays text)"),
         QT_TRANSLATE_NOOP("kumo::DiagramRenderer", "SVG drawings (*.svg)"), true},
        {Format::Pdf, "pdf", QT_TRANSLATE_NOOP("kumo::DiagramRenderer", "PDF document (vector)"),
         QT_TRANSLATE_NOOP("kumo::DiagramRenderer", "PDF documents (*.pdf)"), true},
    };
    return all;
}

QString FormatInfo::translatedLabel() const
{
    return QCoreApplication::translate("kumo::DiagramRenderer", label);
}

QString FormatInfo::translatedFilter() const
{
    return QCoreApplication::translate("kumo::DiagramRenderer", filter);
}

const FormatInfo &info(Format format)
{
    for (const FormatInfo &f : formats()) {
        if (f.format == format)
            return f;
    }
    return formats().front();
}

std::optional<Format> formatFromId(const QString &id)
{
    for (const FormatInfo &f : formats()) {
        if (id == QLatin1String(f.id))
            return f.format;
    }
    return std::nullopt;
}

Format formatForPath(const QString &path)
{
    return formatFromId(QFileInfo(path).suffix().toLower()).value_or(Format::Png);
}

bool render(const Design &source, Format format, const QString &path, const Options &options, QString *error)
{
    Design design = source;
    if (AutoLayout::needsLayout(design))
        AutoLayout::apply(design);
    if (!options.only.isEmpty())
        design = extractSubset(design, options.only);
    Document document;
    document.reset(std::move(design));
    DesignScene scene(&document);
    scene.clearSelection();
    scene.setBackgroundBrush(Qt::NoBrush);
    QRectF area = scene.itemsBoundingRect().adjusted(-kMargin, -kMargin, kMargin, kMargin);
    if (area.isEmpty())
        area = QRectF(0, 0, 200, 120);
    const QRectF target(QPointF(0, 0), area.size());

    auto fail = [&](const QString &message) {
        if (error)
            *error = message;
        return false;
    };
    switch (format) {
    case Format::Svg: {
        QSvgGenerator svg;
        svg.setSize(area.size().toSize());
        svg.setViewBox(target);
        // QSvgGenerator writes the title as it is given: escape it for XML here
        svg.setTitle((source.name.isEmpty() ? QStringLiteral("Kumo design") : source.name).toHtmlEscaped());
        svg.setDescription(tr("Exported from Kumo"));
        QBuffer buffer;
        buffer.open(QIODevice::WriteOnly);
        svg.setOutputDevice(&buffer);
        QPainter painter;
        if (!painter.begin(&svg))
            return fail(tr("cannot write %1").arg(path));
        painter.fillRect(target, Qt::white);
        scene.render(&painter, target, area);
        painter.end();
        QSaveFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(joinScriptRuns(buffer.data())) < 0 || !file.commit())
            return fail(tr("cannot write %1: %2").arg(path, file.errorString()));
        return true;
    }
    case Format::Png: {
        const double scale = std::clamp(options.scale, 1.0, 4.0);
        QImage image((area.size() * scale).toSize(), QImage::Format_ARGB32_Premultiplied);
        image.setDevicePixelRatio(1.0);
        image.fill(options.transparent ? Qt::transparent : Qt::white);
        QPainter painter(&image);
        painter.setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing | QPainter::SmoothPixmapTransform);
        scene.render(&painter, QRectF(QPointF(0, 0), area.size() * scale), area);
        painter.end();
        QSaveFile file(path);
        if (!file.open(QIODevice::WriteOnly) || !image.save(&file, "PNG") || !file.commit())
            return fail(tr("cannot write %1: %2").arg(path, file.errorString()));
        return true;
    }
    case Format::Pdf: {
        QPdfWriter pdf(path);
        pdf.setTitle(source.name.isEmpty() ? QStringLiteral("Kumo design") : source.name);
        pdf.setCreator(QStringLiteral("Kumo"));
        pdf.setResolution(72);
        pdf.setPageSize(QPageSize(area.size(), QPageSize::Point));
        pdf.setPageMargins(QMarginsF(0, 0, 0, 0));
        QPainter painter;
        if (!painter.begin(&pdf))
            return fail(tr("cannot write %1").arg(path));
        scene.render(&painter, target, area);
        painter.end();
        return true;
    }
    }
    return false;
}

} // namespace DiagramRenderer
} // namespace kumo
