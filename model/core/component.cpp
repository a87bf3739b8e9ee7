#include "component.h"

#include "catalog.h"
#include "propertyreads.h"

namespace kumo {

const KindSpec *Component::kindSpec() const
{
    return Catalog::instance().kind(kind);
}

const nlohmann::json &Component::prop(std::string_view key) const
{
    static const nlohmann::json null;
    PropertyReads::note(*this, key);
    const auto it = props.find(key);
    if (it != props.end() && !it->is_null())
        return *it;
    if (const KindSpec *spec = kindSpec()) {
        for (const PropertySpec &p : spec->properties) {
            if (p.name == QLatin1StringView(key.data(), qsizetype(key.size())))
                return p.defaultValue;
        }
    }
    return null;
}

QString Component::stringProp(std::string_view key) const
{
    const nlohmann::json &v = prop(key);
    if (v.is_string())
        return toQString(v);
    if (v.is_null()) {
        const KindSpec *spec = kindSpec();
        const PropertySpec *p = spec ? spec->property(QString::fromLatin1(key.data(), qsizetype(key.size()))) : nullptr;
        if (p && p->defaultsToName)
            return displayName();
    }
    return {};
}

qint64 Component::intProp(std::string_view key, qint64 fallback) const
{
    const nlohmann::json &v = prop(key);
    return v.is_number_integer() ? v.get<qint64>() : fallback;
}

bool Component::boolProp(std::string_view key) const
{
    const nlohmann::json &v = prop(key);
    return v.is_boolean() && v.get<bool>();
}

QStringList Component::refsProp(std::string_view key) const
{
    const nlohmann::json &v = prop(key);
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
