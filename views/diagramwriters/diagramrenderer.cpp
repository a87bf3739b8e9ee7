#include "diagramrenderer.h"

#include "designscene.h"
#include "designsubset.h"
#include "diagram/drawiowriter.h"
#include "diagramwriter.h"
#include "document.h"
#include "diagram/diagramlayout.h"
#include "layout/autolayout.h"
#include "outputfile.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QBuffer>

namespace kumo {
namespace DiagramRenderer {

namespace {
constexpr double kMargin = 24;

QString tr(const char *text)
{
    return QCoreApplication::translate("kumo::DiagramRenderer", text);
}
} // namespace

const std::vector<FormatInfo> &formats()
{
    static const PngDiagramWriter png;
    static const SvgDiagramWriter svg;
    static const PdfDiagramWriter pdf;
    static const std::vector<FormatInfo> all = {
        {Format::Png, "png", QT_TRANSLATE_NOOP("kumo::DiagramRenderer", "PNG image"),
         QT_TRANSLATE_NOOP("kumo::DiagramRenderer", "PNG images (*.png)"), false, &png},
        {Format::Svg, "svg", QT_TRANSLATE_NOOP("kumo::DiagramRenderer", "SVG drawing (text stays text)"),
         QT_TRANSLATE_NOOP("kumo::DiagramRenderer", "SVG drawings (*.svg)"), true, &svg},
        {Format::Pdf, "pdf", QT_TRANSLATE_NOOP("kumo::DiagramRenderer", "PDF document (vector)"),
         QT_TRANSLATE_NOOP("kumo::DiagramRenderer", "PDF documents (*.pdf)"), true, &pdf},
        {Format::Drawio, "drawio", QT_TRANSLATE_NOOP("kumo::DiagramRenderer", "draw.io diagram (editable, AWS shapes)"),
         QT_TRANSLATE_NOOP("kumo::DiagramRenderer", "draw.io diagrams (*.drawio)"), true, nullptr},
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
    return render(source, format, path, options, error, {});
}

bool render(const Design &source, Format format, const QString &path, const Options &options, QString *error, const SceneDecoration &decorate)
{
    Design design = source;
    if (AutoLayout::needsLayout(design))
        Diagram::applyPlacement(design);
    if (!options.only.isEmpty())
        design = extractSubset(design, options.only);
    const QString title = source.name.isEmpty() ? QStringLiteral("Kumo design") : source.name;
    if (format == Format::Drawio) {
        QString failure;
        const DiagramLayout layout = Diagram::compute(design, options.view);
        if (!DrawioWriter::save(layout, design, title, path, &failure)) {
            if (error)
                *error = failure;
            return false;
        }
        return true;
    }
    Document document;
    document.reset(std::move(design));
    DesignScene scene(&document);
    scene.setView(options.view);
    scene.clearSelection();
    scene.setBackgroundBrush(Qt::NoBrush);
    if (decorate)
        decorate(scene);
    // paper has margins of its own
    const double margin = format == Format::Pdf && options.page != PageSize::Auto ? 0 : kMargin;
    QRectF area = scene.itemsBoundingRect().adjusted(-margin, -margin, margin, margin);
    if (area.isEmpty())
        area = QRectF(0, 0, 200, 120);
    const DiagramWriter::Page page{&scene, area, title};

    // drawn whole in memory first: a drawing that fails leaves nothing behind, and the file,
    // pipe or standard output gets it in one checked write
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    QString failure;
    if (!info(format).writer->write(page, options, &buffer, &failure)) {
        if (error)
            *error = tr("cannot write %1: %2").arg(OutputFile::displayName(path), failure);
        return false;
    }
    return OutputFile::write(path, buffer.data(), error);
}

} // namespace DiagramRenderer
} // namespace kumo
