#include "cliimport.h"
#include "clisupport.h"

#include "designfile.h"
#include "inputfile.h"
#include "outputfile.h"
#include "terraformimporter.h"

#include <QFileInfo>

namespace kumo::cli {


int importCommand(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    const QCommandLineOption output = outputOption(QStringLiteral("OUT"));
    const QCommandLineOption force(QStringLiteral("force"), tr("overwrite an existing file"));
    const QCommandLineOption report(QStringLiteral("report"), tr("also write the report as JSON"), QStringLiteral("REPORT"));
    const QCommandLineOption name(QStringLiteral("name"), tr("name of the design"), QStringLiteral("NAME"));
    const QCommandLineOption varFile(QStringLiteral("var-file"), tr("variable values for configuration folders (repeatable)"), QStringLiteral("FILE"));
    const QCommandLineOption var(QStringLiteral("var"), tr("a variable value NAME=VALUE for configuration folders (repeatable)"), QStringLiteral("NAME=VALUE"));
    parser.addOptions({output, force, report, name, varFile, var});
    if (!parser.parse(arguments))
        return usageError(parser.errorText());
    const QStringList positionals = parser.positionalArguments();
    if (positionals.value(1) != QLatin1String("terraform"))
        return usageError(tr("'import' needs a source: terraform"));
    const QStringList inputs = positionals.mid(2);
    if (inputs.isEmpty() || !parser.isSet(output))
        return usageError(tr("'import terraform' needs at least one INPUT and -o OUT.kumo"));
    if (inputs.count(QStringLiteral("-")) > 1)
        return usageError(tr("standard input ('-') can be read only once"));
    const QString outPath = parser.value(output);
    if (!mayReplace(outPath, parser.isSet(force)))
        return BadInput;

    tfimport::ConfigurationValues values;
    values.varFiles = parser.values(varFile);
    for (const QString &assignment : parser.values(var)) {
        const qsizetype eq = assignment.indexOf(QLatin1Char('='));
        if (eq <= 0)
            return usageError(tr("--var needs NAME=VALUE, found '%1'").arg(assignment));
        values.vars.append({assignment.left(eq), assignment.mid(eq + 1)});
    }
    for (const QString &file : values.varFiles) {
        if (!QFileInfo(file).isFile()) {
            err(tr("%1: the variable file cannot be read").arg(file));
            return BadInput;
        }
    }

    std::vector<tfimport::ImportSource> sources;
    for (const QString &path : inputs) {
        if (path != QLatin1String("-") && QFileInfo(path).isDir()) {
            sources.push_back({path, {}, true});
            continue;
        }
        QString error;
        const auto bytes = InputFile::read(path, InputLimits::terraformJsonBytes, &error);
        if (!bytes) {
            err(error);
            return BadInput;
        }
        sources.push_back({path, *bytes});
    }
    const QString designName = parser.isSet(name) ? parser.value(name)
                                                  : tr("Imported from %1").arg(inputs.first() == QLatin1String("-") ? tr("standard input")
                                                                                                                     : QFileInfo(inputs.first()).fileName());
    const tfimport::ImportResult result = tfimport::TerraformImporter::import(sources, designName, values);
    for (const QString &parseError : result.report.parseErrors)
        err(parseError);
    if (!result.ok()) {
        err(result.errorText());
        return BadInput;
    }
    QString error;
    if (!DesignFile::save(*result.design, outPath, &error)) {
        err(error);
        return BadInput;
    }
    if (parser.isSet(report) && !writeOutput(parser.value(report), jsonBytes(result.report.toJson())))
        return BadInput;
    err(result.report.toText() + tr("wrote %1").arg(OutputFile::displayName(outPath)));
    return Success;
}

} // namespace kumo::cli
