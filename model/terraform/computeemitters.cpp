// compute.tf: EC2 instances.
#include "emitters.h"

#include <QRegularExpression>
#include <QSet>

namespace kumo::tf {

namespace {

bool isPlaceholderAmi(const QString &ami);

/// The AMI of an instance as a variable: one shared variable when every instance with a real AMI
/// uses the same one, otherwise one per AMI, named after the first instance that uses it.
Value amiVariable(TerraformContext &ctx, const Component &instance)
{
    QHash<QString, QString> &firstByAmi = ctx.memo(QStringLiteral("ec2_instance.ami"));
    if (firstByAmi.isEmpty()) {
        firstByAmi.insert(QString(), QString()); // marks the table as filled
        for (const Component *i : ctx.index().ofKind(QStringLiteral("ec2_instance"))) {
            const QString ami = i->stringProp("ami");
            if (!isPlaceholderAmi(ami) && !firstByAmi.contains(ami))
                firstByAmi.insert(ami, i->id);
        }
    }
    const QString ami = instance.stringProp("ami");
    const Value def = Value::string(ami);
    const QString description = QStringLiteral("Machine image (AMI) for %1");
    if (firstByAmi.size() <= 2) // the marker and one AMI
        return ctx.variable(QStringLiteral("ami"), QStringLiteral("string"), description.arg(QStringLiteral("the instances")), &def);
    const Component *first = ctx.resolve(firstByAmi.value(ami));
    if (!first)
        first = &instance;
    return ctx.variable(ctx.name(*first) + QStringLiteral("_ami"), QStringLiteral("string"), description.arg(first->displayName()), &def);
}

/// True when the AMI names no real image: a malformed id, a well-known documentation
/// placeholder, or an id made of one or two repeated digits.
bool isPlaceholderAmi(const QString &ami)
{
    static const QRegularExpression format(QStringLiteral("^ami-([0-9a-f]{8}|[0-9a-f]{17})$"));
    static const QStringList placeholders = {QStringLiteral("ami-0abcdef1234567890"), QStringLiteral("ami-1234567890abcdef0"),
                                             QStringLiteral("ami-0123456789abcdef0"), QStringLiteral("ami-12345678"),
                                             QStringLiteral("ami-abcd1234"), QStringLiteral("ami-1a2b3c4d"),
                                             QStringLiteral("ami-0abcdef01234567890")};
    if (!format.match(ami).hasMatch() || placeholders.contains(ami))
        return true;
    QSet<QChar> digits;
    for (QChar c : ami.mid(4))
        digits.insert(c);
    return digits.size() <= 2;
}

/// Graviton instance families (t4g, m7g, c6gn, r8gd, ...) run arm64 images.
bool isArm(const QString &instanceType)
{
    static const QRegularExpression graviton(QStringLiteral("^[a-z]+[0-9]+[a-z]*g[a-z]*\\."));
    return graviton.match(instanceType).hasMatch();
}

/// The latest Amazon Linux 2023 image of the instance's region, from AWS's public SSM parameter.
Value latestAmazonLinux(TerraformContext &ctx, const Component &instance)
{
    const QString arch = isArm(instance.stringProp("instance_type")) ? QStringLiteral("arm64") : QStringLiteral("x86_64");
    const QString name = QStringLiteral("al2023_") + arch + ctx.regionSuffix(instance);
    if (Block *d = ctx.data(QStringLiteral("compute.tf"), QStringLiteral("aws_ssm_parameter"), name, &instance))
        d->attribute(QStringLiteral("name"), Value::string(QStringLiteral("/aws/service/ami-amazon-linux-latest/al2023-ami-kernel-default-") + arch));
    return Value::expression(QStringLiteral("data.aws_ssm_parameter.") + name + QStringLiteral(".insecure_value"));
}

/// An instance without a role of the design gets one with AmazonSSMManagedInstanceCore, so that
/// Session Manager can open a shell on it without a key pair or an open SSH port. Returns the
/// Terraform name of its instance profile.
QString sessionManagerProfile(TerraformContext &ctx, const Component &instance)
{
    const QString name = ctx.name(instance) + QStringLiteral("_ssm");
    const QString awsRoleName = awsName(instance, 64 - TerraformContext::kPrefixLength - 4) + QStringLiteral("-ssm");
    const QString iam = QStringLiteral("iam.tf");
    Block &r = ctx.globalResource(iam, QStringLiteral("aws_iam_role"), name);
    r.attribute(QStringLiteral("name"), ctx.prefixed(awsRoleName));
    r.attribute(QStringLiteral("description"), Value::string(QStringLiteral("Session Manager access to the instance %1").arg(TerraformContext::tagValue(instance.displayName()))));
    r.attribute(QStringLiteral("assume_role_policy"),
                Value::call(QStringLiteral("jsonencode"),
                            Value::object({{QStringLiteral("Version"), Value::string(QStringLiteral("2012-10-17"))},
                                           {QStringLiteral("Statement"), Value::list({Value::object({
                                                {QStringLiteral("Effect"), Value::string(QStringLiteral("Allow"))},
                                                {QStringLiteral("Principal"), Value::object({{QStringLiteral("Service"), Value::string(QStringLiteral("ec2.amazonaws.com"))}})},
                                                {QStringLiteral("Action"), Value::string(QStringLiteral("sts:AssumeRole"))}})})}})));
    r.blank().attribute(QStringLiteral("tags"), ctx.nameTag(instance, QStringLiteral(" ssm")));
    Block &a = ctx.globalResource(iam, QStringLiteral("aws_iam_role_policy_attachment"), name);
    a.attribute(QStringLiteral("role"), TerraformContext::ref(QStringLiteral("aws_iam_role"), name, QStringLiteral("name")));
    a.attribute(QStringLiteral("policy_arn"), Value::string(QStringLiteral("arn:aws:iam::aws:policy/AmazonSSMManagedInstanceCore")));
    Block &p = ctx.globalResource(iam, QStringLiteral("aws_iam_instance_profile"), name);
    p.attribute(QStringLiteral("name"), ctx.prefixed(awsRoleName));
    p.attribute(QStringLiteral("role"), TerraformContext::ref(QStringLiteral("aws_iam_role"), name, QStringLiteral("name")));
    return name;
}

void emitInstance(TerraformContext &ctx, const Component &instance)
{
    const Component *subnet = ctx.resolve(instance.parent, {QStringLiteral("subnet")});
    const bool lookUpAmi = isPlaceholderAmi(instance.stringProp("ami"));
    const Value ami = lookUpAmi ? latestAmazonLinux(ctx, instance)
                                : amiVariable(ctx, instance);
    Block &b = ctx.resource(QStringLiteral("compute.tf"), QStringLiteral("aws_instance"), ctx.name(instance), instance);
    b.attribute(QStringLiteral("ami"), ami);
    b.attribute(QStringLiteral("instance_type"), Value::string(instance.stringProp("instance_type")));
    if (subnet)
        b.attribute(QStringLiteral("subnet_id"), TerraformContext::ref(QStringLiteral("aws_subnet"), ctx.name(*subnet), QStringLiteral("id")));
    const Value groups = referenceList(ctx, instance, "security_groups", {QStringLiteral("security_group")},
                                       QStringLiteral("aws_security_group"), QStringLiteral("id"));
    if (!groups.isEmptyList())
        b.attribute(QStringLiteral("vpc_security_group_ids"), groups);
    if (!instance.stringProp("key_name").isEmpty()) {
        // a key pair is optional (Session Manager needs none) and may not exist in the account: null unless set
        const Value none = Value::expression(QStringLiteral("null"));
        b.attribute(QStringLiteral("key_name"),
                    ctx.variable(QStringLiteral("key_name"), QStringLiteral("string"),
                                 QStringLiteral("Name of an existing EC2 key pair for SSH to the instances (null: no key pair)"),
                                 &none));
    }
    if (instance.boolProp("public_ip"))
        b.attribute(QStringLiteral("associate_public_ip_address"), Value::boolean(true));
    if (const Component *role = ctx.resolve(instance.stringProp("iam_role"), {QStringLiteral("iam_role")}))
        b.attribute(QStringLiteral("iam_instance_profile"),
                    TerraformContext::ref(QStringLiteral("aws_iam_instance_profile"), ctx.name(*role), QStringLiteral("name")));
    else
        b.attribute(QStringLiteral("iam_instance_profile"),
                    TerraformContext::ref(QStringLiteral("aws_iam_instance_profile"), sessionManagerProfile(ctx, instance), QStringLiteral("name")));
    const QString userData = instance.stringProp("user_data");
    if (!userData.trimmed().isEmpty()) {
        b.attribute(QStringLiteral("user_data"), Value::string(userData.endsWith(QLatin1Char('\n')) ? userData : userData + QLatin1Char('\n')));
        // the script runs at the first boot only: a changed script needs a new instance
        b.attribute(QStringLiteral("user_data_replace_on_change"), Value::boolean(true));
    }
    b.blank();
    Block &metadata = b.block(QStringLiteral("metadata_options"));
    metadata.attribute(QStringLiteral("http_endpoint"), Value::string(QStringLiteral("enabled")));
    metadata.attribute(QStringLiteral("http_tokens"), Value::string(QStringLiteral("required"))); // IMDSv2 only
    b.blank();
    Block &disk = b.block(QStringLiteral("root_block_device"));
    disk.attribute(QStringLiteral("volume_size"), Value::number(instance.intProp("root_volume_gb", 8)));
    disk.attribute(QStringLiteral("volume_type"), Value::string(instance.stringProp("volume_type")));
    disk.attribute(QStringLiteral("encrypted"), Value::boolean(true));
    b.blank().attribute(QStringLiteral("tags"), ctx.nameTag(instance));
    if (lookUpAmi) {
        // a newer Amazon Linux release must not replace a running instance on the next apply
        b.blank();
        b.block(QStringLiteral("lifecycle")).attribute(QStringLiteral("ignore_changes"), Value::list({Value::expression(QStringLiteral("ami"))}));
    }
}

} // namespace

void addComputeEmitters(EmitterTable &table)
{
    table.insert(QStringLiteral("ec2_instance"), emitInstance);
}

} // namespace kumo::tf
