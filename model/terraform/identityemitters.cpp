// iam.tf: policies, users, groups, roles, their attachments and memberships.
#include "emitters.h"

#include "jsonfields.h"

#include <QSet>

namespace kumo::tf {

namespace {

const QString kIamFile = QStringLiteral("iam.tf");

/// A statement's resources: a component id of the design (optionally followed by a path such as
/// "/*") stands for that component's ARN.
Value resourceList(const TerraformContext &ctx, const QStringList &resources)
{
    std::vector<Value> items;
    for (const QString &r : resources) {
        const qsizetype slash = r.indexOf(QLatin1Char('/'));
        const QString id = slash < 0 ? r : r.left(slash);
        const Component *c = r.contains(QLatin1Char(':')) ? nullptr : ctx.resolve(id);
        const std::optional<Value> arn = c ? arnOf(ctx, *c) : std::nullopt;
        if (!arn)
            items.push_back(Value::string(r));
        else if (slash < 0)
            items.push_back(*arn);
        else
            items.push_back(Value::templateString(QStringLiteral("${") + hcl::print(*arn) + QLatin1Char('}') + hcl::escapeTemplate(r.mid(slash))));
    }
    return Value::list(std::move(items));
}

Value policyDocument(const TerraformContext &ctx, const Component &policy)
{
    std::vector<Value> statements;
    const nlohmann::json &list = policy.prop("statements");
    for (const nlohmann::json &s : list.is_array() ? list : nlohmann::json::array()) {
        if (!s.is_object())
            continue;
        const QString effect = json::string(s, "effect");
        statements.push_back(Value::object({{QStringLiteral("Effect"), Value::string(effect.isEmpty() ? QStringLiteral("Allow") : effect)},
                                            {QStringLiteral("Action"), Value::stringList(json::strings(s, "actions"))},
                                            {QStringLiteral("Resource"), resourceList(ctx, json::strings(s, "resources"))}}));
    }
    return Value::call(QStringLiteral("jsonencode"), Value::object({{QStringLiteral("Version"), Value::string(QStringLiteral("2012-10-17"))},
                                                                   {QStringLiteral("Statement"), Value::list(std::move(statements))}}));
}

void emitPolicy(TerraformContext &ctx, const Component &policy)
{
    Block &b = ctx.resource(kIamFile, QStringLiteral("aws_iam_policy"), ctx.name(policy), policy);
    b.attribute(QStringLiteral("name"), ctx.prefixed(iamName(policy)));
    if (!policy.stringProp("description").isEmpty())
        b.attribute(QStringLiteral("description"), Value::string(policy.stringProp("description")));
    b.attribute(QStringLiteral("policy"), policyDocument(ctx, policy));
    b.blank().attribute(QStringLiteral("tags"), ctx.nameTag(policy));
}

/// The ARN of an AWS managed policy named by the design: a full ARN, a path and name
/// ("service-role/AWSCodeDeployRole"), or a name alone (the path of the well-known service-role
/// policies is filled in).
QString managedPolicyArn(const QString &managed)
{
    if (managed.startsWith(QLatin1String("arn:")))
        return managed;
    static const QStringList serviceRole = {
        QStringLiteral("AmazonECSTaskExecutionRolePolicy"), QStringLiteral("AWSCodeDeployRole"), QStringLiteral("AWSCodeDeployRoleForLambda"),
        QStringLiteral("AmazonEC2ContainerServiceforEC2Role"), QStringLiteral("AmazonEC2ContainerServiceRole"),
        QStringLiteral("AmazonEC2ContainerServiceAutoscaleRole"), QStringLiteral("AWSLambdaBasicExecutionRole"),
        QStringLiteral("AWSLambdaVPCAccessExecutionRole"), QStringLiteral("AWSLambdaRole"), QStringLiteral("AmazonRDSEnhancedMonitoringRole"),
        QStringLiteral("AmazonEC2RoleforSSM"), QStringLiteral("AmazonEC2RoleforAWSCodeDeploy"), QStringLiteral("AWSConfigRole"),
        QStringLiteral("AWSGlueServiceRole"), QStringLiteral("AmazonSSMMaintenanceWindowRole"),
    };
    const QString path = managed.contains(QLatin1Char('/')) || !serviceRole.contains(managed) ? QString() : QStringLiteral("service-role/");
    return QStringLiteral("arn:aws:iam::aws:policy/") + path + managed;
}

/// One `<type>` attachment per policy: user, group or role.
void attachPolicies(TerraformContext &ctx, const Component &owner, const QString &type, const QString &ownerArgument,
                    const QString &ownerType)
{
    for (const QString &id : owner.refsProp("policies")) {
        const Component *policy = ctx.resolve(id, {QStringLiteral("iam_policy")});
        if (!policy)
            continue;
        Block &a = ctx.resource(kIamFile, type, ctx.name(owner) + QLatin1Char('_') + ctx.name(*policy), owner);
        a.attribute(ownerArgument, TerraformContext::ref(ownerType, ctx.name(owner), QStringLiteral("name")));
        a.attribute(QStringLiteral("policy_arn"), TerraformContext::ref(QStringLiteral("aws_iam_policy"), ctx.name(*policy), QStringLiteral("arn")));
    }
}

void emitUser(TerraformContext &ctx, const Component &user)
{
    const QString name = ctx.name(user);
    Block &b = ctx.resource(kIamFile, QStringLiteral("aws_iam_user"), name, user);
    b.attribute(QStringLiteral("name"), ctx.prefixed(iamName(user)));
    b.blank().attribute(QStringLiteral("tags"), ctx.nameTag(user));
    const Value groups = referenceList(ctx, user, "groups", {QStringLiteral("iam_group")}, QStringLiteral("aws_iam_group"), QStringLiteral("name"));
    if (!groups.isEmptyList()) {
        Block &m = ctx.resource(kIamFile, QStringLiteral("aws_iam_user_group_membership"), name, user);
        m.attribute(QStringLiteral("user"), TerraformContext::ref(QStringLiteral("aws_iam_user"), name, QStringLiteral("name")));
        m.attribute(QStringLiteral("groups"), groups);
    }
    attachPolicies(ctx, user, QStringLiteral("aws_iam_user_policy_attachment"), QStringLiteral("user"), QStringLiteral("aws_iam_user"));
}

void emitGroup(TerraformContext &ctx, const Component &group)
{
    Block &b = ctx.resource(kIamFile, QStringLiteral("aws_iam_group"), ctx.name(group), group);
    b.attribute(QStringLiteral("name"), ctx.prefixed(iamName(group)));
    attachPolicies(ctx, group, QStringLiteral("aws_iam_group_policy_attachment"), QStringLiteral("group"), QStringLiteral("aws_iam_group"));
}

void emitRole(TerraformContext &ctx, const Component &role)
{
    const QString name = ctx.name(role);
    const QString service = role.stringProp("trusted_service").trimmed();
    const Value trust = Value::object({
        {QStringLiteral("Effect"), Value::string(QStringLiteral("Allow"))},
        {QStringLiteral("Principal"), Value::object({{QStringLiteral("Service"), Value::string(service)}})},
        {QStringLiteral("Action"), Value::string(QStringLiteral("sts:AssumeRole"))},
    });
    Block &b = ctx.resource(kIamFile, QStringLiteral("aws_iam_role"), name, role);
    b.attribute(QStringLiteral("name"), ctx.prefixed(iamName(role)));
    b.attribute(QStringLiteral("assume_role_policy"),
                Value::call(QStringLiteral("jsonencode"), Value::object({{QStringLiteral("Version"), Value::string(QStringLiteral("2012-10-17"))},
                                                                        {QStringLiteral("Statement"), Value::list({trust})}})));
    b.blank().attribute(QStringLiteral("tags"), ctx.nameTag(role));
    attachPolicies(ctx, role, QStringLiteral("aws_iam_role_policy_attachment"), QStringLiteral("role"), QStringLiteral("aws_iam_role"));
    for (const QString &managed : role.refsProp("managed_policies")) {
        Block &a = ctx.resource(kIamFile, QStringLiteral("aws_iam_role_policy_attachment"),
                                name + QLatin1Char('_') + TerraformNames::snakeCaseWords(managed.section(QLatin1Char('/'), -1)), role);
        a.attribute(QStringLiteral("role"), TerraformContext::ref(QStringLiteral("aws_iam_role"), name, QStringLiteral("name")));
        a.attribute(QStringLiteral("policy_arn"), Value::string(managedPolicyArn(managed)));
    }

    // instances take a role through an instance profile
    const QSet<QString> &instanceRoles = ctx.derived<QSet<QString>>("roles of instances", [&] {
        QSet<QString> roles;
        for (const Component *i : ctx.index().ofKind(QStringLiteral("ec2_instance")))
            roles.insert(i->stringProp("iam_role"));
        return roles;
    });
    if (instanceRoles.contains(role.id)) {
        Block &p = ctx.resource(kIamFile, QStringLiteral("aws_iam_instance_profile"), name, role);
        p.attribute(QStringLiteral("name"), ctx.prefixed(iamName(role)));
        p.attribute(QStringLiteral("role"), TerraformContext::ref(QStringLiteral("aws_iam_role"), name, QStringLiteral("name")));
    }
}

} // namespace

void addIdentityEmitters(EmitterTable &table)
{
    table.insert(QStringLiteral("iam_policy"), emitPolicy);
    table.insert(QStringLiteral("iam_user"), emitUser);
    table.insert(QStringLiteral("iam_group"), emitGroup);
    table.insert(QStringLiteral("iam_role"), emitRole);
}

} // namespace kumo::tf
