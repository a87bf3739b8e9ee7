#pragma once

#include <QString>

#include <optional>

namespace kumo {

/// What one price is for. Every price of the snapshot names its unit explicitly, so that a monthly
/// price is never multiplied by the hours of a month (a classic bug of cost tools).
enum class PriceUnit {
    Hour,           ///< "hour": an instance, a NAT gateway, a load balancer, a public IPv4 address
    VcpuHour,       ///< "vCPU-hour": Fargate CPU, T3 surplus credits
    GbHour,         ///< "GB-hour": Fargate memory
    LcuHour,        ///< "LCU-hour": load balancer capacity units
    GbMonth,        ///< "GB-month": storage
    IopsMonth,      ///< "IOPS-month": provisioned IOPS
    MibpsMonth,     ///< "MiBps-month": provisioned throughput
    ZoneMonth,      ///< "zone-month": a Route 53 hosted zone
    CheckMonth,     ///< "check-month": a Route 53 health check
    FeatureMonth,   ///< "feature-month": an optional health-check feature
    UserMonth,      ///< "user-month": a CodeCommit active user
    PipelineMonth,  ///< "pipeline-month": a CodePipeline V1 pipeline
    Gb,             ///< "GB": data processed or transferred
    Requests1k,     ///< "1,000 requests"
    Requests10k,    ///< "10,000 requests"
    Queries1M,      ///< "1,000,000 queries"
    BuildMinute,    ///< "build-minute"
    ActionMinute,   ///< "action-minute": CodePipeline V2 action execution
    Certificate,    ///< "certificate"
    Factor,         ///< "factor": a multiplier, not an amount of money (RDS Multi-AZ)
};

/// How a unit turns into a monthly amount.
enum class UnitPeriod {
    PerHour,  ///< billed by the hour: an always-on item runs 730 hours a month
    PerMonth, ///< billed by the month: one item for a month is one unit, never × 730
    PerUse,   ///< billed per amount used (GB, requests, minutes): the quantity comes from usage
    None,     ///< not money (a factor) or free per item
};

namespace PriceUnits {

/// The unit spelled as in the snapshot ("hour", "GB-month", "1,000 requests", ...).
std::optional<PriceUnit> parse(const QString &text);
/// The snapshot spelling of @p unit.
QString name(PriceUnit unit);
UnitPeriod period(PriceUnit unit);
/// How many raw units one priced unit holds: 1000 for "1,000 requests", 1 for most units.
double perUnit(PriceUnit unit);

} // namespace PriceUnits

} // namespace kumo
