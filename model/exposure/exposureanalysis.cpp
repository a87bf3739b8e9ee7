#include "exposureanalysis.h"

#include "exposurenetwork.h"

#include "component.h"
#include "design.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>

#include <algorithm>
#include <deque>
#include <queue>
#include <tuple>

namespace kumo::exposure {

std::vector<const ReachablePath *> ExposureReport::pathsTo(const QString &component) const
{
    std::vector<const ReachablePath *> paths;
    for (const ReachablePath &p : reachable) {
        if (p.component == component)
            paths.push_back(&p);
    }
    return paths;
}

const ReachablePath *ExposureReport::find(const QString &component, int port) const
{
    for (const ReachablePath &p : reachable) {
        if (p.component == component && p.port == port)
            return &p;
    }
    return nullptr;
}

namespace Analysis {

namespace {

const QString kWholeInternet = QStringLiteral("0.0.0.0/0");

qint64 stateKey(int endpoint, int port)
{
    return (qint64(endpoint) << 17) | qint64(port & 0x1ffff);
}

bool canBeReachedLaterally(Endpoint::Kind kind)
{
    return kind == Endpoint::Kind::Instance || kind == Endpoint::Kind::Service || kind == Endpoint::Kind::LoadBalancer
           || kind == Endpoint::Kind::Database;
}

/// The hops out of (endpoint, port): listener -> targets, distribution -> origin, and (when
/// @p lateralToo) every lateral hop inside the VPC. @p extra adds a port to one endpoint's own.
template <typename Skip, typename Visit>
void expand(const Network &network, int endpoint, int port, bool lateralToo, bool wantBlockers, int extraEndpoint,
            int extraPort, Skip &&skip, Visit &&visit)
{
    const Endpoint &e = network.endpoints()[endpoint];
    switch (e.kind) {
    case Endpoint::Kind::LoadBalancer:
        for (const Listener &listener : network.listeners(endpoint)) {
            if (listener.port != port || listener.redirect)
                continue;
            for (const Listener::Forward &forward : listener.forwards) {
                const TargetGroup &tg = network.targetGroups()[forward.targetGroup];
                for (int target : tg.targets) {
                    if (!skip(target, tg.port))
                        visit(network.toTarget(endpoint, listener, forward, target, wantBlockers));
                }
            }
        }
        break;
    case Endpoint::Kind::Distribution: {
        const int origin = network.origin(endpoint);
        if (origin < 0)
            break;
        for (int p : network.endpoints()[origin].ports)
            visit(network.toOrigin(endpoint, p, wantBlockers));
        break;
    }
    case Endpoint::Kind::Instance:
    case Endpoint::Kind::Service:
        if (!lateralToo)
            break;
        for (int y : network.sameVpc(endpoint)) {
            const Endpoint &to = network.endpoints()[y];
            if (y == endpoint || !canBeReachedLaterally(to.kind))
                continue;
            // refused lateral hops matter only into the component being explained: elsewhere the
            // closest path goes through what is already reached (keeps the search small)
            const bool refusedToo = wantBlockers && y == extraEndpoint;
            for (int p : to.ports) {
                if (skip(y, p))
                    continue;
                HopCheck check = network.lateral(endpoint, y, p, refusedToo);
                if (check.admitted || refusedToo)
                    visit(std::move(check));
            }
            if (refusedToo && std::find(to.ports.begin(), to.ports.end(), extraPort) == to.ports.end())
                visit(network.lateral(endpoint, y, extraPort, true));
        }
        break;
    default:
        break;
    }
}

struct SearchNode
{
    int endpoint = -1;
    int port = 0;
    int parent = -1;
    int hops = 1;
    QString source;
    Hop hop;
    std::vector<Blocker> blockers;
};

std::vector<Hop> hopsOf(const std::vector<SearchNode> &nodes, int node)
{
    std::vector<Hop> hops;
    for (int n = node; n >= 0; n = nodes[n].parent)
        hops.push_back(nodes[n].hop);
    std::reverse(hops.begin(), hops.end());
    return hops;
}

} // namespace

ExposureReport analyze(const Design &design)
{
    const Network network(design);
    return analyze(network);
}

ExposureReport analyze(const Network &network)
{
    const auto &endpoints = network.endpoints();
    std::vector<SearchNode> nodes;
    QHash<qint64, int> visited;
    std::vector<char> lateralDone(endpoints.size(), 0);

    auto addNode = [&](HopCheck &&check, int parent, std::deque<int> &queue) {
        const int endpoint = check.toEndpoint;
        const qint64 key = stateKey(endpoint, check.hop.port);
        if (endpoint < 0 || visited.contains(key))
            return;
        SearchNode node;
        node.endpoint = endpoint;
        node.port = check.hop.port;
        node.parent = parent;
        node.hops = parent < 0 ? 1 : nodes[parent].hops + 1;
        node.source = parent < 0 ? check.hop.sourceRange : nodes[parent].source;
        node.hop = std::move(check.hop);
        network.describe(node.hop);
        visited.insert(key, int(nodes.size()));
        queue.push_back(int(nodes.size()));
        nodes.push_back(std::move(node));
    };

    // first everything the whole internet reaches, then what only narrower ranges reach
    for (const bool whole : {true, false}) {
        std::deque<int> queue;
        for (int y = 0; y < int(endpoints.size()); ++y) {
            if (!endpoints[y].publicAddress)
                continue; // nothing from the internet reaches a private address
            for (int p : endpoints[y].ports) {
                HopCheck check = network.fromInternet(y, p, false);
                if (check.admitted && (!whole || check.hop.sourceRange == kWholeInternet))
                    addNode(std::move(check), -1, queue);
            }
        }
        while (!queue.empty()) {
            const int n = queue.front();
            queue.pop_front();
            const int endpoint = nodes[n].endpoint;
            const bool lateral = !lateralDone[endpoint];
            lateralDone[endpoint] = 1;
            auto known = [&](int y, int p) { return visited.contains(stateKey(y, p)); };
            expand(network, endpoint, nodes[n].port, lateral, false, -1, 0, known, [&](HopCheck &&check) {
                if (check.admitted)
                    addNode(std::move(check), n, queue);
            });
        }
    }

    // shortest first, then in the design's order, then by port
    std::vector<int> order(nodes.size());
    for (int n = 0; n < int(nodes.size()); ++n)
        order[size_t(n)] = n;
    std::stable_sort(order.begin(), order.end(), [&](int a, int b) {
        return std::make_tuple(nodes[a].hops, nodes[a].endpoint, nodes[a].port) < std::make_tuple(nodes[b].hops, nodes[b].endpoint, nodes[b].port);
    });
    ExposureReport report;
    report.reachable.reserve(nodes.size());
    for (int n : order) {
        ReachablePath path;
        path.component = endpoints[nodes[n].endpoint].component->id;
        path.port = nodes[n].port;
        path.sourceRange = nodes[n].source;
        path.hops = hopsOf(nodes, n);
        for (const Hop &hop : path.hops) {
            for (const QString &name : endpoints[network.endpointIndex(hop.to)].names) {
                if (!path.names.contains(name))
                    path.names << name;
            }
        }
        report.reachable.push_back(std::move(path));
    }
    return report;
}

std::optional<BlockedPath> explain(const Network &network, const ExposureReport &report, const QString &component,
                                   std::optional<int> port)
{
    const int target = network.endpointIndex(component);
    if (target < 0)
        return std::nullopt;
    if (port ? report.find(component, *port) != nullptr : !report.pathsTo(component).empty())
        return std::nullopt;
    const auto &endpoints = network.endpoints();
    const std::vector<int> targetPorts = port ? std::vector<int>{*port} : endpoints[target].ports;
    if (targetPorts.empty())
        return std::nullopt;
    const int extraPort = port.value_or(-1);

    // Dijkstra over every would-be hop, a hop costing the number of settings that block it:
    // the cheapest path to the target is the one with the fewest changes to make.
    std::vector<SearchNode> nodes;
    std::vector<int> costs;
    QHash<qint64, std::pair<int, int>> best; // key -> (cost, hops)
    using Entry = std::tuple<int, int, int>;  // cost, hops, node (creation order breaks ties)
    std::priority_queue<Entry, std::vector<Entry>, std::greater<>> queue;
    auto offer = [&](HopCheck &&check, int parent) {
        const int endpoint = check.toEndpoint;
        if (endpoint < 0 || (!check.admitted && check.blockers.empty()))
            return; // no such hop at all (a bucket on another port than 443)
        const int cost = (parent < 0 ? 0 : costs[parent]) + int(check.blockers.size());
        const int hops = parent < 0 ? 1 : nodes[parent].hops + 1;
        const qint64 key = stateKey(endpoint, check.hop.port);
        const auto known = best.constFind(key);
        if (known != best.constEnd() && *known <= std::make_pair(cost, hops))
            return;
        best.insert(key, {cost, hops});
        SearchNode node;
        node.endpoint = endpoint;
        node.port = check.hop.port;
        node.parent = parent;
        node.hops = hops;
        node.hop = std::move(check.hop);
        node.blockers = std::move(check.blockers);
        node.hop.blocked = !check.admitted;
        queue.push({cost, hops, int(nodes.size())});
        costs.push_back(cost);
        nodes.push_back(std::move(node));
    };
    // from the internet: every hop that admits, and the refused ones into the target and into load
    // balancers (the doors a design means to open); opening an application server to the internet
    // is never the closest fix worth proposing
    for (int y = 0; y < int(endpoints.size()); ++y) {
        std::vector<int> ports = endpoints[y].ports;
        if (y == target && extraPort >= 0 && std::find(ports.begin(), ports.end(), extraPort) == ports.end())
            ports.push_back(extraPort);
        const bool refusedToo = y == target || endpoints[y].kind == Endpoint::Kind::LoadBalancer;
        for (int p : ports) {
            HopCheck check = network.fromInternet(y, p, refusedToo);
            if (check.admitted || refusedToo)
                offer(std::move(check), -1);
        }
    }
    QSet<qint64> settled;
    std::vector<char> lateralDone(endpoints.size(), 0);
    while (!queue.empty()) {
        const auto [cost, hops, n] = queue.top();
        queue.pop();
        const qint64 key = stateKey(nodes[n].endpoint, nodes[n].port);
        if (settled.contains(key) || best.value(key) != std::make_pair(cost, hops))
            continue;
        settled.insert(key);
        if (nodes[n].endpoint == target && std::find(targetPorts.begin(), targetPorts.end(), nodes[n].port) != targetPorts.end()) {
            BlockedPath blocked;
            blocked.component = component;
            blocked.port = nodes[n].port;
            for (int m = n; m >= 0; m = nodes[m].parent) {
                for (auto it = nodes[m].blockers.rbegin(); it != nodes[m].blockers.rend(); ++it)
                    blocked.blockedBy.insert(blocked.blockedBy.begin(), *it);
            }
            blocked.hops = hopsOf(nodes, n);
            for (size_t i = 0; i < blocked.hops.size(); ++i) {
                Hop &hop = blocked.hops[i];
                if (!hop.blocked) {
                    network.describe(hop);
                    continue;
                }
                int m = n;
                for (size_t back = blocked.hops.size() - 1; back > i; --back)
                    m = nodes[m].parent;
                QStringList reasons;
                for (const Blocker &b : nodes[m].blockers)
                    reasons << b.reason;
                hop.because = reasons.join(QStringLiteral("; "));
            }
            return blocked;
        }
        const int endpoint = nodes[n].endpoint;
        const bool lateral = !lateralDone[endpoint];
        lateralDone[endpoint] = 1;
        auto done = [&](int y, int p) { return settled.contains(stateKey(y, p)); };
        const int from = n; // (clang 14 cannot capture a structured binding)
        expand(network, endpoint, nodes[n].port, lateral, true, target, extraPort, done, [&](HopCheck &&check) { offer(std::move(check), from); });
    }
    return std::nullopt;
}

std::vector<BlockedTarget> blockedTargets(const Network &network)
{
    std::vector<BlockedTarget> result;
    QSet<QString> seen;
    const auto &endpoints = network.endpoints();
    for (int lb = 0; lb < int(endpoints.size()); ++lb) {
        for (const Listener &listener : network.listeners(lb)) {
            for (const Listener::Forward &forward : listener.forwards) {
                const TargetGroup &tg = network.targetGroups()[forward.targetGroup];
                for (int target : tg.targets) {
                    const QString key = endpoints[lb].component->id + QLatin1Char('\n') + tg.component->id + QLatin1Char('\n')
                                        + endpoints[target].component->id;
                    if (seen.contains(key))
                        continue;
                    seen.insert(key);
                    HopCheck check = network.toTarget(lb, listener, forward, target, true);
                    if (!check.admitted)
                        result.push_back({endpoints[lb].component->id, tg.component->id, endpoints[target].component->id, tg.port,
                                          std::move(check.blockers)});
                }
            }
        }
    }
    return result;
}

QString pathText(const Network &network, const std::vector<Hop> &hops)
{
    QString text = Network::tr("internet");
    for (const Hop &hop : hops)
        text += QStringLiteral(" -> %1 %2").arg(network.displayName(hop.to)).arg(hop.port);
    return text;
}

} // namespace Analysis

} // namespace kumo::exposure
