// containers.tf: ECR repositories, ECS clusters, task definitions and services.
#include "emitters.h"

#include "jsonfields.h"
#include "references.h"

#include <algorithm>

namespace kumo::tf {

namespace {

const QString kContainersFile = QStringLiteral("containers.tf");

void emitImageRepository(TerraformContext &ctx, const Component &repo)
{
    const QString name = ctx.name(repo);
    Block &b = ctx.resource(kContainersFile, QStringLiteral("aws_ecr_repository"), name, repo);
    b.attribute(QStringLiteral("name"), ctx.prefixed(awsName(repo, 200)));
    b.attribute(QStringLiteral("image_tag_mutability"), Value::string(repo.stringProp("image_tag_mutability")));
    b.attribute(QStringLiteral("force_delete"), ctx.forceDestroy());
    b.blank();
    b.block(QStringLiteral("image_scanning_configuration")).attribute(QStringLiteral("scan_on_push"), Value::boolean(repo.boolProp("scan_on_push")));
    b.blank().attribute(QStringLiteral("tags"), ctx.nameTag(repo));
    ctx.output(name + QStringLiteral("_repository_url"), QStringLiteral("Where to push the images of %1").arg(repo.displayName()),
               TerraformContext::ref(QStringLiteral("aws_ecr_repository"), name, QStringLiteral("repository_url")));
}

/// AWSServiceRoleForECS, which ECS creates on first use (too late, at times, for the first
/// service of a new account); created only when asked, because an account has it only once.
Value ecsServiceLinkedRole(TerraformContext &ctx)
{
    const Value no = Value::boolean(false);
    const Value create = ctx.variable(QStringLiteral("create_ecs_service_linked_role"), QStringLiteral("bool"),
                                      QStringLiteral("Create the ECS service-linked role AWSServiceRoleForECS: true only in an account that "
                                                     "has never used ECS (it exists once per account)"),
                                      &no);
    if (ctx.memo(QStringLiteral("ecs service-linked role")).isEmpty()) {
        ctx.memo(QStringLiteral("ecs service-linked role")).insert(QStringLiteral("declared"), QStringLiteral("yes"));
        Block &r = ctx.globalResource(QStringLiteral("iam.tf"), QStringLiteral("aws_iam_service_linked_role"), QStringLiteral("ecs"));
        r.attribute(QStringLiteral("count"), Value::expression(hcl::print(create) + QStringLiteral(" ? 1 : 0")));
        r.blank().attribute(QStringLiteral("aws_service_name"), Value::string(QStringLiteral("ecs.amazonaws.com")));
    }
    return Value::expression(QStringLiteral("aws_iam_service_linked_role.ecs"));
}

void emitCluster(TerraformContext &ctx, const Component &cluster)
{
    Block &b = ctx.resource(kContainersFile, QStringLiteral("aws_ecs_cluster"), ctx.name(cluster), cluster);
    b.attribute(QStringLiteral("name"), ctx.prefixed(awsName(cluster, 255 - TerraformContext::kPrefixLength)));
    b.blank();
    Block &setting = b.block(QStringLiteral("setting"));
    setting.attribute(QStringLiteral("name"), Value::string(QStringLiteral("containerInsights")));
    setting.attribute(QStringLiteral("value"), Value::string(cluster.boolProp("container_insights") ? QStringLiteral("enabled") : QStringLiteral("disabled")));
    b.blank().attribute(QStringLiteral("tags"), ctx.nameTag(cluster));
}

/// The image of a container: an ECR repository of the design becomes its repository URL.
Value imageValue(const TerraformContext &ctx, const QString &image)
{
    const QString repoId = imageRepositoryId(image);
    const Component *repo = repoId.isEmpty() ? nullptr : ctx.resolve(repoId, {QStringLiteral("ecr_repository")});
    if (!repo)
        return Value::string(image);
    const QString tag = image.mid(repoId.size()); // ":1.0.0", "@sha256:...", or nothing
    return Value::templateString(QStringLiteral("${aws_ecr_repository.") + ctx.name(*repo) + QStringLiteral(".repository_url}")
                                 + hcl::escapeTemplate(tag.isEmpty() ? QStringLiteral(":latest") : tag));
}

/// The databases (with their secrets) the containers of a task definition talk to.
std::vector<const Component *> databasesOf(const TerraformContext &ctx, const Component &task)
{
    std::vector<const Component *> out;
    const nlohmann::json &containers = task.prop("containers");
    for (const nlohmann::json &c : containers.is_array() ? containers : nlohmann::json::array()) {
        if (const Component *db = ctx.resolve(json::string(c, "database"), {QStringLiteral("rds_instance")})) {
            const Component *primary = databaseWithSecret(ctx, *db);
            if (std::find(out.begin(), out.end(), primary) == out.end())
                out.push_back(primary);
        }
    }
    return out;
}

/// The region the task runs in, as its provider reports it.
Value providerRegion(TerraformContext &ctx, const Component &task)
{
    const QString name = QStringLiteral("current") + ctx.regionSuffix(task);
    ctx.data(kContainersFile, QStringLiteral("aws_region"), name, &task);
    return Value::expression(QStringLiteral("data.aws_region.") + name + QStringLiteral(".region"));
}

Value containerDefinitions(TerraformContext &ctx, const Component &task, const Value &logGroup)
{
    const Value regionValue = providerRegion(ctx, task);
    const nlohmann::json &containers = task.prop("containers");
    std::vector<Value> list;
    if (!containers.is_array())
        return Value::list({});
    for (const nlohmann::json &c : containers) {
        if (!c.is_object())
            continue;
        const auto str = [&](const char *key) { return json::string(c, key); };
        std::vector<std::pair<QString, Value>> entries;
        entries.push_back({QStringLiteral("name"), Value::string(str("name"))});
        entries.push_back({QStringLiteral("image"), imageValue(ctx, str("image"))});
        entries.push_back({QStringLiteral("essential"), Value::boolean(!c.contains("essential") || !c["essential"].is_boolean() || c["essential"].get<bool>())});
        if (c.contains("container_port") && c["container_port"].is_number_integer()) {
            const qint64 port = c["container_port"].get<qint64>();
            const qint64 host = c.contains("host_port") && c["host_port"].is_number_integer() ? c["host_port"].get<qint64>() : port;
            entries.push_back({QStringLiteral("portMappings"),
                               Value::list({Value::object({{QStringLiteral("containerPort"), Value::number(port)},
                                                           {QStringLiteral("hostPort"), Value::number(host)},
                                                           {QStringLiteral("protocol"), Value::string(QStringLiteral("tcp"))}})})});
        }
        std::vector<Value> env;
        if (c.contains("environment") && c["environment"].is_object()) {
            for (auto it = c["environment"].begin(); it != c["environment"].end(); ++it) {
                env.push_back(Value::object({{QStringLiteral("name"), Value::string(QString::fromStdString(it.key()))},
                                             {QStringLiteral("value"), Value::string(toQString(it.value()))}}));
            }
        }
        // a database of the design: its address as variables, its credentials from the secret RDS manages
        const Component *db = ctx.resolve(str("database"), {QStringLiteral("rds_instance")});
        const Component *primary = db ? databaseWithSecret(ctx, *db) : nullptr;
        if (db) {
            const QString dbRef = QStringLiteral("aws_db_instance.") + ctx.name(*db);
            // DB_SECRET_ARN: the application reads the current credentials from the secret when a
            // connection is refused (the secret rotates; DB_USERNAME/DB_PASSWORD are set at start only)
            for (const auto &[key, value] : {std::pair{QStringLiteral("DB_HOST"), Value::expression(dbRef + QStringLiteral(".address"))},
                                             std::pair{QStringLiteral("DB_PORT"), Value::call(QStringLiteral("tostring"), Value::expression(dbRef + QStringLiteral(".port")))},
                                             std::pair{QStringLiteral("DB_SECRET_ARN"), databaseSecretArn(ctx, *primary)}}) {
                if (!c.contains("environment") || !c["environment"].is_object() || !c["environment"].contains(toStd(key)))
                    env.push_back(Value::object({{QStringLiteral("name"), Value::string(key)}, {QStringLiteral("value"), value}}));
            }
        }
        if (!env.empty())
            entries.push_back({QStringLiteral("environment"), Value::list(std::move(env))});
        if (primary) {
            const QString secret = QStringLiteral("${") + hcl::print(databaseSecretArn(ctx, *primary)) + QLatin1Char('}');
            entries.push_back({QStringLiteral("secrets"),
                               Value::list({Value::object({{QStringLiteral("name"), Value::string(QStringLiteral("DB_USERNAME"))},
                                                           {QStringLiteral("valueFrom"), Value::templateString(secret + QStringLiteral(":username::"))}}),
                                            Value::object({{QStringLiteral("name"), Value::string(QStringLiteral("DB_PASSWORD"))},
                                                           {QStringLiteral("valueFrom"), Value::templateString(secret + QStringLiteral(":password::"))}})})});
        }
        entries.push_back({QStringLiteral("logConfiguration"),
                           Value::object({{QStringLiteral("logDriver"), Value::string(QStringLiteral("awslogs"))},
                                          {QStringLiteral("options"), Value::object({{QStringLiteral("awslogs-group"), logGroup},
                                                                                     {QStringLiteral("awslogs-region"), regionValue},
                                                                                     {QStringLiteral("awslogs-stream-prefix"), Value::string(str("name"))}})}})});
        list.push_back(Value::object(std::move(entries)));
    }
    return Value::call(QStringLiteral("jsonencode"), Value::list(std::move(list)));
}

void emitTaskDefinition(TerraformContext &ctx, const Component &task)
{
    const QString name = ctx.name(task);
    const QString family = task.stringProp("family");
    Block &logs = ctx.resource(kContainersFile, QStringLiteral("aws_cloudwatch_log_group"), name, task);
    QString logName = family;
    for (QChar &c : logName) { // log group names take letters, digits and ._-/#
        if (!(c.isLetterOrNumber() && c.unicode() < 128) && !QStringLiteral("._-/#").contains(c))
            c = QLatin1Char('-');
    }
    ctx.prefixed(logName); // declares the prefix variable
    logs.attribute(QStringLiteral("name"), Value::templateString(QStringLiteral("/ecs/${var.name_prefix}-") + hcl::escapeTemplate(logName)));
    logs.attribute(QStringLiteral("retention_in_days"), Value::number(30));
    logs.blank().attribute(QStringLiteral("tags"), ctx.nameTag(task));

    Block &b = ctx.resource(kContainersFile, QStringLiteral("aws_ecs_task_definition"), name, task);
    QString familyName = family; // letters, digits, hyphens and underscores, 255 at most
    for (QChar &c : familyName) {
        if (!(c.isLetterOrNumber() && c.unicode() < 128) && c != QLatin1Char('_'))
            c = QLatin1Char('-');
    }
    b.attribute(QStringLiteral("family"), ctx.prefixed(familyName.left(255 - TerraformContext::kPrefixLength)));
    b.attribute(QStringLiteral("requires_compatibilities"), Value::stringList({task.stringProp("launch_type")}));
    b.attribute(QStringLiteral("network_mode"), Value::string(task.stringProp("network_mode")));
    b.attribute(QStringLiteral("cpu"), Value::string(QString::number(task.intProp("cpu", 256))));
    b.attribute(QStringLiteral("memory"), Value::string(QString::number(task.intProp("memory", 512))));
    // the execution role pulls the images and writes the logs: a variable when the design names none
    b.attribute(QStringLiteral("execution_role_arn"), roleArn(ctx, task, "execution_role", QStringLiteral("to pull images and write logs")));
    if (const Component *role = ctx.resolve(task.stringProp("task_role"), {QStringLiteral("iam_role")}))
        b.attribute(QStringLiteral("task_role_arn"), TerraformContext::ref(QStringLiteral("aws_iam_role"), ctx.name(*role), QStringLiteral("arn")));
    b.blank().attribute(QStringLiteral("container_definitions"),
                        containerDefinitions(ctx, task, TerraformContext::ref(QStringLiteral("aws_cloudwatch_log_group"), name, QStringLiteral("name"))));
    b.blank().attribute(QStringLiteral("tags"), ctx.nameTag(task));

    // the execution role reads the database credentials when it starts the task, the task role
    // when the application reads them again after a rotation
    const std::vector<const Component *> databases = databasesOf(ctx, task);
    if (databases.empty())
        return;
    for (const char *roleKey : {"execution_role", "task_role"}) {
        const Component *role = ctx.resolve(task.stringProp(roleKey), {QStringLiteral("iam_role")});
        if (!role || (qstrcmp(roleKey, "task_role") == 0 && role->id == task.stringProp("execution_role")))
            continue;
        std::vector<Value> secrets;
        for (const Component *db : databases)
            secrets.push_back(databaseSecretArn(ctx, *db));
        const bool execution = qstrcmp(roleKey, "execution_role") == 0;
        Block &p = ctx.globalResource(QStringLiteral("iam.tf"), QStringLiteral("aws_iam_role_policy"),
                                      name + (execution ? QStringLiteral("_database_secrets") : QStringLiteral("_task_database_secrets")));
        p.attribute(QStringLiteral("name"), Value::string(QStringLiteral("read-database-secrets-") + awsName(task, 100)));
        p.attribute(QStringLiteral("role"), TerraformContext::ref(QStringLiteral("aws_iam_role"), ctx.name(*role), QStringLiteral("id")));
        p.attribute(QStringLiteral("policy"),
                    Value::call(QStringLiteral("jsonencode"),
                                Value::object({{QStringLiteral("Version"), Value::string(QStringLiteral("2012-10-17"))},
                                               {QStringLiteral("Statement"), Value::list({Value::object({
                                                    {QStringLiteral("Effect"), Value::string(QStringLiteral("Allow"))},
                                                    {QStringLiteral("Action"), Value::string(QStringLiteral("secretsmanager:GetSecretValue"))},
                                                    {QStringLiteral("Resource"), Value::list(std::move(secrets))}})})}})));
    }
}

/// The policies a service's tasks need before they start: attachments of its roles and the
/// inline policies written for it (database secrets).
std::vector<Value> policiesOfTasks(const TerraformContext &ctx, const Component &task)
{
    std::vector<Value> out;
    for (const char *roleKey : {"execution_role", "task_role"}) {
        const Component *role = ctx.resolve(task.stringProp(roleKey), {QStringLiteral("iam_role")});
        if (!role)
            continue;
        for (const QString &id : role->refsProp("policies")) {
            if (const Component *policy = ctx.resolve(id, {QStringLiteral("iam_policy")}))
                out.push_back(Value::expression(QStringLiteral("aws_iam_role_policy_attachment.") + ctx.name(*role) + QLatin1Char('_') + ctx.name(*policy)));
        }
        for (const QString &managed : role->refsProp("managed_policies"))
            out.push_back(Value::expression(QStringLiteral("aws_iam_role_policy_attachment.") + ctx.name(*role) + QLatin1Char('_')
                                            + TerraformNames::snakeCaseWords(managed.section(QLatin1Char('/'), -1))));
    }
    if (!databasesOf(ctx, task).empty()) {
        const Component *execution = ctx.resolve(task.stringProp("execution_role"), {QStringLiteral("iam_role")});
        const Component *taskRole = ctx.resolve(task.stringProp("task_role"), {QStringLiteral("iam_role")});
        if (execution)
            out.push_back(Value::expression(QStringLiteral("aws_iam_role_policy.") + ctx.name(task) + QStringLiteral("_database_secrets")));
        if (taskRole && (!execution || taskRole != execution))
            out.push_back(Value::expression(QStringLiteral("aws_iam_role_policy.") + ctx.name(task) + QStringLiteral("_task_database_secrets")));
    }
    return out;
}

void emitService(TerraformContext &ctx, const Component &service)
{
    const Component *cluster = ctx.resolve(service.parent, {QStringLiteral("ecs_cluster")});
    const Component *task = ctx.resolve(service.stringProp("task_definition"), {QStringLiteral("ecs_task_definition")});
    Block &b = ctx.resource(kContainersFile, QStringLiteral("aws_ecs_service"), ctx.name(service), service);
    b.attribute(QStringLiteral("name"), Value::string(awsName(service, 255)));
    if (cluster)
        b.attribute(QStringLiteral("cluster"), TerraformContext::ref(QStringLiteral("aws_ecs_cluster"), ctx.name(*cluster), QStringLiteral("id")));
    if (task)
        b.attribute(QStringLiteral("task_definition"), TerraformContext::ref(QStringLiteral("aws_ecs_task_definition"), ctx.name(*task), QStringLiteral("arn")));
    b.attribute(QStringLiteral("desired_count"), Value::number(service.intProp("desired_count", 1)));
    b.attribute(QStringLiteral("launch_type"), Value::string(service.stringProp("launch_type")));

    const Value subnets = referenceList(ctx, service, "subnets", {QStringLiteral("subnet")}, QStringLiteral("aws_subnet"), QStringLiteral("id"));
    if (!subnets.isEmptyList()) {
        b.blank();
        Block &net = b.block(QStringLiteral("network_configuration"));
        net.attribute(QStringLiteral("subnets"), subnets);
        const Value groups = referenceList(ctx, service, "security_groups", {QStringLiteral("security_group")},
                                           QStringLiteral("aws_security_group"), QStringLiteral("id"));
        if (!groups.isEmptyList())
            net.attribute(QStringLiteral("security_groups"), groups);
        net.attribute(QStringLiteral("assign_public_ip"), Value::boolean(service.boolProp("assign_public_ip")));
    }

    const Component *tg = ctx.resolve(service.stringProp("target_group"), {QStringLiteral("target_group")});
    if (tg && task) {
        // the container the load balancer sends to: as named, or the first one with a port
        QString containerName = service.stringProp("container_name");
        qint64 containerPort = service.intProp("container_port", -1);
        const nlohmann::json &containers = task->prop("containers");
        for (const nlohmann::json &c : containers.is_array() ? containers : nlohmann::json::array()) {
            const QString n = json::string(c, "name");
            const bool hasPort = c.contains("container_port") && c["container_port"].is_number_integer();
            if ((containerName.isEmpty() && hasPort) || (!containerName.isEmpty() && n == containerName)) {
                containerName = n;
                if (containerPort < 0 && hasPort)
                    containerPort = c["container_port"].get<qint64>();
                break;
            }
        }
        if (!containerName.isEmpty() && containerPort >= 0) {
            b.blank();
            Block &lb = b.block(QStringLiteral("load_balancer"));
            lb.attribute(QStringLiteral("target_group_arn"), TerraformContext::ref(QStringLiteral("aws_lb_target_group"), ctx.name(*tg), QStringLiteral("arn")));
            lb.attribute(QStringLiteral("container_name"), Value::string(containerName));
            lb.attribute(QStringLiteral("container_port"), Value::number(containerPort));
        }
    }
    const bool codeDeploy = codeDeployApplicationOf(ctx, service) != nullptr;
    if (codeDeploy) {
        b.blank();
        b.block(QStringLiteral("deployment_controller")).attribute(QStringLiteral("type"), Value::string(QStringLiteral("CODE_DEPLOY")));
    }
    b.blank().attribute(QStringLiteral("tags"), ctx.nameTag(service));
    // the target group must be attached to the load balancer before tasks register with it, and
    // the tasks' roles must have their policies before the first task starts
    std::vector<Value> dependencies;
    if (tg) {
        for (const QString &address : attachmentsOfTargetGroup(ctx, *tg))
            dependencies.push_back(Value::expression(address));
    }
    if (task) {
        for (Value &policy : policiesOfTasks(ctx, *task))
            dependencies.push_back(std::move(policy));
    }
    dependencies.push_back(ecsServiceLinkedRole(ctx));
    if (!dependencies.empty())
        b.blank().attribute(QStringLiteral("depends_on"), Value::list(std::move(dependencies)));
    // releases change what the pipeline deploys: the next plan must not roll them back
    std::vector<Value> ignored;
    if (codeDeploy || deployedByEcsAction(ctx, service))
        ignored.push_back(Value::expression(QStringLiteral("task_definition")));
    if (codeDeploy)
        ignored.push_back(Value::expression(QStringLiteral("load_balancer")));
    if (!ignored.empty()) {
        b.blank();
        b.block(QStringLiteral("lifecycle")).attribute(QStringLiteral("ignore_changes"), Value::list(std::move(ignored)));
    }
}

} // namespace

void addContainerEmitters(EmitterTable &table)
{
    table.insert(QStringLiteral("ecr_repository"), emitImageRepository);
    table.insert(QStringLiteral("ecs_cluster"), emitCluster);
    table.insert(QStringLiteral("ecs_task_definition"), emitTaskDefinition);
    table.insert(QStringLiteral("ecs_service"), emitService);
}

} // namespace kumo::tf
