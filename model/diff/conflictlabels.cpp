#include "conflictlabels.h"

#include "designdiff.h"
#include "diffreport.h"

#include <QCoreApplication>

namespace kumo::diff::ConflictLabels {

using nlohmann::json;

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("kumo::diff::ConflictLabels", text);
}

QString nameOf(const Design &design, const QString &id)
{
    const Component *c = design.component(id);
    return c ? c->displayName() : id;
}

const json &sideValue(const MergeConflict &conflict, Side side)
{
    return side == Side::Base ? conflict.base : side == Side::Ours ? conflict.ours : conflict.theirs;
}

QString kindOf(const Design &design, const MergeConflict &conflict)
{
    if (const Component *c = design.component(conflict.component))
        return c->kind;
    for (const json *v : {&conflict.ours, &conflict.theirs, &conflict.base}) {
        if (v->is_object() && v->contains("kind") && (*v)["kind"].is_string())
            return toQString((*v)["kind"]);
    }
    return {};
}

} // namespace

QString subject(const Design &design, const MergeConflict &conflict)
{
    if (conflict.path == QLatin1String("connection")) {
        for (const json *v : {&conflict.ours, &conflict.theirs, &conflict.base}) {
            if (v->is_object() && (*v).value("from", json()).is_string() && (*v).value("to", json()).is_string())
                return tr("the arrow %1 → %2").arg(nameOf(design, toQString((*v)["from"])), nameOf(design, toQString((*v)["to"])));
        }
        return tr("the arrow %1").arg(conflict.component);
    }
    if (conflict.component.isEmpty())
        return tr("the design");
    if (design.contains(conflict.component))
        return nameOf(design, conflict.component);
    // a component that is not in the design now: its name on a side that has it
    for (const json *v : {&conflict.theirs, &conflict.base}) {
        if (v->is_object() && v->contains("name") && (*v)["name"].is_string())
            return toQString((*v)["name"]);
    }
    return conflict.component;
}

QString what(const Design &design, const MergeConflict &conflict)
{
    if (conflict.path.isEmpty())
        return tr("The whole component");
    if (conflict.path == QLatin1String("connection"))
        return tr("The arrow");
    if (conflict.path == QLatin1String("parent"))
        return tr("Container");
    return DiffReport::pathLabel(kindOf(design, conflict), conflict.path);
}

QString value(const Design &design, const MergeConflict &conflict, Side side)
{
    const json &v = sideValue(conflict, side);
    if (conflict.path.isEmpty() || conflict.path == QLatin1String("connection")) {
        if (v.is_null())
            return side == Side::Base ? tr("(not there)") : tr("(removed)");
        if (!conflict.base.is_object() || side == Side::Base)
            return side == Side::Base ? tr("(there)") : tr("(added)");
        // what this side changed in the whole component
        std::vector<PropertyChange> changes;
        compareValues(QString(), conflict.base, v, changes);
        QStringList lines;
        for (const PropertyChange &c : changes) {
            const QString path = c.path.mid(1); // ".props.versioning" -> "props.versioning"
            if (path.startsWith(QLatin1String("geometry")))
                continue;
            const QString label = path == QLatin1String("parent") ? tr("Container") : DiffReport::pathLabel(kindOf(design, conflict), path);
            lines << QStringLiteral("%1: %2").arg(label, DiffReport::valueText(path, c.newValue));
        }
        return lines.isEmpty() ? tr("(unchanged)") : lines.join(QStringLiteral("; "));
    }
    if (conflict.path == QLatin1String("parent")) {
        const QString id = v.is_string() ? toQString(v) : QString();
        return id.isEmpty() ? tr("the top level") : nameOf(design, id);
    }
    return DiffReport::valueText(conflict.path, v);
}

} // namespace kumo::diff::ConflictLabels
