// Addressing: CIDR syntax and sizes, VPC and subnet ranges, zones and regions, routes out.
#include "rulesets.h"
#include "ruletext.h"
#include "rulehelpers.h"

#include "cidr.h"
#include "validation/validationcontext.h"

#include <QRegularExpression>
#include <QSet>

#include <algorithm>

namespace kumo::rules {

namespace {

/// The parsed `cidr` of a VPC or subnet, or nothing when it is missing or malformed.
std::optional<Ipv4Cidr> blockOf(const Component &c)
{
    return Ipv4Cidr::parse(c.stringProp("cidr"));
}

struct Block
{
    Ipv4Cidr cidr;
    const Component *component;
};

/// Calls @p report for every pair of overlapping blocks (blocks either nest or are disjoint).
template <typename Report>
void forEachOverlap(std::vector<Block> blocks, Report report)
{
    std::sort(blocks.begin(), blocks.end(), [](const Block &a, const Block &b) {
        if (a.cidr.network() != b.cidr.network())
            return a.cidr.network() < b.cidr.network();
        if (a.cidr.prefix() != b.cidr.prefix())
            return a.cidr.prefix() < b.cidr.prefix();
        return a.component->id < b.component->id;
    });
    std::vector<const Block *> open; // chain of blocks containing the current one
    for (const Block &b : blocks) {
        while (!open.empty() && !open.back()->cidr.contains(b.cidr))
            open.pop_back();
        for (const Block *outer : open)
            report(*outer, b);
        open.push_back(&b);
    }
}

void checkCidrSyntax(const ValidationContext &ctx, FindingSink &sink)
{
    auto checkOne = [&](const Component &c, const QString &where, const QString &text) {
        Ipv4Cidr::ParseError error;
        if (Ipv4Cidr::parse(text, &error))
            return;
        QString hint = Ipv4Cidr::describe(error);
        if (error == Ipv4Cidr::ParseError::HostBitsSet) {
            const qsizetype slash = text.indexOf(QLatin1Char('/'));
            const auto address = Ipv4Cidr::parseAddress(text.left(slash).trimmed());
            const int prefix = text.mid(slash + 1).toInt();
            if (address)
                hint += msg(" (did you mean %1?)").arg(Ipv4Cidr(*address, prefix).toString());
        }
        sink.report({c.id}, msg("%1 of %2 is '%3': %4").arg(where, c.displayName(), text, hint));
    };
    for (const QString &kind : {kVpc, kSubnet}) {
        for (const Component *c : ctx.ofKind(kind)) {
            const QString text = c->stringProp("cidr");
            if (text.isEmpty())
                sink.report({c->id}, msg("%1 has no CIDR range; give it one such as 10.0.0.0/16").arg(c->displayName()));
            else
                checkOne(*c, QStringLiteral("cidr"), text);
        }
    }
    for (const Component *sg : ctx.ofKind(QStringLiteral("security_group"))) {
        for (const QString &direction : {QStringLiteral("ingress"), QStringLiteral("egress")}) {
            const nlohmann::json rules = sg->prop(direction);
            if (!rules.is_array())
                continue;
            for (size_t i = 0; i < rules.size(); ++i) {
                const auto it = rules[i].find("cidr");
                if (rules[i].is_object() && it != rules[i].end() && it->is_string())
                    checkOne(*sg, QStringLiteral("%1[%2].cidr").arg(direction).arg(i), toQString(*it));
            }
        }
    }
}

void checkPrefixSize(const ValidationContext &ctx, FindingSink &sink, const QString &kind)
{
    for (const Component *c : ctx.ofKind(kind)) {
        const auto block = blockOf(*c);
        if (block && (block->prefix() < 16 || block->prefix() > 28))
            sink.report({c->id}, msg("%1 %2 has a /%3 range; AWS accepts /16 to /28")
                                     .arg(kind == kVpc ? msg("VPC") : msg("subnet"), c->displayName())
                                     .arg(block->prefix()));
    }
}

void checkPrivateRange(const ValidationContext &ctx, FindingSink &sink)
{
    for (const Component *c : ctx.ofKind(kVpc)) {
        const auto block = blockOf(*c);
        if (block && !isPrivateRange(*block))
            sink.report({c->id}, msg("VPC %1 uses %2, which is not a private range (10.0.0.0/8, 172.16.0.0/12, 192.168.0.0/16)")
                                     .arg(c->displayName(), block->toString()));
    }
}

void checkVpcOverlap(const ValidationContext &ctx, FindingSink &sink)
{
    std::vector<Block> blocks;
    for (const Component *c : ctx.ofKind(kVpc)) {
        if (const auto block = blockOf(*c))
            blocks.push_back({*block, c});
    }
    forEachOverlap(blocks, [&](const Block &a, const Block &b) {
        sink.report({b.component->id, a.component->id}, msg("VPC %1 %2 overlaps VPC %3 %4")
                                                            .arg(b.component->displayName(), b.cidr.toString(),
                                                                 a.component->displayName(), a.cidr.toString()));
    });
}

void checkSubnetOutsideVpc(const ValidationContext &ctx, FindingSink &sink)
{
    for (const Component *s : ctx.ofKind(kSubnet)) {
        const Component *vpc = ctx.vpcOf(*s);
        const auto block = blockOf(*s);
        const auto vpcBlock = vpc ? blockOf(*vpc) : std::nullopt;
        if (block && vpcBlock && !vpcBlock->contains(*block))
            sink.report({s->id, vpc->id}, msg("subnet %1 %2 is outside VPC %3 %4")
                                              .arg(s->displayName(), block->toString(), vpc->displayName(), vpcBlock->toString()));
    }
}

void checkSubnetOverlap(const ValidationContext &ctx, FindingSink &sink)
{
    QHash<const Component *, std::vector<Block>> byVpc;
    std::vector<const Component *> vpcOrder;
    for (const Component *s : ctx.ofKind(kSubnet)) {
        const Component *vpc = ctx.vpcOf(*s);
        const auto block = blockOf(*s);
        if (!vpc || !block)
            continue;
        if (!byVpc.contains(vpc))
            vpcOrder.push_back(vpc);
        byVpc[vpc].push_back({*block, s});
    }
    for (const Component *vpc : vpcOrder) {
        forEachOverlap(byVpc.value(vpc), [&](const Block &a, const Block &b) {
            sink.report({b.component->id, a.component->id}, msg("subnet %1 %2 overlaps %3 %4 in VPC %5")
                                                                .arg(b.component->displayName(), b.cidr.toString(),
                                                                     a.component->displayName(), a.cidr.toString(),
                                                                     vpc->displayName()));
        });
    }
}

void checkZoneRegion(const ValidationContext &ctx, FindingSink &sink)
{
    static const QRegularExpression zoneSuffix(QStringLiteral("^([a-z]|-[a-z0-9-]+[a-z])$"));
    for (const Component *az : ctx.ofKind(QStringLiteral("availability_zone"))) {
        const QString zone = az->stringProp("zone");
        const Component *region = ctx.ancestor(*az, QStringLiteral("region"));
        const QString code = region ? region->stringProp("region") : QString();
        if (zone.isEmpty()) {
            sink.report({az->id}, msg("availability zone %1 has no zone name (such as %2a)")
                                      .arg(az->displayName(), code.isEmpty() ? QStringLiteral("ap-northeast-1") : code));
            continue;
        }
        if (code.isEmpty())
            continue;
        if (!zone.startsWith(code) || !zoneSuffix.match(zone.mid(code.size())).hasMatch())
            sink.report({az->id, region->id}, msg("availability zone %1 is not in region %2 (%3); its name should start with %3")
                                                  .arg(zone, region->displayName(), code));
    }
}

bool vpcHasInternetGateway(const ValidationContext &ctx, const Component &vpc)
{
    for (const QString &child : ctx.design().children(vpc.id)) {
        const Component *c = ctx.component(child);
        if (c && c->kind == QLatin1String("internet_gateway"))
            return true;
    }
    return false;
}

void checkPublicWithoutIgw(const ValidationContext &ctx, FindingSink &sink)
{
    for (const Component *s : ctx.ofKind(kSubnet)) {
        if (!s->boolProp("public"))
            continue;
        const Component *vpc = ctx.vpcOf(*s);
        if (vpc && !vpcHasInternetGateway(ctx, *vpc))
            sink.report({s->id, vpc->id}, msg("public subnet %1 is in VPC %2, which has no internet gateway")
                                              .arg(s->displayName(), vpc->displayName()));
    }
}

void checkPrivateEgress(const ValidationContext &ctx, FindingSink &sink)
{
    QHash<QString, QStringList> workloadsBySubnet; // private subnet id -> instances / services in it
    for (const Component *i : ctx.ofKind(QStringLiteral("ec2_instance"))) {
        if (!i->parent.isEmpty())
            workloadsBySubnet[i->parent] << i->displayName();
    }
    for (const Component *svc : ctx.ofKind(QStringLiteral("ecs_service"))) {
        for (const QString &subnet : svc->refsProp("subnets"))
            workloadsBySubnet[subnet] << svc->displayName();
    }
    QSet<const Component *> zonesWithNat;
    QSet<QString> vpcsWithRegionalNat; // a regional NAT gateway (in the VPC itself) serves every zone
    for (const Component *nat : ctx.ofKind(QStringLiteral("nat_gateway"))) {
        if (ctx.resolve(nat->parent, {QStringLiteral("vpc")}))
            vpcsWithRegionalNat.insert(nat->parent);
        else
            zonesWithNat.insert(ctx.zoneOf(*nat));
    }
    for (const Component *s : ctx.ofKind(kSubnet)) {
        if (s->boolProp("public") || !workloadsBySubnet.contains(s->id))
            continue;
        const Component *az = ctx.zoneOf(*s);
        if (az && !zonesWithNat.contains(az) && !vpcsWithRegionalNat.contains(az->parent))
            sink.report({s->id}, msg("private subnet %1 runs %2 but zone %3 has no NAT gateway, so they cannot reach the internet")
                                     .arg(s->displayName(), workloadsBySubnet.value(s->id).join(QStringLiteral(", ")),
                                          az->displayName()));
    }
}

void checkNatSubnet(const ValidationContext &ctx, FindingSink &sink)
{
    for (const Component *nat : ctx.ofKind(QStringLiteral("nat_gateway"))) {
        const Component *subnet = ctx.resolve(nat->parent, {kSubnet});
        if (subnet && !subnet->boolProp("public"))
            sink.report({nat->id, subnet->id}, msg("NAT gateway %1 sits in private subnet %2; it must be in a public subnet")
                                                   .arg(nat->displayName(), subnet->displayName()));
    }
}

} // namespace

std::vector<Rule> addressingRules()
{
    const QStringList network = {kVpc, kSubnet};
    return {
        {QStringLiteral("cidr.invalid"), Severity::Error, KUMO_RULE_TEXT("Malformed CIDR range"),
         KUMO_RULE_TEXT("A CIDR range such as 10.0.1.0/24 is an address and a prefix length. The prefix says how many of "
                        "the 32 bits are fixed (the network part); the rest are free for hosts. The address must be the "
                        "first one of the block, so every host bit is zero: 10.0.1.5/24 is refused, 10.0.1.0/24 is right. "
                        "Each of the four numbers is 0 to 255, and the prefix is 0 to 32."),
         {kVpc, kSubnet, QStringLiteral("security_group")}, checkCidrSyntax},
        {QStringLiteral("vpc.cidr-size"), Severity::Error, KUMO_RULE_TEXT("VPC range too large or too small"),
         KUMO_RULE_TEXT("AWS accepts VPC ranges from /16 (65,536 addresses) to /28 (16 addresses). A smaller prefix number "
                        "means a larger block. /16 is the usual choice: it leaves room for many subnets."),
         network, [](const ValidationContext &c, FindingSink &s) { checkPrefixSize(c, s, kVpc); }},
        {QStringLiteral("vpc.cidr-not-private"), Severity::Warning, KUMO_RULE_TEXT("VPC outside the private ranges"),
         KUMO_RULE_TEXT("Addresses inside a VPC should come from the private ranges set aside by RFC 1918: 10.0.0.0/8, "
                        "172.16.0.0/12 and 192.168.0.0/16. A public range would hide the real owners of those addresses on "
                        "the internet from your servers, and confuse anyone reading the network."),
         network, checkPrivateRange},
        {QStringLiteral("vpc.overlap"), Severity::Warning, KUMO_RULE_TEXT("Overlapping VPCs"),
         KUMO_RULE_TEXT("Two VPCs whose ranges overlap can never be connected by peering or a transit gateway, because a "
                        "packet's destination would be ambiguous. Plan distinct ranges up front, such as 10.0.0.0/16 and "
                        "10.1.0.0/16."),
         network, checkVpcOverlap},
        {QStringLiteral("subnet.cidr-size"), Severity::Error, KUMO_RULE_TEXT("Subnet range too large or too small"),
         KUMO_RULE_TEXT("AWS accepts subnet ranges from /16 to /28. A /28 holds 16 addresses, of which AWS reserves five "
                        "(network, router, DNS, future use, broadcast), leaving 11 usable; a /24 leaves 251."),
         network, [](const ValidationContext &c, FindingSink &s) { checkPrefixSize(c, s, kSubnet); }},
        {QStringLiteral("subnet.outside-vpc"), Severity::Error, KUMO_RULE_TEXT("Subnet outside its VPC"),
         KUMO_RULE_TEXT("A subnet is a slice of its VPC's range, so every address of the subnet must also be inside the "
                        "VPC's range. With a VPC of 10.0.0.0/16, subnets such as 10.0.1.0/24 and 10.0.2.0/24 fit; "
                        "10.1.0.0/24 does not."),
         network, checkSubnetOutsideVpc},
        {QStringLiteral("subnet.overlap"), Severity::Error, KUMO_RULE_TEXT("Overlapping subnets"),
         KUMO_RULE_TEXT("Each address of a VPC belongs to at most one subnet, so subnet ranges may not overlap. Two blocks "
                        "overlap when one contains the other: 10.0.0.0/23 covers both 10.0.0.0/24 and 10.0.1.0/24. Give "
                        "each subnet its own block, for example by counting up the third number."),
         network, checkSubnetOverlap},
        {QStringLiteral("az.region-mismatch"), Severity::Error, KUMO_RULE_TEXT("Zone of another region"),
         KUMO_RULE_TEXT("An availability zone belongs to exactly one region, and its name is the region's code followed by "
                        "a letter: ap-northeast-1a, ap-northeast-1c and ap-northeast-1d are zones of Tokyo "
                        "(ap-northeast-1). A zone of another region cannot be used inside this VPC."),
         {QStringLiteral("availability_zone"), QStringLiteral("region")}, checkZoneRegion},
        {QStringLiteral("subnet.public-without-igw"), Severity::Error, KUMO_RULE_TEXT("Public subnet without internet gateway"),
         KUMO_RULE_TEXT("What makes a subnet public is its route table: it sends 0.0.0.0/0 (everything not local) to the "
                        "VPC's internet gateway. Without an internet gateway in the VPC there is nothing to route to, and "
                        "nothing in the subnet can be reached from the internet. Add an internet gateway to the VPC."),
         {kSubnet, QStringLiteral("internet_gateway")}, checkPublicWithoutIgw},
        {QStringLiteral("subnet.private-no-egress"), Severity::Info, KUMO_RULE_TEXT("Private subnet without a way out"),
         KUMO_RULE_TEXT("Servers and tasks in a private subnet cannot be reached from the internet, which is the point, but "
                        "they often need to reach out: to download updates or pull container images. A NAT gateway in a "
                        "public subnet of the same zone lets them start outbound connections while staying unreachable. "
                        "Fine to ignore when the workload needs no internet access (or uses VPC endpoints)."),
         {kSubnet, QStringLiteral("ecs_service")}, checkPrivateEgress},
        {QStringLiteral("nat.private-subnet"), Severity::Error, KUMO_RULE_TEXT("NAT gateway in a private subnet"),
         KUMO_RULE_TEXT("A NAT gateway forwards the private subnets' outbound traffic to the internet gateway, so it must "
                        "itself sit in a public subnet, one whose route leads to the internet gateway. In a private subnet "
                        "its traffic would have nowhere to go."),
         {kSubnet, QStringLiteral("nat_gateway")}, checkNatSubnet},
    };
}

} // namespace kumo::rules
