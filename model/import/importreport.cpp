#include "importreport.h"

#include <QCoreApplication>

#include <algorithm>

namespace kumo::tfimport {

QString tr(const char *text, int n)
{
    return QCoreApplication::translate("kumo::tfimport", text, nullptr, n);
}

QString outcomeName(Outcome outcome)
{
    switch (outcome) {
    case Outcome::Mapped: return QStringLiteral("mapped");
    case Outcome::Folded: return QStringLiteral("folded");
    case Outcome::Skipped: return QStringLiteral("skipped");
    }
    return {};
}

int ImportReport::count(Outcome outcome) const
{
    return int(std::count_if(entries.begin(), entries.end(), [outcome](const Entry &e) { return e.outcome == outcome; }));
}

std::map<QString, int> ImportReport::byType(Outcome outcome) const
{
    std::map<QString, int> counts;
    for (const Entry &e : entries) {
        if (e.outcome == outcome)
            ++counts[e.type];
    }
    return counts;
}

std::vector<std::pair<QString, int>> ImportReport::missingKinds() const
{
    std::map<QString, int> counts;
    for (const Entry &e : entries) {
        if (e.outcome == Outcome::Skipped && e.withoutKind)
            ++counts[e.type];
    }
    std::vector<std::pair<QString, int>> list(counts.begin(), counts.end());
    std::stable_sort(list.begin(), list.end(), [](const auto &a, const auto &b) { return a.second > b.second; });
    return list;
}

nlohmann::ordered_json ImportReport::toJson() const
{
    nlohmann::ordered_json j;
    j["inputs"] = nlohmann::ordered_json::array();
    for (const QString &i : inputs)
        j["inputs"].push_back(i.toStdString());
    j["resources"] = entries.size();
    j["components"] = components;
    for (Outcome o : {Outcome::Mapped, Outcome::Folded, Outcome::Skipped}) {
        nlohmann::ordered_json counts = nlohmann::ordered_json::object();
        for (const auto &[type, n] : byType(o))
            counts[type.toStdString()] = n;
        nlohmann::ordered_json group;
        group["count"] = count(o);
        group["by_type"] = std::move(counts);
        j[outcomeName(o).toStdString()] = std::move(group);
    }
    nlohmann::ordered_json list = nlohmann::ordered_json::array();
    for (const Entry &e : entries) {
        nlohmann::ordered_json item;
        item["input"] = e.input.toStdString();
        item["address"] = e.address.toStdString();
        item["type"] = e.type.toStdString();
        item["outcome"] = outcomeName(e.outcome).toStdString();
        item[e.outcome == Outcome::Mapped ? "component" : e.outcome == Outcome::Folded ? "into" : "reason"] = e.detail.toStdString();
        list.push_back(std::move(item));
    }
    j["entries"] = std::move(list);
    nlohmann::ordered_json missing = nlohmann::ordered_json::array();
    for (const auto &[type, n] : missingKinds())
        missing.push_back({{"type", type.toStdString()}, {"count", n}});
    j["missing_kinds"] = std::move(missing);
    j["assumptions"] = nlohmann::ordered_json::array();
    for (const QString &a : assumptions)
        j["assumptions"].push_back(a.toStdString());
    j["secrets_not_copied"] = nlohmann::ordered_json::array();
    for (const SecretNotCopied &s : secrets)
        j["secrets_not_copied"].push_back({{"input", s.input.toStdString()}, {"address", s.address.toStdString()}, {"attribute", s.attribute.toStdString()}});
    if (configurations) {
        auto strings = [](const QStringList &list) {
            nlohmann::ordered_json a = nlohmann::ordered_json::array();
            for (const QString &s : list)
                a.push_back(s.toStdString());
            return a;
        };
        j["parse_errors"] = strings(parseErrors);
        j["unknown_variables"] = strings(unknownVariables);
        j["evaluation_notes"] = strings(evaluationNotes);
        j["modules_understood"] = nlohmann::ordered_json::array();
        for (const Module &m : modulesUnderstood)
            j["modules_understood"].push_back({{"source", m.source.toStdString()}, {"version", m.detail.toStdString()}});
        j["modules_unread"] = nlohmann::ordered_json::array();
        for (const Module &m : modulesUnread)
            j["modules_unread"].push_back({{"source", m.source.toStdString()}, {"reason", m.detail.toStdString()}});
    }
    return j;
}

QString ImportReport::toText() const
{
    QString text = tfimport::tr("%1 resource instances read: ").arg(entries.size());
    text += tfimport::tr("%1 mapped to components, %2 folded into them, %3 skipped; the design has %4 components\n")
                .arg(count(Outcome::Mapped))
                .arg(count(Outcome::Folded))
                .arg(count(Outcome::Skipped))
                .arg(components);
    for (Outcome o : {Outcome::Mapped, Outcome::Folded, Outcome::Skipped}) {
        const auto counts = byType(o);
        if (counts.empty())
            continue;
        QStringList parts;
        for (const auto &[type, n] : counts)
            parts << QStringLiteral("%1 %2").arg(n).arg(type);
        text += QStringLiteral("  %1: %2\n").arg(outcomeName(o), parts.join(QStringLiteral(", ")));
    }
    int listed = 0;
    const int skipped = count(Outcome::Skipped);
    for (const Entry &e : entries) {
        if (e.outcome != Outcome::Skipped)
            continue;
        if (++listed > 40) {
            text += tfimport::tr("  ... and %1 more skipped (the report file lists them all)\n").arg(skipped - 40);
            break;
        }
        text += tfimport::tr("  skipped %1 (%2): %3\n").arg(e.address, e.type, e.detail);
    }
    const auto missing = missingKinds();
    if (!missing.empty()) {
        QStringList parts;
        for (size_t i = 0; i < missing.size() && i < 5; ++i)
            parts << QStringLiteral("%1 (%2)").arg(missing[i].first).arg(missing[i].second);
        text += tfimport::tr("  most frequent types without a kind: %1\n").arg(parts.join(QStringLiteral(", ")));
    }
    for (const QString &a : assumptions)
        text += tfimport::tr("  assumed: %1\n").arg(a);
    for (const SecretNotCopied &s : secrets)
        text += tfimport::tr("  not copied (secret): %1 %2\n").arg(s.address, s.attribute);
    for (const Module &m : modulesUnderstood)
        text += tfimport::tr("  module %1: understood from its inputs, version %2 assumed\n").arg(m.source, m.detail);
    for (const Module &m : modulesUnread)
        text += tfimport::tr("  module %1 not read: %2\n").arg(m.source, m.detail);
    for (const QString &v : unknownVariables)
        text += tfimport::tr("  no value for %1: it is unknown\n").arg(v);
    return text;
}

} // namespace kumo::tfimport
