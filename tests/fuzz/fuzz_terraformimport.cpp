// The Terraform import (state and plan JSON, `kumo import terraform`) on any bytes: a design or a
// refusal naming the input, never a crash; an imported design saves, and what it saves loads
// again (an import never writes a file Kumo cannot open).
#include "designjson.h"
#include "designlimits.h"
#include "fuzzcheck.h"
#include "terraformimporter.h"

using namespace kumo;

extern "C" int LLVMFuzzerTestOneInput(const unsigned char *data, size_t size)
{
    const std::vector<tfimport::ImportSource> sources = {{QStringLiteral("fuzz.tfstate"), fuzz::bytes(data, size)}};
    const tfimport::ImportResult result = tfimport::TerraformImporter::import(sources, QStringLiteral("fuzz"));
    if (!result.ok()) {
        fuzz::check(!result.errorMessage.isEmpty() && result.errorText().startsWith(QStringLiteral("fuzz.tfstate")), "a refusal names the input and says why");
        return 0;
    }
    const QByteArray saved = DesignJson::write(*result.design);
    if (saved.size() > DesignLimits::maximumFileBytes || DesignLimits::scan(saved))
        return 0; // DesignFile::save refuses it with a message
    const DesignReadResult again = DesignJson::read(saved);
    if (!again.ok())
        std::fprintf(stderr, "%s\n", qPrintable(again.error.toString(QStringLiteral("imported.kumo"))));
    fuzz::check(again.ok(), "an imported design loads again");
    return 0;
}
