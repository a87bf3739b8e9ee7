// The inverse of data.tf: RDS databases (with DB subnet groups) and S3 buckets.
#include "importers.h"

namespace kumo::tfimport {

using json = nlohmann::json;

namespace {

const QStringList kDatabase = {QStringLiteral("rds_instance")};
const QStringList kBucket = {QStringLiteral("s3_bucket")};

const TfResource *subnetGroupOf(ImportContext &ctx, const TfResource &db)
{
    const auto groups = ctx.referenced(db, QStringLiteral("db_subnet_group_name"), {QStringLiteral("aws_db_subnet_group")});
    return groups.empty() ? nullptr : groups.front();
}

std::optional<std::pair<Outcome, QString>> modelledEngines(ImportContext &, const TfResource &r)
{
    const QString engine = attr::str(r.attributes, "engine");
    static const QStringList engines = {QStringLiteral("mysql"), QStringLiteral("postgres"), QStringLiteral("mariadb")};
    if (!engine.isEmpty() && !engines.contains(engine))
        return std::make_pair(Outcome::Skipped, tfimport::tr("database engine %1 is not modelled (mysql, postgres and mariadb are)").arg(engine));
    return std::nullopt;
}

void importDatabase(ImportContext &ctx, const TfResource &r, Component *c)
{
    const QString identifier = attr::str(r.attributes, "identifier");
    if (!identifier.isEmpty() && c->name.isEmpty())
        c->name = identifier;
    setString(*c, "engine", attr::str(r.attributes, "engine"));
    setString(*c, "engine_version", attr::str(r.attributes, "engine_version"));
    setString(*c, "instance_class", attr::str(r.attributes, "instance_class"));
    if (const auto storage = attr::integer(r.attributes, "allocated_storage"); storage && *storage > 0)
        c->props["allocated_storage"] = *storage;
    for (const char *key : {"multi_az", "publicly_accessible"}) {
        if (const auto v = attr::boolean(r.attributes, key))
            c->props[key] = *v;
    }
    setString(*c, "username", attr::str(r.attributes, "username"));
    setRefs(*c, "security_groups", ctx.refs(r, QStringLiteral("vpc_security_group_ids"), {QStringLiteral("security_group")}));
    const QString source = ctx.ref(r, QStringLiteral("replicate_source_db"), kDatabase);
    setString(*c, "replicate_source", source);
    // the DB subnet group: this database's, or its source's
    const TfResource *group = subnetGroupOf(ctx, r);
    if (!group && !source.isEmpty()) {
        for (const TfResource *s : ctx.referenced(r, QStringLiteral("replicate_source_db"), {QStringLiteral("aws_db_instance")}))
            group = subnetGroupOf(ctx, *s);
    }
    const QStringList subnets = group ? subnetsOf(ctx, *group, QStringLiteral("subnet_ids")) : QStringList();
    setRefs(*c, "subnets", subnets);
    // drawn in the subnet of its zone
    QString parent = subnets.value(0);
    const QString zone = attr::str(r.attributes, "availability_zone");
    for (const QString &s : subnets) {
        const Component *subnet = ctx.component(s);
        const Component *az = subnet ? ctx.component(subnet->parent) : nullptr;
        if (az && !zone.isEmpty() && az->stringProp("zone") == zone)
            parent = s;
    }
    placeIn(ctx, *c, parent, tfimport::tr("its DB subnet group is not in the inputs"));
}

void foldSubnetGroup(ImportContext &ctx, const TfResource &r, Component *)
{
    for (const TfResource *db : ctx.resources()) {
        if (db->type != QLatin1String("aws_db_instance") || subnetGroupOf(ctx, *db) != &r)
            continue;
        const QString id = ctx.componentIdFor(*db, kDatabase);
        if (!id.isEmpty())
            return ctx.fold(r, id);
    }
    ctx.skip(r, tfimport::tr("no imported database uses it"));
}

void importBucket(ImportContext &ctx, const TfResource &r, Component *c)
{
    const QString bucket = attr::str(r.attributes, "bucket");
    setString(*c, "bucket", bucket);
    if (c->name.isEmpty())
        c->name = bucket;
    // the inline blocks of older provider versions
    if (attr::boolean(attr::block(r.attributes, "versioning"), "enabled").value_or(false))
        c->props["versioning"] = true;
    if (!attr::str(attr::block(r.attributes, "website"), "index_document").isEmpty())
        c->props["website"] = true;
    ctx.placeInRegion(*c, r);
}

QString bucketOf(ImportContext &ctx, const TfResource &r)
{
    return ctx.ref(r, QStringLiteral("bucket"), kBucket);
}

void foldVersioning(ImportContext &ctx, const TfResource &r, Component *)
{
    const QString bucket = bucketOf(ctx, r);
    if (bucket.isEmpty())
        return ctx.skip(r, tfimport::tr("its bucket is not in the inputs"));
    const QString status = attr::str(attr::block(r.attributes, "versioning_configuration"), "status");
    ctx.component(bucket)->props["versioning"] = status == QLatin1String("Enabled");
    ctx.fold(r, bucket);
}

void foldPublicAccessBlock(ImportContext &ctx, const TfResource &r, Component *)
{
    const QString bucket = bucketOf(ctx, r);
    if (bucket.isEmpty())
        return ctx.skip(r, tfimport::tr("its bucket is not in the inputs"));
    bool all = true;
    for (const char *key : {"block_public_acls", "block_public_policy", "ignore_public_acls", "restrict_public_buckets"})
        all = all && attr::boolean(r.attributes, key).value_or(true);
    ctx.component(bucket)->props["block_public_access"] = all;
    ctx.fold(r, bucket);
}

void foldWebsite(ImportContext &ctx, const TfResource &r, Component *)
{
    const QString bucket = bucketOf(ctx, r);
    if (bucket.isEmpty())
        return ctx.skip(r, tfimport::tr("its bucket is not in the inputs"));
    ctx.component(bucket)->props["website"] = true;
    ctx.fold(r, bucket);
}

void foldIntoBucket(ImportContext &ctx, const TfResource &r, Component *)
{
    const QString bucket = bucketOf(ctx, r);
    if (bucket.isEmpty())
        return ctx.skip(r, tfimport::tr("its bucket is not in the inputs"));
    ctx.fold(r, bucket);
}

} // namespace

void addDataImporters(ImportTable &table, std::vector<Finisher> &)
{
    const QString bucket = QStringLiteral("s3_bucket");
    table.push_back(maps(QStringLiteral("aws_db_instance"), QStringLiteral("rds_instance"), {QStringLiteral("identifier")}, importDatabase, modelledEngines));
    table.push_back(folds(QStringLiteral("aws_db_subnet_group"), QStringLiteral("rds_instance"), QStringLiteral("subnets"), 1, foldSubnetGroup, {QStringLiteral("name")}));
    table.push_back(maps(QStringLiteral("aws_s3_bucket"), bucket, {QStringLiteral("bucket"), QStringLiteral("bucket_regional_domain_name"), QStringLiteral("bucket_domain_name"),
                      QStringLiteral("website_endpoint"), QStringLiteral("website_domain")}, importBucket));
    table.push_back(folds(QStringLiteral("aws_s3_bucket_versioning"), bucket, QStringLiteral("versioning"), 1, foldVersioning));
    table.push_back(folds(QStringLiteral("aws_s3_bucket_public_access_block"), bucket, QStringLiteral("block_public_access"), 1, foldPublicAccessBlock));
    table.push_back(folds(QStringLiteral("aws_s3_bucket_website_configuration"), bucket, QStringLiteral("website"), 1, foldWebsite, {QStringLiteral("website_domain"), QStringLiteral("website_endpoint")}));
    table.push_back(folds(QStringLiteral("aws_s3_bucket_policy"), bucket, QStringLiteral("the bucket's policy (the design derives it from CloudFront origins)"), 1, foldIntoBucket));
    for (const char *type : {"aws_s3_bucket_server_side_encryption_configuration", "aws_s3_bucket_lifecycle_configuration",
                             "aws_s3_bucket_ownership_controls", "aws_s3_bucket_acl", "aws_s3_bucket_cors_configuration", "aws_s3_bucket_logging"})
        table.push_back(skips(QString::fromLatin1(type), bucket, QStringLiteral("this bucket setting is not modelled")));
}

} // namespace kumo::tfimport
