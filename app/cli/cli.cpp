#include "cli.h"
#include "clicost.h"
#include "clisupport.h"
#include "cliexposure.h"
#include "clilessons.h"
#include "cliimport.h"
#include "clidiff.h"

#include "catalog.h"
#include "diagramrenderer.h"
#include "catalogjson.h"
#include "designfile.h"
#include "diagram/diagramlayout.h"
#include "diagram/layoutjson.h"
#include "findingsreport.h"
#include "language.h"
#include "outputfile.h"
#include "templates.h"
#include "terraformexporter.h"
#include "prerequisites.h"
#include "validator.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFileInfo>
#include <QRegularExpression>

#include <algorithm>
#include <optional>
#include <cstdio>
#include <vector>
#include <functional>
#include <map>

namespace kumo::cli {

namespace {

QString usage()
{
    return tr("Usage:\n"
              "  kumo [FILE]                                   open the editor\n"
              "  kumo validate FILE [--format text|json|sarif] [-o OUT]\n"
              "                                                print findings\n"
              "  kumo export terraform FILE -o DIR [--force]   write a Terraform configuration into DIR\n"
              "  kumo export svg FILE -o OUT.svg [--view deployment|logical] [--lang en|ja]\n"
              "                                                the whole diagram as SVG\n"
              "  kumo export png FILE -o OUT.png [--scale S] [--transparent] [--view deployment|logical] [--lang en|ja]\n"
              "                                                the whole diagram as PNG (S: 1 to 4, default 2)\n"
              "  kumo export pdf FILE -o OUT.pdf [--page auto|a4|letter] [--view deployment|logical] [--lang en|ja]\n"
              "                                                the whole diagram as a vector PDF (auto: one page its size;\n"
              "                                                a4, letter: fitted, or several overlapping pages when too large)\n"
              "  kumo export drawio FILE -o OUT.drawio [--view deployment|logical] [--lang en|ja]\n"
              "                                                an editable draw.io diagram with AWS shapes\n"
              "  kumo export layout FILE -o OUT.json [--view deployment|logical]\n"
              "                                                the laid-out diagram as data: boxes and routed arrows\n"
              "  kumo new --template NAME -o FILE [--force]    a new design from a bundled template\n"
              "  kumo templates                                list the bundled templates\n"
              "  kumo kinds [--format text|json]               the catalog of kinds and their properties\n"
              "  kumo exposure FILE [--to ID] [--port N] [--format text|json] [-o OUT]\n"
              "                                                what the internet can reach, and through which path\n"
              "  kumo import terraform INPUT... -o OUT.kumo [--force] [--report REPORT.json] [--name NAME]\n"
              "                                                a design from Terraform state or plan JSON\n"
              "  kumo cost FILE [--currency USD|JPY] [--rate JPY_PER_USD] [--format text|json|csv]\n"
              "            [--usage USAGE.json|preset:workshop] [--tax] [-o OUT]\n"
              "                                                monthly cost estimate from the bundled prices\n"
              "  kumo lessons [--format text|json]             the bundled and installed lessons\n"
              "  kumo lesson check LESSON DESIGN [--format text|json]\n"
              "                                                which steps of a lesson DESIGN has done\n"
              "  kumo lesson solution LESSON -o FILE [--step N] the reference solution (after step N)\n"
              "  kumo lesson validate LESSON_FILE              check a lesson file and its own solution\n"
              "  kumo lesson handout LESSON -o FILE.pdf [--lang en|ja]\n"
              "                                                a PDF: each step's instructions and diagram\n"
              "  kumo lesson report LESSON DESIGN...|FOLDER [--format text|csv|json|html] [-o FILE]\n"
              "                                                a class's progress: one row per design, per-step counts\n"
              "  kumo diff OLD NEW [--format text|json] [--ignore-geometry] [-o OUT.svg|png|pdf]\n"
              "                                                what changed, and what it does to cost, exposure and findings\n"
              "                                                (OLD, NEW: a file, - for standard input, or REV:PATH read with git show)\n"
              "  kumo diff DESIGN STATE|PLAN                   drift: a design against what Terraform deployed\n"
              "  kumo diff --textconv FILE                     one design as lines, for git's diff.kumo.textconv\n"
              "  kumo merge BASE OURS THEIRS -o OUT            three-way merge, a git merge driver\n"
              "  kumo --help | --version\n"
              "\n"
              "OUT, FILE or INPUT '-' is standard output or input. Outputs replace files atomically and\n"
              "write pipes and devices directly.\n"
              "\n"
              "Exit codes: 0 success; 1 the design has errors (validate, export), differences (diff) or conflicts (merge);\n"
              "2 unreadable input or wrong arguments.\n");
}





int validateCommand(const QStringList &arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption format(QStringLiteral("format"), tr("text, json or sarif"), QStringLiteral("FORMAT"));
    const QCommandLineOption output = outputOption(QStringLiteral("OUT"));
    parser.addOptions({format, output});
    if (!parse(parser, arguments, 2))
        return BadInput;
    bool ok = false;
    const QString fmt = formatOption(parser, format, {QStringLiteral("text"), QStringLiteral("json"), QStringLiteral("sarif")}, &ok);
    if (!ok)
        return BadInput;
    const QString path = parser.positionalArguments().at(1);
    QByteArray text; // SARIF results give the line of each finding's component
    const auto design = loadOrReport(path, &text);
    if (!design)
        return BadInput;
    const std::vector<Finding> findings = Validator::validate(*design);
    const QByteArray report = fmt == QLatin1String("json")    ? jsonBytes(FindingsReport::toJson(findings))
                              : fmt == QLatin1String("sarif") ? jsonBytes(FindingsReport::toSarif(findings, path, text))
                                                              : FindingsReport::toText(findings, path).toUtf8();
    if (!writeOutput(outputPath(parser, output), report))
        return BadInput;
    return Validator::count(findings).errors > 0 ? DesignHasErrors : Success;
}

int kindsCommand(const QStringList &arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption format(QStringLiteral("format"), tr("text or json"), QStringLiteral("FORMAT"));
    parser.addOption(format);
    if (!parse(parser, arguments, 1))
        return BadInput;
    bool ok = false;
    const QString fmt = formatOption(parser, format, {QStringLiteral("text"), QStringLiteral("json")}, &ok);
    if (!ok)
        return BadInput;
    const Catalog &catalog = Catalog::instance();
    if (fmt == QLatin1String("json")) {
        outJson(catalogToJson(catalog));
        return Success;
    }
    QString text;
    for (const KindSpec &k : catalog.kinds()) {
        QStringList where = k.parents;
        if (k.anyParent)
            where = {tr("any")};
        else if (k.topLevel)
            where.prepend(tr("top level"));
        text += QStringLiteral("%1  (%2; in: %3)\n").arg(k.id, kindGroupDisplayName(k.group), where.join(QStringLiteral(", ")));
        for (const PropertySpec &p : k.properties) {
            QString line = QStringLiteral("    %1: %2").arg(p.name, propertyTypeName(p.type));
            if (!p.choices.isEmpty())
                line += QStringLiteral(" {%1}").arg(p.choices.join(QStringLiteral(", ")));
            if (!p.targetKinds.isEmpty())
                line += QStringLiteral(" -> %1").arg(p.targetKinds.join(QStringLiteral(" | ")));
            if (p.required)
                line += tr(", required");
            else if (!p.defaultValue.is_null() && !p.defaultValue.empty())
                line += tr(", default %1").arg(QString::fromStdString(p.defaultValue.dump()));
            text += line + QLatin1Char('\n');
        }
    }
    out(text);
    return Success;
}

int templatesCommand(const QStringList &arguments)
{
    QCommandLineParser parser;
    if (!parse(parser, arguments, 1))
        return BadInput;
    for (const TemplateInfo &t : Templates::list())
        out(QStringLiteral("%1\t%2\n").arg(t.id, t.title));
    return Success;
}

int newCommand(const QStringList &arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption templ(QStringLiteral("template"), tr("template name"), QStringLiteral("NAME"));
    const QCommandLineOption output = outputOption();
    const QCommandLineOption force(QStringLiteral("force"), tr("overwrite an existing file"));
    parser.addOptions({templ, output, force});
    if (!parse(parser, arguments, 1))
        return BadInput;
    if (!parser.isSet(templ) || !parser.isSet(output))
        return usageError(tr("'new' needs --template NAME and -o FILE"));
    const QString path = parser.value(output);
    if (!mayReplace(path, parser.isSet(force)))
        return BadInput;
    DesignReadResult result = Templates::load(parser.value(templ));
    if (!result.ok()) {
        err(QStringLiteral("kumo: ") + result.error.message);
        return BadInput;
    }
    QString error;
    if (!DesignFile::save(*result.design, path, &error)) {
        err(error);
        return BadInput;
    }
    return Success;
}

/// Refuses (exit 1) a design with validation errors unless forced; prints the errors.
bool refuseErrors(const Design &design, const QString &path, bool force)
{
    std::vector<Finding> errors;
    for (const Finding &f : Validator::validate(design)) {
        if (f.severity == Severity::Error)
            errors.push_back(f);
    }
    if (errors.empty() || force)
        return false;
    for (const Finding &f : errors)
        err(QStringLiteral("%1: error %2 [%3]: %4").arg(path, f.rule, f.components.join(QStringLiteral(", ")), f.message));
    err(tr("%1: not exported: the design has %n error(s); fix them, or use --force to export anyway", nullptr, int(errors.size())).arg(path));
    return true;
}

int exportTerraform(const QStringList &arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption output({QStringLiteral("o"), QStringLiteral("output")}, tr("folder to write"), QStringLiteral("DIR"));
    const QCommandLineOption force(QStringLiteral("force"), tr("export even when the design has errors"));
    parser.addOptions({output, force});
    if (!parse(parser, arguments, 3))
        return BadInput;
    if (!parser.isSet(output))
        return usageError(tr("'export terraform' needs -o DIR"));
    if (OutputFile::isStandardOutput(parser.value(output)))
        return usageError(tr("'export terraform' writes a folder of files: -o - (standard output) is not possible"));
    const QString path = parser.positionalArguments().at(2);
    const auto design = loadOrReport(path);
    if (!design)
        return BadInput;
    if (refuseErrors(*design, path, parser.isSet(force)))
        return DesignHasErrors;
    QString error;
    QStringList written;
    if (!TerraformExporter::write(*design, parser.value(output), &error, &written)) {
        err(error);
        return BadInput;
    }
    out(tr("wrote %n file(s) to %1\n", nullptr, int(written.size())).arg(parser.value(output)));
    const QStringList prerequisites = TerraformExporter::prerequisites(*design);
    for (const QString &line : prerequisites) // at most four: zones, passwords, connections, images
        out(line + QLatin1Char('\n'));
    return Success;
}

/// The view asked for with --view (deployment when not given); prints why and returns nothing when wrong.
std::optional<DiagramView> viewOption(const QCommandLineParser &parser, const QCommandLineOption &option)
{
    if (!parser.isSet(option))
        return DiagramView::Deployment;
    const auto view = diagramViewFromId(parser.value(option));
    if (!view)
        usageError(tr("--view must be deployment or logical"));
    return view;
}

int exportDiagram(const QStringList &arguments, const QString &format)
{
    QCommandLineParser parser;
    const QCommandLineOption output = outputOption(QStringLiteral("OUT"));
    const QCommandLineOption scale(QStringLiteral("scale"), tr("PNG pixels per canvas unit, 1 to 4"), QStringLiteral("S"), QStringLiteral("2"));
    const QCommandLineOption transparent(QStringLiteral("transparent"), tr("PNG with a transparent background"));
    const QCommandLineOption lang(QStringLiteral("lang"), tr("language of kind names and subtitles: en or ja"), QStringLiteral("LANG"));
    const QCommandLineOption page(QStringLiteral("page"), tr("PDF paper: auto, a4 or letter"), QStringLiteral("PAGE"));
    const QCommandLineOption view(QStringLiteral("view"), tr("deployment (with task and standby cards) or logical"), QStringLiteral("VIEW"));
    parser.addOptions({output, scale, transparent, lang, page, view});
    if (!parse(parser, arguments, 3))
        return BadInput;
    if (!parser.isSet(output))
        return usageError(tr("'export %1' needs -o OUT").arg(format));
    const DiagramRenderer::Format kind = DiagramRenderer::formatFromId(format).value_or(DiagramRenderer::Format::Png);
    DiagramRenderer::Options options;
    bool ok = false;
    options.scale = parser.value(scale).toDouble(&ok);
    if (!ok || options.scale < 1 || options.scale > 4)
        return usageError(tr("--scale must be a number from 1 to 4"));
    options.transparent = parser.isSet(transparent);
    if (parser.isSet(page)) {
        if (kind != DiagramRenderer::Format::Pdf)
            return usageError(tr("--page applies to 'export pdf' only"));
        const QString paper = parser.value(page).toLower();
        if (paper == QLatin1String("a4"))
            options.page = DiagramRenderer::PageSize::A4;
        else if (paper == QLatin1String("letter"))
            options.page = DiagramRenderer::PageSize::Letter;
        else if (paper != QLatin1String("auto"))
            return usageError(tr("--page must be auto, a4 or letter"));
    }
    const auto chosenView = viewOption(parser, view);
    if (!chosenView)
        return BadInput;
    options.view = *chosenView;
    // the diagram speaks the editor's language (or the one asked for); messages stay English
    const QString language = parser.isSet(lang)                           ? parser.value(lang)
                             : qEnvironmentVariableIsSet("KUMO_LANGUAGE") ? qEnvironmentVariable("KUMO_LANGUAGE")
                                                                          : Language::preferred();
    if (!Language::available().contains(language))
        return usageError(tr("--lang must be one of: %1").arg(Language::available().join(QStringLiteral(", "))));
    Language::apply(language, false);
    if (!DiagramRenderer::info(kind).vector && !binaryOutputAllowed(parser.value(output), tr("a PNG image")))
        return BadInput;
    if (kind == DiagramRenderer::Format::Pdf && !binaryOutputAllowed(parser.value(output), tr("a PDF document")))
        return BadInput;
    const QString path = parser.positionalArguments().at(2);
    const auto design = loadOrReport(path);
    if (!design)
        return BadInput;
    QString error;
    if (!DiagramRenderer::render(*design, kind, parser.value(output), options, &error)) {
        err(error);
        return BadInput;
    }
    return Success;
}

int exportLayout(const QStringList &arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption output = outputOption(QStringLiteral("OUT"));
    const QCommandLineOption view(QStringLiteral("view"), tr("deployment or logical"), QStringLiteral("VIEW"));
    parser.addOptions({output, view});
    if (!parse(parser, arguments, 3))
        return BadInput;
    if (!parser.isSet(output))
        return usageError(tr("'export layout' needs -o OUT"));
    const auto chosenView = viewOption(parser, view);
    if (!chosenView)
        return BadInput;
    const QString path = parser.positionalArguments().at(2);
    const auto design = loadOrReport(path);
    if (!design)
        return BadInput;
    QString error;
    if (!LayoutJson::save(Diagram::compute(*design, *chosenView), *chosenView, parser.value(output), &error)) {
        err(error);
        return BadInput;
    }
    return Success;
}

int exportCommand(const QStringList &arguments)
{
    const QString format = arguments.value(2);
    QStringList formats = {QStringLiteral("terraform")};
    for (const DiagramRenderer::FormatInfo &f : DiagramRenderer::formats())
        formats << QString::fromLatin1(f.id);
    formats << QStringLiteral("layout");
    if (!formats.contains(format))
        return usageError(tr("'export' needs a format: %1").arg(formats.join(QStringLiteral(", "))));
    if (format == QLatin1String("terraform"))
        return exportTerraform(arguments);
    if (format == QLatin1String("layout"))
        return exportLayout(arguments);
    return exportDiagram(arguments, format);
}

using Handler = std::function<int(const QStringList &)>;

const std::map<QString, Handler> &subcommands()
{
    static const std::map<QString, Handler> table = {
        {QStringLiteral("validate"), validateCommand}, {QStringLiteral("kinds"), kindsCommand},
        {QStringLiteral("templates"), templatesCommand}, {QStringLiteral("new"), newCommand},
        {QStringLiteral("export"), exportCommand},
        {QStringLiteral("exposure"), exposureCommand},
        {QStringLiteral("lessons"), lessonsCommand}, {QStringLiteral("lesson"), lessonCommand},
        {QStringLiteral("import"), importCommand},
        {QStringLiteral("cost"), costCommand},
        {QStringLiteral("diff"), diffCommand}, {QStringLiteral("merge"), mergeCommand},
    };
    return table;
}

bool isHelpOrVersion(const QString &arg)
{
    return arg == QLatin1String("--help") || arg == QLatin1String("-h") || arg == QLatin1String("--version")
           || arg == QLatin1String("-v");
}

} // namespace

namespace {
/// A first argument that is meant as a command, not a file: a plain word that names no file.
bool looksLikeCommand(const QString &arg)
{
    static const QRegularExpression word(QStringLiteral("^[A-Za-z][A-Za-z-]*$"));
    return word.match(arg).hasMatch() && !QFileInfo::exists(arg);
}

int editDistance(const QString &a, const QString &b)
{
    std::vector<int> row(size_t(b.size()) + 1);
    for (int j = 0; j <= b.size(); ++j)
        row[size_t(j)] = j;
    for (int i = 1; i <= a.size(); ++i) {
        int diagonal = row[0];
        row[0] = i;
        for (int j = 1; j <= b.size(); ++j) {
            const int above = row[size_t(j)];
            row[size_t(j)] = std::min({row[size_t(j)] + 1, row[size_t(j - 1)] + 1, diagonal + (a[i - 1].toLower() == b[j - 1].toLower() ? 0 : 1)});
            diagonal = above;
        }
    }
    return row[size_t(b.size())];
}

/// The subcommand closest to a mistyped one, when one is close enough to be meant.
QString closestCommand(const QString &typed)
{
    QString best;
    int bestDistance = 3;
    for (const auto &[name, handler] : subcommands()) {
        const int d = name.startsWith(typed, Qt::CaseInsensitive) && typed.size() >= 3 ? 1 : editDistance(typed, name);
        if (d < bestDistance) {
            bestDistance = d;
            best = name;
        }
    }
    return best;
}
} // namespace

bool isHeadless(const QStringList &arguments)
{
    if (arguments.size() < 2)
        return false;
    const QString first = arguments.at(1);
    if (subcommands().contains(first) || first.startsWith(QLatin1Char('-')) || looksLikeCommand(first))
        return true;
    // the editor takes one file and nothing else: anything more is answered on the command line
    return arguments.size() > 2;
}

bool needsRendering(const QStringList &arguments)
{
    return (arguments.value(1) == QLatin1String("export") && arguments.value(2) != QLatin1String("terraform"))
           || lessonNeedsRendering(arguments) || diffNeedsRendering(arguments);
}

int run(const QStringList &arguments)
{
    const QString first = arguments.value(1);
    if (first == QLatin1String("--help") || first == QLatin1String("-h")) {
        out(usage());
        if (!standardOutputFailure().isEmpty()) {
            err(standardOutputFailure());
            return BadInput;
        }
        return Success;
    }
    if (first == QLatin1String("--version") || first == QLatin1String("-v")) {
        out(QStringLiteral("kumo %1\n").arg(QStringLiteral(KUMO_VERSION)));
        return Success;
    }
    const auto it = subcommands().find(first);
    if (it == subcommands().end() && looksLikeCommand(first)) {
        const QString guess = closestCommand(first);
        return usageError(guess.isEmpty() ? tr("unknown command '%1'").arg(first)
                                          : tr("unknown command '%1' (did you mean '%2'?)").arg(first, guess));
    }
    if (it == subcommands().end() && !first.startsWith(QLatin1Char('-')))
        return usageError(tr("the editor opens one file and takes no options: '%1' was not expected").arg(arguments.mid(2).join(QLatin1Char(' '))));
    if (it == subcommands().end() || isHelpOrVersion(first))
        return usageError(tr("unknown command or option '%1'").arg(first));
    const int code = it->second(arguments);
    // what went to standard output must have arrived there: a full disk or a closed pipe is a failure
    if (const QString failure = standardOutputFailure(); !failure.isEmpty()) {
        err(failure);
        return BadInput;
    }
    return code;
}

} // namespace kumo::cli
