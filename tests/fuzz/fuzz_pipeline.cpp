// What `kumo validate` and every export do with a file, on whatever loads: validation, automatic
// layout, Terraform and the SVG diagram.
#include "diagram/diagramlayout.h"
#include "autolayout.h"
#include "designjson.h"
#include "diagramrenderer.h"
#include "fuzzcheck.h"
#include "terraformexporter.h"
#include "validator.h"

#include <QApplication>
#include <QTemporaryDir>

#include <cstdio>

using namespace kumo;

namespace {
QTemporaryDir *outputs = nullptr;
}

extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    // the diagram is drawn by graphics items: an application on no display
    qputenv("QT_QPA_PLATFORM", "offscreen");
    static QApplication app(*argc, *argv);
    outputs = new QTemporaryDir;
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const unsigned char *data, size_t size)
{
    const DesignReadResult result = DesignJson::read(fuzz::bytes(data, size));
    if (!result.ok())
        return 0;
    const Design &design = *result.design;
    (void)Validator::validate(design);
    (void)AutoLayout::compute(design);
    // every arrow gets a route of horizontal and vertical segments starting and ending on its boxes
    const DiagramLayout layout = Diagram::compute(design, DiagramView::Deployment);
    for (const DiagramArrow &arrow : layout.arrows) {
        fuzz::check(arrow.points.size() >= 2, "an arrow has a route");
        for (size_t k = 0; k + 1 < arrow.points.size(); ++k) {
            // the segment that breaks the promise, exactly
            if (arrow.points[k].x() != arrow.points[k + 1].x() && arrow.points[k].y() != arrow.points[k + 1].y())
                fprintf(stderr, "%s -> %s: (%.17g, %.17g) (%.17g, %.17g)\n", qPrintable(arrow.from), qPrintable(arrow.to), arrow.points[k].x(),
                        arrow.points[k].y(), arrow.points[k + 1].x(), arrow.points[k + 1].y());
            fuzz::check(arrow.points[k].x() == arrow.points[k + 1].x() || arrow.points[k].y() == arrow.points[k + 1].y(),
                        "routes are orthogonal");
        }
    }
    const auto files = TerraformExporter::generate(design);
    fuzz::check(!files.empty(), "Terraform has files");
    QString error;
    fuzz::check(DiagramRenderer::render(design, DiagramRenderer::Format::Svg, outputs->filePath(QStringLiteral("d.svg")), {}, &error),
                "the diagram is written");
    return 0;
}
