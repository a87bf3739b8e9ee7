#include "costitems.h"

#include "design.h"

namespace kumo::cost {

namespace {

QString number(double value)
{
    return QString::number(value, 'g', 6);
}

} // namespace

void priceEc2Instance(CostContext &ctx, const Component &c)
{
    const QString region = ctx.regionOf(c);
    const QString type = c.stringProp("instance_type");
    ctx.alwaysOn(c, region,
                 {QStringLiteral("AmazonEC2"), QStringLiteral("BoxUsage:") + type, PriceUnit::Hour,
                  tr("EC2 instance %1 (Linux, on demand)").arg(type),
                  tr("An EC2 instance is billed for every hour it runs, at the on-demand Linux price of its type. "
                     "T3 instances start in unlimited mode: CPU credits used beyond the baseline cost extra and are "
                     "not included.")},
                 1);
    const QString volumeType = c.stringProp("volume_type");
    const qint64 gb = c.intProp("root_volume_gb", 8);
    ctx.alwaysOn(c, region,
                 {QStringLiteral("AmazonEC2"), QStringLiteral("EBS:VolumeUsage.") + volumeType, PriceUnit::GbMonth,
                  tr("root volume %1 GB %2").arg(gb).arg(volumeType),
                  tr("An EBS volume is billed per GB provisioned per month, full or empty, for as long as it exists, "
                     "even while the instance is stopped.")},
                 double(gb));
    const bool elasticIp = ctx.hasElasticIp(c.id);
    if (c.boolProp("public_ip") && !elasticIp)
        pricePublicIpv4(ctx, c, region, 1, tr("public IPv4 address of the instance"));
    if (c.boolProp("public_ip") || elasticIp)
        priceDataOut(ctx, c, region);
}

void priceEcsService(CostContext &ctx, const Component &c)
{
    const QString region = ctx.regionOf(c);
    const Component *task = ctx.design().component(c.stringProp("task_definition"));
    if (!task || task->kind != QLatin1String("ecs_task_definition")) {
        ctx.unpriced(c, tr("no task definition, so the size of its tasks is unknown"));
        return;
    }
    if (c.stringProp("launch_type") != QLatin1String("FARGATE")) {
        ctx.unpriced(c, tr("EC2 launch type: the tasks run on container instances, which are not part of the design"));
        return;
    }
    const double count = double(c.intProp("desired_count", 1));
    const double vcpu = double(task->intProp("cpu", 256)) / 1024.0;
    const double gb = double(task->intProp("memory", 512)) / 1024.0;
    // the catalog has no architecture yet; a cpu_architecture property written by hand is honoured
    const bool arm = task->stringProp("cpu_architecture").toUpper() == QLatin1String("ARM64");
    const QString arch = arm ? QStringLiteral("ARM") : QStringLiteral("x86");
    const QString prefix = arm ? QStringLiteral("Fargate-ARM-") : QStringLiteral("Fargate-");
    const QString explanation = tr("Fargate bills the vCPU and memory each task asks for, by the hour, for every running "
                                   "task: the service's desired count times the task definition's size. ARM (Graviton) "
                                   "tasks cost less than x86 ones.");
    ctx.alwaysOn(c, region,
                 {QStringLiteral("AmazonECS"), prefix + QStringLiteral("vCPU-Hours:perCPU"), PriceUnit::VcpuHour,
                  tr("Fargate vCPU (%1 × %2 vCPU, %3)").arg(number(count), number(vcpu), arch), explanation},
                 count * vcpu);
    ctx.alwaysOn(c, region,
                 {QStringLiteral("AmazonECS"), prefix + QStringLiteral("GB-Hours"), PriceUnit::GbHour,
                  tr("Fargate memory (%1 × %2 GB, %3)").arg(number(count), number(gb), arch), explanation},
                 count * gb);
    if (c.boolProp("assign_public_ip") && count > 0)
        pricePublicIpv4(ctx, c, region, count, tr("public IPv4 addresses of the tasks (%1)").arg(number(count)));
}

void priceEcsCluster(CostContext &ctx, const Component &c)
{
    if (c.boolProp("container_insights"))
        ctx.unpriced(c, tr("CloudWatch Container Insights: no price in the snapshot"));
}

void priceEcrRepository(CostContext &ctx, const Component &c)
{
    ctx.usage(c, ctx.regionOf(c),
              {QStringLiteral("AmazonECR"), QStringLiteral("TimedStorage-ByteHrs"), PriceUnit::GbMonth, tr("ECR image storage"),
               tr("ECR bills the GB of images stored per month; old images count until a lifecycle rule removes them.")},
              QStringLiteral("storage_gb"));
}

} // namespace kumo::cost
