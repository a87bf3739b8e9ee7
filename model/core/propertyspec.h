#pragma once

#include <QString>
#include <QStringList>

#include <nlohmann/json.hpp>

#include <vector>

namespace kumo {

/// The type of a property value as stored in a design file.
enum class PropertyType {
    String,        ///< free text
    Integer,       ///< a whole number, optionally bounded
    Boolean,
    Choice,        ///< one string of a fixed list
    Cidr,          ///< an IPv4 CIDR string
    Reference,     ///< the id of another component (of the target kinds)
    ReferenceList, ///< ids of other components
    StringList,
    StringMap,     ///< an object of string values (environment variables)
    ObjectList,    ///< a list of structured entries described by fields
    Image,         ///< a container image URI, or an ecr_repository id with an optional ":tag"
};

/// Stable name of a property type, as printed by `kumo kinds`.
QString propertyTypeName(PropertyType type);

/// One property of a kind, or one field of a structured list entry.
struct PropertySpec
{
    QString name;
    PropertyType type = PropertyType::String;
    /// Source text of a one-line description (translate with the "kumo::Catalog" context).
    const char *description = "";
    nlohmann::json defaultValue; ///< null when the property has no default
    bool required = false;
    /// The default is the component's display name (ECS task definition family).
    bool defaultsToName = false;
    QStringList choices;     ///< allowed values of a Choice
    QStringList targetKinds; ///< kinds a Reference / ReferenceList / Image may point to
    std::vector<PropertySpec> fields; ///< entry fields of an ObjectList
    std::optional<qint64> minimum;
    std::optional<qint64> maximum;

    bool isReference() const
    {
        return type == PropertyType::Reference || type == PropertyType::ReferenceList;
    }
    const PropertySpec *field(const QString &fieldName) const;
    QString translatedDescription() const;

    // Builder helpers, so that catalog entries read like a table.
    PropertySpec &markRequired() { required = true; return *this; }
    PropertySpec &range(qint64 lo, qint64 hi) { minimum = lo; maximum = hi; return *this; }
};

namespace spec {
PropertySpec text(const char *name, const char *description, nlohmann::json def = nullptr);
PropertySpec integer(const char *name, const char *description, nlohmann::json def = nullptr);
PropertySpec boolean(const char *name, const char *description, bool def);
PropertySpec choice(const char *name, const char *description, std::initializer_list<const char *> values,
                    nlohmann::json def = nullptr);
PropertySpec cidr(const char *name, const char *description);
PropertySpec ref(const char *name, const char *description, std::initializer_list<const char *> kinds);
PropertySpec refs(const char *name, const char *description, std::initializer_list<const char *> kinds);
PropertySpec strings(const char *name, const char *description);
PropertySpec stringMap(const char *name, const char *description);
PropertySpec objects(const char *name, const char *description, std::vector<PropertySpec> fields,
                     nlohmann::json def = nullptr);
PropertySpec image(const char *name, const char *description);
} // namespace spec

} // namespace kumo
