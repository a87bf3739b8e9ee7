// load_balancing.tf: Application Load Balancers, listeners, rules and target groups.
#include "emitters.h"
#include "validation/awsfacts.h"

#include "jsonfields.h"

#include <QSet>

namespace kumo::tf {

namespace {

const QString kLoadBalancingFile = QStringLiteral("load_balancing.tf");

nlohmann::json listenersOf(const Component &lb)
{
    const nlohmann::json &l = lb.prop("listeners");
    return l.is_array() ? l : nlohmann::json::array();
}

/// Rule resources of a listener: its name and the design's rules that have a condition.
std::vector<std::pair<QString, const nlohmann::json *>> listenerRules(const QString &listenerName, const nlohmann::json &listener)
{
    std::vector<std::pair<QString, const nlohmann::json *>> out;
    const nlohmann::json &rules = json::list(listener, "rules");
    for (size_t r = 0; r < rules.size(); ++r) {
        if (!json::string(rules[r], "path_pattern").isEmpty() || !json::string(rules[r], "host_header").isEmpty())
            out.push_back({listenerName + QStringLiteral("_rule_") + QString::number(r + 1), &rules[r]});
    }
    return out;
}

void forwardTo(Block &action, const TerraformContext &ctx, const Component *tg)
{
    if (tg) {
        action.attribute(QStringLiteral("type"), Value::string(QStringLiteral("forward")));
        action.attribute(QStringLiteral("target_group_arn"), TerraformContext::ref(QStringLiteral("aws_lb_target_group"), ctx.name(*tg), QStringLiteral("arn")));
        return;
    }
    action.attribute(QStringLiteral("type"), Value::string(QStringLiteral("fixed-response")));
    action.blank();
    Block &response = action.block(QStringLiteral("fixed_response"));
    response.attribute(QStringLiteral("content_type"), Value::string(QStringLiteral("text/plain")));
    response.attribute(QStringLiteral("message_body"), Value::string(QStringLiteral("Not found")));
    response.attribute(QStringLiteral("status_code"), Value::string(QStringLiteral("404")));
}

void emitLoadBalancer(TerraformContext &ctx, const Component &lb)
{
    const QString name = ctx.name(lb);
    Block &b = ctx.resource(kLoadBalancingFile, QStringLiteral("aws_lb"), name, lb);
    b.attribute(QStringLiteral("name"), ctx.prefixed(aws::exportedName(lb)));
    b.attribute(QStringLiteral("internal"), Value::boolean(lb.stringProp("scheme") == QLatin1String("internal")));
    b.attribute(QStringLiteral("load_balancer_type"), Value::string(QStringLiteral("application")));
    b.attribute(QStringLiteral("drop_invalid_header_fields"), Value::boolean(true));
    const Value groups = referenceList(ctx, lb, "security_groups", {QStringLiteral("security_group")}, QStringLiteral("aws_security_group"), QStringLiteral("id"));
    if (!groups.isEmptyList())
        b.attribute(QStringLiteral("security_groups"), groups);
    b.attribute(QStringLiteral("subnets"), referenceList(ctx, lb, "subnets", {QStringLiteral("subnet")}, QStringLiteral("aws_subnet"), QStringLiteral("id")));
    b.blank().attribute(QStringLiteral("tags"), ctx.nameTag(lb));
    ctx.output(name + QStringLiteral("_dns_name"), QStringLiteral("DNS name of the load balancer %1").arg(lb.displayName()),
               TerraformContext::ref(QStringLiteral("aws_lb"), name, QStringLiteral("dns_name")));

    const nlohmann::json listeners = listenersOf(lb);
    const QStringList names = listenerNames(ctx, lb);
    for (size_t i = 0; i < listeners.size(); ++i) {
        const nlohmann::json &l = listeners[i];
        if (!l.is_object())
            continue;
        const QString listenerName = names.at(qsizetype(i));
        const QString protocol = json::string(l, "protocol").isEmpty() ? QStringLiteral("HTTP") : json::string(l, "protocol");
        Block &lr = ctx.resource(kLoadBalancingFile, QStringLiteral("aws_lb_listener"), listenerName, lb);
        lr.attribute(QStringLiteral("load_balancer_arn"), TerraformContext::ref(QStringLiteral("aws_lb"), name, QStringLiteral("arn")));
        if (l.contains("port") && l["port"].is_number_integer())
            lr.attribute(QStringLiteral("port"), Value::number(l["port"].get<qint64>()));
        lr.attribute(QStringLiteral("protocol"), Value::string(protocol));
        if (protocol == QLatin1String("HTTPS")) {
            lr.attribute(QStringLiteral("ssl_policy"), Value::string(QStringLiteral("ELBSecurityPolicy-TLS13-1-2-2021-06")));
            if (const Component *cert = ctx.resolve(json::string(l, "certificate"), {QStringLiteral("acm_certificate")}))
                lr.attribute(QStringLiteral("certificate_arn"), certificateArn(ctx, *cert));
        }
        lr.blank();
        const Component *defaultGroup = ctx.resolve(json::string(l, "default_target_group"), {QStringLiteral("target_group")});
        if (json::boolean(l, "redirect_https")) {
            Block &action = lr.block(QStringLiteral("default_action"));
            action.attribute(QStringLiteral("type"), Value::string(QStringLiteral("redirect")));
            action.blank();
            Block &redirect = action.block(QStringLiteral("redirect"));
            redirect.attribute(QStringLiteral("port"), Value::string(QStringLiteral("443")));
            redirect.attribute(QStringLiteral("protocol"), Value::string(QStringLiteral("HTTPS")));
            redirect.attribute(QStringLiteral("status_code"), Value::string(QStringLiteral("HTTP_301")));
        } else {
            forwardTo(lr.block(QStringLiteral("default_action")), ctx, defaultGroup);
            if (defaultGroup && deployedBlueGreen(ctx, *defaultGroup)) {
                // CodeDeploy switches the listener between the blue and green target groups
                lr.blank();
                lr.block(QStringLiteral("lifecycle")).attribute(QStringLiteral("ignore_changes"), Value::list({Value::expression(QStringLiteral("default_action"))}));
            }
        }

        const nlohmann::json rules = l.contains("rules") && l["rules"].is_array() ? l["rules"] : nlohmann::json::array();
        for (size_t r = 0; r < rules.size(); ++r) {
            const nlohmann::json &rule = rules[r];
            const QString path = json::string(rule, "path_pattern");
            const QString host = json::string(rule, "host_header");
            if (path.isEmpty() && host.isEmpty())
                continue; // a rule needs a condition
            const bool hasPriority = rule.contains("priority") && rule["priority"].is_number_integer();
            Block &rb = ctx.resource(kLoadBalancingFile, QStringLiteral("aws_lb_listener_rule"),
                                     listenerName + QStringLiteral("_rule_") + QString::number(r + 1), lb);
            rb.attribute(QStringLiteral("listener_arn"), TerraformContext::ref(QStringLiteral("aws_lb_listener"), listenerName, QStringLiteral("arn")));
            if (hasPriority)
                rb.attribute(QStringLiteral("priority"), Value::number(rule["priority"].get<qint64>()));
            rb.blank();
            const Component *ruleGroup = ctx.resolve(json::string(rule, "target_group"), {QStringLiteral("target_group")});
            forwardTo(rb.block(QStringLiteral("action")), ctx, ruleGroup);
            if (!path.isEmpty()) {
                rb.blank();
                rb.block(QStringLiteral("condition")).block(QStringLiteral("path_pattern")).attribute(QStringLiteral("values"), Value::stringList({path}));
            }
            if (!host.isEmpty()) {
                rb.blank();
                rb.block(QStringLiteral("condition")).block(QStringLiteral("host_header")).attribute(QStringLiteral("values"), Value::list({domainValue(ctx, host)}));
            }
            if (ruleGroup && deployedBlueGreen(ctx, *ruleGroup)) {
                rb.blank();
                rb.block(QStringLiteral("lifecycle")).attribute(QStringLiteral("ignore_changes"), Value::list({Value::expression(QStringLiteral("action"))}));
            }
        }
    }
}

void targetGroupBody(Block &b, const TerraformContext &ctx, const Component &tg, const Value &awsTgName, const QString &tagSuffix = {})
{
    const Component *vpc = ctx.index().vpcOf(tg);
    b.attribute(QStringLiteral("name"), awsTgName);
    b.attribute(QStringLiteral("port"), Value::number(tg.intProp("port", 80)));
    b.attribute(QStringLiteral("protocol"), Value::string(tg.stringProp("protocol")));
    b.attribute(QStringLiteral("target_type"), Value::string(tg.stringProp("target_type")));
    if (vpc)
        b.attribute(QStringLiteral("vpc_id"), TerraformContext::ref(QStringLiteral("aws_vpc"), ctx.name(*vpc), QStringLiteral("id")));
    b.blank();
    Block &health = b.block(QStringLiteral("health_check"));
    health.attribute(QStringLiteral("path"), Value::string(tg.stringProp("health_check_path")));
    health.attribute(QStringLiteral("interval"), Value::number(tg.intProp("health_check_interval", 30)));
    health.attribute(QStringLiteral("healthy_threshold"), Value::number(tg.intProp("healthy_threshold", 3)));
    health.attribute(QStringLiteral("matcher"), Value::string(QStringLiteral("200-399")));
    b.blank().attribute(QStringLiteral("tags"), ctx.nameTag(tg, tagSuffix));
}

void emitTargetGroup(TerraformContext &ctx, const Component &tg)
{
    const QString name = ctx.name(tg);
    const bool blueGreen = deployedBlueGreen(ctx, tg);
    targetGroupBody(ctx.resource(kLoadBalancingFile, QStringLiteral("aws_lb_target_group"), name, tg), ctx, tg,
                    ctx.prefixed(aws::exportedName(tg)), blueGreen ? QStringLiteral(" blue") : QString());
    if (blueGreen) {
        // blue/green deployments shift traffic between two target groups
        targetGroupBody(ctx.resource(kLoadBalancingFile, QStringLiteral("aws_lb_target_group"), name + QStringLiteral("_green"), tg), ctx, tg,
                        ctx.prefixed(aws::exportedName(tg, true)), QStringLiteral(" green"));
    }
    for (const QString &id : tg.refsProp("targets")) {
        const Component *instance = ctx.resolve(id, {QStringLiteral("ec2_instance")});
        if (!instance)
            continue;
        Block &a = ctx.resource(kLoadBalancingFile, QStringLiteral("aws_lb_target_group_attachment"), name + QLatin1Char('_') + ctx.name(*instance), tg);
        a.attribute(QStringLiteral("target_group_arn"), TerraformContext::ref(QStringLiteral("aws_lb_target_group"), name, QStringLiteral("arn")));
        a.attribute(QStringLiteral("target_id"), TerraformContext::ref(QStringLiteral("aws_instance"), ctx.name(*instance), QStringLiteral("id")));
        a.attribute(QStringLiteral("port"), Value::number(tg.intProp("port", 80)));
    }
}

} // namespace

QStringList listenerNames(const TerraformContext &ctx, const Component &lb)
{
    QStringList names;
    QSet<QString> taken;
    const nlohmann::json listeners = listenersOf(lb);
    for (size_t i = 0; i < listeners.size(); ++i) {
        const nlohmann::json &l = listeners[i];
        QString n = ctx.name(lb) + QLatin1Char('_')
                    + (l.is_object() && l.contains("port") && l["port"].is_number_integer() ? QString::number(l["port"].get<qint64>())
                                                                                           : QStringLiteral("listener"));
        if (taken.contains(n))
            n += QLatin1Char('_') + QString::number(i + 1);
        taken.insert(n);
        names << n;
    }
    return names;
}

namespace {
/// What forwards to one target group: its listeners (directly or through a rule), the addresses
/// of the listeners and listener rules that attach it, and the listener CodeDeploy would use.
struct TargetGroupUse
{
    QStringList listeners;
    QStringList attachments;
    QString firstHttps;
    QString firstListener;
};

/// One pass over every load balancer's listeners, by target group id.
const QHash<QString, TargetGroupUse> &targetGroupUses(const TerraformContext &ctx)
{
    return ctx.derived<QHash<QString, TargetGroupUse>>("target group uses", [&] {
        QHash<QString, TargetGroupUse> uses;
        for (const Component *lb : ctx.index().ofKind(QStringLiteral("load_balancer"))) {
            const nlohmann::json listeners = listenersOf(*lb);
            const QStringList names = listenerNames(ctx, *lb);
            for (size_t i = 0; i < listeners.size(); ++i) {
                const QString &listener = names.at(qsizetype(i));
                const QString defaultGroup = json::boolean(listeners[i], "redirect_https") ? QString() : json::string(listeners[i], "default_target_group");
                // the target groups this listener sends to, each once, in order
                QStringList groups;
                if (!defaultGroup.isEmpty())
                    groups << defaultGroup;
                for (const nlohmann::json &r : json::list(listeners[i], "rules")) {
                    const QString group = json::string(r, "target_group");
                    if (!group.isEmpty() && !groups.contains(group))
                        groups << group;
                }
                for (const QString &group : groups) {
                    TargetGroupUse &use = uses[group];
                    use.listeners << listener;
                    if (use.firstListener.isEmpty())
                        use.firstListener = listener;
                    if (use.firstHttps.isEmpty() && json::string(listeners[i], "protocol") == QLatin1String("HTTPS"))
                        use.firstHttps = listener;
                }
                if (!defaultGroup.isEmpty())
                    uses[defaultGroup].attachments << QStringLiteral("aws_lb_listener.") + listener;
                for (const auto &[ruleName, rule] : listenerRules(listener, listeners[i])) {
                    const QString group = json::string(*rule, "target_group");
                    if (!group.isEmpty())
                        uses[group].attachments << QStringLiteral("aws_lb_listener_rule.") + ruleName;
                }
            }
        }
        return uses;
    });
}
} // namespace

QStringList listenersForTargetGroup(const TerraformContext &ctx, const Component &tg)
{
    return targetGroupUses(ctx).value(tg.id).listeners;
}

QStringList attachmentsOfTargetGroup(const TerraformContext &ctx, const Component &tg)
{
    return targetGroupUses(ctx).value(tg.id).attachments;
}

QString productionListener(const TerraformContext &ctx, const Component &tg)
{
    const TargetGroupUse use = targetGroupUses(ctx).value(tg.id);
    return use.firstHttps.isEmpty() ? use.firstListener : use.firstHttps;
}

void addLoadBalancingEmitters(EmitterTable &table)
{
    table.insert(QStringLiteral("load_balancer"), emitLoadBalancer);
    table.insert(QStringLiteral("target_group"), emitTargetGroup);
}

} // namespace kumo::tf
