#include "diffreport.h"

#include "catalog.h"
#include "propertylabels.h"
#include "validator.h"

#include <QCoreApplication>
#include <QRegularExpression>

#include <cmath>

namespace kumo::diff::DiffReport {

using nlohmann::ordered_json;

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("kumo::diff::DiffReport", text);
}

double cents(double usd)
{
    return std::round(usd * 100.0) / 100.0;
}

ordered_json idList(const QStringList &ids)
{
    ordered_json list = ordered_json::array();
    for (const QString &id : ids)
        list.push_back(toStd(id));
    return list;
}

ordered_json optionalId(const QString &id)
{
    return id.isEmpty() ? ordered_json() : ordered_json(toStd(id));
}

ordered_json connectionList(const std::vector<Connection> &connections)
{
    ordered_json list = ordered_json::array();
    for (const Connection &c : connections) {
        ordered_json entry;
        entry["id"] = toStd(c.id);
        entry["from"] = toStd(c.from);
        entry["to"] = toStd(c.to);
        if (!c.label.isEmpty())
            entry["label"] = toStd(c.label);
        list.push_back(entry);
    }
    return list;
}

ordered_json exposureList(const std::vector<ExposureChange> &changes)
{
    ordered_json list = ordered_json::array();
    for (const ExposureChange &e : changes) {
        ordered_json entry;
        entry["component"] = toStd(e.component);
        entry["port"] = e.port;
        entry["from"] = toStd(e.sourceRange);
        entry["path"] = toStd(e.path);
        list.push_back(entry);
    }
    return list;
}

ordered_json findingList(const std::vector<Finding> &findings)
{
    ordered_json list = ordered_json::array();
    for (const Finding &f : findings) {
        ordered_json entry;
        entry["rule"] = toStd(f.rule);
        entry["severity"] = toStd(severityId(f.severity));
        entry["components"] = idList(f.components);
        entry["message"] = toStd(f.message);
        list.push_back(entry);
    }
    return list;
}

QString kindOf(const DiffSides &sides, const QString &id)
{
    for (const Design *d : {sides.after, sides.before}) {
        if (d && d->component(id))
            return d->component(id)->kind;
    }
    return {};
}

/// "web-1 (EC2 instance "Web 1")"
QString describe(const DiffSides &sides, const QString &id)
{
    for (const Design *d : {sides.after, sides.before}) {
        const Component *c = d ? d->component(id) : nullptr;
        if (!c)
            continue;
        const QString kind = Catalog::instance().displayName(c->kind);
        return c->name.isEmpty() || c->name == id ? QStringLiteral("%1 (%2)").arg(id, kind)
                                                  : QStringLiteral("%1 (%2 \"%3\")").arg(id, kind, c->name);
    }
    return id;
}

QString place(const QString &id)
{
    return id.isEmpty() ? tr("the top level") : id;
}

QString usd(double value)
{
    return QStringLiteral("$%1").arg(value, 0, 'f', 2);
}

QString signedUsd(double value)
{
    return (value < 0 ? QStringLiteral("-$") : QStringLiteral("+$")) + QString::number(std::abs(value), 'f', 2);
}

/// Every scalar value below @p path, and whole lists of scalars, one each.
void flatten(const QString &path, const nlohmann::json &value, std::vector<PropertyChange> &out)
{
    if (value.is_object() && !value.empty()) {
        for (auto it = value.begin(); it != value.end(); ++it)
            flatten(path + QLatin1Char('.') + QString::fromStdString(it.key()), it.value(), out);
    } else if (value.is_array() && !value.empty() && (value.front().is_object() || value.front().is_array())) {
        for (size_t i = 0; i < value.size(); ++i)
            flatten(path + QLatin1Char('[') + QString::number(i) + QLatin1Char(']'), value[i], out);
    } else {
        out.push_back({path, nlohmann::json(), value});
    }
}

QString portText(const ExposureChange &e)
{
    return tr("%1 on %2 from %3").arg(e.component).arg(e.port).arg(e.sourceRange);
}

} // namespace

ordered_json toJson(const DesignDiff &diff, const DiffImpact *impact)
{
    ordered_json root;
    root["added"] = idList(diff.added);
    root["removed"] = idList(diff.removed);
    ordered_json changed = ordered_json::array();
    for (const ComponentChange &c : diff.changed) {
        ordered_json changes = ordered_json::array();
        for (const PropertyChange &p : c.changes) {
            ordered_json entry;
            entry["path"] = toStd(p.path);
            entry["old"] = p.oldValue;
            entry["new"] = p.newValue;
            changes.push_back(entry);
        }
        ordered_json entry;
        entry["id"] = toStd(c.id);
        entry["changes"] = changes;
        changed.push_back(entry);
    }
    root["changed"] = changed;
    ordered_json moved = ordered_json::array();
    for (const Move &m : diff.moved) {
        ordered_json entry;
        entry["id"] = toStd(m.id);
        entry["from"] = optionalId(m.from);
        entry["to"] = optionalId(m.to);
        moved.push_back(entry);
    }
    root["moved"] = moved;
    root["connections"] = {{"added", connectionList(diff.connectionsAdded)}, {"removed", connectionList(diff.connectionsRemoved)}};
    root["geometry"] = idList(diff.geometry);
    if (!impact)
        return root;
    ordered_json cost;
    cost["before"] = cents(impact->costBefore);
    cost["after"] = cents(impact->costAfter);
    cost["delta"] = cents(impact->costDelta());
    cost["currency"] = "USD";
    ordered_json components = ordered_json::array();
    for (const CostChange &c : impact->costChanges) {
        ordered_json entry;
        entry["id"] = toStd(c.id);
        entry["before"] = cents(c.before);
        entry["after"] = cents(c.after);
        entry["delta"] = cents(c.delta());
        if (!c.unpricedBefore.isEmpty() || !c.unpricedAfter.isEmpty()) {
            entry["unpriced"] = {{"before", c.unpricedBefore.isEmpty() ? ordered_json() : ordered_json(toStd(c.unpricedBefore))},
                                 {"after", c.unpricedAfter.isEmpty() ? ordered_json() : ordered_json(toStd(c.unpricedAfter))}};
        }
        components.push_back(entry);
    }
    cost["components"] = components;
    root["cost"] = cost;
    root["exposure"] = {{"opened", exposureList(impact->opened)}, {"closed", exposureList(impact->closed)}};
    root["findings"] = {{"new", findingList(impact->newFindings)}, {"fixed", findingList(impact->fixedFindings)}};
    return root;
}

QString pathLabel(const QString &kind, const QString &path)
{
    if (!path.startsWith(QLatin1String("props.")))
        return path == QLatin1String("name") ? tr("Name") : path == QLatin1String("kind") ? tr("Kind") : path;
    // props.ingress[0].from_port -> "Inbound rules #1 › From port"
    static const QRegularExpression segment(QStringLiteral("([^.\\[\\]]+)|\\[(\\d+)\\]"));
    QStringList parts;
    QString property;
    QString field;
    auto it = segment.globalMatch(path.mid(6));
    while (it.hasNext()) {
        const QRegularExpressionMatch m = it.next();
        if (!m.captured(2).isEmpty()) {
            if (!parts.isEmpty())
                parts.last() += QStringLiteral(" #%1").arg(m.captured(2).toInt() + 1);
            continue;
        }
        const QString name = m.captured(1);
        if (property.isEmpty()) {
            property = name;
            parts << propertyLabel(kind, property);
        } else {
            field = field.isEmpty() ? name : field + QLatin1Char('.') + name;
            parts << knownPropertyLabel(kind, property + QLatin1Char('.') + name).value_or(name);
        }
    }
    return parts.join(QStringLiteral(" › "));
}

QString valueText(const QString &path, const nlohmann::json &value)
{
    if (value.is_null())
        return tr("(not set)");
    if (value.is_string()) {
        const QString property = path.section(QLatin1Char('.'), -1).section(QLatin1Char('['), 0, 0);
        return valueLabel(property, toQString(value));
    }
    return QString::fromStdString(value.dump());
}

QString toText(const DesignDiff &diff, const DiffImpact *impact, const DiffSides &sides)
{
    QString text;
    const auto line = [&text](const QString &s) { text += s + QLatin1Char('\n'); };
    if (diff.isEmpty())
        line(tr("%1 and %2: no difference").arg(sides.oldName, sides.newName));
    else
        line(QStringLiteral("--- %1\n+++ %2").arg(sides.oldName, sides.newName));
    if (diff.designRenamed && sides.before && sides.after)
        line(tr("design renamed: \"%1\" -> \"%2\"").arg(sides.before->name, sides.after->name));
    for (const QString &id : diff.added) {
        const Component *c = sides.after ? sides.after->component(id) : nullptr;
        line(tr("added: %1 in %2").arg(describe(sides, id), place(c ? c->parent : QString())));
    }
    for (const QString &id : diff.removed) {
        const Component *c = sides.before ? sides.before->component(id) : nullptr;
        line(tr("removed: %1 from %2").arg(describe(sides, id), place(c ? c->parent : QString())));
    }
    for (const ComponentChange &c : diff.changed) {
        line(tr("changed: %1").arg(describe(sides, c.id)));
        const QString kind = kindOf(sides, c.id);
        for (const PropertyChange &p : c.changes)
            line(QStringLiteral("    %1: %2 -> %3").arg(pathLabel(kind, p.path), valueText(p.path, p.oldValue), valueText(p.path, p.newValue)));
    }
    for (const Move &m : diff.moved)
        line(tr("moved: %1 from %2 to %3").arg(describe(sides, m.id), place(m.from), place(m.to)));
    for (const Connection &c : diff.connectionsAdded)
        line(tr("connection added: %1 -> %2%3").arg(c.from, c.to, c.label.isEmpty() ? QString() : QStringLiteral(" \"%1\"").arg(c.label)));
    for (const Connection &c : diff.connectionsRemoved)
        line(tr("connection removed: %1 -> %2%3").arg(c.from, c.to, c.label.isEmpty() ? QString() : QStringLiteral(" \"%1\"").arg(c.label)));
    if (!diff.geometry.isEmpty())
        line(tr("moved or resized on the canvas only: %1").arg(diff.geometry.join(QStringLiteral(", "))));
    if (!impact)
        return text;
    if (!impact->costChanges.empty() || std::abs(impact->costDelta()) >= 0.005) {
        line(tr("cost: %1 -> %2 a month (%3)").arg(usd(impact->costBefore), usd(impact->costAfter), signedUsd(impact->costDelta())));
        for (const CostChange &c : impact->costChanges) {
            line(QStringLiteral("    %1: %2 -> %3 (%4)").arg(c.id, usd(c.before), usd(c.after), signedUsd(c.delta())));
            if (!c.unpricedBefore.isEmpty())
                line(tr("        before, without a price: %1").arg(c.unpricedBefore));
            if (!c.unpricedAfter.isEmpty())
                line(tr("        after, without a price: %1").arg(c.unpricedAfter));
        }
    }
    for (const ExposureChange &e : impact->opened)
        line(tr("now reachable: %1 (%2)").arg(portText(e), e.path));
    for (const ExposureChange &e : impact->closed)
        line(tr("no longer reachable: %1").arg(portText(e)));
    for (const Finding &f : impact->newFindings)
        line(tr("new finding: %1 %2 [%3]: %4").arg(severityId(f.severity), f.rule, f.components.join(QStringLiteral(", ")), f.message));
    for (const Finding &f : impact->fixedFindings)
        line(tr("fixed finding: %1 %2 [%3]: %4").arg(severityId(f.severity), f.rule, f.components.join(QStringLiteral(", ")), f.message));
    return text;
}

QString toListing(const Design &design)
{
    QString text;
    text += tr("design \"%1\"").arg(design.name) + QLatin1Char('\n');
    for (const Component *c : design.components()) {
        text += QStringLiteral("%1 (%2)").arg(c->id, c->kind);
        if (!c->parent.isEmpty())
            text += tr(" in %1").arg(c->parent);
        text += QLatin1Char('\n');
        if (!c->name.isEmpty())
            text += QStringLiteral("  %1: %2\n").arg(tr("Name"), c->name);
        std::vector<PropertyChange> values;
        for (auto it = c->props.begin(); it != c->props.end(); ++it)
            flatten(QStringLiteral("props.") + QString::fromStdString(it.key()), it.value(), values);
        for (const PropertyChange &v : values)
            text += QStringLiteral("  %1: %2\n").arg(pathLabel(c->kind, v.path), valueText(v.path, v.newValue));
    }
    for (const auto &[id, c] : design.connections())
        text += tr("connection %1: %2 -> %3 %4").arg(id, c.from, c.to, c.label).trimmed() + QLatin1Char('\n');
    return text;
}

} // namespace kumo::diff::DiffReport
