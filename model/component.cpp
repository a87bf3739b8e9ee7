#include "component.h"

#include "catalog.h"

namespace kumo {

const KindSpec *Component::kindSpec() const
{
    return Catalog::instance().kind(kind);
}

nlohmann::json Component::prop(const QString &key) const
{
    const std::string k = toStd(key);
    const auto it = props.find(k);
    if (it != props.end() && !it->is_null())
        return *it;
    if (const KindSpec *spec = kindSpec()) {
        if (const PropertySpec *p = spec->property(key)) {
            if (p->defaultsToName)
                return toStd(displayName());
            return p->defaultValue;
        }
    }
    return nullptr;
}

QString Component::stringProp(const QString &key) const
{
    return toQString(prop(key));
}

qint64 Component::intProp(const QString &key, qint64 fallback) const
{
    const nlohmann::json v = prop(key);
    return v.is_number_integer() ? v.get<qint64>() : fallback;
}

bool Component::boolProp(const QString &key) const
{
    const nlohmann::json v = prop(key);
    return v.is_boolean() && v.get<bool>();
}

QStringList Component::refsProp(const QString &key) const
{
    const nlohmann::json v = prop(key);
    QStringList ids;
    if (v.is_string()) {
        if (!v.get<std::string>().empty())
            ids << toQString(v);
    } else if (v.is_array()) {
        for (const auto &item : v) {
            if (item.is_string() && !item.get<std::string>().empty())
                ids << toQString(item);
        }
    }
    return ids;
}

} // namespace kumo
