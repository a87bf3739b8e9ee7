// The inverse of network.tf: VPCs, subnets, gateways, route tables, security groups, Elastic IPs.
#include "importers.h"

#include "cidr.h"

namespace kumo::tfimport {

using json = nlohmann::json;

namespace {

const QStringList kVpc = {QStringLiteral("vpc")};
const QStringList kSecurityGroup = {QStringLiteral("security_group")};

QString unknownSource(const TfResource &r, const char *attribute);

void importVpc(ImportContext &ctx, const TfResource &r, Component *c)
{
    setString(*c, "cidr", attr::str(r.attributes, "cidr_block"));
    if (const auto dns = attr::boolean(r.attributes, "enable_dns_hostnames"))
        c->props["enable_dns_hostnames"] = *dns;
    for (const TfResource *t : ctx.lookup(attr::str(r.attributes, "main_route_table_id"), {QStringLiteral("aws_route_table"), QStringLiteral("aws_default_route_table")}))
        ctx.routing.vpcMainTable.insert(c->id, t->serial);
    ctx.placeInRegion(*c, r);
}

void importSubnet(ImportContext &ctx, const TfResource &r, Component *c)
{
    setString(*c, "cidr", attr::str(r.attributes, "cidr_block"));
    ctx.routing.subnetMapsPublicIp.insert(c->id, attr::boolean(r.attributes, "map_public_ip_on_launch").value_or(false));
    const QString vpc = vpcOf(ctx, r, "vpc_id");
    if (vpc.isEmpty()) {
        ctx.cannotPlace(*c, tfimport::tr("its VPC is unknown (%1; neither the only VPC of its module nor the only VPC containing its range)")
                                .arg(unknownSource(r, "vpc_id")));
        return;
    }
    QString zone = attr::str(r.attributes, "availability_zone");
    if (zone.isEmpty()) {
        zone = attr::str(r.attributes, "availability_zone_id");
        if (zone.isEmpty()) {
            zone = ctx.regionOf(r) + QLatin1Char('a');
            ctx.assume(tfimport::tr("subnet %1: its availability zone is not known until applied; %2 assumed").arg(r.address, zone));
        }
    }
    c->parent = ctx.zoneComponent(vpc, zone);
}

void importInternetGateway(ImportContext &ctx, const TfResource &r, Component *c)
{
    placeIn(ctx, *c, vpcOf(ctx, r, "vpc_id"), tfimport::tr("it is attached to no VPC of the inputs"));
}

void foldGatewayAttachment(ImportContext &ctx, const TfResource &r, Component *)
{
    const QString igw = ctx.ref(r, QStringLiteral("internet_gateway_id"), {QStringLiteral("internet_gateway")});
    const QString vpc = vpcOf(ctx, r, "vpc_id");
    if (igw.isEmpty() || vpc.isEmpty())
        return ctx.skip(r, tfimport::tr("its gateway or VPC is not in the inputs"));
    ctx.component(igw)->parent = vpc;
    ctx.fold(r, igw);
}

void importNatGateway(ImportContext &ctx, const TfResource &r, Component *c)
{
    if (attr::str(r.attributes, "availability_mode") == QLatin1String("regional")) {
        // a regional NAT gateway (2025) is attached to its VPC and serves every zone of it
        placeIn(ctx, *c, vpcOf(ctx, r, "vpc_id"), tfimport::tr("its VPC is unknown"));
        return;
    }
    placeIn(ctx, *c, subnetOf(ctx, r, QStringLiteral("subnet_id")), tfimport::tr("its subnet is not in the inputs"));
}

/// True when a configured attribute (in a plan) names no resource: it comes through a local value
/// or is computed, so the plan cannot say what it refers to.
bool unresolvedInPlan(ImportContext &ctx, const TfResource &r, const char *attribute)
{
    return attr::str(r.attributes, attribute).isEmpty() && ctx.referenced(r, QString::fromLatin1(attribute)).empty();
}

/// The configuration references of an attribute, as written ("local.vpc_id"), or empty.
QString configuredReferences(const TfResource &r, const char *attribute)
{
    if (!r.expressions || !r.expressions->is_object())
        return {};
    const auto e = r.expressions->find(attribute);
    if (e == r.expressions->end() || !e->is_object() || !e->contains("references") || !(*e)["references"].is_array())
        return {};
    QStringList refs;
    for (const json &ref : (*e)["references"]) {
        if (ref.is_string())
            refs << QString::fromStdString(ref.get<std::string>());
    }
    return refs.join(QStringLiteral(", "));
}

/// Elastic IPs that NAT gateways use are part of the NAT gateway (the exporter writes one per gateway).
/// When a plan cannot say which address a gateway uses (allocation_id through a local value, as in
/// terraform-aws-modules/vpc), the address of the same module instance with the same index is taken.
const QHash<int, int> &natAddresses(ImportContext &ctx)
{
    if (ctx.routing.natAddressesKnown)
        return ctx.routing.natAddresses;
    ctx.routing.natAddressesKnown = true;
    QHash<QString, QList<const TfResource *>> freeAddresses; // input|module -> addresses attached to no instance
    std::vector<const TfResource *> gateways;
    for (const TfResource *r : ctx.resources()) {
        if (!r->isManaged())
            continue;
        if (r->type == QLatin1String("aws_nat_gateway"))
            gateways.push_back(r);
        else if (r->type == QLatin1String("aws_eip") && attr::str(r->attributes, "instance").isEmpty()
                 && attr::str(r->attributes, "network_interface").isEmpty() && unresolvedInPlan(ctx, *r, "instance"))
            freeAddresses[QString::number(r->input) + QLatin1Char('|') + r->module].append(r);
    }
    for (const TfResource *nat : gateways) {
        bool found = false;
        for (const char *path : {"allocation_id", "availability_zone_address.allocation_ids"}) {
            for (const TfResource *eip : ctx.referenced(*nat, QString::fromLatin1(path), {QStringLiteral("aws_eip")})) {
                ctx.routing.natAddresses.insert(eip->serial, nat->serial);
                found = true;
            }
        }
        if (found || attr::str(nat->attributes, "connectivity_type") == QLatin1String("private")
            || attr::str(nat->attributes, "availability_mode") == QLatin1String("regional") || !unresolvedInPlan(ctx, *nat, "allocation_id"))
            continue;
        for (const TfResource *eip : freeAddresses.value(QString::number(nat->input) + QLatin1Char('|') + nat->module)) {
            if (eip->indexKey != nat->indexKey || ctx.routing.natAddresses.contains(eip->serial))
                continue;
            ctx.routing.natAddresses.insert(eip->serial, nat->serial);
            ctx.assume(tfimport::tr("NAT gateway %1: the plan does not say which Elastic IP it uses (%2); %3, of the same module and index, taken as its address")
                           .arg(nat->address, configuredReferences(*nat, "allocation_id"), eip->address));
            break;
        }
    }
    return ctx.routing.natAddresses;
}

std::optional<std::pair<Outcome, QString>> usedByNatGateway(ImportContext &ctx, const TfResource &r)
{
    if (natAddresses(ctx).contains(r.serial))
        return std::make_pair(Outcome::Folded, QString());
    return std::nullopt;
}

void importElasticIp(ImportContext &ctx, const TfResource &r, Component *c)
{
    if (!c) { // an address of a NAT gateway
        const int nat = natAddresses(ctx).value(r.serial, -1);
        const QString gateway = nat >= 0 ? ctx.componentIdFor(*ctx.resources()[size_t(nat)]) : QString();
        if (!gateway.isEmpty())
            return ctx.fold(r, gateway);
        return ctx.skip(r, tfimport::tr("the address of a NAT gateway that is not imported"));
    }
    const std::vector<const TfResource *> instances = ctx.referenced(r, QStringLiteral("instance"), {QStringLiteral("aws_instance")});
    if (!instances.empty()) {
        const QString instance = ctx.componentIdFor(*instances.front(), {QStringLiteral("ec2_instance")});
        setString(*c, "instance", instance);
        c->parent = subnetOf(ctx, *instances.front(), QStringLiteral("subnet_id"));
    }
    if (c->parent.isEmpty())
        ctx.placeInRegion(*c, r);
}

void foldEipAssociation(ImportContext &ctx, const TfResource &r, Component *)
{
    const QString eip = ctx.ref(r, QStringLiteral("allocation_id"), {QStringLiteral("elastic_ip")});
    if (eip.isEmpty())
        return ctx.skip(r, tfimport::tr("its Elastic IP is not in the inputs"));
    const std::vector<const TfResource *> instances = ctx.referenced(r, QStringLiteral("instance_id"), {QStringLiteral("aws_instance")});
    if (!instances.empty()) {
        Component *address = ctx.component(eip);
        setString(*address, "instance", ctx.componentIdFor(*instances.front(), {QStringLiteral("ec2_instance")}));
        const QString subnet = subnetOf(ctx, *instances.front(), QStringLiteral("subnet_id"));
        if (!subnet.isEmpty())
            address->parent = subnet;
    }
    ctx.fold(r, eip);
}

/// "6" -> "tcp", "all" -> "-1"; empty for protocols a design cannot hold.
QString protocolName(const QString &protocol)
{
    const QString p = protocol.toLower();
    if (p == QLatin1String("tcp") || p == QLatin1String("6"))
        return QStringLiteral("tcp");
    if (p == QLatin1String("udp") || p == QLatin1String("17"))
        return QStringLiteral("udp");
    if (p == QLatin1String("icmp") || p == QLatin1String("1"))
        return QStringLiteral("icmp");
    if (p == QLatin1String("-1") || p == QLatin1String("all"))
        return QStringLiteral("-1");
    return {};
}

json ruleBase(const QString &protocol, std::optional<qint64> from, std::optional<qint64> to, const QString &description)
{
    json rule = json::object();
    rule["protocol"] = protocol.toStdString();
    rule["from_port"] = protocol == QLatin1String("-1") ? 0 : from.value_or(0);
    rule["to_port"] = protocol == QLatin1String("-1") ? 0 : to.value_or(from.value_or(0));
    if (protocol == QLatin1String("icmp")) { // ICMP type and code; -1 stands for all
        rule["from_port"] = from.value_or(-1);
        rule["to_port"] = to.value_or(-1);
    }
    if (!description.isEmpty())
        rule["description"] = description.toStdString();
    return rule;
}

/// The inline `ingress` / `egress` blocks of aws_security_group.
void importInlineRules(ImportContext &ctx, const TfResource &r, Component &sg, const char *direction)
{
    const auto it = r.attributes.find(direction);
    if (it == r.attributes.end() || !it->is_array())
        return;
    if (!sg.props.contains(direction))
        sg.props[direction] = json::array();
    for (const json &block : *it) {
        const QString protocol = protocolName(attr::str(block, "protocol"));
        if (protocol.isEmpty()) {
            ctx.assume(tfimport::tr("%1: a rule for protocol %2 is not imported (a design holds tcp, udp, icmp and all)").arg(r.address, attr::str(block, "protocol")));
            continue;
        }
        const json base = ruleBase(protocol, attr::integer(block, "from_port"), attr::integer(block, "to_port"), attr::str(block, "description"));
        for (const QString &cidr : attr::strings(block, "cidr_blocks")) {
            json rule = base;
            rule["cidr"] = cidr.toStdString();
            addUniqueRule(sg, direction, rule);
        }
        for (const QString &group : attr::strings(block, "security_groups")) {
            const QString source = ctx.componentForValue(group, kSecurityGroup);
            if (source.isEmpty()) {
                ctx.assume(tfimport::tr("%1: a rule naming the security group %2, which is not in the inputs, is not imported").arg(r.address, group));
                continue;
            }
            json rule = base;
            rule["source"] = source.toStdString();
            addUniqueRule(sg, direction, rule);
        }
        if (attr::boolean(block, "self").value_or(false)) {
            json rule = base;
            rule["source"] = sg.id.toStdString();
            addUniqueRule(sg, direction, rule);
        }
        if (!attr::strings(block, "ipv6_cidr_blocks").isEmpty() || !attr::strings(block, "prefix_list_ids").isEmpty())
            ctx.assume(tfimport::tr("%1: IPv6 ranges and prefix lists of rules are not imported").arg(r.address));
    }
}

void importSecurityGroup(ImportContext &ctx, const TfResource &r, Component *c)
{
    setString(*c, "description", attr::str(r.attributes, "description"));
    const QString name = attr::str(r.attributes, "name");
    if (!name.isEmpty())
        c->name = name;
    importInlineRules(ctx, r, *c, "ingress");
    importInlineRules(ctx, r, *c, "egress");
    placeIn(ctx, *c, vpcOf(ctx, r, "vpc_id"), tfimport::tr("its VPC is unknown"));
}

/// aws_security_group_rule: one resource, possibly several CIDR blocks.
void foldSecurityGroupRule(ImportContext &ctx, const TfResource &r, Component *)
{
    const QString groupId = ctx.ref(r, QStringLiteral("security_group_id"), kSecurityGroup);
    if (groupId.isEmpty())
        return ctx.skip(r, tfimport::tr("its security group is not in the inputs"));
    Component &sg = *ctx.component(groupId);
    const QString type = attr::str(r.attributes, "type");
    const char *direction = type == QLatin1String("egress") ? "egress" : "ingress";
    const QString protocol = protocolName(attr::str(r.attributes, "protocol"));
    if (protocol.isEmpty())
        return ctx.skip(r, tfimport::tr("protocol %1 cannot be held by a design").arg(attr::str(r.attributes, "protocol")));
    const json base = ruleBase(protocol, attr::integer(r.attributes, "from_port"), attr::integer(r.attributes, "to_port"), attr::str(r.attributes, "description"));
    bool added = false;
    for (const QString &cidr : attr::strings(r.attributes, "cidr_blocks")) {
        json rule = base;
        rule["cidr"] = cidr.toStdString();
        addUniqueRule(sg, direction, rule);
        added = true;
    }
    QString source;
    if (attr::boolean(r.attributes, "self").value_or(false))
        source = sg.id;
    else
        source = ctx.ref(r, QStringLiteral("source_security_group_id"), kSecurityGroup);
    if (!source.isEmpty()) {
        json rule = base;
        rule["source"] = source.toStdString();
        addUniqueRule(sg, direction, rule);
        added = true;
    }
    if (!added)
        return ctx.skip(r, tfimport::tr("its source (IPv6 range, prefix list or a group outside the inputs) cannot be held by a design"));
    ctx.fold(r, sg.id);
}

/// aws_vpc_security_group_ingress_rule / egress_rule: one rule each.
void foldVpcSecurityGroupRule(ImportContext &ctx, const TfResource &r, const char *direction)
{
    const QString groupId = ctx.ref(r, QStringLiteral("security_group_id"), kSecurityGroup);
    if (groupId.isEmpty())
        return ctx.skip(r, tfimport::tr("its security group is not in the inputs"));
    Component &sg = *ctx.component(groupId);
    const QString protocol = protocolName(attr::str(r.attributes, "ip_protocol"));
    if (protocol.isEmpty())
        return ctx.skip(r, tfimport::tr("protocol %1 cannot be held by a design").arg(attr::str(r.attributes, "ip_protocol")));
    json rule = ruleBase(protocol, attr::integer(r.attributes, "from_port"), attr::integer(r.attributes, "to_port"), attr::str(r.attributes, "description"));
    const QString cidr = attr::str(r.attributes, "cidr_ipv4");
    const QString source = ctx.ref(r, QStringLiteral("referenced_security_group_id"), kSecurityGroup);
    if (!cidr.isEmpty())
        rule["cidr"] = cidr.toStdString();
    else if (!source.isEmpty())
        rule["source"] = source.toStdString();
    else
        return ctx.skip(r, tfimport::tr("its source (IPv6 range, prefix list or a group outside the inputs) cannot be held by a design"));
    addUniqueRule(sg, direction, rule);
    ctx.fold(r, sg.id);
}

bool routesToInternet(ImportContext &ctx, const TfResource &r, const json &route, const json *expressions)
{
    const QString destination = attr::str(route, "cidr_block").isEmpty() ? attr::str(route, "destination_cidr_block") : attr::str(route, "cidr_block");
    if (destination != QLatin1String("0.0.0.0/0"))
        return false;
    const QString gateway = attr::str(route, "gateway_id");
    if (gateway.startsWith(QLatin1String("igw-")) || !ctx.lookup(gateway, {QStringLiteral("aws_internet_gateway")}).empty())
        return true;
    if (gateway.isEmpty() && expressions && expressions->is_object() && expressions->contains("gateway_id")
        && (*expressions)["gateway_id"].is_object()) {
        // unknown until applied: does the configuration name an internet gateway?
        const json &refs = (*expressions)["gateway_id"].value("references", json::array());
        for (const json &ref : refs.is_array() ? refs : json::array()) {
            if (ref.is_string() && ref.get<std::string>().find("aws_internet_gateway.") != std::string::npos)
                return true;
        }
    }
    (void)r;
    return false;
}

void foldRouteTable(ImportContext &ctx, const TfResource &r, Component *)
{
    bool internet = false;
    static const json none = json::array();
    const json &routes = attr::blocks(r.attributes, "route");
    const json &configured = r.expressions && r.expressions->contains("route") && (*r.expressions)["route"].is_array() ? (*r.expressions)["route"] : none;
    for (size_t i = 0; i < routes.size(); ++i)
        internet = internet || routesToInternet(ctx, r, routes[i], i < configured.size() ? &configured[i] : nullptr);
    if (routes.empty()) {
        for (const json &route : configured) {
            json known = json::object();
            if (route.contains("cidr_block") && route["cidr_block"].contains("constant_value"))
                known["cidr_block"] = route["cidr_block"]["constant_value"];
            internet = internet || routesToInternet(ctx, r, known, &route);
        }
    }
    ctx.routing.tableToInternet[r.serial] = ctx.routing.tableToInternet.value(r.serial) || internet;
    const QString vpc = r.type == QLatin1String("aws_default_route_table")
                            ? ctx.componentForValue(attr::str(r.attributes, "vpc_id"), kVpc)
                            : vpcOf(ctx, r, "vpc_id");
    if (r.type == QLatin1String("aws_default_route_table") && !vpc.isEmpty())
        ctx.routing.vpcMainTable.insert(vpc, r.serial);
    if (vpc.isEmpty())
        return ctx.skip(r, tfimport::tr("its VPC is not in the inputs"));
    ctx.fold(r, vpc);
}

const TfResource *routeTableOf(ImportContext &ctx, const TfResource &r)
{
    const auto tables = ctx.referenced(r, QStringLiteral("route_table_id"), {QStringLiteral("aws_route_table"), QStringLiteral("aws_default_route_table")});
    return tables.empty() ? nullptr : tables.front();
}

void foldRoute(ImportContext &ctx, const TfResource &r, Component *)
{
    const TfResource *table = routeTableOf(ctx, r);
    if (!table || !ctx.hasOutcome(*table) || ctx.outcome(*table) != Outcome::Folded)
        return ctx.skip(r, tfimport::tr("its route table is not in the inputs"));
    json route = r.attributes;
    if (routesToInternet(ctx, r, route, r.expressions))
        ctx.routing.tableToInternet[table->serial] = true;
    ctx.fold(r, ctx.outcomeDetail(*table));
}

void foldRouteTableAssociation(ImportContext &ctx, const TfResource &r, Component *)
{
    const TfResource *table = routeTableOf(ctx, r);
    const QString subnet = subnetOf(ctx, r, QStringLiteral("subnet_id"));
    if (!table || subnet.isEmpty())
        return ctx.skip(r, tfimport::tr("its subnet or route table is not in the inputs (gateway route tables are not modelled)"));
    ctx.routing.subnetTable.insert(subnet, table->serial);
    ctx.fold(r, subnet);
}

void foldMainRouteTableAssociation(ImportContext &ctx, const TfResource &r, Component *)
{
    const TfResource *table = routeTableOf(ctx, r);
    const QString vpc = vpcOf(ctx, r, "vpc_id");
    if (!table || vpc.isEmpty())
        return ctx.skip(r, tfimport::tr("its VPC or route table is not in the inputs"));
    ctx.routing.vpcMainTable.insert(vpc, table->serial);
    ctx.fold(r, vpc);
}

/// Which subnets are public: those whose route table sends 0.0.0.0/0 to an internet gateway.
void decidePublicSubnets(ImportContext &ctx)
{
    QSet<QString> vpcsWithGateway;
    for (const Component &g : ctx.components()) {
        if (g.kind == QLatin1String("internet_gateway"))
            vpcsWithGateway.insert(g.parent);
    }
    for (Component &c : ctx.components()) {
        if (c.kind != QLatin1String("subnet"))
            continue;
        const Component *zone = ctx.component(c.parent);
        const QString vpc = zone ? zone->parent : QString();
        int table = ctx.routing.subnetTable.value(c.id, -1);
        if (table < 0)
            table = ctx.routing.vpcMainTable.value(vpc, -1);
        bool isPublic = false;
        if (table >= 0) {
            isPublic = ctx.routing.tableToInternet.value(table);
        } else {
            // no route table: a subnet that gives public addresses, in a VPC with an internet gateway
            isPublic = ctx.routing.subnetMapsPublicIp.value(c.id) && vpcsWithGateway.contains(vpc);
            ctx.assume(tfimport::tr("subnet %1: no route table in the inputs; taken as %2 from map_public_ip_on_launch and the VPC's internet gateway")
                           .arg(c.id, isPublic ? tfimport::tr("public") : tfimport::tr("private")));
        }
        if (isPublic)
            c.props["public"] = true;
    }
}

/// VPCs named but not in the inputs get the range that covers their subnets.
void completeExternalVpcs(ImportContext &ctx)
{
    for (auto it = ctx.routing.externalVpcs.cbegin(); it != ctx.routing.externalVpcs.cend(); ++it) {
        Component *vpc = ctx.component(*it);
        if (!vpc || vpc->props.contains("cidr"))
            continue;
        std::uint32_t low = 0xffffffffu;
        std::uint32_t high = 0;
        for (const Component &c : ctx.components()) {
            const Component *zone = c.kind == QLatin1String("subnet") ? ctx.component(c.parent) : nullptr;
            if (!zone || zone->parent != vpc->id)
                continue;
            const auto block = Ipv4Cidr::parse(c.stringProp("cidr"));
            if (!block)
                continue;
            low = std::min(low, block->network());
            high = std::max(high, block->broadcast());
        }
        if (low > high)
            continue;
        int prefix = 32;
        while (prefix > 0 && (low >> (32 - prefix)) != (high >> (32 - prefix)))
            --prefix;
        const std::uint32_t network = prefix == 0 ? 0 : (low >> (32 - prefix)) << (32 - prefix);
        const QString cidr = Ipv4Cidr::formatAddress(network) + QLatin1Char('/') + QString::number(prefix);
        vpc->props["cidr"] = cidr.toStdString();
        ctx.assume(tfimport::tr("VPC %1: its range is not in the inputs; %2, which covers its subnets, assumed").arg(*it, cidr));
    }
}

/// The catalog default for egress is "everything to anywhere": leave it implicit when that is what was read.
void simplifyEgress(ImportContext &ctx)
{
    const json allOutbound = json::array({json{{"protocol", "-1"}, {"from_port", 0}, {"to_port", 0}, {"cidr", "0.0.0.0/0"}}});
    for (Component &c : ctx.components()) {
        if (c.kind != QLatin1String("security_group") || !c.props.contains("egress"))
            continue;
        json egress = c.props["egress"];
        for (json &rule : egress)
            rule.erase("description");
        if (egress == allOutbound)
            c.props.erase("egress");
    }
}

/// Managed VPCs, by input and module instance, gathered once.
void gatherVpcs(ImportContext &ctx)
{
    if (ctx.routing.vpcsKnown)
        return;
    ctx.routing.vpcsKnown = true;
    for (const TfResource *r : ctx.resources()) {
        if (!r->isManaged() || (r->type != QLatin1String("aws_vpc") && r->type != QLatin1String("aws_default_vpc")))
            continue;
        ctx.routing.vpcsByModule[QString::number(r->input) + QLatin1Char('|') + r->module].append(r->serial);
        ctx.routing.allVpcs.append(r->serial);
    }
}

/// How an unknown attribute was written, for the report: "local.vpc_id", or "unknown until applied".
QString unknownSource(const TfResource &r, const char *attribute)
{
    const QString refs = configuredReferences(r, attribute);
    return refs.isEmpty() ? tfimport::tr("%1 unknown until applied").arg(QString::fromLatin1(attribute))
                          : tfimport::tr("%1 = %2, which the plan does not resolve").arg(QString::fromLatin1(attribute), refs);
}

/// The VPC of a resource whose vpc_id the inputs cannot resolve (a plan where it comes through a
/// local value, as in terraform-aws-modules/vpc): the one VPC of the same module instance, otherwise
/// the one VPC whose range contains the resource's own range (subnets). Each inference is reported.
QString inferredVpc(ImportContext &ctx, const TfResource &r, const char *attribute)
{
    gatherVpcs(ctx);
    const QString moduleName = r.module.isEmpty() ? tfimport::tr("the root module") : r.module;
    const QList<int> sameModule = ctx.routing.vpcsByModule.value(QString::number(r.input) + QLatin1Char('|') + r.module);
    if (sameModule.size() == 1) {
        const TfResource &vpc = *ctx.resources()[size_t(sameModule.first())];
        const QString id = ctx.componentIdFor(vpc, kVpc);
        if (!id.isEmpty()) {
            ctx.assume(tfimport::tr("%1: placed in %2, the only VPC of %3 (%4)").arg(r.address, vpc.address, moduleName, unknownSource(r, attribute)));
            return id;
        }
    }
    const auto range = Ipv4Cidr::parse(attr::str(r.attributes, "cidr_block"));
    if (!range)
        return {};
    const TfResource *container = nullptr;
    int containing = 0;
    for (int serial : std::as_const(ctx.routing.allVpcs)) {
        const TfResource *vpc = ctx.resources()[size_t(serial)];
        const auto vpcRange = Ipv4Cidr::parse(attr::str(vpc->attributes, "cidr_block"));
        if (vpcRange && vpcRange->contains(*range) && !ctx.componentIdFor(*vpc, kVpc).isEmpty()) {
            container = vpc;
            ++containing;
        }
    }
    if (containing != 1)
        return {};
    ctx.assume(tfimport::tr("%1: placed in %2, the only VPC whose range (%3) contains its range %4 (%5)")
                   .arg(r.address, container->address, attr::str(container->attributes, "cidr_block"), attr::str(r.attributes, "cidr_block"),
                        unknownSource(r, attribute)));
    return ctx.componentIdFor(*container, kVpc);
}

} // namespace

QString vpcOf(ImportContext &ctx, const TfResource &r, const char *attribute)
{
    const QString vpc = ctx.ref(r, QString::fromLatin1(attribute), kVpc);
    if (!vpc.isEmpty())
        return vpc;
    // a VPC the inputs use but do not manage (a data source, another stack): add it once
    const QString value = attr::str(r.attributes, attribute);
    if (value.isEmpty())
        return inferredVpc(ctx, r, attribute);
    const auto known = ctx.routing.externalVpcs.constFind(value);
    if (known != ctx.routing.externalVpcs.constEnd())
        return *known;
    // a data source may describe it
    const TfResource *described = nullptr;
    for (const TfResource *d : ctx.lookup(value, {QStringLiteral("aws_vpc"), QStringLiteral("aws_default_vpc")}))
        described = d;
    QString name = described && !attr::nameTag(described->attributes).isEmpty() ? attr::nameTag(described->attributes) : value;
    Component &added = ctx.createExtra(QStringLiteral("vpc"), described ? described->name : value, name);
    if (described) {
        setString(added, "cidr", attr::str(described->attributes, "cidr_block"));
        ctx.standFor(*described, added.id);
        ctx.setOutcome(*described, Outcome::Mapped, added.id);
    }
    ctx.placeInRegion(added, described ? *described : r);
    ctx.routing.externalVpcs.insert(value, added.id);
    ctx.assume(tfimport::tr("VPC %1 is used but not managed by the inputs; it was added to hold what is in it").arg(value));
    return added.id;
}

QStringList subnetsOf(ImportContext &ctx, const TfResource &r, const QString &path)
{
    QStringList ids = ctx.refs(r, path, kSubnet);
    // subnets no input manages, described by data sources (data.aws_subnet): drawn from what they say
    for (const TfResource *d : ctx.referenced(r, path, {QStringLiteral("aws_subnet")})) {
        if (d->isManaged() || !ctx.componentIdFor(*d).isEmpty())
            continue;
        const QString vpc = vpcOf(ctx, *d, "vpc_id");
        const QString zone = attr::str(d->attributes, "availability_zone");
        const QString cidr = attr::str(d->attributes, "cidr_block");
        if (vpc.isEmpty() || zone.isEmpty() || cidr.isEmpty())
            continue;
        const QString tag = attr::nameTag(d->attributes);
        const QString key = d->indexKey.is_string()             ? QString::fromStdString(d->indexKey.get<std::string>())
                            : d->indexKey.is_number_integer() ? QString::number(d->indexKey.get<qint64>())
                                                              : QString();
        Component &subnet = ctx.createExtra(QStringLiteral("subnet"), key.isEmpty() ? d->name : d->name + QLatin1Char('-') + key,
                                            tag.isEmpty() ? attr::str(d->attributes, "id") : tag);
        subnet.props["cidr"] = cidr.toStdString();
        subnet.parent = ctx.zoneComponent(vpc, zone);
        ctx.routing.subnetMapsPublicIp.insert(subnet.id, attr::boolean(d->attributes, "map_public_ip_on_launch").value_or(false));
        ctx.standFor(*d, subnet.id);
        ctx.setOutcome(*d, Outcome::Mapped, subnet.id);
        ctx.assume(tfimport::tr("subnet %1 is used but not managed by the inputs; it was drawn from %2").arg(attr::str(d->attributes, "id"), d->address));
    }
    const QStringList all = ctx.refs(r, path, kSubnet);
    return all.isEmpty() ? ids : all;
}

QString subnetOf(ImportContext &ctx, const TfResource &r, const QString &path)
{
    return subnetsOf(ctx, r, path).value(0);
}

void addNetworkImporters(ImportTable &table, std::vector<Finisher> &finishers)
{
    const QString vpc = QStringLiteral("vpc");
    for (const char *type : {"aws_vpc", "aws_default_vpc"})
        table.push_back(maps(QString::fromLatin1(type), vpc, {}, importVpc));
    for (const char *type : {"aws_subnet", "aws_default_subnet"})
        table.push_back(maps(QString::fromLatin1(type), QStringLiteral("subnet"), {}, importSubnet));
    table.push_back(maps(QStringLiteral("aws_internet_gateway"), QStringLiteral("internet_gateway"), {}, importInternetGateway));
    table.push_back(folds(QStringLiteral("aws_internet_gateway_attachment"), QStringLiteral("internet_gateway"), QStringLiteral("the gateway's VPC"), 1, foldGatewayAttachment));
    table.push_back(maps(QStringLiteral("aws_nat_gateway"), QStringLiteral("nat_gateway"), {}, importNatGateway));
    table.push_back(maps(QStringLiteral("aws_eip"), QStringLiteral("elastic_ip"), {QStringLiteral("public_ip")}, importElasticIp, usedByNatGateway,
                         QStringLiteral("folded into its NAT gateway when one uses it")));
    table.push_back(folds(QStringLiteral("aws_eip_association"), QStringLiteral("elastic_ip"), QStringLiteral("instance"), 1, foldEipAssociation));
    for (const char *type : {"aws_security_group", "aws_default_security_group"})
        table.push_back(maps(QString::fromLatin1(type), QStringLiteral("security_group"), {QStringLiteral("name")}, importSecurityGroup));
    table.push_back(folds(QStringLiteral("aws_security_group_rule"), QStringLiteral("security_group"), QStringLiteral("ingress / egress"), 1, foldSecurityGroupRule));
    table.push_back(folds(QStringLiteral("aws_vpc_security_group_ingress_rule"), QStringLiteral("security_group"), QStringLiteral("ingress"), 1, [](ImportContext &ctx, const TfResource &r, Component *) { foldVpcSecurityGroupRule(ctx, r, "ingress"); }));
    table.push_back(folds(QStringLiteral("aws_vpc_security_group_egress_rule"), QStringLiteral("security_group"), QStringLiteral("egress"), 1, [](ImportContext &ctx, const TfResource &r, Component *) { foldVpcSecurityGroupRule(ctx, r, "egress"); }));
    for (const char *type : {"aws_route_table", "aws_default_route_table"})
        table.push_back(folds(QString::fromLatin1(type), vpc, QStringLiteral("decides which subnets are public"), 1, foldRouteTable));
    table.push_back(folds(QStringLiteral("aws_route"), vpc, QStringLiteral("decides which subnets are public"), 2, foldRoute));
    table.push_back(folds(QStringLiteral("aws_route_table_association"), QStringLiteral("subnet"), QStringLiteral("public"), 2, foldRouteTableAssociation));
    table.push_back(folds(QStringLiteral("aws_main_route_table_association"), vpc, QStringLiteral("the main route table"), 2, foldMainRouteTableAssociation));
    finishers.push_back(completeExternalVpcs);
    finishers.push_back(decidePublicSubnets);
    finishers.push_back(simplifyEgress);
}

} // namespace kumo::tfimport
