#include "rulehelpers.h"

#include "catalog.h"
#include "jsonfields.h"
#include "ruletext.h"
#include "validation/validationcontext.h"

#include <QSet>

namespace kumo::rules {

namespace {
std::optional<qint64> intField(const nlohmann::json &object, const char *key)
{
    return json::integer(object, key);
}

QString stringField(const nlohmann::json &object, const char *key)
{
    return json::string(object, key);
}
} // namespace

std::vector<SecurityRule> securityRules(const Component &group, const char *direction)
{
    std::vector<SecurityRule> result;
    const nlohmann::json list = group.prop(QString::fromLatin1(direction));
    if (!list.is_array())
        return result;
    for (size_t i = 0; i < list.size(); ++i) {
        const nlohmann::json &r = list[i];
        if (!r.is_object())
            continue;
        SecurityRule rule;
        rule.index = i;
        rule.protocol = stringField(r, "protocol");
        if (rule.protocol.isEmpty())
            rule.protocol = QStringLiteral("tcp");
        rule.fromPort = intField(r, "from_port");
        rule.toPort = intField(r, "to_port");
        rule.cidr = stringField(r, "cidr").trimmed();
        rule.source = stringField(r, "source");
        result.push_back(rule);
    }
    return result;
}

bool isWholeInternet(const QString &cidr)
{
    return cidr == QLatin1String("0.0.0.0/0");
}

bool ruleCoversPort(const SecurityRule &rule, qint64 port)
{
    if (rule.protocol == QLatin1String("-1") || rule.protocol == QLatin1String("all"))
        return true;
    if (rule.protocol == QLatin1String("icmp"))
        return false;
    if (!rule.fromPort || !rule.toPort)
        return false;
    return *rule.fromPort <= port && port <= *rule.toPort;
}

QString describeRule(const SecurityRule &rule)
{
    if (rule.protocol == QLatin1String("-1"))
        return msg("all traffic");
    const QString from = rule.fromPort ? QString::number(*rule.fromPort) : QStringLiteral("?");
    const QString to = rule.toPort ? QString::number(*rule.toPort) : QStringLiteral("?");
    return rule.protocol + QLatin1Char(' ') + (from == to ? from : from + QLatin1Char('-') + to);
}

const Component *zoneOf(const ValidationContext &ctx, const Component &c)
{
    return ctx.zoneOf(c);
}

QString regionCodeOf(const ValidationContext &ctx, const Component &c)
{
    const Component *region = c.kind == QLatin1String("region") ? &c : ctx.ancestor(c, QStringLiteral("region"));
    return region ? region->stringProp("region") : QString();
}

std::vector<const Component *> resolveAll(const ValidationContext &ctx, const Component &c, const QString &key,
                                          const QString &kind)
{
    std::vector<const Component *> result;
    for (const QString &id : c.refsProp(key)) {
        if (const Component *target = ctx.resolve(id, {kind}))
            result.push_back(target);
    }
    return result;
}

int distinctZones(const ValidationContext &ctx, const std::vector<const Component *> &subnets)
{
    QSet<const Component *> zones;
    for (const Component *s : subnets) {
        if (const Component *az = zoneOf(ctx, *s))
            zones.insert(az);
    }
    return int(zones.size());
}

nlohmann::json containersOf(const Component &taskDefinition)
{
    const nlohmann::json containers = taskDefinition.prop("containers");
    return containers.is_array() ? containers : nlohmann::json::array();
}

const nlohmann::json *serviceContainer(const Component &service, const nlohmann::json &containers)
{
    const QString name = service.stringProp("container_name");
    for (const nlohmann::json &c : containers) {
        if (!c.is_object())
            continue;
        if (name.isEmpty() ? c.contains("container_port") : stringField(c, "name") == name)
            return &c;
    }
    return nullptr;
}

bool usesAwsvpc(const Component &taskDefinition)
{
    return taskDefinition.stringProp("network_mode") == QLatin1String("awsvpc") || isFargate(taskDefinition);
}

bool isFargate(const Component &taskDefinition)
{
    return taskDefinition.stringProp("launch_type") == QLatin1String("FARGATE");
}

QString kindName(const QString &kind)
{
    return Catalog::instance().displayName(kind);
}

} // namespace kumo::rules
