#include "costitems.h"

#include "design.h"

namespace kumo::cost {

namespace {

QString engineName(const QString &engine)
{
    if (engine == QLatin1String("postgres"))
        return QStringLiteral("PostgreSQL");
    if (engine == QLatin1String("mariadb"))
        return QStringLiteral("MariaDB");
    if (engine == QLatin1String("mysql"))
        return QStringLiteral("MySQL");
    return engine;
}

} // namespace

void priceRdsInstance(CostContext &ctx, const Component &c)
{
    const QString region = ctx.regionOf(c);
    if (!ctx.regionPriced(c, region))
        return;
    // a read replica takes engine and storage from its source
    const Component *source = ctx.design().component(c.stringProp("replicate_source"));
    if (source && source->kind != QLatin1String("rds_instance"))
        source = nullptr;
    const QString engine = source ? source->stringProp("engine") : c.stringProp("engine");
    const qint64 gb = (source && !c.hasProp("allocated_storage")) ? source->intProp("allocated_storage", 20)
                                                                  : c.intProp("allocated_storage", 20);
    const QString instanceClass = c.stringProp("instance_class");
    const bool multiAz = c.boolProp("multi_az");

    double copies = 1;
    bool factorAssumed = false;
    if (multiAz) {
        const Price *factor = ctx.price(c, region,
                                        {QStringLiteral("AmazonRDS"), QStringLiteral("Multi-AZUsage"), PriceUnit::Factor,
                                         tr("RDS Multi-AZ"), QString()});
        if (!factor)
            return;
        copies = factor->usd;
        factorAssumed = factor->assumed;
    }
    const QString assumedNote = factorAssumed
        ? tr(" (Multi-AZ assumed to cost %1 × Single-AZ: unverified for %2)").arg(copies).arg(region)
        : QString();

    QString description;
    if (source)
        description = tr("RDS %1 %2 read replica").arg(engineName(engine), instanceClass);
    else if (multiAz)
        description = tr("RDS %1 %2, Multi-AZ: primary and standby").arg(engineName(engine), instanceClass);
    else
        description = tr("RDS %1 %2, Single-AZ").arg(engineName(engine), instanceClass);
    CostLine *instance = ctx.alwaysOn(
        c, region,
        {QStringLiteral("AmazonRDS"), QStringLiteral("InstanceUsage:") + instanceClass, PriceUnit::Hour, description,
         source ? tr("A read replica is a database instance of its own and is billed like one, every hour it runs.")
                : tr("A database instance is billed for every hour it runs. Multi-AZ keeps a standby copy in a second "
                     "availability zone, which is billed like the primary: the instance price doubles."),
         engine},
        copies);
    if (instance && factorAssumed) {
        instance->assumed = true;
        instance->description += assumedNote;
    }

    const QString storage = multiAz ? tr("database storage %1 GB × %2 copies (Multi-AZ)").arg(gb).arg(copies)
                                    : tr("database storage %1 GB").arg(gb);
    CostLine *disk = ctx.alwaysOn(
        c, region,
        {QStringLiteral("AmazonRDS"), QStringLiteral("RDS:GP2-Storage"), PriceUnit::GbMonth, storage,
         tr("Database storage (General Purpose SSD) is billed per GB allocated per month, used or not. A Multi-AZ "
            "standby keeps its own copy, so the storage is billed twice.")},
        double(gb) * copies);
    if (disk && factorAssumed) {
        disk->assumed = true;
        disk->description += assumedNote;
    }

    if (c.boolProp("publicly_accessible"))
        pricePublicIpv4(ctx, c, region, 1, tr("public IPv4 address of the publicly accessible database"));
}

void priceS3Bucket(CostContext &ctx, const Component &c)
{
    const QString region = ctx.regionOf(c);
    ctx.usage(c, region,
              {QStringLiteral("AmazonS3"), QStringLiteral("TimedStorage-ByteHrs"), PriceUnit::GbMonth, tr("S3 Standard storage"),
               tr("S3 bills the GB stored per month (Standard class, first 50 TB). With versioning, old versions of "
                  "objects stay and count as stored data.")},
              QStringLiteral("storage_gb"));
    const QString requests = tr("S3 bills requests per 1,000: writes and listings cost more than reads.");
    ctx.usage(c, region,
              {QStringLiteral("AmazonS3"), QStringLiteral("Requests-Tier1"), PriceUnit::Requests1k,
               tr("S3 PUT, COPY, POST and LIST requests"), requests},
              QStringLiteral("put_requests"));
    ctx.usage(c, region,
              {QStringLiteral("AmazonS3"), QStringLiteral("Requests-Tier2"), PriceUnit::Requests1k,
               tr("S3 GET and other requests"), requests},
              QStringLiteral("get_requests"));
}

} // namespace kumo::cost
