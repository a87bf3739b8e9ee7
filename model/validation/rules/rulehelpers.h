#pragma once

#include "component.h"

#include <QString>
#include <QStringList>

#include <nlohmann/json.hpp>

#include <functional>
#include <optional>

namespace kumo {
class ValidationContext;
}

// Small queries several rule areas share.
namespace kumo::rules {

/// One security-group rule as written in `ingress` / `egress`.
struct SecurityRule
{
    size_t index = 0;
    QString protocol; ///< "tcp", "udp", "icmp", "-1"
    std::optional<qint64> fromPort;
    std::optional<qint64> toPort;
    QString cidr;
    QString source;
};

std::vector<SecurityRule> securityRules(const Component &group, const char *direction);
/// True for 0.0.0.0/0, the whole IPv4 internet.
bool isWholeInternet(const QString &cidr);
/// True when the rule admits traffic to @p port (all protocols count, icmp never does).
bool ruleCoversPort(const SecurityRule &rule, qint64 port);
/// "tcp 22", "tcp 80-443", "all traffic"
QString describeRule(const SecurityRule &rule);

/// The availability zone a subnet sits in, or null.
const Component *zoneOf(const ValidationContext &ctx, const Component &c);
/// The region code (e.g. "us-east-1") of the region a component sits in, or an empty string.
QString regionCodeOf(const ValidationContext &ctx, const Component &c);
/// Resolved components named by a ref[] property, skipping those missing or of other kinds.
std::vector<const Component *> resolveAll(const ValidationContext &ctx, const Component &c, const QString &key,
                                          const QString &kind);
/// Distinct availability zones of the given subnets.
int distinctZones(const ValidationContext &ctx, const std::vector<const Component *> &subnets);

/// A task definition's containers as JSON objects (never null).
nlohmann::json containersOf(const Component &taskDefinition);
/// The container a service's load balancer sends to: by container_name when set, otherwise the
/// first container that has a port. Null when there is none.
const nlohmann::json *serviceContainer(const Component &service, const nlohmann::json &containers);
/// True when the task definition runs in awsvpc mode (always the case on Fargate).
bool usesAwsvpc(const Component &taskDefinition);
bool isFargate(const Component &taskDefinition);

QString kindName(const QString &kind);

} // namespace kumo::rules
