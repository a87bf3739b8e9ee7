// Compute, addresses and firewalls: public IPs, Elastic IPs and security-group rules.
#include "rulehelpers.h"
#include "rulesets.h"
#include "ruletext.h"

#include "validation/validationcontext.h"

#include <QRegularExpression>
#include <QSet>

namespace kumo::rules {

namespace {

void checkInstancePublicIp(const ValidationContext &ctx, const Component &i, FindingSink &sink)
{
    if (i.kind != kInstance)
        return;
    const Component *subnet = ctx.resolve(i.parent, {QStringLiteral("subnet")});
    if (!subnet || subnet->boolProp("public"))
        return;
    if (i.boolProp("public_ip")) {
        sink.report({i.id, subnet->id}, msg("instance %1 asks for a public IP but sits in private subnet %2")
                                            .arg(i.displayName(), subnet->displayName()));
        return;
    }
    for (const Component *eip : ctx.ofKind(kEip)) {
        if (eip->stringProp("instance") == i.id) {
            sink.report({i.id, eip->id, subnet->id}, msg("instance %1 has Elastic IP %2 but sits in private subnet %3")
                                                         .arg(i.displayName(), eip->displayName(), subnet->displayName()));
            return;
        }
    }
}

void checkPublicIpInPrivateSubnet(const ValidationContext &ctx, FindingSink &sink)
{
    QSet<QString> withEip;
    for (const Component *eip : ctx.ofKind(kEip))
        withEip.insert(eip->stringProp("instance"));
    for (const Component *i : ctx.ofKind(kInstance)) {
        if (i->boolProp("public_ip") || withEip.contains(i->id))
            checkInstancePublicIp(ctx, *i, sink);
    }
}

void checkUnattachedEip(const ValidationContext &ctx, FindingSink &sink)
{
    for (const Component *eip : ctx.ofKind(kEip)) {
        if (eip->stringProp("instance").isEmpty())
            sink.report({eip->id}, msg("Elastic IP %1 is attached to no instance").arg(eip->displayName()));
    }
}

/// Reports ingress rules open to the whole internet that reach any of @p ports.
void checkWorldPorts(const ValidationContext &ctx, FindingSink &sink, std::initializer_list<qint64> ports)
{
    for (const Component *sg : ctx.ofKind(kGroup)) {
        for (const SecurityRule &rule : securityRules(*sg, "ingress")) {
            if (!isWholeInternet(rule.cidr))
                continue;
            QStringList open;
            for (qint64 port : ports) {
                if (ruleCoversPort(rule, port))
                    open << QString::number(port);
            }
            if (!open.isEmpty())
                sink.report({sg->id}, msg("security group %1 lets the whole internet (0.0.0.0/0) reach port %2 (ingress rule %3: %4)")
                                          .arg(sg->displayName(), open.join(QStringLiteral(", ")))
                                          .arg(rule.index + 1)
                                          .arg(describeRule(rule)));
        }
    }
}

void checkAllOpen(const ValidationContext &ctx, FindingSink &sink)
{
    for (const Component *sg : ctx.ofKind(kGroup)) {
        for (const SecurityRule &rule : securityRules(*sg, "ingress")) {
            const bool allPorts = rule.protocol == QLatin1String("-1")
                                  || (rule.protocol != QLatin1String("icmp") && rule.fromPort.value_or(-1) <= 0
                                      && rule.toPort.value_or(-1) >= 65535);
            if (isWholeInternet(rule.cidr) && allPorts)
                sink.report({sg->id}, msg("security group %1 accepts %2 from the whole internet (ingress rule %3)")
                                          .arg(sg->displayName(), describeRule(rule))
                                          .arg(rule.index + 1));
        }
    }
}

void checkPortRange(const ValidationContext &ctx, FindingSink &sink)
{
    for (const Component *sg : ctx.ofKind(kGroup)) {
        for (const char *direction : {"ingress", "egress"}) {
            for (const SecurityRule &rule : securityRules(*sg, direction)) {
                if (rule.protocol == QLatin1String("-1"))
                    continue; // ports do not apply to "all traffic"
                const bool icmp = rule.protocol == QLatin1String("icmp");
                const qint64 low = icmp ? -1 : 0;
                const qint64 high = icmp ? 255 : 65535;
                const QString where = QStringLiteral("%1[%2]").arg(QString::fromLatin1(direction)).arg(rule.index);
                if (!rule.fromPort || !rule.toPort) {
                    sink.report({sg->id}, msg("security group %1, %2: a %3 rule needs from_port and to_port")
                                              .arg(sg->displayName(), where, rule.protocol));
                } else if (*rule.fromPort < low || *rule.fromPort > high || *rule.toPort < low || *rule.toPort > high) {
                    sink.report({sg->id}, msg("security group %1, %2: ports %3-%4 are outside %5..%6")
                                              .arg(sg->displayName(), where)
                                              .arg(*rule.fromPort)
                                              .arg(*rule.toPort)
                                              .arg(low)
                                              .arg(high));
                } else if (!icmp && *rule.fromPort > *rule.toPort) {
                    sink.report({sg->id}, msg("security group %1, %2: from_port %3 is greater than to_port %4")
                                              .arg(sg->displayName(), where)
                                              .arg(*rule.fromPort)
                                              .arg(*rule.toPort));
                }
            }
        }
    }
}

const QStringList kGroupUsers = {kInstance, QStringLiteral("load_balancer"), QStringLiteral("rds_instance"), QStringLiteral("ecs_service")};

void checkComponentGroupsVpc(const ValidationContext &ctx, const Component &c, FindingSink &sink)
{
    const Component *vpc = kGroupUsers.contains(c.kind) ? ctx.vpcOf(c) : nullptr;
    if (!vpc)
        return; // an ECS service's VPC comes from its subnets: see ecs.service-network
    for (const Component *sg : resolveAll(ctx, c, QStringLiteral("security_groups"), kGroup)) {
        const Component *sgVpc = ctx.vpcOf(*sg);
        if (sgVpc && sgVpc != vpc)
            sink.report({c.id, sg->id}, msg("%1 is in VPC %2 but uses security group %3 of VPC %4")
                                            .arg(c.displayName(), vpc->displayName(), sg->displayName(), sgVpc->displayName()));
    }
}

void checkCrossVpc(const ValidationContext &ctx, FindingSink &sink)
{
    for (const QString &kind : kGroupUsers) {
        for (const Component *c : ctx.ofKind(kind))
            checkComponentGroupsVpc(ctx, *c, sink);
    }
    for (const Component *sg : ctx.ofKind(kGroup)) {
        const Component *vpc = ctx.vpcOf(*sg);
        for (const char *direction : {"ingress", "egress"}) {
            for (const SecurityRule &rule : securityRules(*sg, direction)) {
                const Component *source = ctx.resolve(rule.source, {kGroup});
                const Component *sourceVpc = source ? ctx.vpcOf(*source) : nullptr;
                if (vpc && sourceVpc && sourceVpc != vpc)
                    sink.report({sg->id, source->id}, msg("security group %1 (VPC %2) names group %3 of VPC %4 as a source")
                                                          .arg(sg->displayName(), vpc->displayName(), source->displayName(),
                                                               sourceVpc->displayName()));
            }
        }
    }
}

const QStringList kServers = {kInstance, QStringLiteral("load_balancer"), QStringLiteral("ecs_service")};

bool hasIngress(const Component &group)
{
    const nlohmann::json &ingress = group.prop("ingress");
    return ingress.is_array() && !ingress.empty();
}

void checkComponentReachable(const ValidationContext &ctx, const Component &c, FindingSink &sink)
{
    if (!kServers.contains(c.kind))
        return;
    const auto groups = resolveAll(ctx, c, QStringLiteral("security_groups"), kGroup);
    for (const Component *sg : groups) {
        if (hasIngress(*sg))
            return;
    }
    if (groups.empty())
        sink.report({c.id}, msg("%1 %2 has no security group, so no inbound traffic is allowed to it").arg(kindName(c.kind), c.displayName()));
    else
        sink.report({c.id}, msg("%1 %2 has no inbound rule in its security groups, so nothing can reach it").arg(kindName(c.kind), c.displayName()));
}

void checkUnreachable(const ValidationContext &ctx, FindingSink &sink)
{
    for (const QString &kind : kServers) {
        for (const Component *c : ctx.ofKind(kind))
            checkComponentReachable(ctx, *c, sink);
    }
}

void checkAmiFormat(const ValidationContext &ctx, FindingSink &sink)
{
    static const QRegularExpression ami(QStringLiteral("^ami-([0-9a-f]{8}|[0-9a-f]{17})$"));
    for (const Component *i : ctx.ofKind(kInstance)) {
        const QString id = i->stringProp("ami");
        if (id.isEmpty())
            sink.report({i->id}, msg("instance %1 has no AMI").arg(i->displayName()));
        else if (!ami.match(id).hasMatch())
            sink.report({i->id}, msg("instance %1 has AMI '%2', which is not ami- followed by 8 or 17 lowercase hex digits").arg(i->displayName(), id));
    }
}

} // namespace

std::vector<Rule> firewallRules()
{
    const QStringList groups = {kGroup};
    return {
        {QStringLiteral("ec2.ami-format"), Severity::Error, KUMO_RULE_TEXT("Malformed machine image id"),
         KUMO_RULE_TEXT("An instance boots from an Amazon Machine Image (AMI), named by an id such as "
                        "ami-0abcdef1234567890: ami- followed by 17 (older images: 8) lowercase hexadecimal digits. AMI ids "
                        "differ per region, so copy the id from the EC2 console or look it up from a public SSM parameter "
                        "(Amazon Linux 2023: /aws/service/ami-amazon-linux-latest/al2023-ami-kernel-default-x86_64); "
                        "an image name or a malformed id is refused when the instance is launched."),
         {kInstance}, checkAmiFormat},
        {QStringLiteral("ec2.public-ip-private-subnet"), Severity::Warning, KUMO_RULE_TEXT("Public address in a private subnet"),
         KUMO_RULE_TEXT("A public IP or Elastic IP only works when the subnet routes to an internet gateway. In a private "
                        "subnet the address is assigned but no traffic can use it, which costs money and misleads readers. "
                        "Move the instance to a public subnet, or drop the public address and reach it through a load "
                        "balancer or a bastion."),
         {kInstance, kEip, QStringLiteral("subnet")}, checkPublicIpInPrivateSubnet, checkInstancePublicIp, {kInstance}},
        {QStringLiteral("eip.unattached"), Severity::Warning, KUMO_RULE_TEXT("Idle Elastic IP"),
         KUMO_RULE_TEXT("An Elastic IP is a static public IPv4 address that stays yours until you release it, even when the "
                        "instance stops. AWS bills every public IPv4 address, attached or not, so an address attached to "
                        "nothing is pure cost. Attach it to an instance or remove it."),
         {kEip}, checkUnattachedEip},
        {QStringLiteral("sg.ssh-open-world"), Severity::Warning, KUMO_RULE_TEXT("Remote login open to the internet"),
         KUMO_RULE_TEXT("Port 22 (SSH) and 3389 (Remote Desktop) are scanned by bots all day long. Allowing them from "
                        "0.0.0.0/0 invites password guessing and exploits. Limit the source to your office or VPN range "
                        "(for example 203.0.113.0/24), or use Systems Manager Session Manager and close the port entirely. "
                        "Log in with a key pair: the private key stays with you, the instance only holds the public key."),
         groups, [](const ValidationContext &c, FindingSink &s) { checkWorldPorts(c, s, {22, 3389}); }},
        {QStringLiteral("sg.db-open-world"), Severity::Error, KUMO_RULE_TEXT("Database port open to the internet"),
         KUMO_RULE_TEXT("Database ports (MySQL 3306, PostgreSQL 5432, SQL Server 1433, Oracle 1521, MongoDB 27017) must "
                        "never be reachable from the whole internet. Allow them only from the security group of the "
                        "application that uses the database: use the application's group as the rule's source instead of "
                        "a CIDR."),
         groups, [](const ValidationContext &c, FindingSink &s) { checkWorldPorts(c, s, {3306, 5432, 1433, 1521, 27017}); }},
        {QStringLiteral("sg.all-open"), Severity::Warning, KUMO_RULE_TEXT("Everything open to the internet"),
         KUMO_RULE_TEXT("A security group is a stateful firewall: inbound traffic is denied unless a rule allows it, and "
                        "answers to allowed traffic go back out automatically. A rule that allows every protocol or every "
                        "port from 0.0.0.0/0 switches that protection off. Allow only the ports the service actually "
                        "listens on, such as 443 for HTTPS."),
         groups, checkAllOpen},
        {QStringLiteral("sg.port-range"), Severity::Error, KUMO_RULE_TEXT("Impossible port range"),
         KUMO_RULE_TEXT("TCP and UDP ports are numbered 0 to 65535, and a rule's range runs from from_port up to to_port, so "
                        "from_port may not be greater than to_port. For a single port, set both to the same number. For "
                        "ICMP the two fields hold the ICMP type and code instead (-1 means all)."),
         groups, checkPortRange},
        {QStringLiteral("sg.cross-vpc"), Severity::Error, KUMO_RULE_TEXT("Security group of another VPC"),
         KUMO_RULE_TEXT("A security group belongs to one VPC and can only be attached to resources in that VPC; a rule can "
                        "only name source groups of the same VPC (or of a peered one). Use a group created in the same VPC "
                        "as the resource."),
         {kInstance, QStringLiteral("load_balancer"), QStringLiteral("rds_instance"), QStringLiteral("ecs_service"), kGroup},
         checkCrossVpc, checkComponentGroupsVpc, kGroupUsers},
        {QStringLiteral("sg.unreachable"), Severity::Info, KUMO_RULE_TEXT("Nothing can reach it"),
         KUMO_RULE_TEXT("Inbound traffic is denied unless a security-group rule allows it. This component serves traffic, "
                        "but none of its security groups has an inbound rule, so every request will time out. Add a rule "
                        "for the port it listens on, from the clients that should reach it (for an application behind a "
                        "load balancer: from the load balancer's security group)."),
         {kInstance, QStringLiteral("load_balancer"), QStringLiteral("ecs_service"), kGroup}, checkUnreachable,
         checkComponentReachable, kServers},
    };
}

} // namespace kumo::rules
