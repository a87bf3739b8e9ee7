#include "importers.h"

#include <QCoreApplication>
#include <QHash>

namespace kumo::tfimport {

using json = nlohmann::json;

namespace {

struct Tables
{
    ImportTable rules;
    std::vector<Finisher> finishers;
    QHash<QString, qsizetype> byType;
};

const Tables &tables()
{
    static const Tables t = [] {
        Tables t;
        addNetworkImporters(t.rules, t.finishers);
        addComputeImporters(t.rules, t.finishers);
        addContainerImporters(t.rules, t.finishers);
        addLoadBalancingImporters(t.rules, t.finishers);
        addDataImporters(t.rules, t.finishers);
        addDeliveryImporters(t.rules, t.finishers);
        addIdentityImporters(t.rules, t.finishers);
        addPipelineImporters(t.rules, t.finishers);
        for (qsizetype i = 0; i < qsizetype(t.rules.size()); ++i)
            t.byType.insert(t.rules[size_t(i)].type, i);
        return t;
    }();
    return t;
}

} // namespace

const ImportTable &importTable()
{
    return tables().rules;
}

const std::vector<Finisher> &importFinishers()
{
    return tables().finishers;
}

const ImportRule *importRule(const QString &type)
{
    const auto it = tables().byType.constFind(type);
    return it == tables().byType.constEnd() ? nullptr : &tables().rules[size_t(*it)];
}

ImportRule maps(const QString &type, const QString &kind, const QStringList &nameKeys, ApplyFunction apply, TriageFunction triage,
                const QString &note)
{
    ImportRule r;
    r.type = type;
    r.role = Role::Maps;
    r.kind = kind;
    r.note = note;
    r.nameKeys = nameKeys;
    r.apply = std::move(apply);
    r.triage = std::move(triage);
    return r;
}

ImportRule folds(const QString &type, const QString &kind, const QString &note, int phase, ApplyFunction apply, const QStringList &nameKeys,
                 const QString &standsFor)
{
    ImportRule r;
    r.type = type;
    r.role = Role::Folds;
    r.kind = kind;
    r.note = note;
    r.phase = phase;
    r.apply = std::move(apply);
    r.nameKeys = nameKeys;
    r.standsFor = standsFor;
    return r;
}

ImportRule skips(const QString &type, const QString &kind, const QString &note, const QStringList &nameKeys)
{
    ImportRule r;
    r.type = type;
    r.role = Role::Skips;
    r.kind = kind;
    r.note = note;
    r.nameKeys = nameKeys;
    return r;
}

namespace attr {

QString str(const json &attributes, const char *key)
{
    if (!attributes.is_object())
        return {};
    const auto it = attributes.find(key);
    return it != attributes.end() && it->is_string() ? QString::fromStdString(it->get<std::string>()) : QString();
}

std::optional<qint64> integer(const json &attributes, const char *key)
{
    if (!attributes.is_object())
        return std::nullopt;
    const auto it = attributes.find(key);
    if (it == attributes.end())
        return std::nullopt;
    if (it->is_number_integer())
        return it->get<qint64>();
    if (it->is_number_float())
        return qint64(it->get<double>());
    if (it->is_string()) { // ECS cpu and memory are strings
        bool ok = false;
        const qint64 v = QString::fromStdString(it->get<std::string>()).toLongLong(&ok);
        if (ok)
            return v;
    }
    return std::nullopt;
}

std::optional<bool> boolean(const json &attributes, const char *key)
{
    if (!attributes.is_object())
        return std::nullopt;
    const auto it = attributes.find(key);
    return it != attributes.end() && it->is_boolean() ? std::optional<bool>(it->get<bool>()) : std::nullopt;
}

QStringList strings(const json &attributes, const char *key)
{
    QStringList out;
    if (!attributes.is_object())
        return out;
    const auto it = attributes.find(key);
    if (it == attributes.end() || !it->is_array())
        return out;
    for (const json &v : *it) {
        if (v.is_string())
            out << QString::fromStdString(v.get<std::string>());
    }
    return out;
}

const json &blocks(const json &attributes, const char *key)
{
    static const json empty = json::array();
    if (!attributes.is_object())
        return empty;
    const auto it = attributes.find(key);
    return it != attributes.end() && it->is_array() ? *it : empty;
}

const json &block(const json &attributes, const char *key)
{
    static const json empty = json::object();
    if (!attributes.is_object())
        return empty;
    const auto it = attributes.find(key);
    if (it == attributes.end())
        return empty;
    if (it->is_object())
        return *it;
    if (it->is_array() && !it->empty() && (*it)[0].is_object())
        return (*it)[0];
    return empty;
}

QString nameTag(const json &attributes)
{
    for (const char *key : {"tags", "tags_all"}) {
        const QString name = str(block(attributes, key), "Name");
        if (!name.isEmpty())
            return name;
    }
    return {};
}

} // namespace attr

void setString(Component &c, const char *prop, const QString &value)
{
    if (!value.isEmpty())
        c.props[prop] = value.toStdString();
}

void setRefs(Component &c, const char *prop, const QStringList &ids)
{
    if (ids.isEmpty())
        return;
    json list = json::array();
    for (const QString &id : ids)
        list.push_back(id.toStdString());
    c.props[prop] = std::move(list);
}

void placeIn(ImportContext &ctx, Component &c, const QString &parentId, const QString &missing)
{
    if (parentId.isEmpty())
        ctx.cannotPlace(c, missing);
    else
        c.parent = parentId;
}

void addUniqueRule(Component &c, const char *prop, json rule)
{
    json &list = c.props[prop];
    if (!list.is_array())
        list = json::array();
    for (json &existing : list) {
        json a = existing;
        json b = rule;
        a.erase("description");
        b.erase("description");
        if (a == b) {
            if (!existing.contains("description") && rule.contains("description"))
                existing["description"] = rule["description"];
            return;
        }
    }
    list.push_back(std::move(rule));
}

} // namespace kumo::tfimport
