#include "costitems.h"

#include <algorithm>

#include "design.h"

#include <QSet>

namespace kumo::cost {

void pricePublicIpv4(CostContext &ctx, const Component &c, const QString &region, double count, const QString &description)
{
    ctx.alwaysOn(c, region,
                 {QStringLiteral("AmazonVPC"), QStringLiteral("PublicIPv4:InUseAddress"), PriceUnit::Hour, description,
                  tr("Since February 2024 AWS charges for every public IPv4 address by the hour, whatever holds it: "
                     "an instance, an Elastic IP, a NAT gateway, a load balancer, a task.")},
                 count);
}

void priceDataOut(CostContext &ctx, const Component &c, const QString &region)
{
    ctx.usage(c, region,
              {QStringLiteral("AWSDataTransfer"), QStringLiteral("DataTransfer-Out-Bytes"), PriceUnit::Gb,
               tr("data transfer out to the internet"),
               tr("Data sent from AWS to the internet is billed per GB. The estimate uses the first tier (up to 10 TB a "
                  "month); the account's monthly free allowance is ignored.")},
              QStringLiteral("data_out_gb"));
}

/// The zones a regional NAT gateway (attached to its VPC) is active in: those of its VPC, at least one.
int regionalNatZones(const CostContext &ctx, const Component &nat)
{
    const Component *vpc = ctx.design().component(nat.parent);
    if (!vpc || vpc->kind != QLatin1String("vpc"))
        return 0;
    int zones = 0;
    for (const QString &child : ctx.design().children(vpc->id)) {
        const Component *c = ctx.design().component(child);
        zones += c && c->kind == QLatin1String("availability_zone") ? 1 : 0;
    }
    return std::max(zones, 1);
}

void priceNatGateway(CostContext &ctx, const Component &c)
{
    const QString region = ctx.regionOf(c);
    const int regionalZones = regionalNatZones(ctx, c);
    if (regionalZones > 0) {
        ctx.alwaysOn(c, region,
                     {QStringLiteral("AmazonEC2"), QStringLiteral("NatGateway-Hours"), PriceUnit::Hour, tr("regional NAT gateway hours, per zone"),
                      tr("A regional NAT gateway is billed the NAT gateway hourly rate for each availability zone it is active "
                         "in, every hour, even when no traffic passes. The estimate counts the availability zones of its VPC: %1.").arg(regionalZones)},
                     regionalZones);
        pricePublicIpv4(ctx, c, region, regionalZones, tr("public IPv4 addresses of the regional NAT gateway (one per zone)"));
    } else {
        ctx.alwaysOn(c, region,
                     {QStringLiteral("AmazonEC2"), QStringLiteral("NatGateway-Hours"), PriceUnit::Hour, tr("NAT gateway hours"),
                      tr("A NAT gateway is billed for every hour it exists, even when no traffic passes through it. "
                         "One per availability zone multiplies this cost.")},
                     1);
        pricePublicIpv4(ctx, c, region, 1, tr("public IPv4 address of the NAT gateway"));
    }
    ctx.usage(c, region,
              {QStringLiteral("AmazonEC2"), QStringLiteral("NatGateway-Bytes"), PriceUnit::Gb, tr("NAT gateway data processed"),
               tr("Every GB the NAT gateway processes is billed on top of its hourly charge: "
                  "updates and image pulls from private subnets pass through it.")},
              QStringLiteral("data_processed_gb"));
}

void priceElasticIp(CostContext &ctx, const Component &c)
{
    const QString instance = c.stringProp("instance");
    const bool attached = !instance.isEmpty() && ctx.design().contains(instance);
    const QString description = attached ? tr("Elastic IP address (attached to %1)").arg(instance)
                                         : tr("Elastic IP address (not attached)");
    ctx.alwaysOn(c, ctx.regionOf(c),
                 {QStringLiteral("AmazonVPC"),
                  attached ? QStringLiteral("PublicIPv4:InUseAddress") : QStringLiteral("PublicIPv4:IdleAddress"),
                  PriceUnit::Hour, description,
                  tr("An Elastic IP address is a public IPv4 address: since February 2024 it is billed by the hour "
                     "whether it is attached to a running instance or not.")},
                 1);
}

void priceLoadBalancer(CostContext &ctx, const Component &c)
{
    const QString region = ctx.regionOf(c);
    ctx.alwaysOn(c, region,
                 {QStringLiteral("AWSELB"), QStringLiteral("LoadBalancerUsage"), PriceUnit::Hour,
                  tr("Application Load Balancer hours"),
                  tr("A load balancer is billed for every hour it exists, even with no traffic.")},
                 1);
    const bool internetFacing = c.stringProp("scheme") != QLatin1String("internal");
    if (internetFacing) {
        QSet<QString> zones;
        for (const QString &subnet : c.refsProp("subnets")) {
            if (!ctx.design().contains(subnet))
                continue;
            const Component *az = ctx.design().ancestorOfKind(subnet, QStringLiteral("availability_zone"));
            zones.insert(az ? az->id : subnet);
        }
        if (!zones.isEmpty()) {
            ctx.alwaysOn(c, region,
                         {QStringLiteral("AmazonVPC"), QStringLiteral("PublicIPv4:InUseAddress"), PriceUnit::Hour,
                          tr("public IPv4 addresses, one per availability zone (%1)").arg(zones.size()),
                          tr("An internet-facing load balancer holds one public IPv4 address in each availability zone "
                             "it is enabled in, and each address is billed by the hour.")},
                         double(zones.size()));
        }
    }
    ctx.usage(c, region,
              {QStringLiteral("AWSELB"), QStringLiteral("LCUUsage"), PriceUnit::LcuHour, tr("load balancer capacity units (LCU)"),
               tr("Load balancer capacity units measure the work the load balancer does (new and active connections, "
                  "processed bytes, rule evaluations); each hour the largest of these is billed. Give the average "
                  "number of LCUs over the month.")},
              QStringLiteral("lcu"));
    if (internetFacing)
        priceDataOut(ctx, c, region);
}

} // namespace kumo::cost
