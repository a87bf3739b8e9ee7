#include "propertyspec.h"

#include <QCoreApplication>

namespace kumo {

QString propertyTypeName(PropertyType type)
{
    switch (type) {
    case PropertyType::String: return QStringLiteral("string");
    case PropertyType::Integer: return QStringLiteral("integer");
    case PropertyType::Boolean: return QStringLiteral("boolean");
    case PropertyType::Choice: return QStringLiteral("choice");
    case PropertyType::Cidr: return QStringLiteral("cidr");
    case PropertyType::Reference: return QStringLiteral("ref");
    case PropertyType::ReferenceList: return QStringLiteral("ref[]");
    case PropertyType::StringList: return QStringLiteral("string[]");
    case PropertyType::StringMap: return QStringLiteral("map");
    case PropertyType::ObjectList: return QStringLiteral("object[]");
    case PropertyType::Image: return QStringLiteral("image");
    }
    return {};
}

const PropertySpec *PropertySpec::field(const QString &fieldName) const
{
    for (const PropertySpec &f : fields) {
        if (f.name == fieldName)
            return &f;
    }
    return nullptr;
}

QString PropertySpec::translatedDescription() const
{
    return QCoreApplication::translate("kumo::Catalog", description);
}

namespace spec {
namespace {
PropertySpec make(const char *name, PropertyType type, const char *description, nlohmann::json def)
{
    PropertySpec p;
    p.name = QString::fromLatin1(name);
    p.type = type;
    p.description = description;
    p.defaultValue = std::move(def);
    return p;
}

QStringList toList(std::initializer_list<const char *> values)
{
    QStringList list;
    for (const char *v : values)
        list << QString::fromLatin1(v);
    return list;
}
} // namespace

PropertySpec text(const char *name, const char *description, nlohmann::json def)
{
    return make(name, PropertyType::String, description, std::move(def));
}

PropertySpec integer(const char *name, const char *description, nlohmann::json def)
{
    return make(name, PropertyType::Integer, description, std::move(def));
}

PropertySpec boolean(const char *name, const char *description, bool def)
{
    return make(name, PropertyType::Boolean, description, def);
}

PropertySpec choice(const char *name, const char *description, std::initializer_list<const char *> values,
                    nlohmann::json def)
{
    PropertySpec p = make(name, PropertyType::Choice, description, std::move(def));
    p.choices = toList(values);
    return p;
}

PropertySpec cidr(const char *name, const char *description)
{
    return make(name, PropertyType::Cidr, description, nullptr);
}

PropertySpec ref(const char *name, const char *description, std::initializer_list<const char *> kinds)
{
    PropertySpec p = make(name, PropertyType::Reference, description, nullptr);
    p.targetKinds = toList(kinds);
    return p;
}

PropertySpec refs(const char *name, const char *description, std::initializer_list<const char *> kinds)
{
    PropertySpec p = make(name, PropertyType::ReferenceList, description, nlohmann::json::array());
    p.targetKinds = toList(kinds);
    return p;
}

PropertySpec strings(const char *name, const char *description)
{
    return make(name, PropertyType::StringList, description, nlohmann::json::array());
}

PropertySpec stringMap(const char *name, const char *description)
{
    return make(name, PropertyType::StringMap, description, nlohmann::json::object());
}

PropertySpec objects(const char *name, const char *description, std::vector<PropertySpec> fields,
                     nlohmann::json def)
{
    PropertySpec p = make(name, PropertyType::ObjectList, description,
                          def.is_null() ? nlohmann::json::array() : std::move(def));
    p.fields = std::move(fields);
    return p;
}

PropertySpec image(const char *name, const char *description)
{
    PropertySpec p = make(name, PropertyType::Image, description, nullptr);
    p.targetKinds = toList({"ecr_repository"});
    return p;
}
} // namespace spec

} // namespace kumo
