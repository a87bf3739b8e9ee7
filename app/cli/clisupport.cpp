#include "clisupport.h"

#include "designfile.h"

#include <QCoreApplication>

#include <cstdio>

namespace kumo::cli {

QString tr(const char *text, const char *disambiguation, int n)
{
    return QCoreApplication::translate("kumo::cli", text, disambiguation, n);
}

void out(const QString &text)
{
    const QByteArray bytes = text.toUtf8();
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stdout);
    std::fflush(stdout);
}

void err(const QString &text)
{
    const QByteArray bytes = (text.endsWith(QLatin1Char('\n')) ? text : text + QLatin1Char('\n')).toUtf8();
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stderr);
}

void outJson(const nlohmann::ordered_json &json)
{
    out(QString::fromStdString(json.dump(2)) + QLatin1Char('\n'));
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
        err(result.error.toString(path));
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
