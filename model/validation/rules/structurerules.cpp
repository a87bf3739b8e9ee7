// Structure: references that name nothing, components in the wrong container, duplicate names.
#include "rulehelpers.h"
#include "rulesets.h"
#include "ruletext.h"

#include "catalog.h"
#include "references.h"
#include "validation/validationcontext.h"

#include <QHash>

namespace kumo::rules {

namespace {

QString kindList(const QStringList &kinds)
{
    QStringList names;
    for (const QString &k : kinds)
        names << kindName(k);
    return names.join(msg(" or "));
}

void checkComponentReferences(const ValidationContext &ctx, const Component &c, FindingSink &sink)
{
    if (!c.parent.isEmpty() && !ctx.component(c.parent))
        sink.report({c.id}, msg("%1 '%2' has parent '%3', which is not in the design").arg(kindName(c.kind), c.id, c.parent));
    forEachReference(c, [&](const Reference &ref) {
        if (ref.spec->type == PropertyType::Image)
            return; // ecs.image-missing explains images
        const Component *target = ctx.component(ref.target);
        if (!target) {
            sink.report({c.id}, msg("%1 of %2 names '%3', which is not in the design").arg(ref.path(), c.displayName(), ref.target));
        } else if (!ref.spec->targetKinds.isEmpty() && !ref.spec->targetKinds.contains(target->kind)) {
            sink.report({c.id, target->id}, msg("%1 of %2 names %3 '%4', but it must name a %5")
                                                .arg(ref.path(), c.displayName(), kindName(target->kind), target->displayName(),
                                                     kindList(ref.spec->targetKinds)));
        }
    });
}

void checkReferences(const ValidationContext &ctx, FindingSink &sink)
{
    for (const Component *c : ctx.all())
        checkComponentReferences(ctx, *c, sink);
    for (const auto &[id, connection] : ctx.design().connections()) {
        for (const QString &end : {connection.from, connection.to}) {
            if (!ctx.component(end))
                sink.report({id}, msg("connection '%1' ends at '%2', which is not in the design").arg(id, end));
        }
    }
}

void checkParents(const ValidationContext &ctx, FindingSink &sink)
{
    const Catalog &catalog = Catalog::instance();
    for (const Component *c : ctx.all()) {
        const KindSpec *spec = c->kindSpec();
        if (!spec)
            continue;
        const Component *parent = ctx.component(c->parent);
        if (!c->parent.isEmpty() && !parent)
            continue; // reported by ref.dangling
        const QString parentKind = parent ? parent->kind : QString();
        if (catalog.canContain(parentKind, c->kind))
            continue;
        QStringList allowed = spec->parents;
        QString where = kindList(allowed);
        if (spec->topLevel && allowed.isEmpty())
            where = msg("the top level of the design");
        else if (spec->topLevel)
            where += msg(" or the top level");
        if (parent)
            sink.report({c->id, parent->id}, msg("%1 %2 cannot sit inside %3 %4; it belongs in %5")
                                                 .arg(kindName(c->kind), c->displayName(), kindName(parent->kind),
                                                      parent->displayName(), where));
        else
            sink.report({c->id}, msg("%1 %2 cannot sit at the top level; it belongs in %3")
                                     .arg(kindName(c->kind), c->displayName(), where));
    }
}

void checkDuplicateNames(const ValidationContext &ctx, FindingSink &sink)
{
    QHash<QString, QStringList> idsByKindAndName;
    QStringList order;
    for (const Component *c : ctx.all()) {
        if (c->name.isEmpty())
            continue; // an unnamed component shows its id, which is unique
        const QString key = c->kind + QLatin1Char('\n') + c->name;
        if (!idsByKindAndName.contains(key))
            order << key;
        idsByKindAndName[key] << c->id;
    }
    for (const QString &key : order) {
        const QStringList ids = idsByKindAndName.value(key);
        if (ids.size() < 2)
            continue;
        const QString kind = key.section(QLatin1Char('\n'), 0, 0);
        const QString name = key.section(QLatin1Char('\n'), 1);
        sink.report(ids, msg("%n %1 components are named '%2' (%3)", nullptr, int(ids.size()))
                             .arg(kindName(kind), name, ids.join(QStringLiteral(", "))));
    }
}

} // namespace

std::vector<Rule> structureRules()
{
    return {
        {QStringLiteral("ref.dangling"), Severity::Error, KUMO_RULE_TEXT("Reference to nothing"),
         KUMO_RULE_TEXT("Components refer to each other by id: a service names its task definition, a listener its target "
                        "group. When the component referred to was deleted or renamed, or is of another kind than the property "
                        "expects, the link cannot work and Terraform would fail to resolve it. Pick an existing component of the "
                        "right kind in the property panel, or clear the property."),
         {QStringLiteral("*")}, checkReferences, checkComponentReferences, {QStringLiteral("*")}},
        {QStringLiteral("structure.parent"), Severity::Error, KUMO_RULE_TEXT("Component in the wrong container"),
         KUMO_RULE_TEXT("AWS resources nest in a fixed way: a region holds VPCs, a VPC holds availability zones, a zone holds "
                        "subnets, and instances, databases and NAT gateways live in subnets. Global services such as IAM, "
                        "Route 53 and CloudFront belong to no region at all. Drag the component into a container of the "
                        "kind named in the message."),
         {}, checkParents},
        {QStringLiteral("name.duplicate"), Severity::Warning, KUMO_RULE_TEXT("Two components with one name"),
         KUMO_RULE_TEXT("Names are how people read a diagram and how exported resources are named. Two components of the "
                        "same kind with the same name are easy to confuse, and their Terraform names need numbering. Give each "
                        "one a name that says what it is for, such as public-a and public-c."),
         {}, checkDuplicateNames},
    };
}

} // namespace kumo::rules
