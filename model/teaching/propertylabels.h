#pragma once

#include <QString>

#include <optional>

namespace kumo {

/// The label people read for a property or a field of a structured list, in the interface
/// language ("Inbound rules" / "インバウンドルール" for `ingress`, "From port" / "開始ポート" for
/// `ingress.from_port`). @p path is the property name, or "list.field" for a field.
QString propertyLabel(const QString &kind, const QString &path);
/// The label when the catalog's label table has one (every property of the catalog does).
std::optional<QString> knownPropertyLabel(const QString &kind, const QString &path);
/// Words for a raw value of @p property ("All traffic" for protocol "-1"); the value itself
/// when it needs none.
QString valueLabel(const QString &property, const QString &value);

} // namespace kumo
