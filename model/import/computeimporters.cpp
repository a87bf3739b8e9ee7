// The inverse of compute.tf: EC2 instances.
#include "importers.h"

namespace kumo::tfimport {

namespace {

void importInstance(ImportContext &ctx, const TfResource &r, Component *c)
{
    setString(*c, "ami", attr::str(r.attributes, "ami"));
    setString(*c, "instance_type", attr::str(r.attributes, "instance_type"));
    setString(*c, "key_name", attr::str(r.attributes, "key_name"));
    const nlohmann::json &disk = attr::block(r.attributes, "root_block_device");
    if (const auto size = attr::integer(disk, "volume_size"))
        c->props["root_volume_gb"] = *size;
    setString(*c, "volume_type", attr::str(disk, "volume_type"));
    QStringList groups = ctx.refs(r, QStringLiteral("vpc_security_group_ids"), {QStringLiteral("security_group")});
    if (groups.isEmpty())
        groups = ctx.refs(r, QStringLiteral("security_groups"), {QStringLiteral("security_group")});
    setRefs(*c, "security_groups", groups);
    if (attr::boolean(r.attributes, "associate_public_ip_address").value_or(false))
        c->props["public_ip"] = true;
    // the role comes through the instance profile
    for (const TfResource *profile : ctx.referenced(r, QStringLiteral("iam_instance_profile"), {QStringLiteral("aws_iam_instance_profile")})) {
        const QString role = ctx.ref(*profile, QStringLiteral("role"), {QStringLiteral("iam_role")});
        if (!role.isEmpty()) {
            c->props["iam_role"] = role.toStdString();
            break;
        }
    }
    placeIn(ctx, *c, subnetOf(ctx, r, QStringLiteral("subnet_id")), tfimport::tr("its subnet is not in the inputs"));
}

} // namespace

void addComputeImporters(ImportTable &table, std::vector<Finisher> &)
{
    table.push_back(maps(QStringLiteral("aws_instance"), QStringLiteral("ec2_instance"), {QStringLiteral("public_ip")}, importInstance));
    table.push_back(skips(QStringLiteral("aws_key_pair"), QStringLiteral("ec2_instance"), QStringLiteral("instances keep the key pair's name (key_name); key material is never imported"), {QStringLiteral("key_name")}));
}

} // namespace kumo::tfimport
