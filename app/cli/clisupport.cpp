#include "clisupport.h"

#include "designfile.h"
#include "inputfile.h"
#include "outputfile.h"

#include <QCoreApplication>

#include <cstdio>
#include <unistd.h>

namespace kumo::cli {

QString tr(const char *text, const char *disambiguation, int n)
{
    return QCoreApplication::translate("kumo::cli", text, disambiguation, n);
}

namespace {
QString &outputFailure()
{
    static QString failure;
    return failure;
}
} // namespace

void out(const QString &text)
{
    QString error;
    if (!OutputFile::write(QStringLiteral("-"), text.toUtf8(), &error) && outputFailure().isEmpty())
        outputFailure() = error;
}

QString standardOutputFailure()
{
    return outputFailure();
}

bool writeOutput(const QString &path, const QByteArray &bytes)
{
    QString error;
    if (OutputFile::write(path, bytes, &error))
        return true;
    err(error);
    return false;
}

QCommandLineOption outputOption(const QString &valueName)
{
    return QCommandLineOption({QStringLiteral("o"), QStringLiteral("output")}, tr("file to write ('-': standard output)"), valueName);
}

QString outputPath(const QCommandLineParser &parser, const QCommandLineOption &output)
{
    return parser.isSet(output) ? parser.value(output) : QStringLiteral("-");
}

bool mayReplace(const QString &path, bool force)
{
    if (force || !OutputFile::replacesFile(path))
        return true;
    err(tr("%1: the file exists already; use --force to overwrite it").arg(path));
    return false;
}

bool binaryOutputAllowed(const QString &path, const QString &what)
{
    if (!OutputFile::isStandardOutput(path) || !::isatty(STDOUT_FILENO))
        return true;
    err(tr("kumo: not writing %1 to a terminal; redirect standard output, or give -o FILE").arg(what));
    return false;
}

void err(const QString &text)
{
    const QByteArray bytes = (text.endsWith(QLatin1Char('\n')) ? text : text + QLatin1Char('\n')).toUtf8();
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stderr);
}

QByteArray jsonBytes(const nlohmann::ordered_json &json)
{
    return QByteArray::fromStdString(json.dump(2)) + '\n';
}

void outJson(const nlohmann::ordered_json &json)
{
    QString error;
    if (!OutputFile::write(QStringLiteral("-"), jsonBytes(json), &error) && outputFailure().isEmpty())
        outputFailure() = error;
}

int usageError(const QString &message)
{
    err(QStringLiteral("kumo: ") + message);
    err(tr("Run 'kumo --help' for usage."));
    return BadInput;
}

/// Parses the options of one subcommand; on failure prints why and returns false.
bool parse(QCommandLineParser &parser, const QStringList &arguments, int expectedPositionals)
{
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    if (!parser.parse(arguments)) {
        usageError(parser.errorText());
        return false;
    }
    if (parser.positionalArguments().size() != expectedPositionals) {
        usageError(tr("'%1' expects %n argument(s)", nullptr, expectedPositionals).arg(arguments.value(1)));
        return false;
    }
    return true;
}

std::optional<Design> loadOrReport(const QString &path, QByteArray *text)
{
    DesignReadResult result = DesignFile::load(path, text);
    if (!result.ok()) {
        err(result.error.toString(InputFile::displayName(path)));
        return std::nullopt;
    }
    return std::move(result.design);
}

QString formatOption(QCommandLineParser &parser, const QCommandLineOption &option, const QStringList &allowed, bool *ok)
{
    const QString value = parser.isSet(option) ? parser.value(option) : allowed.first();
    *ok = allowed.contains(value);
    if (!*ok)
        usageError(tr("unknown format '%1' (expected %2)").arg(value, allowed.join(QStringLiteral(", "))));
    return value;
}

} // namespace kumo::cli
