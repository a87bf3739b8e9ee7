// The configuration import (`kumo import terraform DIR`) on any bytes: the HCL parser either reads
// the text or names a place inside it, and the folder it is written to (as main.tf, or main.tf.json
// when it starts with '{', next to a small local module it may call) imports into a design or is
// refused naming the folder, never a crash or a hang; an imported design saves and loads again.
#include "designjson.h"
#include "designlimits.h"
#include "fuzzcheck.h"
#include "hclparser.h"
#include "terraformimporter.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>

#include <algorithm>

using namespace kumo;

namespace {

/// The folder every input is written to, with a module at ./modules/net the input may call.
const QTemporaryDir &workFolder()
{
    static QTemporaryDir dir;
    static const bool prepared = [] {
        QDir().mkpath(dir.filePath(QStringLiteral("modules/net")));
        QFile module(dir.filePath(QStringLiteral("modules/net/main.tf")));
        if (!module.open(QIODevice::WriteOnly))
            return false;
        module.write(R"(variable "cidr" { default = "10.0.0.0/16" }
variable "zones" { default = ["us-east-1a", "us-east-1b"] }
resource "aws_vpc" "this" { cidr_block = var.cidr }
resource "aws_subnet" "s" {
  count             = length(var.zones)
  vpc_id            = aws_vpc.this.id
  cidr_block        = cidrsubnet(var.cidr, 8, count.index)
  availability_zone = var.zones[count.index]
}
output "vpc_id" { value = aws_vpc.this.id }
output "subnet_ids" { value = aws_subnet.s[*].id }
)");
        return true;
    }();
    fuzz::check(dir.isValid() && prepared, "the work folder exists");
    return dir;
}

void checkParser(const QByteArray &text)
{
    hclread::Body body;
    hclread::ParseError error;
    if (hclread::Parser::parseFile(std::string_view(text.constData(), size_t(text.size())), &body, &error))
        return;
    const int lines = int(std::count(text.begin(), text.end(), '\n')) + 1;
    fuzz::check(!error.message.empty(), "a parse error says why");
    fuzz::check(error.place.line >= 1 && error.place.line <= lines && error.place.column >= 1, "a parse error's place lies in the text");
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const unsigned char *data, size_t size)
{
    const QByteArray text = fuzz::bytes(data, size);
    checkParser(text);

    const QTemporaryDir &dir = workFolder();
    const bool isJson = text.startsWith('{');
    QFile::remove(dir.filePath(QStringLiteral("main.tf")));
    QFile::remove(dir.filePath(QStringLiteral("main.tf.json")));
    QFile file(dir.filePath(isJson ? QStringLiteral("main.tf.json") : QStringLiteral("main.tf")));
    fuzz::check(file.open(QIODevice::WriteOnly) && file.write(text) == text.size(), "the input is written");
    file.close();

    const std::vector<tfimport::ImportSource> sources = {{dir.path(), {}, true}};
    const tfimport::ImportResult result = tfimport::TerraformImporter::import(sources, QStringLiteral("fuzz"));
    for (const QString &e : result.report.parseErrors)
        fuzz::check(e.startsWith(dir.path() + QLatin1Char('/')) || e.startsWith(QStringLiteral("--var")), "a parse error names its file");
    if (!result.ok()) {
        fuzz::check(!result.errorMessage.isEmpty() && result.errorText().startsWith(dir.path()), "a refusal names the folder and says why");
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
