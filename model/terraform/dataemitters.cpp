// data.tf: RDS databases (with DB subnet groups and read replicas) and S3 buckets.
#include "emitters.h"
#include "prerequisites.h"
#include "validation/awsfacts.h"

namespace kumo::tf {

namespace {

const QString kDataFile = QStringLiteral("data.tf");

/// A version in standard support for a database that names none (what a new one should run).
QString supportedVersion(const QString &engine)
{
    if (engine == QLatin1String("mysql"))
        return QStringLiteral("8.4");
    if (engine == QLatin1String("postgres"))
        return QStringLiteral("17");
    if (engine == QLatin1String("mariadb"))
        return QStringLiteral("11.4");
    return {};
}

/// The master password of a source of read replicas: RDS refuses replicas of a source whose
/// password it manages (manage_master_user_password), so whoever applies gives the password as an
/// ephemeral variable, and Terraform writes it only through write-only arguments, to the database
/// and to a Secrets Manager secret: it reaches neither the configuration nor the state.
void generatedPassword(TerraformContext &ctx, const Component &db, Block &instance)
{
    const QString name = ctx.name(db);
    ctx.requireTerraform(QStringLiteral("1.11.0")); // write-only arguments, ephemeral variables
    const Value password = ctx.passwordVariable(TerraformExporter::masterPasswordVariable(name),
                                                QStringLiteral("Master password of the database %1 (kept in neither the configuration nor the state)")
                                                    .arg(TerraformContext::tagValue(db.displayName())));

    const QString secret = name + QStringLiteral("_credentials");
    Block &s = ctx.resource(kDataFile, QStringLiteral("aws_secretsmanager_secret"), secret, db);
    s.attribute(QStringLiteral("name_prefix"), Value::templateString(QStringLiteral("${var.name_prefix}-")
                                                                         + hcl::escapeTemplate(awsName(db, 400) + QStringLiteral("-credentials-"))));
    s.attribute(QStringLiteral("description"), Value::string(QStringLiteral("Master credentials of the database %1").arg(TerraformContext::tagValue(db.displayName()))));
    s.blank().attribute(QStringLiteral("tags"), ctx.nameTag(db));
    Block &v = ctx.resource(kDataFile, QStringLiteral("aws_secretsmanager_secret_version"), secret, db);
    v.attribute(QStringLiteral("secret_id"), TerraformContext::ref(QStringLiteral("aws_secretsmanager_secret"), secret, QStringLiteral("id")));
    v.attribute(QStringLiteral("secret_string_wo"),
                Value::call(QStringLiteral("jsonencode"), Value::object({{QStringLiteral("username"), Value::string(db.stringProp("username"))},
                                                                         {QStringLiteral("password"), password}})));
    v.attribute(QStringLiteral("secret_string_wo_version"), Value::number(1));

    // raise both versions together to set a new password
    instance.attribute(QStringLiteral("password_wo"), password);
    instance.attribute(QStringLiteral("password_wo_version"), Value::number(1));
}

void emitDatabase(TerraformContext &ctx, const Component &db)
{
    const QString name = ctx.name(db);
    const Component *source = ctx.resolve(db.stringProp("replicate_source"), {QStringLiteral("rds_instance")});
    const bool crossRegion = source && ctx.regionOf(*source) != ctx.regionOf(db);
    const Value subnets = referenceList(ctx, db, "subnets", {QStringLiteral("subnet")}, QStringLiteral("aws_subnet"), QStringLiteral("id"));
    const bool ownSubnetGroup = !subnets.isEmptyList() && (!source || crossRegion);
    if (ownSubnetGroup) {
        Block &g = ctx.resource(kDataFile, QStringLiteral("aws_db_subnet_group"), name, db);
        g.attribute(QStringLiteral("name"), ctx.prefixed(awsName(db, 255 - TerraformContext::kPrefixLength)));
        g.attribute(QStringLiteral("subnet_ids"), subnets);
        g.blank().attribute(QStringLiteral("tags"), ctx.nameTag(db));
    }

    Block &b = ctx.resource(kDataFile, QStringLiteral("aws_db_instance"), name, db);
    b.attribute(QStringLiteral("identifier"), ctx.prefixed(aws::exportedName(db)));
    if (source) {
        // a read replica takes engine, storage and credentials from its source
        b.attribute(QStringLiteral("replicate_source_db"),
                    TerraformContext::ref(QStringLiteral("aws_db_instance"), ctx.name(*source), crossRegion ? QStringLiteral("arn") : QStringLiteral("identifier")));
        b.attribute(QStringLiteral("instance_class"), Value::string(db.stringProp("instance_class")));
    } else {
        b.attribute(QStringLiteral("engine"), Value::string(db.stringProp("engine")));
        const QString version = db.stringProp("engine_version").isEmpty() ? supportedVersion(db.stringProp("engine")) : db.stringProp("engine_version");
        if (!version.isEmpty())
            b.attribute(QStringLiteral("engine_version"), Value::string(version));
        b.attribute(QStringLiteral("instance_class"), Value::string(db.stringProp("instance_class")));
        b.attribute(QStringLiteral("allocated_storage"), Value::number(db.intProp("allocated_storage", 20)));
        b.attribute(QStringLiteral("storage_encrypted"), Value::boolean(true));
        b.attribute(QStringLiteral("multi_az"), Value::boolean(db.boolProp("multi_az")));
        b.attribute(QStringLiteral("username"), Value::string(db.stringProp("username")));
        if (hasReplicas(ctx, db))
            generatedPassword(ctx, db, b);
        else // RDS keeps the master password in Secrets Manager: it never reaches the configuration or the state
            b.attribute(QStringLiteral("manage_master_user_password"), Value::boolean(true));
        b.attribute(QStringLiteral("backup_retention_period"), Value::number(7));
    }
    if (ownSubnetGroup)
        b.attribute(QStringLiteral("db_subnet_group_name"), TerraformContext::ref(QStringLiteral("aws_db_subnet_group"), name, QStringLiteral("name")));
    const Value groups = referenceList(ctx, db, "security_groups", {QStringLiteral("security_group")}, QStringLiteral("aws_security_group"), QStringLiteral("id"));
    if (!groups.isEmptyList())
        b.attribute(QStringLiteral("vpc_security_group_ids"), groups);
    b.attribute(QStringLiteral("publicly_accessible"), Value::boolean(db.boolProp("publicly_accessible")));
    if (source) {
        b.attribute(QStringLiteral("skip_final_snapshot"), Value::boolean(true));
    } else {
        b.attribute(QStringLiteral("skip_final_snapshot"), Value::boolean(false));
        b.attribute(QStringLiteral("final_snapshot_identifier"), ctx.prefixed(awsName(db, 50 - TerraformContext::kPrefixLength) + QStringLiteral("-final")));
    }
    b.blank().attribute(QStringLiteral("tags"), ctx.nameTag(db));
    ctx.output(name + QStringLiteral("_endpoint"), QStringLiteral("Connection endpoint of the database %1").arg(db.displayName()),
               TerraformContext::ref(QStringLiteral("aws_db_instance"), name, QStringLiteral("endpoint")));
    if (!source)
        ctx.output(name + QStringLiteral("_master_secret_arn"),
                   QStringLiteral("Secrets Manager secret holding the master credentials of %1").arg(db.displayName()),
                   databaseSecretArn(ctx, db));
}

/// "${var.name_prefix}-NAME-${account id}-REGION", at most 63 characters.
Value uniqueBucketName(TerraformContext &ctx, const Component &bucket)
{
    if (Block *d = ctx.data(kDataFile, QStringLiteral("aws_caller_identity"), QStringLiteral("current"), nullptr))
        (void)d; // no arguments
    const QString region = ctx.regionOf(bucket).isEmpty() ? ctx.mainRegion() : ctx.regionOf(bucket);
    // the prefix already says "kumo": a name that starts with it would repeat it
    QString base = bucket.stringProp("bucket");
    if (base.startsWith(QLatin1String("kumo-")))
        base = base.mid(5);
    const int room = 63 - TerraformContext::kPrefixLength - 1 - 12 - 1 - int(region.isEmpty() ? 9 : region.size());
    base = awsNameOf(base, room);
    if (base.isEmpty())
        base = awsName(bucket, room);
    ctx.prefixed(base); // declares the prefix variable
    return Value::templateString(QStringLiteral("${var.name_prefix}-") + base + QStringLiteral("-${data.aws_caller_identity.current.account_id}-")
                                 + (region.isEmpty() ? QStringLiteral("${var.region}") : region));
}

void emitBucket(TerraformContext &ctx, const Component &bucket)
{
    const QString name = ctx.name(bucket);
    const Value bucketId = TerraformContext::ref(QStringLiteral("aws_s3_bucket"), name, QStringLiteral("id"));
    Block &b = ctx.resource(kDataFile, QStringLiteral("aws_s3_bucket"), name, bucket);
    // a website bucket's name is the host name it serves; other names are global across all
    // accounts, so they carry the stack's prefix, the account id and the region
    b.attribute(QStringLiteral("bucket"), bucket.boolProp("website") ? Value::string(bucket.stringProp("bucket")) : uniqueBucketName(ctx, bucket));
    b.attribute(QStringLiteral("force_destroy"), ctx.forceDestroy());
    b.blank().attribute(QStringLiteral("tags"), ctx.nameTag(bucket));

    if (bucket.boolProp("versioning")) {
        Block &v = ctx.resource(kDataFile, QStringLiteral("aws_s3_bucket_versioning"), name, bucket);
        v.attribute(QStringLiteral("bucket"), bucketId);
        v.blank();
        v.block(QStringLiteral("versioning_configuration")).attribute(QStringLiteral("status"), Value::string(QStringLiteral("Enabled")));
    }
    if (bucket.boolProp("block_public_access")) {
        Block &p = ctx.resource(kDataFile, QStringLiteral("aws_s3_bucket_public_access_block"), name, bucket);
        p.attribute(QStringLiteral("bucket"), bucketId);
        for (const char *setting : {"block_public_acls", "block_public_policy", "ignore_public_acls", "restrict_public_buckets"})
            p.attribute(QString::fromLatin1(setting), Value::boolean(true));
    }
    if (bucket.boolProp("website")) {
        Block &w = ctx.resource(kDataFile, QStringLiteral("aws_s3_bucket_website_configuration"), name, bucket);
        w.attribute(QStringLiteral("bucket"), bucketId);
        w.blank();
        w.block(QStringLiteral("index_document")).attribute(QStringLiteral("suffix"), Value::string(QStringLiteral("index.html")));
        w.blank();
        w.block(QStringLiteral("error_document")).attribute(QStringLiteral("key"), Value::string(QStringLiteral("error.html")));
    }
}

} // namespace

void addDataEmitters(EmitterTable &table)
{
    table.insert(QStringLiteral("rds_instance"), emitDatabase);
    table.insert(QStringLiteral("s3_bucket"), emitBucket);
}

} // namespace kumo::tf
