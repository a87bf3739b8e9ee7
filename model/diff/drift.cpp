#include "drift.h"

#include "importers.h"
#include "references.h"
#include "terraformnames.h"
#include "terraforminput.h"

#include <QHash>

namespace kumo::diff::Drift {

namespace {

bool diagramOnly(const Component &c)
{
    return c.kind == QLatin1String("internet") || c.kind == QLatin1String("note");
}

/// What matches a component across the two designs without its id.
QString placeKey(const Component &c)
{
    if (c.kind == QLatin1String("region"))
        return QStringLiteral("region:") + c.stringProp("region");
    if (c.kind == QLatin1String("availability_zone"))
        return QStringLiteral("zone:") + c.stringProp("zone");
    if (c.kind == QLatin1String("route53_zone")) // a looked-up zone is no resource of the export
        return QStringLiteral("dns:") + c.stringProp("domain");
    return {};
}

/// Resource types the import maps onto a kind.
QHash<QString, QStringList> typesByKind()
{
    QHash<QString, QStringList> types;
    for (const tfimport::ImportRule &rule : tfimport::importTable()) {
        if (rule.role == tfimport::Role::Maps)
            types[rule.kind] << rule.type;
    }
    return types;
}

/// Renames the ids that string lists stand for: a record's values naming an Elastic IP or an
/// instance, a policy's resources naming a component ("static/*").
void remapNamedIds(Component &c, const QHash<QString, QString> &mapping)
{
    const auto rename = [&](nlohmann::json &value) {
        if (!value.is_string())
            return;
        const QString text = toQString(value);
        const QString id = text.section(QLatin1Char('/'), 0, 0);
        const auto it = mapping.constFind(id);
        if (it != mapping.constEnd() && *it != id)
            value = toStd(*it + text.mid(id.size()));
    };
    if (c.kind == QLatin1String("route53_record") && c.props.contains("records") && c.props["records"].is_array()) {
        for (nlohmann::json &v : c.props["records"])
            rename(v);
    }
    if (c.kind == QLatin1String("iam_policy") && c.props.contains("statements") && c.props["statements"].is_array()) {
        for (nlohmann::json &statement : c.props["statements"]) {
            if (statement.is_object() && statement.contains("resources") && statement["resources"].is_array()) {
                for (nlohmann::json &v : statement["resources"])
                    rename(v);
            }
        }
    }
}

/// Properties a Terraform state keeps only as a hash (the AWS provider stores an instance's
/// user_data as its SHA-1): neither the import nor a drift check can read them back, so the
/// comparison leaves them out on both sides.
const QHash<QString, QStringList> &hashedInState()
{
    static const QHash<QString, QStringList> properties = {{QStringLiteral("ec2_instance"), {QStringLiteral("user_data")}}};
    return properties;
}

void dropHashedProperties(Design &design)
{
    for (const Component *c : design.components()) {
        const auto hashed = hashedInState().constFind(c->kind);
        if (hashed == hashedInState().constEnd())
            continue;
        Component *m = design.mutableComponent(c->id);
        for (const QString &property : *hashed)
            m->props.erase(toStd(property));
    }
}

} // namespace

Design deployablePart(const Design &design)
{
    Design part = design;
    for (const Component *c : design.components()) {
        if (diagramOnly(*c))
            part.take(c->id);
    }
    for (const auto &[id, connection] : design.connections())
        part.takeConnection(id); // annotation arrows are not deployed
    dropHashedProperties(part);
    return part;
}

Design alignToDesign(const Design &design, const Design &imported, const tfimport::ImportReport &report)
{
    static const QHash<QString, QStringList> types = typesByKind();
    const TerraformNames names(design);
    QHash<QString, QString> designByKey; // address or place -> design id
    for (const Component *c : design.components()) {
        const QString place = placeKey(*c);
        if (!place.isEmpty()) {
            designByKey.insert(place, c->id);
            continue;
        }
        for (const QString &type : types.value(c->kind))
            designByKey.insert(type + QLatin1Char('.') + names.of(c->id), c->id);
    }
    QHash<QString, QString> mapping; // imported id -> design id
    QSet<QString> claimed;
    const auto match = [&](const QString &importedId, const QString &key) {
        const QString target = designByKey.value(key);
        if (!target.isEmpty() && !claimed.contains(target) && !mapping.contains(importedId)) {
            mapping.insert(importedId, target);
            claimed.insert(target);
        }
    };
    for (const tfimport::ImportReport::Entry &e : report.entries) {
        if (e.outcome != tfimport::Outcome::Mapped || !imported.contains(e.detail))
            continue;
        match(e.detail, e.address);
        match(e.detail, tfimport::TerraformInput::stripInstanceKeys(e.address));
    }
    for (const Component *c : imported.components()) {
        const QString place = placeKey(*c);
        if (!place.isEmpty())
            match(c->id, place);
    }
    // unmatched imported components keep their ids unless a design component has it
    Design taken = design;
    for (const Component *c : imported.components()) {
        if (mapping.contains(c->id))
            continue;
        QString id = c->id;
        if (design.contains(id) || claimed.contains(id)) {
            id = taken.uniqueId(c->id);
        }
        Component placeholder;
        placeholder.id = id;
        placeholder.kind = c->kind;
        taken.insert(placeholder);
        mapping.insert(c->id, id);
        claimed.insert(id);
    }
    Design aligned;
    aligned.name = design.name; // the design's name is not deployed
    for (const Component *c : imported.components()) {
        Component renamed = *c;
        renamed.id = mapping.value(c->id, c->id);
        renamed.parent = mapping.value(c->parent, c->parent);
        renamed.geometry.reset();
        remapReferences(renamed, mapping);
        remapNamedIds(renamed, mapping);
        aligned.insert(std::move(renamed));
    }
    dropHashedProperties(aligned);
    return aligned;
}

DesignDiff compare(const Design &design, const Design &imported, const tfimport::ImportReport &report)
{
    const Design deployable = deployablePart(design);
    DiffOptions options;
    options.ignoreGeometry = true;
    return diff::compare(deployable, alignToDesign(deployable, imported, report), options);
}

} // namespace kumo::diff::Drift
