// Identity: IAM policies, users and roles.
#include "rulehelpers.h"
#include "rulesets.h"

#include "jsonfields.h"
#include "references.h"
#include "ruletext.h"

#include "validation/awsfacts.h"
#include "validation/validationcontext.h"

#include <QRegularExpression>
#include <QSet>

namespace kumo::rules {

namespace {

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

/// Roles a service acts as: without permissions the service fails with access denied.
constexpr RoleUse kServiceRoles[] = {
    {"ecs_task_definition", "execution_role", ""},
    {"ec2_instance", "iam_role", ""},
    {"codebuild_project", "service_role", ""},
    {"codedeploy_application", "service_role", ""},
    {"codepipeline", "role", ""},
};

/// True when an IAM action pattern (with * and ? wildcards, case-insensitive) matches @p action.
bool actionMatches(const QString &pattern, const QString &action)
{
    const QRegularExpression re(QRegularExpression::anchoredPattern(QRegularExpression::wildcardToRegularExpression(
                                    pattern, QRegularExpression::UnanchoredWildcardConversion)),
                                QRegularExpression::CaseInsensitiveOption);
    return re.match(action).hasMatch();
}

/// True when the role's policies or managed policies allow @p action.
bool roleAllows(const ValidationContext &ctx, const Component &role, const QString &action, const QStringList &managedGranting)
{
    for (const QString &managed : role.refsProp("managed_policies")) {
        if (managedGranting.contains(managed.section(QLatin1Char('/'), -1)))
            return true;
    }
    for (const Component *policy : resolveAll(ctx, role, QStringLiteral("policies"), QStringLiteral("iam_policy"))) {
        const nlohmann::json &statements = policy->prop("statements");
        for (const nlohmann::json &s : statements.is_array() ? statements : nlohmann::json::array()) {
            if (json::string(s, "effect") == QLatin1String("Deny"))
                continue;
            for (const QString &a : json::strings(s, "actions")) {
                if (actionMatches(a, action))
                    return true;
            }
        }
    }
    return false;
}

/// True when a pipeline action deploys through CodeDeploy blue/green (CodeDeployToECS).
bool deploysThroughCodeDeploy(const ValidationContext &ctx, const Component *target)
{
    if (!target)
        return false;
    if (target->kind == QLatin1String("codedeploy_application"))
        return target->stringProp("compute_platform") == QLatin1String("ECS");
    if (target->kind != QLatin1String("ecs_service"))
        return false;
    for (const Component *app : ctx.ofKind(QStringLiteral("codedeploy_application"))) {
        if (app->stringProp("ecs_service") == target->id && app->stringProp("compute_platform") == QLatin1String("ECS"))
            return true;
    }
    return false;
}

/// The actions a pipeline's role needs for its own actions (the table the export follows too)
/// that none of its policies allows.
void checkPipelineRole(const ValidationContext &ctx, const Component &pipeline, const Component &role, FindingSink &sink)
{
    static const QStringList everything = {QStringLiteral("AdministratorAccess")};
    QStringList needed = aws::artifactStorePermissions();
    const nlohmann::json &stages = pipeline.prop("stages");
    for (const nlohmann::json &stage : stages.is_array() ? stages : nlohmann::json::array()) {
        for (const nlohmann::json &action : json::list(stage, "actions")) {
            const Component *target = ctx.resolve(json::string(action, "target"));
            for (const QString &a : aws::pipelineActionPermissions(json::string(action, "provider"), deploysThroughCodeDeploy(ctx, target)).actions) {
                if (!needed.contains(a))
                    needed << a;
            }
        }
    }
    QStringList missing;
    for (const QString &a : needed) {
        if (!roleAllows(ctx, role, a, everything))
            missing << a;
    }
    if (!missing.isEmpty())
        sink.report({role.id, pipeline.id}, msg("role %1 of pipeline %2 does not allow %3, which its actions call")
                                                .arg(role.displayName(), pipeline.displayName(), missing.join(QStringLiteral(", "))));
}

void checkServiceRolePermissions(const ValidationContext &ctx, FindingSink &sink)
{
    QSet<QString> reported;
    for (const RoleUse &use : kServiceRoles) {
        for (const Component *c : ctx.ofKind(QString::fromLatin1(use.kind))) {
            const Component *role = ctx.resolve(c->stringProp(QString::fromLatin1(use.property)), {kRole});
            if (!role)
                continue;
            const bool hasPolicies = !resolveAll(ctx, *role, QStringLiteral("policies"), QStringLiteral("iam_policy")).empty()
                                     || !role->refsProp("managed_policies").isEmpty();
            if (!hasPolicies) {
                if (!reported.contains(role->id))
                    sink.report({role->id, c->id}, msg("role %1, which %2 uses as %3, has no policy or managed policy attached")
                                                       .arg(role->displayName(), c->displayName(), QString::fromLatin1(use.property)));
                reported.insert(role->id);
                continue;
            }
            if (c->kind == QLatin1String("codepipeline")) {
                checkPipelineRole(ctx, *c, *role, sink);
                continue;
            }
            if (c->kind != QLatin1String("ecs_task_definition"))
                continue;
            bool pullsFromEcr = false;
            for (const nlohmann::json &container : containersOf(*c)) {
                const QString repo = imageRepositoryId(json::string(container, "image"));
                pullsFromEcr = pullsFromEcr || (!repo.isEmpty() && ctx.resolve(repo, {QStringLiteral("ecr_repository")}));
            }
            static const QStringList pullPolicies = {QStringLiteral("AmazonECSTaskExecutionRolePolicy"),
                                                     QStringLiteral("AmazonEC2ContainerRegistryReadOnly"),
                                                     QStringLiteral("AmazonEC2ContainerRegistryPullOnly"),
                                                     QStringLiteral("AmazonEC2ContainerRegistryPowerUser"),
                                                     QStringLiteral("AmazonEC2ContainerRegistryFullAccess")};
            if (pullsFromEcr && !roleAllows(ctx, *role, QStringLiteral("ecr:BatchGetImage"), pullPolicies))
                sink.report({role->id, c->id}, msg("role %1, the execution role of %2, does not allow ecr:BatchGetImage, so the task cannot pull its image")
                                                   .arg(role->displayName(), c->displayName()));
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
        {QStringLiteral("iam.service-role-permissions"), Severity::Warning, KUMO_RULE_TEXT("Service role without permissions"),
         KUMO_RULE_TEXT("A service acting through a role can do only what the role's policies allow. An ECS execution role "
                        "pulls the images and writes the logs (AmazonECSTaskExecutionRolePolicy covers both), a CodeBuild "
                        "or CodePipeline role reads and writes the artifact bucket and starts the next step, a CodeDeploy "
                        "role for ECS needs AWSCodeDeployRoleForECS, and an instance role with "
                        "AmazonSSMManagedInstanceCore lets you log in through Session Manager. A role with nothing attached "
                        "makes the service fail with access denied: attach AWS managed policies by name, or policies of "
                        "the design scoped to its resources. A pipeline's role also calls the service of each action: "
                        "codebuild:StartBuild for a build, codedeploy:CreateDeployment and its companions for a blue/green "
                        "deploy, ecs:UpdateService and ecs:TagResource for an ECS deploy, codestar-connections:UseConnection for a "
                        "GitHub, GitLab or Bitbucket source."),
         roleReaders << QStringLiteral("iam_policy") << QStringLiteral("ecr_repository") << QStringLiteral("ecs_service"), checkServiceRolePermissions},
    };
}

} // namespace kumo::rules
