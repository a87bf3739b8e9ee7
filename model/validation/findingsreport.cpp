#include "findingsreport.h"

#include "component.h"
#include "ruleregistry.h"
#include "validator.h"

#include <QCoreApplication>

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
} // namespace

nlohmann::ordered_json toSarif(const std::vector<Finding> &findings, const QString &fileName)
{
    using nlohmann::ordered_json;
    ordered_json rules = ordered_json::array();
    for (const Rule &rule : RuleRegistry::instance().rules()) {
        ordered_json r;
        r["id"] = toStd(rule.id);
        r["shortDescription"] = {{"text", toStd(rule.translatedTitle())}};
        r["fullDescription"] = {{"text", toStd(rule.translatedExplanation())}};
        r["defaultConfiguration"] = {{"level", sarifLevel(rule.severity)}};
        rules.push_back(r);
    }
    ordered_json results = ordered_json::array();
    for (const Finding &f : findings) {
        ordered_json result;
        result["ruleId"] = toStd(f.rule);
        result["level"] = sarifLevel(f.severity);
        result["message"] = {{"text", toStd(f.message)}};
        ordered_json location;
        location["physicalLocation"] = {{"artifactLocation", {{"uri", toStd(fileName)}}}};
        ordered_json logical = ordered_json::array();
        for (const QString &id : f.components)
            logical.push_back({{"name", toStd(id)}, {"kind", "object"}});
        location["logicalLocations"] = logical;
        result["locations"] = ordered_json::array({location});
        results.push_back(result);
    }
    ordered_json driver;
    driver["name"] = "kumo";
    driver["version"] = KUMO_VERSION;
    driver["rules"] = rules;
    ordered_json run;
    run["tool"] = {{"driver", driver}};
    run["results"] = results;
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
