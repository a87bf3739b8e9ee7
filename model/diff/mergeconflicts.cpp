#include "designmerge.h"

#include "catalog.h"
#include "designjson.h"

#include <QCoreApplication>

namespace kumo::diff {

using nlohmann::json;

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("kumo::diff", text);
}

QString jsonString(const json &object, const char *key)
{
    const auto it = object.find(key);
    return it != object.end() && it->is_string() ? toQString(*it) : QString();
}

/// Reads one component or connection as written in a design file, through the design reader.
std::optional<Design> readFragment(const char *list, const json &value, QString *error)
{
    const json document{{"format", DesignJson::formatTag}, {"version", DesignJson::currentVersion}, {list, json::array({value})}};
    DesignReadResult read = DesignJson::read(QByteArray::fromStdString(document.dump()));
    if (!read.ok() && error)
        *error = read.error.message;
    return read.design;
}

} // namespace

json conflictToJson(const MergeConflict &c)
{
    return json{{"component", toStd(c.component)}, {"path", toStd(c.path)}, {"base", c.base}, {"ours", c.ours}, {"theirs", c.theirs}};
}

std::optional<MergeConflict> conflictFromJson(const json &j)
{
    if (!j.is_object() || !j.contains("component") || !j["component"].is_string() || !j.contains("path") || !j["path"].is_string())
        return std::nullopt;
    return MergeConflict{jsonString(j, "component"), jsonString(j, "path"), j.value("base", json()), j.value("ours", json()),
                         j.value("theirs", json())};
}

std::vector<MergeConflict> recordedConflicts(const Design &design)
{
    std::vector<MergeConflict> list;
    const auto it = design.extra.find(conflictsKey);
    if (it == design.extra.end() || !it->is_array())
        return list;
    for (const json &entry : *it) {
        if (auto c = conflictFromJson(entry))
            list.push_back(std::move(*c));
    }
    return list;
}

void recordConflicts(Design &design, const std::vector<MergeConflict> &conflicts)
{
    if (conflicts.empty()) {
        design.extra.erase(conflictsKey);
        return;
    }
    json list = json::array();
    for (const MergeConflict &c : conflicts)
        list.push_back(conflictToJson(c));
    design.extra[conflictsKey] = std::move(list);
}

bool resolveConflict(Design &design, const MergeConflict &conflict, Side side, QString *error)
{
    const json &value = side == Side::Base ? conflict.base : side == Side::Ours ? conflict.ours : conflict.theirs;
    const QString &id = conflict.component;
    Design result = design;
    if (conflict.path == QLatin1String("connection")) {
        result.takeConnection(id);
        if (!value.is_null()) {
            const auto fragment = readFragment("connections", value, error);
            if (!fragment || fragment->connections().size() != 1)
                return false;
            result.insertConnection(fragment->connections().begin()->second);
        }
    } else if (id.isEmpty() && conflict.path == QLatin1String("name")) {
        result.name = toQString(value);
    } else if (conflict.path.isEmpty()) {
        if (value.is_null()) {
            const QStringList gone = result.subtree(id);
            for (auto it = gone.crbegin(); it != gone.crend(); ++it)
                result.take(*it);
        } else {
            const auto fragment = readFragment("components", value, error);
            if (!fragment || fragment->componentCount() != 1)
                return false;
            Component replacement = *fragment->components().front();
            if (!replacement.parent.isEmpty() && (replacement.parent == id || result.isAncestor(id, replacement.parent))) {
                if (error)
                    *error = tr("'%1' cannot be put inside its own contents").arg(id);
                return false;
            }
            result.take(id);
            result.insert(std::move(replacement));
        }
    } else {
        Component *c = result.mutableComponent(id);
        if (!c) {
            if (error)
                *error = tr("the component '%1' is no longer in the design").arg(id);
            return false;
        }
        if (conflict.path == QLatin1String("parent")) {
            if (!result.setParent(id, toQString(value))) {
                if (error)
                    *error = tr("'%1' cannot be moved into '%2'").arg(id, toQString(value));
                return false;
            }
        } else if (conflict.path == QLatin1String("name")) {
            c->name = toQString(value);
        } else if (conflict.path == QLatin1String("kind")) {
            if (!Catalog::instance().kind(toQString(value))) {
                if (error)
                    *error = tr("unknown kind '%1'").arg(toQString(value));
                return false;
            }
            c->kind = toQString(value);
        } else if (conflict.path.startsWith(QLatin1String("props."))) {
            const std::string key = toStd(conflict.path.mid(6));
            if (value.is_null())
                c->props.erase(key);
            else
                c->props[key] = value;
        } else {
            const std::string key = toStd(conflict.path);
            if (value.is_null())
                c->extra.erase(key);
            else
                c->extra[key] = value;
        }
    }
    std::vector<MergeConflict> left = recordedConflicts(result);
    const auto it = std::find(left.begin(), left.end(), conflict);
    if (it != left.end())
        left.erase(it);
    recordConflicts(result, left);
    design = std::move(result);
    return true;
}

} // namespace kumo::diff
