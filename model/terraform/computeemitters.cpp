// compute.tf: EC2 instances.
#include "emitters.h"

#include <QSet>

namespace kumo::tf {

namespace {

/// A variable for a per-instance setting: one shared variable when every instance uses the same
/// value, otherwise one per instance.
Value instanceSetting(TerraformContext &ctx, const Component &instance, const char *key, const QString &suffix,
                      const QString &description)
{
    QSet<QString> values;
    for (const Component *i : ctx.index().ofKind(QStringLiteral("ec2_instance"))) {
        const QString v = i->stringProp(key);
        if (!v.isEmpty())
            values.insert(v);
    }
    const QString value = instance.stringProp(key);
    const Value def = Value::string(value);
    if (values.size() <= 1)
        return ctx.variable(suffix, QStringLiteral("string"), description.arg(QStringLiteral("the instances")), &def);
    // instances sharing a value share a variable, named after the first of them
    const Component *first = &instance;
    for (const Component *i : ctx.index().ofKind(QStringLiteral("ec2_instance"))) {
        if (i->stringProp(key) == value) {
            first = i;
            break;
        }
    }
    return ctx.variable(ctx.name(*first) + QLatin1Char('_') + suffix, QStringLiteral("string"), description.arg(first->displayName()), &def);
}

void emitInstance(TerraformContext &ctx, const Component &instance)
{
    const Component *subnet = ctx.resolve(instance.parent, {QStringLiteral("subnet")});
    Block &b = ctx.resource(QStringLiteral("compute.tf"), QStringLiteral("aws_instance"), ctx.name(instance), instance);
    b.attribute(QStringLiteral("ami"), instanceSetting(ctx, instance, "ami", QStringLiteral("ami"), QStringLiteral("Machine image (AMI) for %1")));
    b.attribute(QStringLiteral("instance_type"), Value::string(instance.stringProp("instance_type")));
    if (subnet)
        b.attribute(QStringLiteral("subnet_id"), TerraformContext::ref(QStringLiteral("aws_subnet"), ctx.name(*subnet), QStringLiteral("id")));
    const Value groups = referenceList(ctx, instance, "security_groups", {QStringLiteral("security_group")},
                                       QStringLiteral("aws_security_group"), QStringLiteral("id"));
    if (!groups.isEmptyList())
        b.attribute(QStringLiteral("vpc_security_group_ids"), groups);
    if (!instance.stringProp("key_name").isEmpty())
        b.attribute(QStringLiteral("key_name"),
                    instanceSetting(ctx, instance, "key_name", QStringLiteral("key_name"), QStringLiteral("Name of the SSH key pair for %1")));
    if (instance.boolProp("public_ip"))
        b.attribute(QStringLiteral("associate_public_ip_address"), Value::boolean(true));
    if (const Component *role = ctx.resolve(instance.stringProp("iam_role"), {QStringLiteral("iam_role")}))
        b.attribute(QStringLiteral("iam_instance_profile"),
                    TerraformContext::ref(QStringLiteral("aws_iam_instance_profile"), ctx.name(*role), QStringLiteral("name")));
    b.blank();
    Block &disk = b.block(QStringLiteral("root_block_device"));
    disk.attribute(QStringLiteral("volume_size"), Value::number(instance.intProp("root_volume_gb", 8)));
    disk.attribute(QStringLiteral("volume_type"), Value::string(instance.stringProp("volume_type")));
    disk.attribute(QStringLiteral("encrypted"), Value::boolean(true));
    b.blank().attribute(QStringLiteral("tags"), ctx.nameTag(instance));
}

} // namespace

void addComputeEmitters(EmitterTable &table)
{
    table.insert(QStringLiteral("ec2_instance"), emitInstance);
}

} // namespace kumo::tf
