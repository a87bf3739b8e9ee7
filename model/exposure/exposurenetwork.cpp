#include "exposurenetwork.h"

#include "design.h"
#include "jsonfields.h"
#include "propertyreads.h"

#include <QCoreApplication>
#include <QSet>

#include <algorithm>

namespace kumo::exposure {

namespace {

const QString kInternet = QStringLiteral("internet");

bool isPublicRange(const Ipv4Cidr &cidr)
{
    return !isPrivateRange(cidr);
}

bool isWhole(const Ipv4Cidr &cidr)
{
    return cidr.prefix() == 0;
}

/// "tcp 443", "tcp 8080-8081", "all traffic"
QString portText(const NetworkRule &rule)
{
    if (rule.allTraffic)
        return Network::tr("all traffic");
    if (rule.fromPort == rule.toPort)
        return QStringLiteral("tcp %1").arg(rule.fromPort);
    return QStringLiteral("tcp %1-%2").arg(rule.fromPort).arg(rule.toPort);
}

std::vector<NetworkRule> parseRules(const Component &group, const char *direction, const QHash<QString, int> &groupIndex)
{
    std::vector<NetworkRule> rules;
    const nlohmann::json list = group.prop(direction);
    if (!list.is_array())
        return rules;
    for (size_t i = 0; i < list.size(); ++i) {
        const nlohmann::json &r = list[i];
        if (!r.is_object())
            continue;
        NetworkRule rule;
        rule.index = int(i);
        QString protocol = json::string(r, "protocol");
        if (protocol.isEmpty())
            protocol = QStringLiteral("tcp");
        rule.allTraffic = protocol == QLatin1String("-1") || protocol == QLatin1String("all");
        rule.tcp = protocol == QLatin1String("tcp") || protocol == QLatin1String("6");
        rule.fromPort = json::integer(r, "from_port").value_or(-1);
        rule.toPort = json::integer(r, "to_port").value_or(-1);
        const QString cidr = json::string(r, "cidr").trimmed();
        if (!cidr.isEmpty())
            rule.cidr = Ipv4Cidr::parse(cidr);
        const QString source = json::string(r, "source");
        if (!source.isEmpty())
            rule.sourceGroup = groupIndex.value(source, -1);
        if (rule.cidr || rule.sourceGroup >= 0)
            rules.push_back(rule);
    }
    return rules;
}

QString normalizedDomain(QString name)
{
    name = name.trimmed().toLower();
    while (name.endsWith(QLatin1Char('.')))
        name.chop(1);
    return name;
}

/// The full name of a Route 53 record inside its zone.
QString recordName(const Component &record, const QString &zone)
{
    const QString raw = record.stringProp("name").trimmed();
    if (raw.isEmpty() || raw == QLatin1String("@"))
        return zone;
    const QString name = normalizedDomain(raw);
    if (raw.endsWith(QLatin1Char('.')) || zone.isEmpty() || name == zone || name.endsWith(QLatin1Char('.') + zone))
        return name;
    return name + QLatin1Char('.') + zone;
}

void addPort(std::vector<int> &ports, qint64 port)
{
    if (port >= 0 && port <= 65535 && std::find(ports.begin(), ports.end(), int(port)) == ports.end())
        ports.push_back(int(port));
}

} // namespace

int enginePort(const QString &engine)
{
    return engine == QLatin1String("postgres") ? 5432 : 3306; // mysql and mariadb
}

Network::Network(const Design &design)
    : m_design(design)
{
    build(design.components());
}

Network::Network(const Design &design, const std::vector<const Component *> &components)
    : m_design(design)
{
    build(components);
}

void Network::build(const std::vector<const Component *> &components)
{
    std::vector<const Component *> groups, elasticIps, gateways, targetGroups, records;
    for (const Component *c : components) {
        if (c->kind == QLatin1String("security_group"))
            groups.push_back(c);
        else if (c->kind == QLatin1String("elastic_ip"))
            elasticIps.push_back(c);
        else if (c->kind == QLatin1String("internet_gateway"))
            gateways.push_back(c);
        else if (c->kind == QLatin1String("target_group"))
            targetGroups.push_back(c);
        else if (c->kind == QLatin1String("route53_record"))
            records.push_back(c);
    }
    addGroups(groups);
    addEndpoints(components, elasticIps, gateways, targetGroups);
    addLoadBalancing(targetGroups);
    addNames(records);
}

void Network::addGroups(const std::vector<const Component *> &groups)
{
    for (const Component *g : groups) {
        m_groupByComponent.insert(g->id, int(m_groups.size()));
        m_groups.push_back(NetworkGroup{g, {}, {}});
    }
    for (NetworkGroup &g : m_groups) {
        g.ingress = parseRules(*g.component, "ingress", m_groupByComponent);
        g.egress = parseRules(*g.component, "egress", m_groupByComponent);
    }
}

void Network::addEndpoints(const std::vector<const Component *> &components, const std::vector<const Component *> &elasticIpList,
                           const std::vector<const Component *> &gateways, const std::vector<const Component *> &targetGroups)
{
    const Design &design = m_design;
    // the VPC around each component and every subnet by id, found in one walk (parents come first)
    QHash<QString, const Component *> vpcById;
    QHash<QString, const Component *> subnetById;
    vpcById.reserve(qsizetype(components.size()));
    for (const Component *c : components) {
        const Component *vpc = c->kind == QLatin1String("vpc") ? c : vpcById.value(c->parent);
        if (vpc)
            vpcById.insert(c->id, vpc);
        if (c->kind == QLatin1String("subnet"))
            subnetById.insert(c->id, c);
    }
    auto vpcOf = [&](const Component &c) { return vpcById.value(c.id); };
    auto subnetNamed = [&](const QString &id) { return subnetById.value(id); };
    auto subnetRefs = [&](const Component &c) {
        std::vector<const Component *> subnets;
        for (const QString &id : c.refsProp("subnets")) {
            const Component *s = subnetNamed(id);
            if (s && std::find(subnets.begin(), subnets.end(), s) == subnets.end())
                subnets.push_back(s);
        }
        return subnets;
    };
    QHash<QString, QString> elasticIps; // instance -> Elastic IP
    for (const Component *eip : elasticIpList) {
        const QString instance = eip->stringProp("instance");
        if (!instance.isEmpty() && !elasticIps.contains(instance))
            elasticIps.insert(instance, eip->id);
    }
    for (const Component *igw : gateways) {
        if (const Component *vpc = vpcOf(*igw); vpc && !m_internetGateway.contains(vpc))
            m_internetGateway.insert(vpc, igw);
    }

    // every port the design mentions: the ports an instance may serve
    std::vector<int> mentioned = {22, 80, 443, 3389};
    for (const NetworkGroup &g : m_groups) {
        for (const NetworkRule &r : g.ingress) {
            if (!r.tcp || r.fromPort < 0 || r.toPort < r.fromPort)
                continue;
            if (r.toPort - r.fromPort < 8) {
                for (qint64 p = r.fromPort; p <= r.toPort; ++p)
                    addPort(mentioned, p);
            } else {
                addPort(mentioned, r.fromPort);
            }
        }
    }
    for (const Component *tg : targetGroups)
        addPort(mentioned, tg->intProp("port", 80));
    std::sort(mentioned.begin(), mentioned.end());

    for (const Component *c : components) {
        Endpoint e;
        e.component = c;
        if (c->kind == QLatin1String("ec2_instance")) {
            e.kind = Endpoint::Kind::Instance;
            e.vpc = vpcOf(*c);
            if (const Component *s = subnetNamed(c->parent))
                e.subnets.push_back(s);
            e.elasticIp = elasticIps.value(c->id);
            e.publicAddress = c->boolProp("public_ip") || !e.elasticIp.isEmpty();
        } else if (c->kind == QLatin1String("ecs_service")) {
            e.kind = Endpoint::Kind::Service;
            e.subnets = subnetRefs(*c);
            e.vpc = e.subnets.empty() ? nullptr : vpcOf(*e.subnets.front());
            e.publicAddress = c->boolProp("assign_public_ip");
            if (const Component *task = design.component(c->stringProp("task_definition"))) {
                const nlohmann::json containers = task->prop("containers");
                const QString wanted = c->stringProp("container_name");
                if (containers.is_array()) {
                    for (const nlohmann::json &container : containers) {
                        if (!wanted.isEmpty() && json::string(container, "name") != wanted)
                            continue;
                        if (const auto port = json::integer(container, "container_port"))
                            addPort(e.ports, *port);
                    }
                }
            }
            PropertyReads::note(*c, "container_port"); // hasProp() reads the stored props directly
            if (c->hasProp("container_port"))
                addPort(e.ports, c->intProp("container_port"));
        } else if (c->kind == QLatin1String("load_balancer")) {
            e.kind = Endpoint::Kind::LoadBalancer;
            e.vpc = vpcOf(*c);
            e.subnets = subnetRefs(*c);
            e.publicAddress = c->stringProp("scheme") != QLatin1String("internal");
        } else if (c->kind == QLatin1String("rds_instance")) {
            e.kind = Endpoint::Kind::Database;
            e.vpc = vpcOf(*c);
            if (const Component *s = subnetNamed(c->parent))
                e.subnets.push_back(s);
            for (const Component *s : subnetRefs(*c)) {
                if (std::find(e.subnets.begin(), e.subnets.end(), s) == e.subnets.end())
                    e.subnets.push_back(s);
            }
            e.publicAddress = c->boolProp("publicly_accessible");
            addPort(e.ports, c->intProp("port", enginePort(c->stringProp("engine"))));
        } else if (c->kind == QLatin1String("cloudfront_distribution")) {
            e.kind = Endpoint::Kind::Distribution;
            e.publicAddress = true;
            e.ports = {443, 80};
        } else if (c->kind == QLatin1String("s3_bucket")) {
            e.kind = Endpoint::Kind::Bucket;
            e.ports = {443};
        } else {
            continue;
        }
        for (const Component *s : e.subnets) {
            if (const auto range = Ipv4Cidr::parse(s->stringProp("cidr")))
                e.ranges.push_back(*range);
        }
        if (e.kind != Endpoint::Kind::Distribution && e.kind != Endpoint::Kind::Bucket) {
            for (const QString &id : c->refsProp("security_groups")) {
                const int g = m_groupByComponent.value(id, -1);
                if (g >= 0 && std::find(e.groups.begin(), e.groups.end(), g) == e.groups.end())
                    e.groups.push_back(g);
            }
        }
        if (e.kind == Endpoint::Kind::Instance)
            e.ports = mentioned;
        const int index = int(m_endpoints.size());
        m_endpointByComponent.insert(c->id, index);
        if (e.vpc)
            m_endpointsByVpc[e.vpc].push_back(index);
        m_endpoints.push_back(std::move(e));
    }
}

void Network::addLoadBalancing(const std::vector<const Component *> &targetGroups)
{
    for (const Component *tg : targetGroups) {
        TargetGroup group;
        group.component = tg;
        group.port = int(tg->intProp("port", 80));
        for (const QString &id : tg->refsProp("targets")) {
            const int target = endpointIndex(id);
            if (target >= 0 && m_endpoints[target].kind == Endpoint::Kind::Instance)
                group.targets.push_back(target);
        }
        m_targetGroupByComponent.insert(tg->id, int(m_targetGroups.size()));
        m_targetGroups.push_back(std::move(group));
    }
    for (int i = 0; i < int(m_endpoints.size()); ++i) {
        Endpoint &e = m_endpoints[i];
        if (e.kind == Endpoint::Kind::Service) {
            const int tg = m_targetGroupByComponent.value(e.component->stringProp("target_group"), -1);
            if (tg >= 0) {
                m_targetGroups[tg].targets.push_back(i);
                addPort(e.ports, m_targetGroups[tg].port);
            }
        } else if (e.kind == Endpoint::Kind::Instance) {
            continue;
        } else if (e.kind == Endpoint::Kind::LoadBalancer) {
            const nlohmann::json list = e.component->prop("listeners");
            std::vector<Listener> listeners;
            for (const nlohmann::json &l : list.is_array() ? list : nlohmann::json::array()) {
                const auto port = json::integer(l, "port");
                if (!port)
                    continue;
                Listener listener;
                listener.port = int(*port);
                const auto redirect = l.find("redirect_https");
                listener.redirect = redirect != l.end() && redirect->is_boolean() && redirect->get<bool>();
                if (!listener.redirect) {
                    const int tg = m_targetGroupByComponent.value(json::string(l, "default_target_group"), -1);
                    if (tg >= 0)
                        listener.forwards.push_back({-1, QString(), tg});
                    const auto rules = l.find("rules");
                    if (rules != l.end() && rules->is_array()) {
                        for (const nlohmann::json &rule : *rules) {
                            const int ruleTg = m_targetGroupByComponent.value(json::string(rule, "target_group"), -1);
                            if (ruleTg < 0)
                                continue;
                            QStringList pattern;
                            if (const QString path = json::string(rule, "path_pattern"); !path.isEmpty())
                                pattern << path;
                            if (const QString host = json::string(rule, "host_header"); !host.isEmpty())
                                pattern << host;
                            listener.forwards.push_back({int(json::integer(rule, "priority").value_or(0)),
                                                         pattern.join(QLatin1Char(' ')), ruleTg});
                        }
                    }
                }
                addPort(e.ports, listener.port);
                listeners.push_back(std::move(listener));
            }
            m_listeners.insert(i, std::move(listeners));
        } else if (e.kind == Endpoint::Kind::Distribution) {
            const int origin = endpointIndex(e.component->stringProp("origin"));
            if (origin >= 0
                && (m_endpoints[origin].kind == Endpoint::Kind::Bucket || m_endpoints[origin].kind == Endpoint::Kind::LoadBalancer))
                m_origin.insert(i, origin);
        }
    }
}

void Network::addNames(const std::vector<const Component *> &records)
{
    const Design &design = m_design;
    for (const Component *record : records) {
        const Component *zone = design.component(record->parent);
        const QString name = recordName(*record, zone ? normalizedDomain(zone->stringProp("domain")) : QString());
        QStringList pointsTo = {record->stringProp("alias_target")};
        const nlohmann::json values = record->prop("records");
        if (values.is_array()) {
            for (const nlohmann::json &v : values) {
                const Component *c = design.component(toQString(v));
                if (c && c->kind == QLatin1String("elastic_ip"))
                    pointsTo << c->stringProp("instance");
                else if (c)
                    pointsTo << c->id;
            }
        }
        for (const QString &id : pointsTo) {
            const int e = endpointIndex(id);
            if (e >= 0 && !m_endpoints[e].names.contains(name))
                m_endpoints[e].names << name;
        }
    }
}

const std::vector<Listener> &Network::listeners(int endpoint) const
{
    static const std::vector<Listener> none;
    const auto it = m_listeners.constFind(endpoint);
    return it == m_listeners.constEnd() ? none : *it;
}

const std::vector<int> &Network::sameVpc(int endpoint) const
{
    static const std::vector<int> none;
    const Component *vpc = m_endpoints[endpoint].vpc;
    const auto it = vpc ? m_endpointsByVpc.constFind(vpc) : m_endpointsByVpc.constEnd();
    return it == m_endpointsByVpc.constEnd() ? none : *it;
}

int Network::origin(int distribution) const
{
    return m_origin.value(distribution, -1);
}

QString Network::displayName(const QString &id) const
{
    const Component *c = m_design.component(id);
    return c ? c->displayName() : id;
}

Network::Admission Network::admitsFrom(const Endpoint &to, int port, const Endpoint &from) const
{
    for (int g : to.groups) {
        for (const NetworkRule &r : m_groups[g].ingress) {
            if (!r.coversPort(port))
                continue;
            if (r.sourceGroup >= 0 && std::find(from.groups.begin(), from.groups.end(), r.sourceGroup) != from.groups.end())
                return {g, r.index};
            if (r.cidr && (isWhole(*r.cidr)
                           || std::any_of(from.ranges.begin(), from.ranges.end(), [&](const Ipv4Cidr &s) { return r.cidr->contains(s); })))
                return {g, r.index};
        }
    }
    return {};
}

bool Network::egressAllows(const Endpoint &from, int port, const Endpoint &to) const
{
    if (from.groups.empty())
        return true; // the VPC's default group lets everything out
    for (int g : from.groups) {
        for (const NetworkRule &r : m_groups[g].egress) {
            if (!r.coversPort(port))
                continue;
            if (r.sourceGroup >= 0 && std::find(to.groups.begin(), to.groups.end(), r.sourceGroup) != to.groups.end())
                return true;
            if (r.cidr && (isWhole(*r.cidr)
                           || std::any_of(to.ranges.begin(), to.ranges.end(), [&](const Ipv4Cidr &s) { return r.cidr->contains(s); })))
                return true;
        }
    }
    return false;
}

namespace {
/// "app-sg" or "app-sg, web-sg"; the subnet ranges when the endpoint has no group.
QString sourceText(const Network &network, const Endpoint &e)
{
    QStringList names;
    for (int g : e.groups)
        names << network.groups()[g].component->displayName();
    if (!names.isEmpty())
        return Network::tr("security group %1").arg(names.join(QStringLiteral(", ")));
    QStringList ranges;
    for (const Ipv4Cidr &r : e.ranges)
        ranges << r.toString();
    return ranges.isEmpty() ? e.component->displayName() : ranges.join(QStringLiteral(", "));
}
} // namespace

Blocker Network::ingressBlocker(const Endpoint &to, int port, const Endpoint &from) const
{
    const QString source = sourceText(*this, from);
    if (to.groups.empty())
        return {to.component->id, Network::tr("%1 has no security group, so nothing reaches it on %2").arg(to.component->displayName()).arg(port),
                Network::tr("attach a security group that admits tcp %1 from %2").arg(port).arg(source)};
    const Component *group = m_groups[to.groups.front()].component;
    return {group->id,
            Network::tr("security group %1 admits nothing on %2 from %3 (%4)").arg(group->displayName()).arg(port).arg(from.component->displayName(), source),
            Network::tr("add an ingress rule to %1: tcp %2 from %3").arg(group->displayName()).arg(port).arg(source)};
}

Blocker Network::egressBlocker(const Endpoint &from, int port, const Endpoint &to) const
{
    const Component *group = m_groups[from.groups.front()].component;
    const QString destination = sourceText(*this, to);
    return {group->id,
            Network::tr("the egress rules of security group %1 let nothing out on %2 to %3 (%4)").arg(group->displayName()).arg(port).arg(to.component->displayName(), destination),
            Network::tr("add an egress rule to %1: tcp %2 to %3").arg(group->displayName()).arg(port).arg(destination)};
}

HopCheck Network::fromInternet(int to, int port, bool wantBlockers) const
{
    const Endpoint &e = m_endpoints[to];
    HopCheck check;
    check.toEndpoint = to;
    Hop &hop = check.hop;
    hop.from = kInternet;
    hop.to = e.component->id;
    hop.port = port;
    if (e.kind == Endpoint::Kind::Distribution) {
        hop.kind = HopKind::Edge;
        hop.sourceRange = QStringLiteral("0.0.0.0/0");
        check.admitted = port == 80 || port == 443;
        if (!check.admitted && wantBlockers)
            check.blockers.push_back({hop.to, Network::tr("CloudFront serves viewers only on 80 and 443, not on %1").arg(port),
                                      Network::tr("connect on 443 (HTTPS) or 80 (HTTP)")});
        return check;
    }
    hop.kind = HopKind::Internet;
    if (e.kind == Endpoint::Kind::Bucket) {
        if (wantBlockers)
            check.blockers.push_back({hop.to, Network::tr("bucket %1 is followed only as a CloudFront origin in this analysis").arg(e.component->displayName()),
                                      Network::tr("serve it through a CloudFront distribution whose origin is %1").arg(e.component->displayName())});
        return check;
    }
    const Component *igw = e.vpc ? m_internetGateway.value(e.vpc) : nullptr;
    if (!wantBlockers && (!igw || !e.publicAddress))
        return check; // no way in: skip the rule search
    const Component *publicSubnet = nullptr;
    for (const Component *s : e.subnets) {
        if (s->boolProp("public")) {
            publicSubnet = s;
            break;
        }
    }
    // the security-group rule that admits the internet: the whole internet first, then a narrower public range
    int group = -1;
    int rule = -1;
    for (int pass = 0; pass < 2 && rule < 0; ++pass) {
        for (int g : e.groups) {
            for (const NetworkRule &r : m_groups[g].ingress) {
                if (r.coversPort(port) && r.cidr && isPublicRange(*r.cidr) && (pass == 1 || isWhole(*r.cidr))) {
                    group = g;
                    rule = r.index;
                    hop.sourceRange = r.cidr->toString();
                    break;
                }
            }
            if (rule >= 0)
                break;
        }
    }
    bool listening = true;
    if (e.kind == Endpoint::Kind::LoadBalancer) {
        const auto &ls = listeners(to);
        listening = std::any_of(ls.begin(), ls.end(), [&](const Listener &l) { return l.port == port; });
    }
    check.admitted = igw && publicSubnet && e.publicAddress && rule >= 0 && listening;
    if (check.admitted) {
        hop.via << igw->id;
        if (!e.elasticIp.isEmpty())
            hop.via << e.elasticIp;
        hop.via << publicSubnet->id;
        hop.group = m_groups[group].component->id;
        hop.rule = rule;
        return check;
    }
    if (!wantBlockers)
        return check;
    const QString name = e.component->displayName();
    if (!e.vpc) {
        check.blockers.push_back({hop.to, Network::tr("%1 is in no VPC").arg(name), Network::tr("place %1 in a VPC with an internet gateway").arg(name)});
    } else if (!igw) {
        check.blockers.push_back({e.vpc->id, Network::tr("VPC %1 has no internet gateway").arg(e.vpc->displayName()),
                                  Network::tr("add an internet gateway to VPC %1").arg(e.vpc->displayName())});
    }
    if (!publicSubnet) {
        const QString subnet = e.subnets.empty() ? QString() : e.subnets.front()->id;
        if (e.subnets.empty())
            check.blockers.push_back({hop.to, Network::tr("%1 is in no subnet").arg(name), Network::tr("place %1 in a public subnet").arg(name)});
        else
            check.blockers.push_back({subnet, Network::tr("subnet %1 of %2 is private: it routes nothing to the internet gateway").arg(e.subnets.front()->displayName(), name),
                                      Network::tr("place %1 in a public subnet (or set public on the subnet)").arg(name)});
    }
    if (!e.publicAddress) {
        switch (e.kind) {
        case Endpoint::Kind::Instance:
            check.blockers.push_back({hop.to, Network::tr("instance %1 has no public address").arg(name),
                                      Network::tr("set public_ip on %1 or attach an Elastic IP to it").arg(name)});
            break;
        case Endpoint::Kind::Service:
            check.blockers.push_back({hop.to, Network::tr("the tasks of service %1 get no public address").arg(name),
                                      Network::tr("set assign_public_ip on %1, or put a load balancer in front of it").arg(name)});
            break;
        case Endpoint::Kind::LoadBalancer:
            check.blockers.push_back({hop.to, Network::tr("load balancer %1 is internal").arg(name),
                                      Network::tr("set the scheme of %1 to internet-facing").arg(name)});
            break;
        case Endpoint::Kind::Database:
            check.blockers.push_back({hop.to, Network::tr("database %1 is not publicly accessible").arg(name),
                                      Network::tr("set publicly_accessible on %1 (rarely a good idea: reach it through the application instead)").arg(name)});
            break;
        default:
            break;
        }
    }
    if (!listening)
        check.blockers.push_back({hop.to, Network::tr("load balancer %1 has no listener on port %2").arg(name).arg(port),
                                  Network::tr("add a listener on port %1 to %2").arg(port).arg(name)});
    if (rule < 0) {
        if (e.groups.empty())
            check.blockers.push_back({hop.to, Network::tr("%1 has no security group, so nothing reaches it on %2").arg(name).arg(port),
                                      Network::tr("attach a security group with an ingress rule for tcp %1 from the clients' range").arg(port)});
        else {
            const Component *g = m_groups[e.groups.front()].component;
            check.blockers.push_back({g->id, Network::tr("security group %1 admits nothing on %2 from the internet").arg(g->displayName()).arg(port),
                                      Network::tr("add an ingress rule to %1: tcp %2 from the clients' public range (0.0.0.0/0 for everyone)")
                                          .arg(g->displayName())
                                          .arg(port)});
        }
    }
    return check;
}

HopCheck Network::toTarget(int loadBalancer, const Listener &listener, const Listener::Forward &forward, int target,
                           bool wantBlockers) const
{
    const Endpoint &lb = m_endpoints[loadBalancer];
    const Endpoint &e = m_endpoints[target];
    const TargetGroup &tg = m_targetGroups[forward.targetGroup];
    HopCheck check;
    check.toEndpoint = target;
    Hop &hop = check.hop;
    hop.kind = HopKind::Target;
    hop.from = lb.component->id;
    hop.to = e.component->id;
    hop.port = tg.port;
    hop.via << tg.component->id;
    hop.listenerPort = listener.port;
    hop.listenerRule = forward.priority;
    hop.listenerMatch = forward.pattern;
    hop.targetGroup = tg.component->id;
    const Admission admission = admitsFrom(e, tg.port, lb);
    const bool egress = egressAllows(lb, tg.port, e);
    check.admitted = admission.rule >= 0 && egress;
    if (check.admitted) {
        hop.group = m_groups[admission.group].component->id;
        hop.rule = admission.rule;
    } else if (wantBlockers) {
        if (admission.rule < 0)
            check.blockers.push_back(ingressBlocker(e, tg.port, lb));
        if (!egress)
            check.blockers.push_back(egressBlocker(lb, tg.port, e));
    }
    return check;
}

HopCheck Network::lateral(int from, int to, int port, bool wantBlockers) const
{
    const Endpoint &x = m_endpoints[from];
    const Endpoint &y = m_endpoints[to];
    HopCheck check;
    check.toEndpoint = to;
    Hop &hop = check.hop;
    hop.kind = HopKind::Lateral;
    hop.from = x.component->id;
    hop.to = y.component->id;
    hop.port = port;
    bool listening = true;
    if (y.kind == Endpoint::Kind::LoadBalancer) {
        const auto &ls = listeners(to);
        listening = std::any_of(ls.begin(), ls.end(), [&](const Listener &l) { return l.port == port; });
    }
    const Admission admission = admitsFrom(y, port, x);
    const bool egress = egressAllows(x, port, y);
    check.admitted = listening && admission.rule >= 0 && egress;
    if (check.admitted) {
        hop.group = m_groups[admission.group].component->id;
        hop.rule = admission.rule;
    } else if (wantBlockers) {
        if (!listening)
            check.blockers.push_back({hop.to, Network::tr("load balancer %1 has no listener on port %2").arg(y.component->displayName()).arg(port),
                                      Network::tr("add a listener on port %1 to %2").arg(port).arg(y.component->displayName())});
        if (admission.rule < 0)
            check.blockers.push_back(ingressBlocker(y, port, x));
        if (!egress)
            check.blockers.push_back(egressBlocker(x, port, y));
    }
    return check;
}

HopCheck Network::toOrigin(int distribution, int port, bool wantBlockers) const
{
    const Endpoint &cdn = m_endpoints[distribution];
    const int o = origin(distribution);
    HopCheck check;
    Hop &hop = check.hop;
    hop.kind = HopKind::Origin;
    hop.from = cdn.component->id;
    hop.port = port;
    hop.distribution = cdn.component->id;
    if (o < 0)
        return check;
    const Endpoint &e = m_endpoints[o];
    check.toEndpoint = o;
    hop.to = e.component->id;
    if (e.kind == Endpoint::Kind::Bucket) {
        check.admitted = port == 443;
        return check;
    }
    const auto &ls = listeners(o);
    const bool listening = std::any_of(ls.begin(), ls.end(), [&](const Listener &l) { return l.port == port; });
    for (int g : e.groups) {
        for (const NetworkRule &r : m_groups[g].ingress) {
            if (r.coversPort(port) && r.cidr && isPublicRange(*r.cidr)) {
                hop.group = m_groups[g].component->id;
                hop.rule = r.index;
                break;
            }
        }
        if (hop.rule >= 0)
            break;
    }
    check.admitted = listening && hop.rule >= 0;
    if (check.admitted || !wantBlockers)
        return check;
    const QString name = e.component->displayName();
    if (!listening)
        check.blockers.push_back({hop.to, Network::tr("load balancer %1 has no listener on port %2").arg(name).arg(port),
                                  Network::tr("add a listener on port %1 to %2").arg(port).arg(name)});
    if (hop.rule < 0) {
        const QString group = e.groups.empty() ? name : m_groups[e.groups.front()].component->displayName();
        check.blockers.push_back({e.groups.empty() ? hop.to : m_groups[e.groups.front()].component->id,
                                  Network::tr("security group %1 admits nothing on %2 from the internet, where CloudFront connects from").arg(group).arg(port),
                                  Network::tr("add an ingress rule to %1: tcp %2 from CloudFront's addresses (its managed prefix list)").arg(group).arg(port)});
    }
    return check;
}

void Network::describe(Hop &hop) const
{
    auto ruleText = [&]() -> QString {
        const int g = m_groupByComponent.value(hop.group, -1);
        if (g < 0)
            return QString();
        for (const NetworkRule &r : m_groups[g].ingress) {
            if (r.index != hop.rule)
                continue;
            // as exposure.md words it: a source group names only the group, a range names ports and range
            if (r.sourceGroup >= 0)
                return Network::tr("security group %1 ingress rule %2 from %3")
                    .arg(m_groups[g].component->displayName())
                    .arg(hop.rule + 1)
                    .arg(m_groups[r.sourceGroup].component->displayName());
            return Network::tr("security group %1 ingress rule %2: %3 from %4")
                .arg(m_groups[g].component->displayName())
                .arg(hop.rule + 1)
                .arg(portText(r), r.cidr ? r.cidr->toString() : QString());
        }
        return QString();
    };
    switch (hop.kind) {
    case HopKind::Internet:
        hop.because = ruleText();
        break;
    case HopKind::Edge:
        hop.because = Network::tr("CloudFront distribution %1 serves the whole internet on 80 and 443").arg(displayName(hop.to));
        break;
    case HopKind::Origin:
        hop.because = Network::tr("origin of distribution %1").arg(displayName(hop.from));
        if (!hop.group.isEmpty())
            hop.because += QStringLiteral("; ") + ruleText();
        break;
    case HopKind::Target: {
        const QString listener = hop.listenerRule < 0 ? Network::tr("listener %1").arg(hop.listenerPort)
                                                      : Network::tr("listener %1 rule %2 (%3)").arg(hop.listenerPort).arg(hop.listenerRule).arg(hop.listenerMatch);
        hop.because = Network::tr("%1 -> target group %2 (port %3)").arg(listener, displayName(hop.targetGroup)).arg(hop.port);
        if (!hop.group.isEmpty())
            hop.because += QStringLiteral("; ") + ruleText();
        break;
    }
    case HopKind::Lateral:
        hop.because = ruleText();
        break;
    }
}

} // namespace kumo::exposure
