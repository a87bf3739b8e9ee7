// Load balancing: listeners, rules, subnets and target groups of Application Load Balancers.
#include "rulehelpers.h"
#include "rulesets.h"

#include "jsonfields.h"
#include "ruletext.h"

#include "validation/validationcontext.h"

#include <QHash>
#include <QSet>

namespace kumo::rules {

namespace {

constexpr int kMaxListeners = 50;

nlohmann::json listenersOf(const Component &lb)
{
    const nlohmann::json l = lb.prop("listeners");
    return l.is_array() ? l : nlohmann::json::array();
}

QString listenerName(const nlohmann::json &listener, size_t index)
{
    const auto port = listener.find("port");
    return port != listener.end() && port->is_number_integer() ? msg("listener %1").arg(port->get<qint64>())
                                                               : msg("listener #%1").arg(index + 1);
}

void checkTwoZones(const ValidationContext &ctx, FindingSink &sink)
{
    for (const Component *lb : ctx.ofKind(kLb)) {
        const int zones = distinctZones(ctx, resolveAll(ctx, *lb, QStringLiteral("subnets"), kSubnet));
        if (zones < 2)
            sink.report({lb->id}, msg("load balancer %1 has subnets in %n availability zone(s); it needs two at least", nullptr, zones)
                                      .arg(lb->displayName()));
    }
}

void checkListenerCount(const ValidationContext &ctx, FindingSink &sink)
{
    for (const Component *lb : ctx.ofKind(kLb)) {
        const size_t count = listenersOf(*lb).size();
        if (count == 0)
            sink.report({lb->id}, msg("load balancer %1 has no listener, so it accepts no traffic").arg(lb->displayName()));
        else if (count > kMaxListeners)
            sink.report({lb->id}, msg("load balancer %1 has %2 listeners; AWS allows %3").arg(lb->displayName()).arg(count).arg(kMaxListeners));
    }
}

void checkDuplicatePorts(const ValidationContext &ctx, FindingSink &sink)
{
    for (const Component *lb : ctx.ofKind(kLb)) {
        QHash<qint64, int> seen;
        for (const nlohmann::json &l : listenersOf(*lb)) {
            const auto port = l.find("port");
            if (port != l.end() && port->is_number_integer() && ++seen[port->get<qint64>()] == 2)
                sink.report({lb->id}, msg("load balancer %1 has two listeners on port %2").arg(lb->displayName()).arg(port->get<qint64>()));
        }
    }
}

void checkHttpsCertificate(const ValidationContext &ctx, FindingSink &sink)
{
    for (const Component *lb : ctx.ofKind(kLb)) {
        const nlohmann::json listeners = listenersOf(*lb);
        for (size_t i = 0; i < listeners.size(); ++i) {
            if (json::string(listeners[i], "protocol") == QLatin1String("HTTPS") && json::string(listeners[i], "certificate").isEmpty())
                sink.report({lb->id}, msg("HTTPS %1 of load balancer %2 has no certificate")
                                          .arg(listenerName(listeners[i], i), lb->displayName()));
        }
    }
}

void checkPublicInPrivate(const ValidationContext &ctx, FindingSink &sink)
{
    for (const Component *lb : ctx.ofKind(kLb)) {
        if (lb->stringProp("scheme") != QLatin1String("internet-facing"))
            continue;
        QStringList privateOnes;
        QStringList ids = {lb->id};
        for (const Component *s : resolveAll(ctx, *lb, QStringLiteral("subnets"), kSubnet)) {
            if (!s->boolProp("public")) {
                privateOnes << s->displayName();
                ids << s->id;
            }
        }
        if (!privateOnes.isEmpty())
            sink.report(ids, msg("internet-facing load balancer %1 is placed in private subnet(s) %2")
                                 .arg(lb->displayName(), privateOnes.join(QStringLiteral(", "))));
    }
}

void checkRulePriority(const ValidationContext &ctx, FindingSink &sink)
{
    for (const Component *lb : ctx.ofKind(kLb)) {
        const nlohmann::json listeners = listenersOf(*lb);
        for (size_t i = 0; i < listeners.size(); ++i) {
            const auto rules = listeners[i].find("rules");
            if (rules == listeners[i].end() || !rules->is_array())
                continue;
            QSet<qint64> seen;
            for (const nlohmann::json &r : *rules) {
                const auto p = r.find("priority");
                if (p == r.end() || !p->is_number_integer())
                    continue;
                const qint64 priority = p->get<qint64>();
                if (priority < 1 || priority > 50000)
                    sink.report({lb->id}, msg("%1 of load balancer %2 has a rule with priority %3; priorities run from 1 to 50000")
                                              .arg(listenerName(listeners[i], i), lb->displayName())
                                              .arg(priority));
                else if (seen.contains(priority))
                    sink.report({lb->id}, msg("%1 of load balancer %2 has two rules with priority %3")
                                              .arg(listenerName(listeners[i], i), lb->displayName())
                                              .arg(priority));
                seen.insert(priority);
            }
        }
    }
}

void checkNoTarget(const ValidationContext &ctx, FindingSink &sink)
{
    for (const Component *lb : ctx.ofKind(kLb)) {
        const nlohmann::json listeners = listenersOf(*lb);
        for (size_t i = 0; i < listeners.size(); ++i) {
            if (json::string(listeners[i], "default_target_group").isEmpty() && !json::boolean(listeners[i], "redirect_https"))
                sink.report({lb->id}, msg("%1 of load balancer %2 has no default target group")
                                          .arg(listenerName(listeners[i], i), lb->displayName()));
            const auto rules = listeners[i].find("rules");
            if (rules == listeners[i].end() || !rules->is_array())
                continue;
            for (size_t r = 0; r < rules->size(); ++r) {
                if (json::string((*rules)[r], "target_group").isEmpty())
                    sink.report({lb->id}, msg("rule %1 of %2 of load balancer %3 has no target group")
                                              .arg(r + 1)
                                              .arg(listenerName(listeners[i], i), lb->displayName()));
            }
        }
    }
}

/// Services (with their task definitions) that send traffic to each target group.
QHash<QString, std::vector<std::pair<const Component *, const Component *>>> servicesByTargetGroup(const ValidationContext &ctx)
{
    QHash<QString, std::vector<std::pair<const Component *, const Component *>>> result;
    for (const Component *svc : ctx.ofKind(QStringLiteral("ecs_service"))) {
        const QString tg = svc->stringProp("target_group");
        const Component *task = ctx.resolve(svc->stringProp("task_definition"), {QStringLiteral("ecs_task_definition")});
        if (!tg.isEmpty() && task)
            result[tg].push_back({svc, task});
    }
    return result;
}

void checkPortMismatch(const ValidationContext &ctx, FindingSink &sink)
{
    const auto services = servicesByTargetGroup(ctx);
    for (const Component *tg : ctx.ofKind(kTg)) {
        const qint64 port = tg->intProp("port", 80);
        for (const auto &[svc, task] : services.value(tg->id)) {
            const nlohmann::json containers = containersOf(*task);
            const nlohmann::json *container = serviceContainer(*svc, containers);
            qint64 containerPort = svc->intProp("container_port", -1);
            if (containerPort < 0 && container && container->contains("container_port") && (*container)["container_port"].is_number_integer())
                containerPort = (*container)["container_port"].get<qint64>();
            if (containerPort >= 0 && containerPort != port)
                sink.report({tg->id, svc->id}, msg("target group %1 uses port %2 but service %3 sends to container port %4")
                                                   .arg(tg->displayName())
                                                   .arg(port)
                                                   .arg(svc->displayName())
                                                   .arg(containerPort));
        }
    }
}

void checkTargetType(const ValidationContext &ctx, FindingSink &sink)
{
    const auto services = servicesByTargetGroup(ctx);
    for (const Component *tg : ctx.ofKind(kTg)) {
        const QString type = tg->stringProp("target_type");
        for (const auto &[svc, task] : services.value(tg->id)) {
            const bool awsvpc = usesAwsvpc(*task) || svc->stringProp("launch_type") == QLatin1String("FARGATE");
            if (awsvpc && type != QLatin1String("ip"))
                sink.report({tg->id, svc->id}, msg("target group %1 is of type %2 but service %3 runs in awsvpc mode, whose tasks register by IP")
                                                   .arg(tg->displayName(), type, svc->displayName()));
        }
        const QStringList targets = tg->refsProp("targets");
        if (type == QLatin1String("ip") && !targets.isEmpty())
            sink.report({tg->id}, msg("target group %1 is of type ip but lists EC2 instances (%2); use type instance")
                                      .arg(tg->displayName(), targets.join(QStringLiteral(", "))));
    }
}

} // namespace

std::vector<Rule> loadBalancingRules()
{
    const QStringList lb = {kLb};
    return {
        {QStringLiteral("alb.two-azs"), Severity::Error, KUMO_RULE_TEXT("Load balancer in fewer than two zones"),
         KUMO_RULE_TEXT("An Application Load Balancer runs nodes in every subnet you give it, and AWS requires subnets in at "
                        "least two availability zones, so that the load balancer survives the loss of a zone. Pick one "
                        "subnet in each of two (or more) zones, usually the public subnets."),
         {kLb, kSubnet, QStringLiteral("availability_zone")}, checkTwoZones},
        {QStringLiteral("alb.listener-count"), Severity::Error, KUMO_RULE_TEXT("No listener, or too many"),
         KUMO_RULE_TEXT("A listener is the port and protocol on which the load balancer accepts connections (for example "
                        "HTTPS on 443); without one it accepts nothing. AWS allows at most 50 listeners per Application "
                        "Load Balancer today. Older material, including the notes this product grew from, says at most "
                        "10: that was the earlier quota."),
         lb, checkListenerCount},
        {QStringLiteral("alb.listener-port-duplicate"), Severity::Error, KUMO_RULE_TEXT("Two listeners on one port"),
         KUMO_RULE_TEXT("Each listener owns its port: a load balancer cannot have two listeners on 443. To send different "
                        "requests on the same port to different places, use one listener with rules (by path or host name)."),
         lb, checkDuplicatePorts},
        {QStringLiteral("alb.https-certificate"), Severity::Error, KUMO_RULE_TEXT("HTTPS listener without certificate"),
         KUMO_RULE_TEXT("To speak HTTPS the load balancer must present a TLS certificate for the site's name. Request one "
                        "from AWS Certificate Manager (free for use with load balancers) in the same region, and select it "
                        "on the listener."),
         {kLb, QStringLiteral("acm_certificate")}, checkHttpsCertificate},
        {QStringLiteral("alb.public-in-private-subnets"), Severity::Error, KUMO_RULE_TEXT("Internet-facing load balancer in private subnets"),
         KUMO_RULE_TEXT("An internet-facing load balancer needs public addresses, and those only work in public subnets "
                        "(routed to the internet gateway). Place it in the public subnets, and keep the application "
                        "servers behind it in the private ones. Use the internal scheme for a load balancer that only "
                        "serves the VPC."),
         {kLb, kSubnet}, checkPublicInPrivate},
        {QStringLiteral("alb.rule-priority"), Severity::Error, KUMO_RULE_TEXT("Invalid rule priority"),
         KUMO_RULE_TEXT("A listener checks its rules in order of priority, lowest number first, and uses the default action "
                        "when none matches. Priorities are 1 to 50000 and must be unique within a listener, because the "
                        "order must be unambiguous."),
         lb, checkRulePriority},
        {QStringLiteral("alb.no-target"), Severity::Error, KUMO_RULE_TEXT("Listener or rule without target group"),
         KUMO_RULE_TEXT("Every listener needs a default action, here a target group to forward to when no rule matches, and "
                        "every rule needs a target group for the requests it matches. A target group is the set of servers "
                        "or tasks that receive the requests, checked by a health check. An HTTP listener that only "
                        "redirects to HTTPS (redirect_https) needs none."),
         {kLb, kTg}, checkNoTarget},
        {QStringLiteral("tg.port-mismatch"), Severity::Error, KUMO_RULE_TEXT("Target group port differs from the container"),
         KUMO_RULE_TEXT("The load balancer sends requests to the target group's port on each target. With ECS, the targets "
                        "are containers, so that port must be the port the container listens on (its container port; in "
                        "awsvpc mode the host port is the same). Listener port 443 outside, container port 8080 inside is "
                        "normal: the target group carries the 8080."),
         {kTg, QStringLiteral("ecs_service"), QStringLiteral("ecs_task_definition")}, checkPortMismatch},
        {QStringLiteral("tg.target-type"), Severity::Error, KUMO_RULE_TEXT("Wrong target type"),
         KUMO_RULE_TEXT("In awsvpc mode (always on Fargate) each task gets its own network interface and IP address, so its "
                        "target group must be of type ip. Type instance registers EC2 instances by id and is for targets "
                        "that are instances; an ip target group cannot list instances."),
         {kTg, QStringLiteral("ecs_service"), QStringLiteral("ecs_task_definition")}, checkTargetType},
    };
}

} // namespace kumo::rules
