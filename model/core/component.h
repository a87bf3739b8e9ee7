#pragma once

#include <QRectF>
#include <QString>
#include <QStringList>

#include <nlohmann/json.hpp>

#include <optional>
#include <string_view>

namespace kumo {

struct KindSpec;
struct PropertySpec;

/// One box on the diagram: a region, a subnet, an instance, a note...
struct Component
{
    QString id;     ///< unique in the design, [A-Za-z0-9_.-]{1,64}
    QString kind;   ///< a kind of the catalog
    QString name;   ///< free text; empty means "show the id"
    QString parent; ///< id of the containing component; empty at the top level
    nlohmann::json props = nlohmann::json::object(); ///< as written; absent keys take their defaults
    std::optional<QRectF> geometry;                  ///< relative to the parent
    nlohmann::json extra = nlohmann::json::object(); ///< unknown keys, kept for round trips

    QString displayName() const { return name.isEmpty() ? id : name; }
    const KindSpec *kindSpec() const;

    /// The stored value of @p key, or the catalog default (null when neither exists, and for
    /// defaults computed from the name: use stringProp() for those).
    const nlohmann::json &prop(std::string_view key) const;
    const nlohmann::json &prop(const char *key) const { return prop(std::string_view(key)); }
    const nlohmann::json &prop(const QString &key) const { return prop(std::string_view(key.toStdString())); }
    /// A string property; a default that follows the name (ECS family) gives the display name.
    QString stringProp(std::string_view key) const;
    QString stringProp(const char *key) const { return stringProp(std::string_view(key)); }
    QString stringProp(const QString &key) const { return stringProp(std::string_view(key.toStdString())); }
    qint64 intProp(std::string_view key, qint64 fallback = 0) const;
    bool boolProp(std::string_view key) const;
    /// The ids held by a ref or ref[] property (empty entries skipped).
    QStringList refsProp(std::string_view key) const;
    QStringList refsProp(const char *key) const { return refsProp(std::string_view(key)); }
    QStringList refsProp(const QString &key) const { return refsProp(std::string_view(key.toStdString())); }
    bool hasProp(std::string_view key) const { return props.contains(key); }
    bool hasProp(const char *key) const { return props.contains(key); }
    bool hasProp(const QString &key) const { return props.contains(key.toStdString()); }

    friend bool operator==(const Component &, const Component &) = default;
};

/// An annotation arrow between two components.
struct Connection
{
    QString id;
    QString from;
    QString to;
    QString label;
    nlohmann::json extra = nlohmann::json::object();

    friend bool operator==(const Connection &, const Connection &) = default;
};

/// Conversions at the nlohmann boundary (UTF-8 both ways).
inline QString toQString(const std::string &s) { return QString::fromStdString(s); }
inline QString toQString(const nlohmann::json &j) { return j.is_string() ? QString::fromStdString(j.get<std::string>()) : QString(); }
inline std::string toStd(const QString &s) { return s.toStdString(); }

} // namespace kumo
