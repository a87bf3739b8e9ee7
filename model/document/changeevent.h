#pragma once

#include <QMetaType>
#include <QString>
#include <QStringList>

namespace kumo {

/// What changed in a Document; views re-sync the named components.
struct ChangeEvent
{
    enum class Type {
        Reset,              ///< the whole design was replaced
        ComponentsAdded,
        ComponentsRemoved,
        PropertyChanged,    ///< `property` names the prop key
        NameChanged,
        GeometryChanged,
        ParentChanged,
        ConnectionsAdded,
        ConnectionsRemoved,
        DesignRenamed,
        UsageChanged,       ///< a cost usage quantity of the design (`property` names it)
    };
    Type type = Type::Reset;
    QStringList ids;  ///< components (or connections) concerned
    QString property; ///< for PropertyChanged
};

} // namespace kumo

Q_DECLARE_METATYPE(kumo::ChangeEvent)
