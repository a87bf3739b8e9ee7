// Exposure: what the whole internet reaches through complete paths (exposure.md), not one setting at a time.
#include "rulesets.h"
#include "ruletext.h"
#include "rulehelpers.h"

#include "exposure/exposureanalysis.h"
#include "exposure/exposurenetwork.h"
#include "validation/validationcontext.h"

#include <QSet>

#include <memory>

namespace kumo::rules {

namespace {

using namespace kumo::exposure;

/// The analysis, run once per validation pass and shared by the six rules.
struct ExposureFacts
{
    std::shared_ptr<Network> network;
    ExposureReport report;
    std::vector<BlockedTarget> blockedTargets;
};

const ExposureFacts &facts(const ValidationContext &ctx)
{
    return ctx.derived<ExposureFacts>("exposure", [&] {
        ExposureFacts f;
        f.network = std::make_shared<Network>(ctx.design(), ctx.all());
        f.report = Analysis::analyze(*f.network);
        f.blockedTargets = Analysis::blockedTargets(*f.network);
        return f;
    });
}

bool isDirectFromWholeInternet(const ReachablePath &p)
{
    return p.fromWholeInternet() && p.hops.size() == 1;
}

/// The components on a path, in order, then @p first's neighbours named by the hop.
QStringList pathComponents(const ReachablePath &p)
{
    QStringList ids = {p.component};
    for (const Hop &hop : p.hops) {
        if (hop.to != p.component && !ids.contains(hop.to))
            ids << hop.to;
    }
    return ids;
}

void checkDatabaseDirect(const ValidationContext &ctx, FindingSink &sink)
{
    const ExposureFacts &f = facts(ctx);
    for (const ReachablePath &p : f.report.reachable) {
        const Component *c = ctx.component(p.component);
        if (!c || c->kind != QLatin1String("rds_instance") || !isDirectFromWholeInternet(p))
            continue;
        const Hop &hop = p.hops.front();
        sink.report({c->id, hop.group},
                    msg("database %1 is reachable from the whole internet on port %2: it is publicly accessible in a public "
                        "subnet and %3")
                        .arg(c->displayName())
                        .arg(p.port)
                        .arg(hop.because));
    }
}

void checkAdminDirect(const ValidationContext &ctx, FindingSink &sink)
{
    const ExposureFacts &f = facts(ctx);
    for (const ReachablePath &p : f.report.reachable) {
        const Component *c = ctx.component(p.component);
        if (!c || c->kind != QLatin1String("ec2_instance") || (p.port != 22 && p.port != 3389) || !isDirectFromWholeInternet(p))
            continue;
        const Hop &hop = p.hops.front();
        sink.report({c->id, hop.group},
                    msg("instance %1 accepts %2 on port %3 from the whole internet at its public address (%4)")
                        .arg(c->displayName(), p.port == 22 ? QStringLiteral("SSH") : QStringLiteral("RDP"))
                        .arg(p.port)
                        .arg(hop.because));
    }
}

void checkBypassesLoadBalancer(const ValidationContext &ctx, FindingSink &sink)
{
    const ExposureFacts &f = facts(ctx);
    const Network &network = *f.network;
    QSet<QString> reported;
    for (int lb = 0; lb < int(network.endpoints().size()); ++lb) {
        const Endpoint &balancer = network.endpoints()[lb];
        if (balancer.kind != Endpoint::Kind::LoadBalancer || !balancer.publicAddress)
            continue;
        for (const Listener &listener : network.listeners(lb)) {
            for (const Listener::Forward &forward : listener.forwards) {
                const TargetGroup &tg = network.targetGroups()[forward.targetGroup];
                for (int t : tg.targets) {
                    const Component *target = network.endpoints()[t].component;
                    const ReachablePath *direct = f.report.find(target->id, tg.port);
                    const QString key = target->id + QLatin1Char(':') + QString::number(tg.port);
                    if (!direct || !isDirectFromWholeInternet(*direct) || reported.contains(key))
                        continue;
                    reported.insert(key);
                    sink.report({target->id, balancer.component->id, direct->hops.front().group},
                                msg("%1 is a target of internet-facing load balancer %2 but the whole internet also reaches it "
                                    "directly on port %3 (%4)")
                                    .arg(target->displayName(), balancer.component->displayName())
                                    .arg(tg.port)
                                    .arg(direct->hops.front().because));
                }
            }
        }
    }
}

void checkInternalLbPublic(const ValidationContext &ctx, FindingSink &sink)
{
    const ExposureFacts &f = facts(ctx);
    QSet<QString> reported;
    for (const ReachablePath &p : f.report.reachable) { // shortest paths first
        const Component *c = ctx.component(p.component);
        if (!c || c->kind != QLatin1String("load_balancer") || c->stringProp("scheme") != QLatin1String("internal")
            || !p.fromWholeInternet() || reported.contains(c->id))
            continue;
        reported.insert(c->id);
        sink.report(pathComponents(p), msg("internal load balancer %1 is reachable from the whole internet on port %2: %3")
                                           .arg(c->displayName())
                                           .arg(p.port)
                                           .arg(Analysis::pathText(*f.network, p.hops)));
    }
}

void checkTargetBlocked(const ValidationContext &ctx, FindingSink &sink)
{
    const ExposureFacts &f = facts(ctx);
    for (const BlockedTarget &b : f.blockedTargets) {
        QStringList ids = {b.loadBalancer, b.targetGroup, b.target};
        QStringList reasons;
        for (const Blocker &blocker : b.blockedBy) {
            if (!ids.contains(blocker.component))
                ids << blocker.component;
            reasons << blocker.reason + QStringLiteral(": ") + blocker.fix;
        }
        sink.report(ids, msg("load balancer %1 cannot reach %2 of target group %3 on port %4: %5")
                             .arg(f.network->displayName(b.loadBalancer), f.network->displayName(b.target),
                                  f.network->displayName(b.targetGroup))
                             .arg(b.port)
                             .arg(reasons.join(QStringLiteral("; "))));
    }
}

void checkDataPath(const ValidationContext &ctx, FindingSink &sink)
{
    const ExposureFacts &f = facts(ctx);
    for (const ReachablePath &p : f.report.reachable) {
        const Component *c = ctx.component(p.component);
        if (!c || c->kind != QLatin1String("rds_instance") || !p.fromWholeInternet() || p.hops.size() < 2)
            continue;
        sink.report(pathComponents(p), msg("database %1 is reached from the whole internet through %n application hop(s): %2", nullptr,
                                           int(p.hops.size()) - 1)
                                           .arg(c->displayName(), Analysis::pathText(*f.network, p.hops)));
    }
}

/// Every kind whose properties change what the analysis finds.
const QStringList kReads = {QStringLiteral("vpc"),           QStringLiteral("subnet"),         QStringLiteral("security_group"),
                            QStringLiteral("ec2_instance"),  QStringLiteral("elastic_ip"),     QStringLiteral("load_balancer"),
                            QStringLiteral("target_group"),  QStringLiteral("ecs_service"),    QStringLiteral("ecs_task_definition"),
                            QStringLiteral("rds_instance"),  QStringLiteral("cloudfront_distribution"),
                            QStringLiteral("route53_record"), QStringLiteral("route53_zone")};

} // namespace

std::vector<Rule> exposureRules()
{
    return {
        {QStringLiteral("exposure.database-direct"), Severity::Error, KUMO_RULE_TEXT("Database reachable from the internet"),
         KUMO_RULE_TEXT("A packet from anywhere on the internet can reach this database directly: it has a public address, "
                        "sits in a subnet that routes to the internet gateway, and its security group admits the database "
                        "port from 0.0.0.0/0. All three together open it to password guessing and exploits. A database "
                        "belongs in private subnets, with publicly_accessible off and a security group that admits only "
                        "the application's security group; people reach the data through the application."),
         kReads, checkDatabaseDirect},
        {QStringLiteral("exposure.admin-direct"), Severity::Warning, KUMO_RULE_TEXT("Remote login reachable from the internet"),
         KUMO_RULE_TEXT("The whole internet can open SSH (22) or Remote Desktop (3389) on this instance: its security group "
                        "admits the port from 0.0.0.0/0 and the instance has a public address in a public subnet. An open "
                        "rule alone is not reachable (sg.ssh-open-world warns about the rule); here the whole path is "
                        "there. Limit the rule to your office or VPN range, log in through a bastion in the VPC, or use "
                        "Systems Manager Session Manager and close the port."),
         kReads, checkAdminDirect},
        {QStringLiteral("exposure.bypasses-load-balancer"), Severity::Warning, KUMO_RULE_TEXT("Target reachable around its load balancer"),
         KUMO_RULE_TEXT("This target sits behind an internet-facing load balancer, yet the internet can also reach it "
                        "directly on the port it serves: it has a public address and its security group admits the "
                        "internet. Requests that go around the load balancer skip its HTTPS, its health checks and "
                        "anything in front of it. Let the target's security group admit only the load balancer's "
                        "security group, and drop the public address."),
         kReads, checkBypassesLoadBalancer},
        {QStringLiteral("exposure.internal-lb-public"), Severity::Warning, KUMO_RULE_TEXT("Internal load balancer reachable from the internet"),
         KUMO_RULE_TEXT("An internal load balancer has only private addresses, which usually means \"only for the VPC\". "
                        "Here a path from the whole internet still arrives at it, for example as the origin of a "
                        "CloudFront distribution or through an instance that is public itself. If that is intended, make "
                        "it explicit and restrict the security group to CloudFront's addresses; otherwise remove the "
                        "path."),
         kReads, checkInternalLbPublic},
        {QStringLiteral("exposure.target-blocked"), Severity::Error, KUMO_RULE_TEXT("Load balancer cannot reach its targets"),
         KUMO_RULE_TEXT("A load balancer sends requests and health checks to its targets on the target group's port, from "
                        "its own security group. The targets' security group must admit that port from the load "
                        "balancer's security group (or its subnets), and the load balancer's egress must let it out. "
                        "Otherwise every health check times out, the targets never become healthy, and users get 502 or "
                        "503 errors. Add an ingress rule for the target group's port with the load balancer's security "
                        "group as the source."),
         kReads, checkTargetBlocked},
        {QStringLiteral("exposure.data-path"), Severity::Info, KUMO_RULE_TEXT("How a request reaches the database"),
         KUMO_RULE_TEXT("A request from the internet reaches this database through one or more application hops: for "
                        "example the load balancer on 443, the application on its port, then the database port. That is "
                        "the normal path to your data, and every hop on it is a place to check: the application's input "
                        "handling, the security group that admits only the application, and the database's own users and "
                        "passwords."),
         kReads, checkDataPath},
    };
}

} // namespace kumo::rules
