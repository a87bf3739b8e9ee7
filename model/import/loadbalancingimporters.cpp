// The inverse of load_balancing.tf: Application Load Balancers, listeners, rules, target groups.
#include "importers.h"

namespace kumo::tfimport {

using json = nlohmann::json;

namespace {

const QStringList kTargetGroup = {QStringLiteral("target_group")};

void importLoadBalancer(ImportContext &ctx, const TfResource &r, Component *c)
{
    const QString name = attr::str(r.attributes, "name");
    if (!name.isEmpty() && c->name.isEmpty())
        c->name = name;
    if (const auto internal = attr::boolean(r.attributes, "internal"))
        c->props["scheme"] = *internal ? "internal" : "internet-facing";
    QStringList subnets = subnetsOf(ctx, r, QStringLiteral("subnets"));
    for (const json &mapping : attr::blocks(r.attributes, "subnet_mapping")) {
        const QString s = ctx.componentForValue(attr::str(mapping, "subnet_id"), {QStringLiteral("subnet")});
        if (!s.isEmpty() && !subnets.contains(s))
            subnets << s;
    }
    setRefs(*c, "subnets", subnets);
    setRefs(*c, "security_groups", ctx.refs(r, QStringLiteral("security_groups"), {QStringLiteral("security_group")}));
    QString vpc = attr::str(r.attributes, "vpc_id").isEmpty() ? QString() : vpcOf(ctx, r, "vpc_id");
    if (vpc.isEmpty()) {
        // the VPC of its subnets
        for (const TfResource *s : ctx.referenced(r, QStringLiteral("subnets"), {QStringLiteral("aws_subnet")})) {
            vpc = vpcOf(ctx, *s, "vpc_id");
            if (!vpc.isEmpty())
                break;
        }
    }
    placeIn(ctx, *c, vpc, tfimport::tr("its VPC is unknown"));
}

/// The first forward action's target group.
QString forwardTarget(ImportContext &ctx, const TfResource &r, const char *actionKey)
{
    const QString direct = ctx.ref(r, QString::fromLatin1(actionKey) + QStringLiteral(".target_group_arn"), kTargetGroup);
    if (!direct.isEmpty())
        return direct;
    for (const json &action : attr::blocks(r.attributes, actionKey)) {
        for (const json &group : attr::blocks(attr::block(action, "forward"), "target_group")) {
            const QString tg = ctx.componentForValue(attr::str(group, "arn"), kTargetGroup);
            if (!tg.isEmpty())
                return tg;
        }
    }
    return {};
}

void foldListener(ImportContext &ctx, const TfResource &r, Component *)
{
    const QString lbId = ctx.ref(r, QStringLiteral("load_balancer_arn"), {QStringLiteral("load_balancer")});
    if (lbId.isEmpty()) {
        // a network or gateway load balancer of the inputs: say so rather than "not in the inputs"
        for (const TfResource *lb : ctx.referenced(r, QStringLiteral("load_balancer_arn"), {QStringLiteral("aws_lb"), QStringLiteral("aws_alb")})) {
            if (ctx.hasOutcome(*lb) && ctx.outcome(*lb) == Outcome::Skipped)
                return ctx.skip(r, tfimport::tr("a listener of %1, which is not imported (%2)").arg(lb->address, ctx.outcomeDetail(*lb)));
        }
        return ctx.skip(r, tfimport::tr("its load balancer is not in the inputs"));
    }
    Component &lb = *ctx.component(lbId);
    json listener = json::object();
    if (const auto port = attr::integer(r.attributes, "port"))
        listener["port"] = *port;
    const QString protocol = attr::str(r.attributes, "protocol");
    listener["protocol"] = (protocol == QLatin1String("HTTPS") ? QStringLiteral("HTTPS") : QStringLiteral("HTTP")).toStdString();
    const QString certificate = ctx.ref(r, QStringLiteral("certificate_arn"), {QStringLiteral("acm_certificate")});
    if (!certificate.isEmpty())
        listener["certificate"] = certificate.toStdString();
    const QString tg = forwardTarget(ctx, r, "default_action");
    if (!tg.isEmpty())
        listener["default_target_group"] = tg.toStdString();
    const json &action = attr::block(r.attributes, "default_action");
    if (attr::str(action, "type") == QLatin1String("redirect") && attr::str(attr::block(action, "redirect"), "protocol") == QLatin1String("HTTPS"))
        listener["redirect_https"] = true;
    json &listeners = lb.props["listeners"];
    if (!listeners.is_array())
        listeners = json::array();
    ctx.listeners.insert(r.serial, {lbId, int(listeners.size())});
    listeners.push_back(std::move(listener));
    ctx.fold(r, lbId);
}

void foldListenerRule(ImportContext &ctx, const TfResource &r, Component *)
{
    const auto owners = ctx.referenced(r, QStringLiteral("listener_arn"), {QStringLiteral("aws_lb_listener"), QStringLiteral("aws_alb_listener")});
    const ListenerPlace place = owners.empty() ? ListenerPlace() : ctx.listeners.value(owners.front()->serial);
    Component *lb = ctx.component(place.loadBalancer);
    if (!lb)
        return ctx.skip(r, tfimport::tr("its listener is not in the inputs"));
    json rule = json::object();
    if (const auto priority = attr::integer(r.attributes, "priority"))
        rule["priority"] = *priority;
    for (const json &condition : attr::blocks(r.attributes, "condition")) {
        const QStringList paths = attr::strings(attr::block(condition, "path_pattern"), "values");
        const QStringList hosts = attr::strings(attr::block(condition, "host_header"), "values");
        if (!paths.isEmpty())
            rule["path_pattern"] = paths.first().toStdString();
        if (!hosts.isEmpty())
            rule["host_header"] = hosts.first().toStdString();
    }
    const QString tg = forwardTarget(ctx, r, "action");
    if (!tg.isEmpty())
        rule["target_group"] = tg.toStdString();
    json &listener = lb->props["listeners"][size_t(place.index)];
    if (!listener.contains("rules"))
        listener["rules"] = json::array();
    listener["rules"].push_back(std::move(rule));
    ctx.fold(r, lb->id);
}

void importTargetGroup(ImportContext &ctx, const TfResource &r, Component *c)
{
    const QString name = attr::str(r.attributes, "name");
    if (!name.isEmpty() && c->name.isEmpty())
        c->name = name;
    if (const auto port = attr::integer(r.attributes, "port"))
        c->props["port"] = *port;
    const QString protocol = attr::str(r.attributes, "protocol");
    if (protocol == QLatin1String("HTTP") || protocol == QLatin1String("HTTPS"))
        c->props["protocol"] = protocol.toStdString();
    // a configuration that leaves target_type out gets the provider's default, "instance" (states always say it)
    const QString targetType = attr::str(r.attributes, "target_type");
    setString(*c, "target_type", targetType.isEmpty() && !r.attributes.contains("target_type") ? QStringLiteral("instance") : targetType);
    const json &health = attr::block(r.attributes, "health_check");
    setString(*c, "health_check_path", attr::str(health, "path"));
    if (const auto interval = attr::integer(health, "interval"))
        c->props["health_check_interval"] = *interval;
    if (const auto healthy = attr::integer(health, "healthy_threshold"))
        c->props["healthy_threshold"] = *healthy;
    placeIn(ctx, *c, vpcOf(ctx, r, "vpc_id"), tfimport::tr("its VPC is unknown"));
}

void foldTargetAttachment(ImportContext &ctx, const TfResource &r, Component *)
{
    const QString tg = ctx.ref(r, QStringLiteral("target_group_arn"), kTargetGroup);
    const QString instance = ctx.ref(r, QStringLiteral("target_id"), {QStringLiteral("ec2_instance")});
    if (tg.isEmpty() || instance.isEmpty())
        return ctx.skip(r, tfimport::tr("its target group or instance is not in the inputs (IP and Lambda targets are not modelled)"));
    Component &group = *ctx.component(tg);
    QStringList targets = group.refsProp("targets");
    if (!targets.contains(instance))
        targets << instance;
    setRefs(group, "targets", targets);
    ctx.fold(r, tg);
}

std::optional<std::pair<Outcome, QString>> onlyApplication(ImportContext &, const TfResource &r)
{
    const QString type = attr::str(r.attributes, "load_balancer_type");
    if (!type.isEmpty() && type != QLatin1String("application"))
        return std::make_pair(Outcome::Skipped, tfimport::tr("only Application Load Balancers are modelled; this one is of type %1 (its listeners are left out with it)").arg(type));
    return std::nullopt;
}

std::optional<std::pair<Outcome, QString>> modelledTargets(ImportContext &, const TfResource &r)
{
    const QString type = attr::str(r.attributes, "target_type");
    if (!type.isEmpty() && type != QLatin1String("ip") && type != QLatin1String("instance"))
        return std::make_pair(Outcome::Skipped, tfimport::tr("target groups of type %1 are not modelled").arg(type));
    return std::nullopt;
}

} // namespace

void addLoadBalancingImporters(ImportTable &table, std::vector<Finisher> &)
{
    const QString lb = QStringLiteral("load_balancer");
    for (const char *type : {"aws_lb", "aws_alb"})
        table.push_back(maps(QString::fromLatin1(type), lb, {QStringLiteral("name"), QStringLiteral("dns_name")}, importLoadBalancer, onlyApplication));
    for (const char *type : {"aws_lb_listener", "aws_alb_listener"})
        table.push_back(folds(QString::fromLatin1(type), lb, QStringLiteral("listeners"), 1, foldListener));
    for (const char *type : {"aws_lb_listener_rule", "aws_alb_listener_rule"})
        table.push_back(folds(QString::fromLatin1(type), lb, QStringLiteral("listeners[].rules"), 2, foldListenerRule));
    for (const char *type : {"aws_lb_target_group", "aws_alb_target_group"})
        table.push_back(maps(QString::fromLatin1(type), QStringLiteral("target_group"), {QStringLiteral("name")}, importTargetGroup, modelledTargets));
    for (const char *type : {"aws_lb_target_group_attachment", "aws_alb_target_group_attachment"})
        table.push_back(folds(QString::fromLatin1(type), QStringLiteral("target_group"), QStringLiteral("targets"), 1, foldTargetAttachment));
    table.push_back(skips(QStringLiteral("aws_lb_listener_certificate"), lb, QStringLiteral("additional listener certificates are not modelled")));
}

} // namespace kumo::tfimport
