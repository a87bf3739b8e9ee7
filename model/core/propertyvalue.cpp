#include "propertyvalue.h"

#include <QCoreApplication>

namespace kumo {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("kumo", text);
}

PropertyTypeError mismatch(const QString &path, const QString &expected, const nlohmann::json &found)
{
    return {path, tr("expected %1, found %2").arg(expected, jsonTypeName(found))};
}

PropertyTypeError checkStringList(const nlohmann::json &value, const QString &path, const QString &expected)
{
    if (!value.is_array())
        return mismatch(path, expected, value);
    for (size_t i = 0; i < value.size(); ++i) {
        if (!value[i].is_string())
            return mismatch(path + QStringLiteral("[%1]").arg(i), tr("a string"), value[i]);
    }
    return {};
}
} // namespace

QString jsonTypeName(const nlohmann::json &value)
{
    switch (value.type()) {
    case nlohmann::json::value_t::null: return tr("null");
    case nlohmann::json::value_t::boolean: return tr("a boolean");
    case nlohmann::json::value_t::number_integer:
    case nlohmann::json::value_t::number_unsigned: return tr("an integer");
    case nlohmann::json::value_t::number_float: return tr("a decimal number");
    case nlohmann::json::value_t::string: return tr("a string");
    case nlohmann::json::value_t::array: return tr("a list");
    case nlohmann::json::value_t::object: return tr("an object");
    default: return tr("an unsupported value");
    }
}

PropertyTypeError checkPropertyType(const PropertySpec &spec, const nlohmann::json &value, const QString &path)
{
    if (value.is_null())
        return {};
    switch (spec.type) {
    case PropertyType::String:
    case PropertyType::Choice:
    case PropertyType::Cidr:
    case PropertyType::Reference:
    case PropertyType::Image:
        return value.is_string() ? PropertyTypeError{} : mismatch(path, tr("a string"), value);
    case PropertyType::Integer:
        return value.is_number_integer() ? PropertyTypeError{} : mismatch(path, tr("an integer"), value);
    case PropertyType::Boolean:
        return value.is_boolean() ? PropertyTypeError{} : mismatch(path, tr("true or false"), value);
    case PropertyType::ReferenceList:
        return checkStringList(value, path, tr("a list of component ids"));
    case PropertyType::StringList:
        return checkStringList(value, path, tr("a list of strings"));
    case PropertyType::StringMap:
        if (!value.is_object())
            return mismatch(path, tr("an object of strings"), value);
        for (auto it = value.begin(); it != value.end(); ++it) {
            if (!it.value().is_string())
                return mismatch(path + QLatin1Char('.') + QString::fromStdString(it.key()), tr("a string"), it.value());
        }
        return {};
    case PropertyType::ObjectList:
        if (!value.is_array())
            return mismatch(path, tr("a list"), value);
        for (size_t i = 0; i < value.size(); ++i) {
            const QString itemPath = path + QStringLiteral("[%1]").arg(i);
            const nlohmann::json &item = value[i];
            if (!item.is_object())
                return mismatch(itemPath, tr("an object"), item);
            for (const PropertySpec &field : spec.fields) {
                const auto it = item.find(field.name.toStdString());
                if (it == item.end())
                    continue;
                PropertyTypeError error = checkPropertyType(field, *it, itemPath + QLatin1Char('.') + field.name);
                if (error.isError())
                    return error;
            }
        }
        return {};
    }
    return {};
}

} // namespace kumo
