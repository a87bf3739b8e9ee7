#pragma once

#include "exposurepath.h"

#include <optional>
#include <vector>

namespace kumo {
class Design;
}

namespace kumo::exposure {

class Network;

/// Everything the internet can reach in a design.
struct ExposureReport
{
    /// One shortest path per reachable (component, port): paths from the whole internet are
    /// preferred over paths from a narrower range. Sorted by number of hops, then by the
    /// components' order in the design, then by port.
    std::vector<ReachablePath> reachable;

    /// The paths to @p component (all its reachable ports).
    std::vector<const ReachablePath *> pathsTo(const QString &component) const;
    const ReachablePath *find(const QString &component, int port) const;
};

/// A load balancer that cannot reach a target of one of its target groups.
struct BlockedTarget
{
    QString loadBalancer;
    QString targetGroup;
    QString target;
    int port = 0;
    std::vector<Blocker> blockedBy;
};

/// The exposure analysis: a search from the internet over the hop semantics of exposure.md.
namespace Analysis {

/// Every (component, port) reachable from the internet, with one shortest path each.
ExposureReport analyze(const Network &network);
ExposureReport analyze(const Design &design);

/// Why @p component is not reachable (on @p port, or on any of its ports): the closest would-be
/// path, the one with the fewest blocking settings, and each of them with its fix. Nothing when
/// it is reachable or is not something packets go to. Refused hops are considered where a fix
/// belongs: from the internet into the component or a load balancer, from a load balancer to its
/// targets, from a distribution to its origin, and laterally into the component itself; the rest
/// of the path goes through what is already reachable.
std::optional<BlockedPath> explain(const Network &network, const ExposureReport &report, const QString &component,
                                   std::optional<int> port = std::nullopt);

/// Each load balancer -> target of its target groups that the security groups refuse, whether
/// or not the load balancer is itself reachable.
std::vector<BlockedTarget> blockedTargets(const Network &network);

/// "internet -> web-alb 443 -> web 8080 -> app-db 3306"
QString pathText(const Network &network, const std::vector<Hop> &hops);

} // namespace Analysis

} // namespace kumo::exposure
