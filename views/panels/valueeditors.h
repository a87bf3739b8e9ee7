#pragma once

#include <QString>
#include <QWidget>

class QLabel;

#include <nlohmann/json.hpp>

#include <functional>

namespace kumo {

class Design;
struct PropertySpec;

/// Where an editor reports: a new value to keep, or a value refused with the reason.
struct ValueSink
{
    std::function<void(const nlohmann::json &)> changed;
    std::function<void(const QString &)> refused;
    /// The value as it is now in the design, read when an edit happens (so that an editor
    /// built earlier never acts on an old copy).
    std::function<nlohmann::json()> current;
    /// Optional: a new value with the part that changed ("0/from_port") and, for an added or
    /// removed entry, the undo text; used instead of @c changed when set.
    std::function<void(const nlohmann::json &, const QString &scope, const QString &undoText)> edited;

    void change(const nlohmann::json &value, const QString &scope, const QString &undoText = {}) const
    {
        if (edited)
            edited(value, scope, undoText);
        else
            changed(value);
    }
};

/// An editor for one value of the catalog's types: line edits for text, numbers (bounds checked)
/// and CIDRs (checked), a switch for booleans, pickers for choices and references (components of
/// the allowed kinds in @p design, other than @p ownerId), checklists for lists of references,
/// and cards for structured lists, one card per entry with the entry's own fields.
QWidget *createValueEditor(const PropertySpec &spec, const nlohmann::json &value, const Design &design, const QString &ownerId,
                           const ValueSink &sink, QWidget *parent);

/// The form label of a property or field: its readable name in the interface language (a star
/// when required) with the raw name from the file in small print below, and the description as
/// tooltip. @p path is the property name or "list.field".
QWidget *createPropertyLabel(const QString &kind, const QString &path, const PropertySpec &spec, QWidget *parent);

} // namespace kumo
