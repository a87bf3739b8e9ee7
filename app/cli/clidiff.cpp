#include "clidiff.h"
#include "clisupport.h"

#include "designfile.h"
#include "diffdrawing.h"
#include "diff/designdiff.h"
#include "diff/designmerge.h"
#include "diff/diffimpact.h"
#include "diff/diffreport.h"
#include "diff/drift.h"
#include "diff/gitrevisions.h"
#include "terraformimporter.h"

#include <QFile>
#include <QFileInfo>

#include <cstdio>

namespace kumo::cli {

namespace {

/// The bytes of one side: a file, standard input ("-"), or REV:PATH through `git show`.
std::optional<QByteArray> readSide(const QString &spec)
{
    if (spec == QLatin1String("-")) {
        QFile in;
        if (!in.open(stdin, QIODevice::ReadOnly)) {
            err(tr("-: standard input cannot be read"));
            return std::nullopt;
        }
        return in.readAll();
    }
    const qsizetype colon = spec.indexOf(QLatin1Char(':'));
    if (!QFileInfo::exists(spec) && colon > 0) {
        QString error;
        auto bytes = diff::GitRevisions::show(spec, QString(), &error);
        if (!bytes)
            err(tr("%1: git cannot show it: %2").arg(spec, error));
        return bytes;
    }
    QFile file(spec);
    if (!file.open(QIODevice::ReadOnly)) {
        err(tr("%1: cannot be read: %2").arg(spec, file.errorString()));
        return std::nullopt;
    }
    return file.readAll();
}

std::optional<Design> readDesign(const QString &spec, const QByteArray &bytes)
{
    DesignReadResult result = DesignJson::read(bytes);
    if (!result.ok()) {
        err(result.error.toString(spec));
        return std::nullopt;
    }
    return std::move(result.design);
}

std::optional<Design> loadSide(const QString &spec)
{
    const auto bytes = readSide(spec);
    if (!bytes)
        return std::nullopt;
    return readDesign(spec, *bytes);
}

/// Terraform's JSON has no "format" key; a design always has one.
bool looksLikeDesign(const QByteArray &bytes)
{
    const nlohmann::json root = nlohmann::json::parse(bytes.constData(), bytes.constData() + bytes.size(), nullptr, false);
    return !root.is_object() || root.contains("format");
}

int report(const diff::DesignDiff &difference, const diff::DiffImpact *impact, const diff::DiffSides &sides, const QString &format)
{
    if (format == QLatin1String("json"))
        outJson(diff::DiffReport::toJson(difference, impact));
    else
        out(diff::DiffReport::toText(difference, impact, sides));
    return difference.isEmpty() ? Success : DesignHasErrors;
}

/// Drift: the design against what Terraform deployed or is configured to deploy, read by the same
/// import as `kumo import terraform` (a state or plan as @p source's bytes, or a configuration folder).
int driftCommand(const Design &design, const QString &designSpec, const QString &deployedSpec, const tfimport::ImportSource &source, const QString &format)
{
    const tfimport::ImportResult imported = tfimport::TerraformImporter::import({source}, design.name);
    for (const QString &parseError : imported.report.parseErrors)
        err(parseError);
    if (!imported.ok()) {
        err(imported.errorText());
        return BadInput;
    }
    const diff::DesignDiff difference = diff::Drift::compare(design, *imported.design, imported.report);
    const Design aligned = diff::Drift::alignToDesign(diff::Drift::deployablePart(design), *imported.design, imported.report);
    return report(difference, nullptr, {designSpec, deployedSpec, &design, &aligned}, format);
}

int textconv(const QString &path)
{
    const auto design = loadSide(path);
    if (!design)
        return BadInput;
    out(diff::DiffReport::toListing(*design));
    return Success;
}

} // namespace

bool diffNeedsRendering(const QStringList &arguments)
{
    return arguments.value(1) == QLatin1String("diff")
           && (arguments.contains(QStringLiteral("-o")) || arguments.contains(QStringLiteral("--output"))
               || std::any_of(arguments.begin(), arguments.end(), [](const QString &a) { return a.startsWith(QLatin1String("--output=")); }));
}

int diffCommand(const QStringList &arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption format(QStringLiteral("format"), tr("text or json"), QStringLiteral("FORMAT"));
    const QCommandLineOption ignoreGeometry(QStringLiteral("ignore-geometry"), tr("leave out changes of place and size on the canvas"));
    const QCommandLineOption output({QStringLiteral("o"), QStringLiteral("output")}, tr("draw the differences into OUT.svg, .png or .pdf"),
                                    QStringLiteral("OUT"));
    const QCommandLineOption conv(QStringLiteral("textconv"), tr("print one design as lines for git diff"));
    parser.addOptions({format, ignoreGeometry, output, conv});
    if (!parse(parser, arguments, arguments.contains(QStringLiteral("--textconv")) ? 2 : 3))
        return BadInput;
    if (parser.isSet(conv))
        return textconv(parser.positionalArguments().at(1));
    bool ok = false;
    const QString fmt = formatOption(parser, format, {QStringLiteral("text"), QStringLiteral("json")}, &ok);
    if (!ok)
        return BadInput;
    const QString oldSpec = parser.positionalArguments().at(1);
    const QString newSpec = parser.positionalArguments().at(2);
    if (oldSpec == QLatin1String("-") && newSpec == QLatin1String("-"))
        return usageError(tr("standard input ('-') can be read only once"));
    const auto before = loadSide(oldSpec);
    if (!before)
        return BadInput;
    const bool configuration = QFileInfo(newSpec).isDir();
    const auto newBytes = configuration ? std::optional<QByteArray>(QByteArray()) : readSide(newSpec);
    if (!newBytes)
        return BadInput;
    if (configuration || !looksLikeDesign(*newBytes)) {
        if (parser.isSet(output))
            return usageError(tr("-o draws the difference of two designs, not drift"));
        return driftCommand(*before, oldSpec, newSpec, {newSpec, *newBytes, configuration}, fmt);
    }
    const auto after = readDesign(newSpec, *newBytes);
    if (!after)
        return BadInput;
    diff::DiffOptions options;
    options.ignoreGeometry = parser.isSet(ignoreGeometry);
    const diff::DesignDiff difference = diff::compare(*before, *after, options);
    if (parser.isSet(output)) {
        const QString path = parser.value(output);
        const QString suffix = QFileInfo(path).suffix().toLower();
        if (suffix != QLatin1String("svg") && suffix != QLatin1String("png") && suffix != QLatin1String("pdf"))
            return usageError(tr("-o must name an .svg, .png or .pdf file"));
        QString error;
        if (!DiffDrawing::render(*before, *after, difference, path, &error)) {
            err(error);
            return BadInput;
        }
        return difference.isEmpty() ? Success : DesignHasErrors;
    }
    const diff::DiffImpact impact = diff::assessImpact(*before, *after);
    return report(difference, &impact, {oldSpec, newSpec, &*before, &*after}, fmt);
}

int mergeCommand(const QStringList &arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption output({QStringLiteral("o"), QStringLiteral("output")}, tr("the merged design to write"), QStringLiteral("OUT"));
    parser.addOption(output);
    if (!parse(parser, arguments, 4))
        return BadInput;
    if (!parser.isSet(output))
        return usageError(tr("'merge' needs -o OUT"));
    std::vector<Design> sides;
    for (int i = 1; i <= 3; ++i) {
        auto design = loadSide(parser.positionalArguments().at(i));
        if (!design)
            return BadInput;
        sides.push_back(std::move(*design));
    }
    const diff::MergeResult result = diff::merge(sides[0], sides[1], sides[2]);
    const QString outPath = parser.value(output);
    QString error;
    if (!DesignFile::save(result.merged, outPath, &error)) {
        err(error);
        return BadInput;
    }
    for (const diff::MergeConflict &c : result.conflicts) {
        const QString where = c.component.isEmpty() ? tr("the design") : tr("component '%1'").arg(c.component);
        err(tr("%1: conflict in %2%3: ours %4, theirs %5 (base %6); ours kept")
                .arg(outPath, where, c.path.isEmpty() ? QString() : QStringLiteral(", ") + c.path,
                     QString::fromStdString(c.ours.dump()), QString::fromStdString(c.theirs.dump()), QString::fromStdString(c.base.dump())));
    }
    if (!result.clean()) {
        err(tr("%1: %n conflict(s) recorded; open it in Kumo to resolve them", nullptr, int(result.conflicts.size())).arg(outPath));
        return DesignHasErrors;
    }
    return Success;
}

} // namespace kumo::cli
