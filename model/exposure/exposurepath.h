#pragma once

#include <QString>
#include <QStringList>

#include <vector>

namespace kumo::exposure {

/// How a hop is made (the semantics of each are in the exposure spec).
enum class HopKind {
    Internet, ///< from the internet to a component with a public address
    Edge,     ///< from the internet to a CloudFront distribution
    Origin,   ///< from a distribution to its origin
    Target,   ///< from a load balancer's listener to a target of its target group
    Lateral,  ///< from a reached instance or task to another component of its VPC
};

/// One step of a path: who talks to whom on which port, and what admitted it.
struct Hop
{
    HopKind kind = HopKind::Internet;
    QString from; ///< "internet" or a component id
    QString to;   ///< a component id
    int port = 0;
    QStringList via; ///< ids the packet passes without being stopped: internet gateway, Elastic IP, subnet, target group

    // What admitted it (empty / -1 when it does not apply)
    QString group;           ///< id of the security group whose ingress rule admitted the hop
    int rule = -1;           ///< that rule's index in the group's ingress list, from 0
    QString sourceRange;     ///< the CIDR the rule admits for a hop from the internet ("0.0.0.0/0")
    int listenerPort = -1;   ///< the load balancer listener the hop came through
    int listenerRule = -1;   ///< the listener rule's priority, or -1 for the default action
    QString listenerMatch;   ///< that rule's path pattern and host header ("/api/*")
    QString targetGroup;     ///< id of the target group of a load-balancer hop
    QString distribution;    ///< id of the CloudFront distribution of an origin hop

    QString because; ///< one sentence for people naming all of the above
    bool blocked = false; ///< only in a blocked path: this hop does not admit the packet
};

/// Something reachable from the internet and one shortest path to it.
struct ReachablePath
{
    QString component;
    int port = 0;
    QString sourceRange; ///< where on the internet it is reachable from: "0.0.0.0/0" or a narrower public range
    QStringList names;   ///< DNS names (Route 53 records) that lead users onto this path
    std::vector<Hop> hops;

    bool fromWholeInternet() const { return sourceRange == QLatin1String("0.0.0.0/0"); }
};

/// One setting that stops a packet, and the change that would let it through.
struct Blocker
{
    QString component; ///< id of the component whose setting blocks
    QString reason;
    QString fix;
};

/// For a component that is not reachable: the closest would-be path and what blocks it.
struct BlockedPath
{
    QString component;
    int port = 0;
    std::vector<Hop> hops; ///< the hops that do not admit are marked blocked
    std::vector<Blocker> blockedBy;
};

} // namespace kumo::exposure
