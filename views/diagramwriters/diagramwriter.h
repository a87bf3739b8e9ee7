#pragma once

#include "diagramrenderer.h"

#include <QRectF>
#include <QString>

#include <functional>

class QGraphicsScene;
class QIODevice;

namespace kumo {

class DesignScene;

namespace DiagramRenderer {
/// Adds items to the canvas before it is drawn (the visual diff's overlay).
using SceneDecoration = std::function<void(DesignScene &scene)>;
/// render() with a decoration; the drawn area grows to hold what it adds.
bool render(const Design &design, Format format, const QString &path, const Options &options, QString *error,
            const SceneDecoration &decorate);
} // namespace DiagramRenderer

/// Writes a part of the canvas as one file format; one class per format. DiagramRenderer builds
/// the canvas and chooses the writer from its table of formats.
class DiagramWriter
{
public:
    /// What to draw: the part @p area of @p scene, with a title for the file's metadata.
    struct Page
    {
        QGraphicsScene *scene = nullptr;
        QRectF area;
        QString title;
    };

    virtual ~DiagramWriter() = default;
    /// Writes the page to @p device; returns false and fills @p error when it cannot.
    virtual bool write(const Page &page, const DiagramRenderer::Options &options, QIODevice *device, QString *error) const = 0;
};

/// SVG: text stays text (one `<text>` element per name), strings escaped.
class SvgDiagramWriter : public DiagramWriter
{
public:
    bool write(const Page &page, const DiagramRenderer::Options &options, QIODevice *device, QString *error) const override;
};

/// PNG at a scale, optionally on a transparent background.
class PngDiagramWriter : public DiagramWriter
{
public:
    bool write(const Page &page, const DiagramRenderer::Options &options, QIODevice *device, QString *error) const override;
};

/// PDF: vector, fonts embedded; one page the size of the drawing, or A4/Letter pages (see
/// DiagramRenderer::PageSize): one when the drawing fits at minimumPdfScale or more, otherwise
/// overlapping pages with crop and overlap marks and a "row, column" label each.
class PdfDiagramWriter : public DiagramWriter
{
public:
    bool write(const Page &page, const DiagramRenderer::Options &options, QIODevice *device, QString *error) const override;
};

} // namespace kumo
