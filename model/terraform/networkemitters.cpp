// network.tf: VPCs, subnets, gateways, route tables, security groups and Elastic IPs.
#include "emitters.h"

#include "jsonfields.h"

namespace kumo::tf {

namespace {

const QString kNetworkFile = QStringLiteral("network.tf");

const Component *firstChild(const TerraformContext &ctx, const Component &parent, const QString &kind)
{
    for (const QString &id : ctx.design().children(parent.id)) {
        const Component *c = ctx.resolve(id, {kind});
        if (c)
            return c;
    }
    return nullptr;
}

/// The NAT gateway that serves the private subnets of a zone: the first one in the zone.
const Component *natOfZone(const TerraformContext &ctx, const Component &zone)
{
    using FirstNat = QHash<const Component *, const Component *>;
    return ctx.derived<FirstNat>("first NAT gateway of each zone", [&] {
        FirstNat first;
        for (const Component *nat : ctx.index().ofKind(QStringLiteral("nat_gateway"))) {
            if (const Component *z = ctx.index().zoneOf(*nat); z && !first.contains(z))
                first.insert(z, nat);
        }
        return first;
    }).value(&zone);
}

void emitVpc(TerraformContext &ctx, const Component &vpc)
{
    Block &b = ctx.resource(kNetworkFile, QStringLiteral("aws_vpc"), ctx.name(vpc), vpc);
    b.attribute(QStringLiteral("cidr_block"), Value::string(vpc.stringProp("cidr")));
    b.attribute(QStringLiteral("enable_dns_support"), Value::boolean(true));
    b.attribute(QStringLiteral("enable_dns_hostnames"), Value::boolean(vpc.boolProp("enable_dns_hostnames")));
    b.blank().attribute(QStringLiteral("tags"), ctx.nameTag(vpc));
}

void emitSubnet(TerraformContext &ctx, const Component &subnet)
{
    const Component *vpc = ctx.index().vpcOf(subnet);
    if (!vpc)
        return;
    const Component *zone = ctx.index().zoneOf(subnet);
    const bool isPublic = subnet.boolProp("public");
    const QString name = ctx.name(subnet);
    Block &b = ctx.resource(kNetworkFile, QStringLiteral("aws_subnet"), name, subnet);
    b.attribute(QStringLiteral("vpc_id"), TerraformContext::ref(QStringLiteral("aws_vpc"), ctx.name(*vpc), QStringLiteral("id")));
    b.attribute(QStringLiteral("cidr_block"), Value::string(subnet.stringProp("cidr")));
    if (zone && !zone->stringProp("zone").isEmpty())
        b.attribute(QStringLiteral("availability_zone"), Value::string(zone->stringProp("zone")));
    if (isPublic)
        b.attribute(QStringLiteral("map_public_ip_on_launch"), Value::boolean(true));
    b.blank().attribute(QStringLiteral("tags"), ctx.nameTag(subnet));

    // public subnets route through the VPC's internet gateway, private ones through their zone's NAT
    QString routeTable;
    if (isPublic && firstChild(ctx, *vpc, QStringLiteral("internet_gateway")))
        routeTable = ctx.name(*vpc) + QStringLiteral("_public");
    else if (!isPublic && zone && natOfZone(ctx, *zone))
        routeTable = ctx.name(*zone) + QStringLiteral("_private");
    else if (!isPublic && firstChild(ctx, *vpc, QStringLiteral("nat_gateway"))) // a regional NAT gateway
        routeTable = ctx.name(*vpc) + QStringLiteral("_private");
    if (routeTable.isEmpty())
        return;
    Block &a = ctx.resource(kNetworkFile, QStringLiteral("aws_route_table_association"), name, subnet);
    a.attribute(QStringLiteral("subnet_id"), TerraformContext::ref(QStringLiteral("aws_subnet"), name, QStringLiteral("id")));
    a.attribute(QStringLiteral("route_table_id"), TerraformContext::ref(QStringLiteral("aws_route_table"), routeTable, QStringLiteral("id")));
}

void emitInternetGateway(TerraformContext &ctx, const Component &igw)
{
    const Component *vpc = ctx.resolve(igw.parent, {QStringLiteral("vpc")});
    if (!vpc)
        return;
    const QString vpcId = QStringLiteral("aws_vpc.") + ctx.name(*vpc) + QStringLiteral(".id");
    Block &b = ctx.resource(kNetworkFile, QStringLiteral("aws_internet_gateway"), ctx.name(igw), igw);
    b.attribute(QStringLiteral("vpc_id"), Value::expression(vpcId));
    b.blank().attribute(QStringLiteral("tags"), ctx.nameTag(igw));
    if (firstChild(ctx, *vpc, QStringLiteral("internet_gateway")) != &igw)
        return; // one public route table per VPC, through its first gateway
    Block &rt = ctx.resource(kNetworkFile, QStringLiteral("aws_route_table"), ctx.name(*vpc) + QStringLiteral("_public"), igw);
    rt.attribute(QStringLiteral("vpc_id"), Value::expression(vpcId));
    rt.blank();
    Block &route = rt.block(QStringLiteral("route"));
    route.attribute(QStringLiteral("cidr_block"), Value::string(QStringLiteral("0.0.0.0/0")));
    route.attribute(QStringLiteral("gateway_id"), TerraformContext::ref(QStringLiteral("aws_internet_gateway"), ctx.name(igw), QStringLiteral("id")));
    rt.blank().attribute(QStringLiteral("tags"), Value::object({{QStringLiteral("Name"), Value::string(vpc->displayName() + QStringLiteral("-public"))}}));
}

/// A regional NAT gateway (attached to the VPC, availability_mode regional): AWS places and addresses it
/// in every zone itself; the private subnets of zones without a zonal NAT gateway route through it.
void emitRegionalNatGateway(TerraformContext &ctx, const Component &nat, const Component &vpc)
{
    const QString name = ctx.name(nat);
    Block &b = ctx.resource(kNetworkFile, QStringLiteral("aws_nat_gateway"), name, nat);
    b.attribute(QStringLiteral("availability_mode"), Value::string(QStringLiteral("regional")));
    b.attribute(QStringLiteral("vpc_id"), TerraformContext::ref(QStringLiteral("aws_vpc"), ctx.name(vpc), QStringLiteral("id")));
    b.blank().attribute(QStringLiteral("tags"), ctx.nameTag(nat));
    if (const Component *igw = firstChild(ctx, vpc, QStringLiteral("internet_gateway")))
        b.blank().attribute(QStringLiteral("depends_on"), Value::list({Value::expression(QStringLiteral("aws_internet_gateway.") + ctx.name(*igw))}));
    if (firstChild(ctx, vpc, QStringLiteral("nat_gateway")) != &nat)
        return; // one private route table per VPC, through its first regional gateway
    Block &rt = ctx.resource(kNetworkFile, QStringLiteral("aws_route_table"), ctx.name(vpc) + QStringLiteral("_private"), nat);
    rt.attribute(QStringLiteral("vpc_id"), TerraformContext::ref(QStringLiteral("aws_vpc"), ctx.name(vpc), QStringLiteral("id")));
    rt.blank();
    Block &route = rt.block(QStringLiteral("route"));
    route.attribute(QStringLiteral("cidr_block"), Value::string(QStringLiteral("0.0.0.0/0")));
    route.attribute(QStringLiteral("nat_gateway_id"), TerraformContext::ref(QStringLiteral("aws_nat_gateway"), name, QStringLiteral("id")));
    rt.blank().attribute(QStringLiteral("tags"), Value::object({{QStringLiteral("Name"), Value::string(vpc.displayName() + QStringLiteral("-private"))}}));
}

void emitNatGateway(TerraformContext &ctx, const Component &nat)
{
    if (const Component *vpc = ctx.resolve(nat.parent, {QStringLiteral("vpc")}))
        return emitRegionalNatGateway(ctx, nat, *vpc);
    const Component *subnet = ctx.resolve(nat.parent, {QStringLiteral("subnet")});
    if (!subnet)
        return;
    const QString name = ctx.name(nat);
    Block &eip = ctx.resource(kNetworkFile, QStringLiteral("aws_eip"), name, nat);
    eip.attribute(QStringLiteral("domain"), Value::string(QStringLiteral("vpc")));
    eip.blank().attribute(QStringLiteral("tags"), ctx.nameTag(nat));

    Block &b = ctx.resource(kNetworkFile, QStringLiteral("aws_nat_gateway"), name, nat);
    b.attribute(QStringLiteral("allocation_id"), TerraformContext::ref(QStringLiteral("aws_eip"), name, QStringLiteral("id")));
    b.attribute(QStringLiteral("subnet_id"), TerraformContext::ref(QStringLiteral("aws_subnet"), ctx.name(*subnet), QStringLiteral("id")));
    b.blank().attribute(QStringLiteral("tags"), ctx.nameTag(nat));
    const Component *vpc = ctx.index().vpcOf(nat);
    const Component *igw = vpc ? firstChild(ctx, *vpc, QStringLiteral("internet_gateway")) : nullptr;
    if (igw) {
        b.blank().attribute(QStringLiteral("depends_on"),
                            Value::list({Value::expression(QStringLiteral("aws_internet_gateway.") + ctx.name(*igw))}));
    }

    const Component *zone = ctx.index().zoneOf(nat);
    if (!vpc || !zone || natOfZone(ctx, *zone) != &nat)
        return;
    Block &rt = ctx.resource(kNetworkFile, QStringLiteral("aws_route_table"), ctx.name(*zone) + QStringLiteral("_private"), nat);
    rt.attribute(QStringLiteral("vpc_id"), TerraformContext::ref(QStringLiteral("aws_vpc"), ctx.name(*vpc), QStringLiteral("id")));
    rt.blank();
    Block &route = rt.block(QStringLiteral("route"));
    route.attribute(QStringLiteral("cidr_block"), Value::string(QStringLiteral("0.0.0.0/0")));
    route.attribute(QStringLiteral("nat_gateway_id"), TerraformContext::ref(QStringLiteral("aws_nat_gateway"), name, QStringLiteral("id")));
    rt.blank().attribute(QStringLiteral("tags"), Value::object({{QStringLiteral("Name"), Value::string(zone->displayName() + QStringLiteral("-private"))}}));
}

void emitSecurityRules(TerraformContext &ctx, const Component &sg, const char *direction)
{
    const nlohmann::json &rules = sg.prop(direction);
    if (!rules.is_array())
        return;
    const bool ingress = qstrcmp(direction, "ingress") == 0;
    const QString type = ingress ? QStringLiteral("aws_vpc_security_group_ingress_rule") : QStringLiteral("aws_vpc_security_group_egress_rule");
    for (size_t i = 0; i < rules.size(); ++i) {
        const nlohmann::json &r = rules[i];
        if (!r.is_object())
            continue;
        const auto field = [&](const char *key) { return json::string(r, key); };
        const Component *source = ctx.resolve(field("source"), {QStringLiteral("security_group")});
        const QString cidr = field("cidr");
        if (!source && cidr.isEmpty())
            continue;
        Block &b = ctx.resource(kNetworkFile, type, ctx.name(sg) + QLatin1Char('_') + QString::fromLatin1(direction) + QLatin1Char('_') + QString::number(i + 1), sg);
        b.attribute(QStringLiteral("security_group_id"), TerraformContext::ref(QStringLiteral("aws_security_group"), ctx.name(sg), QStringLiteral("id")));
        if (!field("description").isEmpty())
            b.attribute(QStringLiteral("description"), Value::string(field("description")));
        const QString protocol = field("protocol").isEmpty() ? QStringLiteral("tcp") : field("protocol");
        b.attribute(QStringLiteral("ip_protocol"), Value::string(protocol));
        if (protocol != QLatin1String("-1")) {
            if (r.contains("from_port") && r["from_port"].is_number_integer())
                b.attribute(QStringLiteral("from_port"), Value::number(r["from_port"].get<qint64>()));
            if (r.contains("to_port") && r["to_port"].is_number_integer())
                b.attribute(QStringLiteral("to_port"), Value::number(r["to_port"].get<qint64>()));
        }
        if (source)
            b.attribute(QStringLiteral("referenced_security_group_id"),
                        TerraformContext::ref(QStringLiteral("aws_security_group"), ctx.name(*source), QStringLiteral("id")));
        else
            b.attribute(QStringLiteral("cidr_ipv4"), Value::string(cidr));
    }
}

void emitSecurityGroup(TerraformContext &ctx, const Component &sg)
{
    const Component *vpc = ctx.index().vpcOf(sg);
    Block &b = ctx.resource(kNetworkFile, QStringLiteral("aws_security_group"), ctx.name(sg), sg);
    b.attribute(QStringLiteral("name"), Value::string(sg.displayName()));
    const QString description = sg.stringProp("description");
    b.attribute(QStringLiteral("description"), Value::string(description.isEmpty() ? QStringLiteral("Security group %1").arg(sg.displayName()) : description));
    if (vpc)
        b.attribute(QStringLiteral("vpc_id"), TerraformContext::ref(QStringLiteral("aws_vpc"), ctx.name(*vpc), QStringLiteral("id")));
    b.blank().attribute(QStringLiteral("tags"), ctx.nameTag(sg));
    emitSecurityRules(ctx, sg, "ingress");
    emitSecurityRules(ctx, sg, "egress");
}

void emitElasticIp(TerraformContext &ctx, const Component &eip)
{
    Block &b = ctx.resource(kNetworkFile, QStringLiteral("aws_eip"), ctx.name(eip), eip);
    b.attribute(QStringLiteral("domain"), Value::string(QStringLiteral("vpc")));
    const Component *instance = ctx.resolve(eip.stringProp("instance"), {QStringLiteral("ec2_instance")});
    if (instance)
        b.attribute(QStringLiteral("instance"), TerraformContext::ref(QStringLiteral("aws_instance"), ctx.name(*instance), QStringLiteral("id")));
    b.blank().attribute(QStringLiteral("tags"), ctx.nameTag(eip));
    // an address is associated only once the VPC is attached to the internet (aws_eip documentation)
    const Component *vpc = ctx.index().vpcOf(instance ? *instance : eip);
    if (const Component *igw = vpc ? firstChild(ctx, *vpc, QStringLiteral("internet_gateway")) : nullptr)
        b.blank().attribute(QStringLiteral("depends_on"), Value::list({Value::expression(QStringLiteral("aws_internet_gateway.") + ctx.name(*igw))}));
    ctx.output(ctx.name(eip) + QStringLiteral("_public_ip"), QStringLiteral("Public address of %1").arg(eip.displayName()),
               TerraformContext::ref(QStringLiteral("aws_eip"), ctx.name(eip), QStringLiteral("public_ip")));
}

} // namespace

void addNetworkEmitters(EmitterTable &table)
{
    table.insert(QStringLiteral("vpc"), emitVpc);
    table.insert(QStringLiteral("subnet"), emitSubnet);
    table.insert(QStringLiteral("internet_gateway"), emitInternetGateway);
    table.insert(QStringLiteral("nat_gateway"), emitNatGateway);
    table.insert(QStringLiteral("security_group"), emitSecurityGroup);
    table.insert(QStringLiteral("elastic_ip"), emitElasticIp);
}

} // namespace kumo::tf
