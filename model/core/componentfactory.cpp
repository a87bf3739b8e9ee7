#include "componentfactory.h"

#include "catalog.h"
#include "cidr.h"
#include "design.h"

namespace kumo {
namespace ComponentFactory {

namespace {

std::vector<Ipv4Cidr> cidrsOf(const std::vector<const Component *> &components)
{
    std::vector<Ipv4Cidr> used;
    for (const Component *c : components) {
        if (const auto block = Ipv4Cidr::parse(c->stringProp("cidr")))
            used.push_back(*block);
    }
    return used;
}

QString regionCode(const Design &design, const QString &id)
{
    const Component *c = design.component(id);
    if (c && c->kind == QLatin1String("region"))
        return c->stringProp("region");
    const Component *region = design.ancestorOfKind(id, QStringLiteral("region"));
    return region ? region->stringProp("region") : QString();
}

/// A name like "subnet-3" that no component of the kind has yet.
QString freshName(const Design &design, const QString &kind)
{
    QString base = kind;
    base.replace(QLatin1Char('_'), QLatin1Char('-'));
    int n = 1;
    for (const Component *c : design.componentsOfKind(kind)) {
        if (c->name.startsWith(base + QLatin1Char('-')))
            n = std::max(n, c->name.mid(base.size() + 1).toInt() + 1);
    }
    return base + QLatin1Char('-') + QString::number(n);
}

} // namespace

Component create(const Design &design, const QString &kind, const QString &parentId)
{
    Component c;
    c.kind = kind;
    c.parent = parentId;
    c.name = freshName(design, kind);
    c.id = design.uniqueId(c.name);
    if (kind == QLatin1String("region")) {
        c.props["region"] = "ap-northeast-1";
    } else if (kind == QLatin1String("vpc")) {
        const auto free = Ipv4Cidr(0x0A000000u, 8).nextFree(16, cidrsOf(design.componentsOfKind(QStringLiteral("vpc"))));
        c.props["cidr"] = toStd(free ? free->toString() : QStringLiteral("10.0.0.0/16"));
    } else if (kind == QLatin1String("subnet")) {
        const Component *vpc = design.ancestorOfKind(parentId, QStringLiteral("vpc"));
        const auto vpcBlock = vpc ? Ipv4Cidr::parse(vpc->stringProp("cidr")) : std::nullopt;
        std::vector<const Component *> siblings;
        for (const Component *s : design.componentsOfKind(QStringLiteral("subnet"))) {
            if (vpc && design.ancestorOfKind(s->id, QStringLiteral("vpc")) == vpc)
                siblings.push_back(s);
        }
        const auto free = vpcBlock ? vpcBlock->nextFree(std::max(24, vpcBlock->prefix()), cidrsOf(siblings)) : std::nullopt;
        c.props["cidr"] = toStd(free ? free->toString() : QStringLiteral("10.0.0.0/24"));
    } else if (kind == QLatin1String("availability_zone")) {
        const QString region = regionCode(design, parentId);
        QStringList taken;
        for (const QString &sibling : design.children(parentId)) {
            const Component *s = design.component(sibling);
            if (s && s->kind == kind)
                taken << s->stringProp("zone");
        }
        QString zone = region + QLatin1Char('a');
        for (char letter = 'a'; letter <= 'f' && taken.contains(zone); ++letter)
            zone = region + QLatin1Char(letter);
        c.props["zone"] = toStd(zone);
        c.name = zone;
    } else if (kind == QLatin1String("ec2_instance")) {
        c.props["ami"] = "ami-0123456789abcdef0";
    } else if (kind == QLatin1String("rds_instance")) {
        c.props["engine_version"] = "8.4"; // the default engine's version in standard support
    } else if (kind == QLatin1String("s3_bucket")) {
        c.props["bucket"] = toStd(QStringLiteral("kumo-") + c.id.toLower());
    } else if (kind == QLatin1String("iam_role")) {
        c.props["trusted_service"] = "ecs-tasks.amazonaws.com";
    } else if (kind == QLatin1String("ecs_task_definition")) {
        c.props["containers"] = nlohmann::json::array({{{"name", "app"}, {"image", "public.ecr.aws/nginx/nginx:latest"}, {"container_port", 80}}});
    } else if (kind == QLatin1String("load_balancer")) {
        c.props["listeners"] = nlohmann::json::array({{{"port", 80}, {"protocol", "HTTP"}}});
    } else if (kind == QLatin1String("route53_zone")) {
        c.props["domain"] = "kumo-workshop.net"; // a practice placeholder: the reserved example.com draws a warning
    } else if (kind == QLatin1String("route53_record")) {
        c.props["name"] = "www";
    } else if (kind == QLatin1String("acm_certificate")) {
        c.props["domain"] = "www.kumo-workshop.net";
    }
    return c;
}

} // namespace ComponentFactory
} // namespace kumo
