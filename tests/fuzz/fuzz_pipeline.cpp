// What `kumo validate` and every export do with a file, on whatever loads: validation, automatic
// layout, Terraform and the SVG diagram.
#include "autolayout.h"
#include "designjson.h"
#include "diagramrenderer.h"
#include "fuzzcheck.h"
#include "terraformexporter.h"
#include "validator.h"

#include <QApplication>
#include <QTemporaryDir>

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
    const auto files = TerraformExporter::generate(design);
    fuzz::check(!files.empty(), "Terraform has files");
    QString error;
    fuzz::check(DiagramRenderer::render(design, DiagramRenderer::Format::Svg, outputs->filePath(QStringLiteral("d.svg")), {}, &error),
                "the diagram is written");
    return 0;
}
