// Identity: IAM policies, users and roles.
#include "rulehelpers.h"
#include "rulesets.h"

#include "jsonfields.h"
#include "ruletext.h"

#include "validation/validationcontext.h"

namespace kumo::rules {

namespace {

const QString kRole = QStringLiteral("iam_role");

void checkWildcard(const ValidationContext &ctx, FindingSink &sink)
{
    for (const Component *p : ctx.ofKind(QStringLiteral("iam_policy"))) {
        const nlohmann::json statements = p->prop("statements");
        if (!statements.is_array())
            continue;
        for (size_t i = 0; i < statements.size(); ++i) {
            const nlohmann::json &s = statements[i];
            if (!s.is_object())
                continue;
            const auto effect = s.find("effect");
            const bool allow = effect == s.end() || (effect->is_string() && effect->get<std::string>() == "Allow");
            if (allow && json::strings(s, "actions").contains(QStringLiteral("*")) && json::strings(s, "resources").contains(QStringLiteral("*")))
                sink.report({p->id}, msg("policy %1, statement %2, allows every action (*) on every resource (*)")
                                         .arg(p->displayName())
                                         .arg(i + 1));
        }
    }
}

void checkUserPolicies(const ValidationContext &ctx, FindingSink &sink)
{
    for (const Component *u : ctx.ofKind(QStringLiteral("iam_user"))) {
        const QStringList policies = u->refsProp("policies");
        if (!policies.isEmpty())
            sink.report({u->id}, msg("user %1 has policies attached directly (%2)").arg(u->displayName(), policies.join(QStringLiteral(", "))));
    }
}

/// Which service must be able to assume a role used through a given property.
struct RoleUse
{
    const char *kind;
    const char *property;
    const char *service;
};

constexpr RoleUse kRoleUses[] = {
    {"ecs_task_definition", "task_role", "ecs-tasks.amazonaws.com"},
    {"ecs_task_definition", "execution_role", "ecs-tasks.amazonaws.com"},
    {"ec2_instance", "iam_role", "ec2.amazonaws.com"},
    {"codebuild_project", "service_role", "codebuild.amazonaws.com"},
    {"codedeploy_application", "service_role", "codedeploy.amazonaws.com"},
    {"codepipeline", "role", "codepipeline.amazonaws.com"},
};

void checkRoleTrust(const ValidationContext &ctx, FindingSink &sink)
{
    for (const Component *role : ctx.ofKind(kRole)) {
        if (role->stringProp("trusted_service").trimmed().isEmpty())
            sink.report({role->id}, msg("role %1 trusts no service, so nothing can assume it").arg(role->displayName()));
    }
    for (const RoleUse &use : kRoleUses) {
        for (const Component *c : ctx.ofKind(QString::fromLatin1(use.kind))) {
            const Component *role = ctx.resolve(c->stringProp(QString::fromLatin1(use.property)), {kRole});
            if (!role)
                continue;
            const QString trusted = role->stringProp("trusted_service").trimmed();
            if (!trusted.isEmpty() && trusted != QLatin1String(use.service))
                sink.report({role->id, c->id}, msg("role %1 trusts %2, but %3 uses it as %4, which needs %5")
                                                   .arg(role->displayName(), trusted, c->displayName(),
                                                        QString::fromLatin1(use.property), QString::fromLatin1(use.service)));
        }
    }
}

} // namespace

std::vector<Rule> identityRules()
{
    QStringList roleReaders = {kRole};
    for (const RoleUse &use : kRoleUses)
        roleReaders << QString::fromLatin1(use.kind);
    return {
        {QStringLiteral("iam.wildcard"), Severity::Warning, KUMO_RULE_TEXT("Policy allows everything"),
         KUMO_RULE_TEXT("Action * on resource * is administrator access: whoever holds it can do anything in the account, "
                        "including deleting it all or granting themselves more. Follow least privilege: list the actions "
                        "the job needs (s3:GetObject) on the resources it needs (one bucket's ARN)."),
         {QStringLiteral("iam_policy")}, checkWildcard},
        {QStringLiteral("iam.user-inline-policy"), Severity::Info, KUMO_RULE_TEXT("Policy attached to a user"),
         KUMO_RULE_TEXT("Permissions are easier to keep right when they follow roles in the team: attach policies to a group "
                        "(developers, operators) and put users in groups. When someone changes jobs you move them between "
                        "groups instead of editing policies per person."),
         {QStringLiteral("iam_user")}, checkUserPolicies},
        {QStringLiteral("iam.role-trust"), Severity::Error, KUMO_RULE_TEXT("Role trusts the wrong service"),
         KUMO_RULE_TEXT("A role has two halves: its permissions (the attached policies) and its trust policy, which says who "
                        "may assume it. A role for ECS tasks must trust ecs-tasks.amazonaws.com, one for EC2 instances "
                        "ec2.amazonaws.com, one for CodeBuild codebuild.amazonaws.com, and so on; otherwise the service "
                        "cannot use the role and fails with access denied."),
         roleReaders, checkRoleTrust},
    };
}

} // namespace kumo::rules
