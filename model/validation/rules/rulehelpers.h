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

/// The kinds the rule areas name.
inline const QString kCert = QStringLiteral("acm_certificate");
inline const QString kCdn = QStringLiteral("cloudfront_distribution");
inline const QString kDeployApp = QStringLiteral("codedeploy_application");
inline const QString kPipeline = QStringLiteral("codepipeline");
inline const QString kInstance = QStringLiteral("ec2_instance");
inline const QString kService = QStringLiteral("ecs_service");
inline const QString kTask = QStringLiteral("ecs_task_definition");
inline const QString kEip = QStringLiteral("elastic_ip");
inline const QString kRole = QStringLiteral("iam_role");
inline const QString kLb = QStringLiteral("load_balancer");
inline const QString kDb = QStringLiteral("rds_instance");
inline const QString kRecord = QStringLiteral("route53_record");
inline const QString kZone = QStringLiteral("route53_zone");
inline const QString kBucket = QStringLiteral("s3_bucket");
inline const QString kGroup = QStringLiteral("security_group");
inline const QString kSubnet = QStringLiteral("subnet");
inline const QString kTg = QStringLiteral("target_group");
inline const QString kVpc = QStringLiteral("vpc");

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
