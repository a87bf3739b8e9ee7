// Data: RDS databases and S3 buckets.
#include "rulehelpers.h"
#include "rulesets.h"
#include "ruletext.h"

#include "cidr.h"
#include "validation/validationcontext.h"

#include <QHash>
#include <QRegularExpression>

namespace kumo::rules {

namespace {

bool isReplica(const Component &db)
{
    return !db.stringProp("replicate_source").isEmpty();
}

void checkSubnetGroupZones(const ValidationContext &ctx, FindingSink &sink)
{
    for (const Component *db : ctx.ofKind(kDb)) {
        const auto subnets = resolveAll(ctx, *db, QStringLiteral("subnets"), kSubnet);
        if (isReplica(*db) && db->refsProp("subnets").isEmpty())
            continue; // a replica in the source's region shares its subnet group
        const int zones = distinctZones(ctx, subnets);
        if (zones < 2)
            sink.report({db->id}, msg("the DB subnet group of %1 spans %n availability zone(s); it needs two at least", nullptr, zones)
                                      .arg(db->displayName()));
    }
}

void checkPublicDatabase(const ValidationContext &ctx, FindingSink &sink)
{
    for (const Component *db : ctx.ofKind(kDb)) {
        if (db->boolProp("publicly_accessible")) {
            sink.report({db->id}, msg("database %1 is publicly accessible").arg(db->displayName()));
            continue;
        }
        for (const Component *s : resolveAll(ctx, *db, QStringLiteral("subnets"), kSubnet)) {
            if (s->boolProp("public")) {
                sink.report({db->id, s->id}, msg("the DB subnet group of %1 includes public subnet %2")
                                                 .arg(db->displayName(), s->displayName()));
                break;
            }
        }
    }
}

void checkMultiAz(const ValidationContext &ctx, FindingSink &sink)
{
    for (const Component *db : ctx.ofKind(kDb)) {
        if (!isReplica(*db) && !db->boolProp("multi_az"))
            sink.report({db->id}, msg("database %1 runs in a single availability zone").arg(db->displayName()));
    }
}

void checkReplicaSource(const ValidationContext &ctx, FindingSink &sink)
{
    for (const Component *db : ctx.ofKind(kDb)) {
        const QString sourceId = db->stringProp("replicate_source");
        if (sourceId.isEmpty())
            continue;
        const Component *source = ctx.resolve(sourceId, {kDb});
        if (!source) {
            sink.report({db->id}, msg("read replica %1 names source '%2', which is not a database of the design").arg(db->displayName(), sourceId));
            continue;
        }
        if (source == db) {
            sink.report({db->id}, msg("database %1 is named as its own replication source").arg(db->displayName()));
            continue;
        }
        if (isReplica(*source))
            sink.report({db->id, source->id}, msg("read replica %1 replicates %2, which is itself a replica; replicate the primary")
                                                  .arg(db->displayName(), source->displayName()));
        const QString engine = db->stringProp("engine");
        const QString sourceEngine = source->stringProp("engine");
        if (engine != sourceEngine)
            sink.report({db->id, source->id}, msg("read replica %1 runs %2 but its source %3 runs %4")
                                                  .arg(db->displayName(), engine, source->displayName(), sourceEngine));
        const QString region = regionCodeOf(ctx, *db);
        const QString sourceRegion = regionCodeOf(ctx, *source);
        if (!region.isEmpty() && !sourceRegion.isEmpty() && region != sourceRegion) {
            // A cross-region replica needs its own DB subnet group in its region: that is the intent.
            const auto subnets = resolveAll(ctx, *db, QStringLiteral("subnets"), kSubnet);
            bool ownGroup = !subnets.empty();
            for (const Component *s : subnets)
                ownGroup = ownGroup && regionCodeOf(ctx, *s) == region;
            if (!ownGroup)
                sink.report({db->id, source->id}, msg("read replica %1 is in %2 but its source %3 is in %4, and it has no DB subnet group of its own in %2")
                                                      .arg(db->displayName(), region, source->displayName(), sourceRegion));
        }
    }
}

/// Why @p name breaks the bucket naming rules, or an empty string.
QString bucketNameProblem(const QString &name)
{
    static const QRegularExpression allowed(QStringLiteral("^[a-z0-9.-]+$"));
    if (name.isEmpty())
        return msg("it has no name");
    if (name.size() < 3 || name.size() > 63)
        return msg("it is %1 characters long; names have 3 to 63").arg(name.size());
    if (!allowed.match(name).hasMatch())
        return msg("only lowercase letters, digits, dots and hyphens are allowed");
    const auto alnum = [](QChar c) { return (c >= QLatin1Char('a') && c <= QLatin1Char('z')) || c.isDigit(); };
    if (!alnum(name.front()) || !alnum(name.back()))
        return msg("it must start and end with a letter or a digit");
    if (name.contains(QStringLiteral("..")))
        return msg("it contains two dots in a row");
    if (Ipv4Cidr::parseAddress(name))
        return msg("it looks like an IP address");
    return {};
}

void checkBucketName(const ValidationContext &ctx, FindingSink &sink)
{
    for (const Component *b : ctx.ofKind(kBucket)) {
        const QString name = b->stringProp("bucket");
        const QString problem = bucketNameProblem(name);
        if (!problem.isEmpty())
            sink.report({b->id}, msg("bucket name '%1' of %2 is not valid: %3").arg(name, b->displayName(), problem));
    }
}

void checkBucketDuplicate(const ValidationContext &ctx, FindingSink &sink)
{
    QHash<QString, QStringList> byName;
    QStringList order;
    for (const Component *b : ctx.ofKind(kBucket)) {
        const QString name = b->stringProp("bucket");
        if (name.isEmpty())
            continue;
        if (!byName.contains(name))
            order << name;
        byName[name] << b->id;
    }
    for (const QString &name : order) {
        if (byName.value(name).size() > 1)
            sink.report(byName.value(name), msg("bucket name '%1' is used by %2").arg(name, byName.value(name).join(QStringLiteral(", "))));
    }
}

void checkPublicBucket(const ValidationContext &ctx, FindingSink &sink)
{
    for (const Component *b : ctx.ofKind(kBucket)) {
        if (!b->boolProp("block_public_access") && !b->boolProp("website"))
            sink.report({b->id}, msg("bucket %1 does not block public access and is not a website").arg(b->displayName()));
    }
}

/// Why an engine version is past RDS standard support, or an empty string.
QString endOfStandardSupport(const QString &engine, const QString &version)
{
    const QStringList parts = version.trimmed().split(QLatin1Char('.'));
    bool ok = false;
    const int major = parts.value(0).toInt(&ok);
    if (!ok)
        return {};
    const int minor = parts.value(1).toInt();
    if (engine == QLatin1String("mysql")) {
        if (major < 8 || (major == 8 && minor == 0))
            return major == 8 ? msg("MySQL 8.0 left standard support on 2026-07-31") : msg("MySQL %1.%2 left standard support").arg(major).arg(minor);
    } else if (engine == QLatin1String("postgres")) {
        if (major <= 13)
            return msg("PostgreSQL %1 left standard support").arg(major);
    }
    return {};
}

void checkEngineVersion(const ValidationContext &ctx, FindingSink &sink)
{
    for (const Component *db : ctx.ofKind(kDb)) {
        if (!db->stringProp("replicate_source").isEmpty())
            continue; // a replica runs its source's version
        const QString version = db->stringProp("engine_version").trimmed();
        if (version.isEmpty())
            continue;
        const QString why = endOfStandardSupport(db->stringProp("engine"), version);
        if (!why.isEmpty())
            sink.report({db->id}, msg("database %1 runs %2 %3: %4, so RDS bills Extended Support")
                                      .arg(db->displayName(), db->stringProp("engine"), version, why));
    }
}

} // namespace

std::vector<Rule> dataRules()
{
    return {
        {QStringLiteral("rds.subnet-group-azs"), Severity::Error, KUMO_RULE_TEXT("DB subnet group in fewer than two zones"),
         KUMO_RULE_TEXT("RDS places a database in a DB subnet group: the subnets it may use. AWS requires subnets in at "
                        "least two availability zones, even for a single-AZ database, so that a standby or a replacement "
                        "can start in another zone. Use the private database subnets of two zones."),
         {kDb, kSubnet, QStringLiteral("availability_zone")}, checkSubnetGroupZones},
        {QStringLiteral("rds.public"), Severity::Warning, KUMO_RULE_TEXT("Database reachable from the internet"),
         KUMO_RULE_TEXT("A database should sit in private subnets and be reached only by the application. Publicly "
                        "accessible gives it a public address, and a public subnet in its subnet group lets it be placed "
                        "where the internet can route to it. Turn public access off and use private subnets; connect for "
                        "maintenance through a bastion or Session Manager."),
         {kDb, kSubnet}, checkPublicDatabase},
        {QStringLiteral("rds.multi-az"), Severity::Info, KUMO_RULE_TEXT("Single-AZ database"),
         KUMO_RULE_TEXT("With Multi-AZ, RDS keeps a synchronous standby copy in another availability zone and fails over to "
                        "it automatically (in about a minute) if the primary's zone fails. A single-AZ database is cheaper "
                        "and fine for development, but production data usually deserves Multi-AZ. Read replicas are "
                        "different: they serve reads and are copied asynchronously."),
         {kDb}, checkMultiAz},
        {QStringLiteral("rds.replica-source"), Severity::Error, KUMO_RULE_TEXT("Read replica with a wrong source"),
         KUMO_RULE_TEXT("A read replica is an asynchronous copy of a primary database that takes read-only queries off it. "
                        "It must replicate a primary of the same engine that exists in the design. A replica in another "
                        "region is possible (for disaster recovery or nearby reads) but needs its own DB subnet group "
                        "there, which shows it is meant."),
         {kDb, QStringLiteral("region")}, checkReplicaSource},
        {QStringLiteral("rds.engine-version-support"), Severity::Warning, KUMO_RULE_TEXT("Database engine past standard support"),
         KUMO_RULE_TEXT("Each major version of MySQL and PostgreSQL gets a few years of standard support on RDS. After that "
                        "the database keeps running, but RDS bills Extended Support per vCPU and hour, often more than the "
                        "instance itself, until you upgrade. MySQL 5.7 and 8.0 (8.0 ended on 2026-07-31) and PostgreSQL 11, "
                        "12 and 13 are past it. Choose MySQL 8.4 or PostgreSQL 14 or later (14 ends in February 2027, so "
                        "prefer 16 or 17) for a new database, and plan major upgrades of existing ones."),
         {kDb}, checkEngineVersion},
        {QStringLiteral("s3.bucket-name"), Severity::Error, KUMO_RULE_TEXT("Invalid bucket name"),
         KUMO_RULE_TEXT("Bucket names become part of DNS names, so they follow strict rules: 3 to 63 characters; lowercase "
                        "letters, digits, dots and hyphens only; starting and ending with a letter or digit; no two dots "
                        "in a row; not shaped like an IP address. For example: example-static-assets-2024."),
         {kBucket}, checkBucketName},
        {QStringLiteral("s3.bucket-duplicate"), Severity::Error, KUMO_RULE_TEXT("Bucket name used twice"),
         KUMO_RULE_TEXT("Bucket names are global: unique across every AWS account in the world, not just yours. Two buckets "
                        "of one design can never share a name. Add a purpose and something unique, such as the project "
                        "and environment, to each name."),
         {kBucket}, checkBucketDuplicate},
        {QStringLiteral("s3.public"), Severity::Warning, KUMO_RULE_TEXT("Bucket open to public access"),
         KUMO_RULE_TEXT("Block Public Access is the safety net that stops a bucket policy or object ACL from accidentally "
                        "publishing data. Keep it on unless the bucket serves a public static website. To deliver files "
                        "to users, put CloudFront in front with origin access control and keep the bucket private."),
         {kBucket}, checkPublicBucket},
    };
}

} // namespace kumo::rules
