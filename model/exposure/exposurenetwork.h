#pragma once

#include "cidr.h"
#include "exposurepath.h"

#include <QCoreApplication>
#include <QHash>
#include <QString>
#include <QStringList>

#include <optional>
#include <vector>

namespace kumo {
class Design;
struct Component;
} // namespace kumo

namespace kumo::exposure {

/// One security-group rule, parsed once.
struct NetworkRule
{
    int index = 0;
    bool allTraffic = false;    ///< protocol "-1": every port
    bool tcp = false;           ///< protocol tcp (udp and icmp never carry the TCP traffic analysed here)
    qint64 fromPort = -1;
    qint64 toPort = -1;
    std::optional<Ipv4Cidr> cidr;
    int sourceGroup = -1;       ///< index of the group named by "source" (for egress: the destination)

    bool coversPort(int port) const { return allTraffic || (tcp && fromPort <= port && port <= toPort); }
};

struct NetworkGroup
{
    const Component *component = nullptr;
    std::vector<NetworkRule> ingress;
    std::vector<NetworkRule> egress;
};

/// Something packets can be addressed to: an instance, the tasks of a service, a load balancer,
/// a database, a distribution or a bucket.
struct Endpoint
{
    enum class Kind { Instance, Service, LoadBalancer, Database, Distribution, Bucket };

    const Component *component = nullptr;
    Kind kind = Kind::Instance;
    const Component *vpc = nullptr;
    std::vector<const Component *> subnets; ///< where its addresses live
    std::vector<Ipv4Cidr> ranges;           ///< those subnets' ranges
    std::vector<int> groups;                ///< indexes into Network::groups()
    bool publicAddress = false;
    QString elasticIp;                      ///< id of the Elastic IP that gives an instance its address
    std::vector<int> ports;                 ///< the ports it serves, in a stable order
    QStringList names;                      ///< DNS names pointing at it
};

/// A load balancer listener, resolved.
struct Listener
{
    int port = 0;
    bool redirect = false;
    struct Forward
    {
        int priority = -1; ///< -1: the default action
        QString pattern;   ///< "/api/*", "host example.com"
        int targetGroup = -1; ///< index into Network::targetGroups()
    };
    std::vector<Forward> forwards;
};

struct TargetGroup
{
    const Component *component = nullptr;
    int port = 80;
    std::vector<int> targets; ///< endpoint indexes: EC2 targets and the services registered with it
};

/// Whether a hop admits a packet: the hop when it does, the blockers when it does not.
struct HopCheck
{
    int toEndpoint = -1; ///< index of the endpoint the hop arrives at
    bool admitted = false;
    Hop hop;
    std::vector<Blocker> blockers; ///< filled only when asked for
};

/// The design seen as a network: endpoints, security groups, listeners and target groups, and
/// the hop semantics over them. Built once per analysis.
class Network
{
    Q_DECLARE_TR_FUNCTIONS(kumo::exposure::Network)

public:
    explicit Network(const Design &design);
    /// The same, reusing the design's components already listed in canonical order.
    Network(const Design &design, const std::vector<const Component *> &components);

    const Design &design() const { return m_design; }
    const std::vector<Endpoint> &endpoints() const { return m_endpoints; }
    const std::vector<NetworkGroup> &groups() const { return m_groups; }
    const std::vector<TargetGroup> &targetGroups() const { return m_targetGroups; }
    /// Listeners of a load-balancer endpoint (empty for other kinds).
    const std::vector<Listener> &listeners(int endpoint) const;
    /// Endpoint index of a component id, or -1.
    int endpointIndex(const QString &id) const { return m_endpointByComponent.value(id, -1); }
    /// Endpoints of the same VPC (the candidates for lateral hops).
    const std::vector<int> &sameVpc(int endpoint) const;
    /// Endpoint index of a distribution's origin, or -1.
    int origin(int distribution) const;

    // The hop semantics. With wantBlockers, a refused hop lists every failing condition and its fix.
    HopCheck fromInternet(int to, int port, bool wantBlockers) const;
    HopCheck toTarget(int loadBalancer, const Listener &listener, const Listener::Forward &forward, int target,
                      bool wantBlockers) const;
    HopCheck lateral(int from, int to, int port, bool wantBlockers) const;
    HopCheck toOrigin(int distribution, int port, bool wantBlockers) const;

    /// Fills hop.because from what admitted it (English when no translator is installed).
    void describe(Hop &hop) const;
    QString displayName(const QString &id) const;

private:
    struct Admission
    {
        int group = -1;
        int rule = -1;
    };
    /// The ingress rule of @p to's groups admitting @p port from group set / ranges of @p from.
    Admission admitsFrom(const Endpoint &to, int port, const Endpoint &from) const;
    bool egressAllows(const Endpoint &from, int port, const Endpoint &to) const;
    Blocker ingressBlocker(const Endpoint &to, int port, const Endpoint &from) const;
    Blocker egressBlocker(const Endpoint &from, int port, const Endpoint &to) const;

    void build(const std::vector<const Component *> &components);
    void addGroups(const std::vector<const Component *> &groups);
    void addEndpoints(const std::vector<const Component *> &components, const std::vector<const Component *> &elasticIps,
                      const std::vector<const Component *> &gateways, const std::vector<const Component *> &targetGroups);
    void addLoadBalancing(const std::vector<const Component *> &targetGroups);
    void addNames(const std::vector<const Component *> &records);

    const Design &m_design;
    std::vector<NetworkGroup> m_groups;
    QHash<QString, int> m_groupByComponent;
    std::vector<Endpoint> m_endpoints;
    QHash<QString, int> m_endpointByComponent;
    std::vector<TargetGroup> m_targetGroups;
    QHash<QString, int> m_targetGroupByComponent;
    QHash<int, std::vector<Listener>> m_listeners; ///< by load-balancer endpoint
    QHash<const Component *, std::vector<int>> m_endpointsByVpc;
    QHash<const Component *, const Component *> m_internetGateway; ///< VPC -> its gateway
    QHash<int, int> m_origin; ///< distribution endpoint -> origin endpoint
};

/// The default port of a database engine.
int enginePort(const QString &engine);

} // namespace kumo::exposure
