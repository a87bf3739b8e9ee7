// The inverse of iam.tf: policies, users, groups, roles, attachments and memberships.
#include "importers.h"

namespace kumo::tfimport {

using json = nlohmann::json;

namespace {

const QStringList kPolicy = {QStringLiteral("iam_policy")};
const QStringList kUser = {QStringLiteral("iam_user")};
const QStringList kIamGroup = {QStringLiteral("iam_group")};
const QString kManagedPrefix = QStringLiteral("arn:aws:iam::aws:policy/");

QStringList stringOrList(const json &value)
{
    QStringList out;
    if (value.is_string())
        out << QString::fromStdString(value.get<std::string>());
    else if (value.is_array()) {
        for (const json &v : value) {
            if (v.is_string())
                out << QString::fromStdString(v.get<std::string>());
        }
    }
    return out;
}

json toList(const QStringList &values)
{
    json list = json::array();
    for (const QString &v : values)
        list.push_back(v.toStdString());
    return list;
}

/// The statements of a policy document (JSON text) as a design holds them.
json policyStatements(ImportContext &ctx, const TfResource &r, const json &document)
{
    json statements = json::array();
    const json &list = document.contains("Statement") ? document["Statement"] : json::array();
    for (const json &s : list.is_array() ? list : json::array({list})) {
        if (!s.is_object())
            continue;
        if (!s.contains("Action") || !s.contains("Resource")) {
            ctx.assume(tfimport::tr("%1: statements with NotAction, NotResource or principals are not imported").arg(r.address));
            continue;
        }
        json statement = json::object();
        statement["effect"] = attr::str(s, "Effect") == QLatin1String("Deny") ? "Deny" : "Allow";
        statement["actions"] = toList(stringOrList(s["Action"]));
        statement["resources"] = toList(stringOrList(s["Resource"]));
        statements.push_back(std::move(statement));
    }
    return statements;
}

void importPolicy(ImportContext &ctx, const TfResource &r, Component *c)
{
    setString(*c, "description", attr::str(r.attributes, "description"));
    const QString name = attr::str(r.attributes, "name");
    if (!name.isEmpty() && c->name.isEmpty())
        c->name = name;
    const json document = json::parse(attr::str(r.attributes, "policy").toStdString(), nullptr, false);
    if (!document.is_object())
        return;
    c->props["statements"] = policyStatements(ctx, r, document);
}

/// Adds a policy to the owner's `policies`, or an AWS managed one to a role's `managed_policies`.
bool attach(ImportContext &ctx, Component &owner, const TfResource &r)
{
    const QString policy = ctx.ref(r, QStringLiteral("policy_arn"), kPolicy);
    if (!policy.isEmpty()) {
        QStringList policies = owner.refsProp("policies");
        if (!policies.contains(policy))
            policies << policy;
        setRefs(owner, "policies", policies);
        return true;
    }
    const QString arn = attr::str(r.attributes, "policy_arn");
    if (owner.kind == QLatin1String("iam_role") && arn.startsWith(kManagedPrefix)) {
        json &managed = owner.props["managed_policies"];
        if (!managed.is_array())
            managed = json::array();
        const std::string name = arn.mid(kManagedPrefix.size()).section(QLatin1Char('/'), -1).toStdString();
        if (std::find(managed.begin(), managed.end(), json(name)) == managed.end())
            managed.push_back(name);
        return true;
    }
    return false;
}

void importRole(ImportContext &ctx, const TfResource &r, Component *c)
{
    const QString name = attr::str(r.attributes, "name");
    if (!name.isEmpty() && c->name.isEmpty())
        c->name = name;
    const json trust = json::parse(attr::str(r.attributes, "assume_role_policy").toStdString(), nullptr, false);
    if (trust.is_object() && trust.contains("Statement")) {
        const json &list = trust["Statement"];
        for (const json &s : list.is_array() ? list : json::array({list})) {
            if (!s.is_object() || !s.contains("Principal") || !s["Principal"].is_object())
                continue;
            const QStringList services = stringOrList(s["Principal"].value("Service", json()));
            if (!services.isEmpty()) {
                c->props["trusted_service"] = services.first().toStdString();
                break;
            }
        }
    }
    if (!c->props.contains("trusted_service"))
        ctx.assume(tfimport::tr("%1: the role is not assumed by an AWS service; its trust is not imported").arg(r.address));
    // managed_policy_arns of older configurations
    for (const QString &arn : attr::strings(r.attributes, "managed_policy_arns")) {
        const QString policy = ctx.componentForValue(arn, kPolicy);
        if (!policy.isEmpty()) {
            QStringList policies = c->refsProp("policies");
            policies << policy;
            setRefs(*c, "policies", policies);
        } else if (arn.startsWith(kManagedPrefix)) {
            json &managed = c->props["managed_policies"];
            if (!managed.is_array())
                managed = json::array();
            managed.push_back(arn.mid(kManagedPrefix.size()).section(QLatin1Char('/'), -1).toStdString());
        }
    }
}

void foldAttachment(ImportContext &ctx, const TfResource &r, const char *ownerKey, const QStringList &ownerKinds)
{
    const QString ownerId = ctx.ref(r, QString::fromLatin1(ownerKey), ownerKinds);
    Component *owner = ctx.component(ownerId);
    if (!owner)
        return ctx.skip(r, tfimport::tr("the user, group or role it attaches to is not in the inputs"));
    if (!attach(ctx, *owner, r))
        return ctx.skip(r, tfimport::tr("its policy is neither in the inputs nor managed by AWS"));
    ctx.fold(r, ownerId);
}

/// aws_iam_policy_attachment: one policy, attached to users, groups and roles at once.
void foldExclusiveAttachment(ImportContext &ctx, const TfResource &r, Component *)
{
    bool any = false;
    for (const auto &[key, kinds] : {std::pair{"users", kUser}, std::pair{"groups", kIamGroup}, std::pair{"roles", kRole}}) {
        for (const QString &id : ctx.refs(r, QString::fromLatin1(key), kinds))
            any = attach(ctx, *ctx.component(id), r) || any;
    }
    if (!any)
        return ctx.skip(r, tfimport::tr("neither the policy nor what it attaches to is in the inputs"));
    const QString policy = ctx.ref(r, QStringLiteral("policy_arn"), kPolicy);
    ctx.fold(r, policy.isEmpty() ? ctx.refs(r, QStringLiteral("roles"), kRole).value(0) : policy);
}

void foldUserGroups(ImportContext &ctx, const TfResource &r, Component *)
{
    const QString userId = ctx.ref(r, QStringLiteral("user"), kUser);
    Component *user = ctx.component(userId);
    if (!user)
        return ctx.skip(r, tfimport::tr("its user is not in the inputs"));
    QStringList groups = user->refsProp("groups");
    for (const QString &g : ctx.refs(r, QStringLiteral("groups"), kIamGroup)) {
        if (!groups.contains(g))
            groups << g;
    }
    setRefs(*user, "groups", groups);
    ctx.fold(r, userId);
}

void foldGroupMembership(ImportContext &ctx, const TfResource &r, Component *)
{
    const QString groupId = ctx.ref(r, QStringLiteral("group"), kIamGroup);
    if (groupId.isEmpty())
        return ctx.skip(r, tfimport::tr("its group is not in the inputs"));
    for (const QString &userId : ctx.refs(r, QStringLiteral("users"), kUser)) {
        Component *user = ctx.component(userId);
        QStringList groups = user->refsProp("groups");
        if (!groups.contains(groupId))
            groups << groupId;
        setRefs(*user, "groups", groups);
    }
    ctx.fold(r, groupId);
}

void foldInstanceProfile(ImportContext &ctx, const TfResource &r, Component *)
{
    const QString role = ctx.ref(r, QStringLiteral("role"), kRole);
    if (role.isEmpty())
        return ctx.skip(r, tfimport::tr("its role is not in the inputs"));
    ctx.fold(r, role);
}

std::optional<std::pair<Outcome, QString>> triggerRole(ImportContext &ctx, const TfResource &r)
{
    if (triggersPipeline(ctx, r))
        return std::make_pair(Outcome::Folded, QString());
    return std::nullopt;
}

/// True when every statement only reads RDS-managed secrets: what the export writes for a container's
/// database (the design implies it), not a policy of its own.
bool readsDatabaseSecretsOnly(const json &document)
{
    const json &list = document.contains("Statement") ? document["Statement"] : json::array();
    if (!list.is_array() || list.empty())
        return false;
    for (const json &s : list) {
        if (!s.is_object() || stringOrList(s.value("Action", json())) != QStringList{QStringLiteral("secretsmanager:GetSecretValue")})
            return false;
        for (const QString &resource : stringOrList(s.value("Resource", json()))) {
            if (!resource.contains(QLatin1String(":secret:rds!")))
                return false;
        }
    }
    return true;
}

/// aws_iam_role_policy: an inline policy becomes a policy of the design attached to its role (the
/// export writes it as a managed policy and an attachment: the same permissions).
void foldInlinePolicy(ImportContext &ctx, const TfResource &r, Component *)
{
    const std::vector<const TfResource *> roles = ctx.referenced(r, QStringLiteral("role"), {QStringLiteral("aws_iam_role")});
    // the policy of a pipeline trigger's role belongs to the trigger
    for (const TfResource *role : roles) {
        const QString pipeline = pipelineTriggeredWith(ctx, *role);
        if (!pipeline.isEmpty())
            return ctx.fold(r, pipeline);
    }
    QString roleId;
    for (const TfResource *role : roles) {
        roleId = ctx.componentIdFor(*role, kRole);
        if (!roleId.isEmpty())
            break;
    }
    if (roleId.isEmpty()) // named by its name in a state
        roleId = ctx.componentForValue(attr::str(r.attributes, "role"), kRole);
    if (roleId.isEmpty())
        return ctx.skip(r, tfimport::tr("its role is not in the inputs"));
    const json document = json::parse(attr::str(r.attributes, "policy").toStdString(), nullptr, false);
    if (!document.is_object())
        return ctx.skip(r, tfimport::tr("its policy document is not known (unknown until applied or not JSON)"));
    if (readsDatabaseSecretsOnly(document))
        return ctx.skip(r, tfimport::tr("it lets the role read a database's managed secret, which a container's database implies"));
    const QString name = attr::str(r.attributes, "name");
    Component &policy = ctx.createExtra(QStringLiteral("iam_policy"), roleId + QLatin1Char('.') + (name.isEmpty() ? r.name : name),
                                        name.isEmpty() ? r.name : name);
    policy.props["statements"] = policyStatements(ctx, r, document);
    ctx.standFor(r, policy.id);
    ctx.setOutcome(r, Outcome::Mapped, policy.id);
    Component &role = *ctx.component(roleId);
    QStringList policies = role.refsProp("policies");
    policies << policy.id;
    setRefs(role, "policies", policies);
    ctx.assume(tfimport::tr("%1: the inline policy of %2 became the policy %3 attached to it (the same permissions)").arg(r.address, roleId, policy.id));
}

void nameFromAttribute(const TfResource &r, Component *c)
{
    const QString name = attr::str(r.attributes, "name");
    if (!name.isEmpty() && c->name.isEmpty())
        c->name = name;
}

} // namespace

void addIdentityImporters(ImportTable &table, std::vector<Finisher> &)
{
    const QStringList name = {QStringLiteral("name")};
    table.push_back(maps(QStringLiteral("aws_iam_policy"), QStringLiteral("iam_policy"), {}, importPolicy));
    table.push_back(maps(QStringLiteral("aws_iam_role"), QStringLiteral("iam_role"), name,
                         [](ImportContext &ctx, const TfResource &r, Component *c) {
                             if (!c) // the role of a pipeline trigger
                                 return ctx.fold(r, pipelineTriggeredWith(ctx, r));
                             importRole(ctx, r, c);
                         },
                         triggerRole));
    table.push_back(maps(QStringLiteral("aws_iam_user"), QStringLiteral("iam_user"), name, [](ImportContext &, const TfResource &r, Component *c) { nameFromAttribute(r, c); }));
    table.push_back(maps(QStringLiteral("aws_iam_group"), QStringLiteral("iam_group"), name, [](ImportContext &, const TfResource &r, Component *c) { nameFromAttribute(r, c); }));
    table.push_back(folds(QStringLiteral("aws_iam_role_policy_attachment"), QStringLiteral("iam_role"), QStringLiteral("policies / managed_policies"), 1, [](ImportContext &ctx, const TfResource &r, Component *) { foldAttachment(ctx, r, "role", kRole); }));
    table.push_back(folds(QStringLiteral("aws_iam_user_policy_attachment"), QStringLiteral("iam_user"), QStringLiteral("policies"), 1, [](ImportContext &ctx, const TfResource &r, Component *) { foldAttachment(ctx, r, "user", kUser); }));
    table.push_back(folds(QStringLiteral("aws_iam_group_policy_attachment"), QStringLiteral("iam_group"), QStringLiteral("policies"), 1, [](ImportContext &ctx, const TfResource &r, Component *) { foldAttachment(ctx, r, "group", kIamGroup); }));
    table.push_back(folds(QStringLiteral("aws_iam_policy_attachment"), QStringLiteral("iam_policy"), QStringLiteral("policies of users, groups and roles"), 1, foldExclusiveAttachment));
    table.push_back(folds(QStringLiteral("aws_iam_user_group_membership"), QStringLiteral("iam_user"), QStringLiteral("groups"), 1, foldUserGroups));
    table.push_back(folds(QStringLiteral("aws_iam_group_membership"), QStringLiteral("iam_group"), QStringLiteral("groups of its users"), 1, foldGroupMembership));
    table.push_back(folds(QStringLiteral("aws_iam_instance_profile"), QStringLiteral("iam_role"), QStringLiteral("iam_role of instances"), 1, foldInstanceProfile, name, QStringLiteral("role")));
    table.push_back(folds(QStringLiteral("aws_iam_role_policy"), QStringLiteral("iam_role"),
                          QStringLiteral("a policy attached to its role (a pipeline trigger's belongs to the trigger)"), 2, foldInlinePolicy));
    table.push_back(skips(QStringLiteral("aws_iam_access_key"), QStringLiteral("iam_user"), QStringLiteral("access keys are secrets and are never imported")));
    table.push_back(skips(QStringLiteral("aws_iam_user_login_profile"), QStringLiteral("iam_user"), QStringLiteral("console passwords are never imported")));
}

} // namespace kumo::tfimport
