#include "priceunit.h"

#include <array>
#include <utility>

namespace kumo::PriceUnits {

namespace {

struct UnitInfo
{
    PriceUnit unit;
    const char *name;
    UnitPeriod period;
    double perUnit;
};

constexpr std::array<UnitInfo, 20> kUnits = {{
    {PriceUnit::Hour, "hour", UnitPeriod::PerHour, 1},
    {PriceUnit::VcpuHour, "vCPU-hour", UnitPeriod::PerHour, 1},
    {PriceUnit::GbHour, "GB-hour", UnitPeriod::PerHour, 1},
    {PriceUnit::LcuHour, "LCU-hour", UnitPeriod::PerHour, 1},
    {PriceUnit::GbMonth, "GB-month", UnitPeriod::PerMonth, 1},
    {PriceUnit::IopsMonth, "IOPS-month", UnitPeriod::PerMonth, 1},
    {PriceUnit::MibpsMonth, "MiBps-month", UnitPeriod::PerMonth, 1},
    {PriceUnit::ZoneMonth, "zone-month", UnitPeriod::PerMonth, 1},
    {PriceUnit::CheckMonth, "check-month", UnitPeriod::PerMonth, 1},
    {PriceUnit::FeatureMonth, "feature-month", UnitPeriod::PerMonth, 1},
    {PriceUnit::UserMonth, "user-month", UnitPeriod::PerMonth, 1},
    {PriceUnit::PipelineMonth, "pipeline-month", UnitPeriod::PerMonth, 1},
    {PriceUnit::Gb, "GB", UnitPeriod::PerUse, 1},
    {PriceUnit::Requests1k, "1,000 requests", UnitPeriod::PerUse, 1000},
    {PriceUnit::Requests10k, "10,000 requests", UnitPeriod::PerUse, 10000},
    {PriceUnit::Queries1M, "1,000,000 queries", UnitPeriod::PerUse, 1000000},
    {PriceUnit::BuildMinute, "build-minute", UnitPeriod::PerUse, 1},
    {PriceUnit::ActionMinute, "action-minute", UnitPeriod::PerUse, 1},
    {PriceUnit::Certificate, "certificate", UnitPeriod::None, 1},
    {PriceUnit::Factor, "factor", UnitPeriod::None, 1},
}};

const UnitInfo &info(PriceUnit unit)
{
    for (const UnitInfo &i : kUnits) {
        if (i.unit == unit)
            return i;
    }
    return kUnits.front();
}

} // namespace

std::optional<PriceUnit> parse(const QString &text)
{
    for (const UnitInfo &i : kUnits) {
        if (text == QLatin1String(i.name))
            return i.unit;
    }
    return std::nullopt;
}

QString name(PriceUnit unit)
{
    return QString::fromLatin1(info(unit).name);
}

UnitPeriod period(PriceUnit unit)
{
    return info(unit).period;
}

double perUnit(PriceUnit unit)
{
    return info(unit).perUnit;
}

} // namespace kumo::PriceUnits
