#include "findingsreport.h"

#include "component.h"
#include "componentplaces.h"
#include "ruleregistry.h"
#include "validator.h"

#include <QCoreApplication>
#include <QDir>
#include <QUrl>

#include <algorithm>

namespace kumo {
namespace FindingsReport {

nlohmann::ordered_json toJson(const std::vector<Finding> &findings)
{
    nlohmann::ordered_json list = nlohmann::ordered_json::array();
    for (const Finding &f : findings) {
        nlohmann::ordered_json entry;
        entry["rule"] = toStd(f.rule);
        entry["severity"] = toStd(severityId(f.severity));
        nlohmann::ordered_json components = nlohmann::ordered_json::array();
        for (const QString &id : f.components)
            components.push_back(toStd(id));
        entry["components"] = components;
        entry["message"] = toStd(f.message);
        list.push_back(entry);
    }
    const Validator::Counts counts = Validator::count(findings);
    nlohmann::ordered_json root;
    root["findings"] = list;
    root["errors"] = counts.errors;
    root["warnings"] = counts.warnings;
    root["infos"] = counts.infos;
    return root;
}

namespace {
const char *sarifLevel(Severity severity)
{
    switch (severity) {
    case Severity::Error: return "error";
    case Severity::Warning: return "warning";
    case Severity::Info: return "note";
    }
    return "none";
}

/// The artifact's URI: a file: URI for an absolute path (code scanning makes it relative to the
/// checkout), else the path as a relative reference, percent-encoded.
std::string artifactUri(const QString &fileName)
{
    if (QDir::isAbsolutePath(fileName))
        return toStd(QUrl::fromLocalFile(fileName).toString(QUrl::FullyEncoded));
    return QUrl::toPercentEncoding(QDir::fromNativeSeparators(fileName), "/").toStdString();
}

/// "subnet.public-without-igw" -> "SubnetPublicWithoutIgw": SARIF's friendly rule name.
std::string ruleName(const QString &id)
{
    QString name;
    bool upper = true;
    for (const QChar c : id) {
        if (!c.isLetterOrNumber()) {
            upper = true;
            continue;
        }
        name += upper ? c.toUpper() : c;
        upper = false;
    }
    return toStd(name);
}

/// @p text with the characters Markdown would take for formatting escaped.
QString markdownEscaped(const QString &text)
{
    QString escaped;
    for (const QChar c : text) {
        if (QStringView(u"\\`*_[]<>|#").contains(c))
            escaped += QLatin1Char('\\');
        escaped += c;
    }
    return escaped;
}

} // namespace

nlohmann::ordered_json toSarif(const std::vector<Finding> &findings, const QString &fileName, const QByteArray &fileText)
{
    using nlohmann::ordered_json;
    ordered_json rules = ordered_json::array();
    for (const Rule &rule : RuleRegistry::instance().rules()) {
        const QString title = rule.translatedTitle();
        const QString explanation = rule.translatedExplanation();
        ordered_json r;
        r["id"] = toStd(rule.id);
        r["name"] = ruleName(rule.id);
        r["shortDescription"] = {{"text", toStd(title)}};
        r["fullDescription"] = {{"text", toStd(explanation)}};
        // no helpUri: the explanation is the help, and Kumo has no public page per rule
        r["help"] = {{"text", toStd(explanation)},
                     {"markdown", toStd(QStringLiteral("**%1**\n\n%2").arg(markdownEscaped(title), markdownEscaped(explanation)))}};
        r["defaultConfiguration"] = {{"level", sarifLevel(rule.severity)}};
        rules.push_back(r);
    }
    const QHash<QString, SourcePlace> places = componentPlaces(fileText);
    const std::string uri = artifactUri(fileName);
    ordered_json results = ordered_json::array();
    QHash<QString, int> fingerprintUses;
    for (const Finding &f : findings) {
        ordered_json result;
        result["ruleId"] = toStd(f.rule);
        result["level"] = sarifLevel(f.severity);
        result["message"] = {{"text", toStd(f.message)}};
        // where the first component is written; a finding about the design as a whole (no
        // component) points at the start of the file
        SourcePlace place{1, 1};
        if (!f.components.isEmpty())
            place = places.value(f.components.first(), place);
        ordered_json location;
        location["physicalLocation"] = {{"artifactLocation", {{"uri", uri}}},
                                        {"region", {{"startLine", place.line}, {"startColumn", place.column}}}};
        ordered_json logical = ordered_json::array();
        for (const QString &id : f.components)
            logical.push_back({{"name", toStd(id)}, {"kind", "object"}});
        location["logicalLocations"] = logical;
        result["locations"] = ordered_json::array({location});
        QStringList ids = f.components;
        std::sort(ids.begin(), ids.end());
        // two findings of one rule about the same components (a connection dangling at both ends)
        // are told apart by their order, which the validator keeps stable
        QString fingerprint = f.rule + QLatin1Char(':') + ids.join(QLatin1Char(','));
        if (const int uses = fingerprintUses[fingerprint]++; uses > 0)
            fingerprint += QLatin1Char('#') + QString::number(uses + 1);
        result["partialFingerprints"] = {{"kumoFinding/v1", toStd(fingerprint)}};
        results.push_back(result);
    }
    ordered_json driver;
    driver["name"] = "kumo";
    driver["version"] = KUMO_VERSION;
    driver["rules"] = rules;
    ordered_json run;
    run["tool"] = {{"driver", driver}};
    run["results"] = results;
    run["columnKind"] = "utf16CodeUnits";
    ordered_json root;
    root["$schema"] = "https://json.schemastore.org/sarif-2.1.0.json";
    root["version"] = "2.1.0";
    root["runs"] = ordered_json::array({run});
    return root;
}

QString toText(const std::vector<Finding> &findings, const QString &fileName)
{
    QString out;
    for (const Finding &f : findings) {
        out += QStringLiteral("%1: %2 %3 [%4]: %5\n")
                   .arg(fileName, severityId(f.severity), f.rule, f.components.join(QStringLiteral(", ")), f.message);
    }
    const Validator::Counts counts = Validator::count(findings);
    out += QCoreApplication::translate("kumo::FindingsReport", "%1: %n error(s)", nullptr, counts.errors).arg(fileName)
           + QCoreApplication::translate("kumo::FindingsReport", ", %n warning(s)", nullptr, counts.warnings)
           + QCoreApplication::translate("kumo::FindingsReport", ", %n hint(s)", nullptr, counts.infos) + QLatin1Char('\n');
    return out;
}

} // namespace FindingsReport
} // namespace kumo
