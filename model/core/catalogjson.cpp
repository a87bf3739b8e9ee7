#include "catalogjson.h"

#include "catalog.h"
#include "component.h"

namespace kumo {

namespace {
nlohmann::ordered_json stringsToJson(const QStringList &list)
{
    nlohmann::ordered_json out = nlohmann::ordered_json::array();
    for (const QString &s : list)
        out.push_back(toStd(s));
    return out;
}

nlohmann::ordered_json propertyToJson(const PropertySpec &p)
{
    nlohmann::ordered_json out;
    out["name"] = toStd(p.name);
    out["type"] = toStd(propertyTypeName(p.type));
    out["required"] = p.required;
    if (p.defaultsToName)
        out["default_from"] = "name";
    else
        out["default"] = p.defaultValue;
    if (!p.choices.isEmpty())
        out["values"] = stringsToJson(p.choices);
    if (!p.targetKinds.isEmpty())
        out["targets"] = stringsToJson(p.targetKinds);
    if (p.minimum)
        out["minimum"] = *p.minimum;
    if (p.maximum)
        out["maximum"] = *p.maximum;
    if (!p.fields.empty()) {
        nlohmann::ordered_json fields = nlohmann::ordered_json::array();
        for (const PropertySpec &f : p.fields)
            fields.push_back(propertyToJson(f));
        out["fields"] = fields;
    }
    out["description"] = p.description;
    return out;
}
} // namespace

nlohmann::ordered_json catalogToJson(const Catalog &catalog)
{
    nlohmann::ordered_json kinds = nlohmann::ordered_json::array();
    for (const KindSpec &k : catalog.kinds()) {
        nlohmann::ordered_json entry;
        entry["kind"] = toStd(k.id);
        entry["label"] = k.label;
        entry["group"] = toStd(kindGroupId(k.group));
        entry["parents"] = k.anyParent ? nlohmann::ordered_json::array({"*"}) : stringsToJson(k.parents);
        entry["top_level"] = k.topLevel;
        entry["container"] = catalog.isContainer(k.id);
        nlohmann::ordered_json props = nlohmann::ordered_json::array();
        for (const PropertySpec &p : k.properties)
            props.push_back(propertyToJson(p));
        entry["properties"] = props;
        entry["summary"] = k.summary;
        kinds.push_back(entry);
    }
    nlohmann::ordered_json root;
    root["kinds"] = kinds;
    return root;
}

} // namespace kumo
