// The inverse of containers.tf: ECR repositories, ECS clusters, task definitions and services.
#include "importers.h"

#include <QRegularExpression>

namespace kumo::tfimport {

using json = nlohmann::json;

namespace {

void importImageRepository(ImportContext &ctx, const TfResource &r, Component *c)
{
    setString(*c, "image_tag_mutability", attr::str(r.attributes, "image_tag_mutability"));
    if (const auto scan = attr::boolean(attr::block(r.attributes, "image_scanning_configuration"), "scan_on_push"))
        c->props["scan_on_push"] = *scan;
    ctx.placeInRegion(*c, r);
}

void importCluster(ImportContext &ctx, const TfResource &r, Component *c)
{
    for (const json &setting : attr::blocks(r.attributes, "setting")) {
        if (attr::str(setting, "name") == QLatin1String("containerInsights"))
            c->props["container_insights"] = attr::str(setting, "value") != QLatin1String("disabled");
    }
    ctx.placeInRegion(*c, r);
}

bool looksSecret(const QString &name)
{
    static const QRegularExpression pattern(QStringLiteral("PASSWORD|PASSWD|SECRET|TOKEN|PRIVATE_KEY|API_KEY|CREDENTIAL"),
                                            QRegularExpression::CaseInsensitiveOption);
    return pattern.match(name).hasMatch();
}

/// An image in an ECR repository of the inputs becomes "<repository id>:<tag>".
QString imageOf(ImportContext &ctx, const QString &image)
{
    const qsizetype slash = image.indexOf(QLatin1Char('/'));
    if (slash < 0)
        return image;
    qsizetype cut = image.indexOf(QLatin1Char('@'), slash);
    if (cut < 0)
        cut = image.indexOf(QLatin1Char(':'), slash);
    const QString url = cut < 0 ? image : image.left(cut);
    const QString repo = ctx.componentForValue(url, {QStringLiteral("ecr_repository")});
    if (repo.isEmpty())
        return image;
    return repo + (cut < 0 ? QStringLiteral(":latest") : image.mid(cut));
}

/// The variables and secrets the export writes for a container's database.
const QStringList kDatabaseVariables = {QStringLiteral("DB_HOST"), QStringLiteral("DB_PORT"), QStringLiteral("DB_SECRET_ARN")};
const QStringList kDatabaseSecrets = {QStringLiteral("DB_USERNAME"), QStringLiteral("DB_PASSWORD")};

/// The database (component id) a container definition talks to: one whose address is the value
/// of a variable, or whose managed master secret the container's secrets read.
QString databaseOf(ImportContext &ctx, const json &definition)
{
    QStringList values;
    for (const json &e : attr::blocks(definition, "environment"))
        values << attr::str(e, "value");
    QStringList secrets;
    for (const json &s : attr::blocks(definition, "secrets"))
        secrets << attr::str(s, "valueFrom");
    for (const TfResource *db : ctx.resources()) {
        if (db->type != QLatin1String("aws_db_instance"))
            continue;
        const QString id = ctx.componentIdFor(*db, {QStringLiteral("rds_instance")});
        if (id.isEmpty())
            continue;
        const QString address = attr::str(db->attributes, "address");
        const QString endpoint = attr::str(db->attributes, "endpoint").section(QLatin1Char(':'), 0, 0);
        for (const QString &value : values) {
            if (!value.isEmpty() && (value == address || value == endpoint))
                return id;
        }
        const QString secret = attr::str(attr::block(db->attributes, "master_user_secret"), "secret_arn");
        for (const QString &from : secrets) {
            if (!secret.isEmpty() && from.startsWith(secret))
                return id;
        }
    }
    return {};
}

json containersOf(ImportContext &ctx, const TfResource &r, const json &definitions)
{
    json containers = json::array();
    for (const json &d : definitions) {
        if (!d.is_object())
            continue;
        json c = json::object();
        const QString name = attr::str(d, "name");
        c["name"] = name.toStdString();
        c["image"] = imageOf(ctx, attr::str(d, "image")).toStdString();
        const json &mapping = attr::block(d, "portMappings");
        if (const auto port = attr::integer(mapping, "containerPort")) {
            c["container_port"] = *port;
            const auto host = attr::integer(mapping, "hostPort");
            if (host && *host != *port && *host != 0)
                c["host_port"] = *host;
        }
        if (const auto essential = attr::boolean(d, "essential"); essential && !*essential)
            c["essential"] = false;
        // the database the container talks to: the export gives it DB_HOST (the address) and the
        // credentials from the database's secret; those variables come back as the reference
        const QString database = databaseOf(ctx, d);
        if (!database.isEmpty())
            c["database"] = database.toStdString();
        json env = json::object();
        for (const json &e : attr::blocks(d, "environment")) {
            const QString key = attr::str(e, "name");
            if (key.isEmpty() || (!database.isEmpty() && kDatabaseVariables.contains(key)))
                continue;
            if (looksSecret(key)) {
                ctx.secretNotCopied(r, QStringLiteral("container_definitions[%1].environment.%2").arg(name, key));
                continue;
            }
            env[key.toStdString()] = attr::str(e, "value").toStdString();
        }
        if (!env.empty())
            c["environment"] = std::move(env);
        for (const json &s : attr::blocks(d, "secrets")) {
            const QString key = attr::str(s, "name");
            if (database.isEmpty() || !kDatabaseSecrets.contains(key))
                ctx.secretNotCopied(r, QStringLiteral("container_definitions[%1].secrets.%2").arg(name, key));
        }
        containers.push_back(std::move(c));
    }
    return containers;
}

void importTaskDefinition(ImportContext &ctx, const TfResource &r, Component *c)
{
    const QString family = attr::str(r.attributes, "family");
    if (!family.isEmpty()) {
        c->name = family;
        c->props["family"] = family.toStdString();
    }
    if (const auto cpu = attr::integer(r.attributes, "cpu"))
        c->props["cpu"] = *cpu;
    if (const auto memory = attr::integer(r.attributes, "memory"))
        c->props["memory"] = *memory;
    const QStringList compatibilities = attr::strings(r.attributes, "requires_compatibilities");
    if (!compatibilities.isEmpty())
        c->props["launch_type"] = compatibilities.contains(QStringLiteral("FARGATE")) ? "FARGATE" : "EC2";
    setString(*c, "network_mode", attr::str(r.attributes, "network_mode"));
    setString(*c, "execution_role", ctx.ref(r, QStringLiteral("execution_role_arn"), kRole));
    setString(*c, "task_role", ctx.ref(r, QStringLiteral("task_role_arn"), kRole));
    const QString definitions = attr::str(r.attributes, "container_definitions");
    json parsed = json::parse(definitions.toStdString(), nullptr, false);
    if (parsed.is_array() && !parsed.empty()) {
        c->props["containers"] = containersOf(ctx, r, parsed);
    } else {
        // unknown until applied (it names an image of a repository being created): one container
        // running the repository the configuration refers to
        const QString repo = ctx.ref(r, QStringLiteral("container_definitions"), {QStringLiteral("ecr_repository")});
        json container = json{{"name", (family.isEmpty() ? c->id : family).toStdString()},
                              {"image", (repo.isEmpty() ? QStringLiteral("unknown") : repo + QStringLiteral(":latest")).toStdString()}};
        c->props["containers"] = json::array({container});
        ctx.assume(tfimport::tr("%1: the container definitions are not known until applied; one container assumed").arg(r.address));
    }
    ctx.placeInRegion(*c, r); // moved into the cluster of a service that runs it, when there is one
}

QString taskDefinitionOf(ImportContext &ctx, const TfResource &r)
{
    const QStringList kinds = {QStringLiteral("ecs_task_definition")};
    QString task = ctx.ref(r, QStringLiteral("task_definition"), kinds);
    if (!task.isEmpty())
        return task;
    // "family" or "family:revision"
    const QString value = attr::str(r.attributes, "task_definition");
    for (const TfResource *t : ctx.lookup(value.section(QLatin1Char(':'), 0, 0), {QStringLiteral("aws_ecs_task_definition")})) {
        task = ctx.componentIdFor(*t, kinds);
        if (!task.isEmpty())
            return task;
    }
    return {};
}

void importService(ImportContext &ctx, const TfResource &r, Component *c)
{
    setString(*c, "task_definition", taskDefinitionOf(ctx, r));
    if (const auto count = attr::integer(r.attributes, "desired_count"))
        c->props["desired_count"] = *count;
    setString(*c, "launch_type", attr::str(r.attributes, "launch_type"));
    setRefs(*c, "subnets", subnetsOf(ctx, r, QStringLiteral("network_configuration.subnets")));
    setRefs(*c, "security_groups", ctx.refs(r, QStringLiteral("network_configuration.security_groups"), {QStringLiteral("security_group")}));
    if (attr::boolean(attr::block(r.attributes, "network_configuration"), "assign_public_ip").value_or(false))
        c->props["assign_public_ip"] = true;
    const QString tg = ctx.ref(r, QStringLiteral("load_balancer.target_group_arn"), {QStringLiteral("target_group")});
    if (!tg.isEmpty()) {
        c->props["target_group"] = tg.toStdString();
        const json &lb = attr::block(r.attributes, "load_balancer");
        setString(*c, "container_name", attr::str(lb, "container_name"));
        if (const auto port = attr::integer(lb, "container_port"))
            c->props["container_port"] = *port;
    }
    placeIn(ctx, *c, ctx.ref(r, QStringLiteral("cluster"), {QStringLiteral("ecs_cluster")}), tfimport::tr("its cluster is not in the inputs"));
}

/// A log group that task definitions write to (the export writes one per task definition).
void foldLogGroup(ImportContext &ctx, const TfResource &r, Component *)
{
    const QString name = attr::str(r.attributes, "name");
    const std::string quoted = "\"" + name.toStdString() + "\"";
    for (const TfResource *task : ctx.resources()) {
        if (task->type != QLatin1String("aws_ecs_task_definition") || name.isEmpty())
            continue;
        const QString id = ctx.componentIdFor(*task, {QStringLiteral("ecs_task_definition")});
        if (!id.isEmpty() && attr::str(task->attributes, "container_definitions").toStdString().find(quoted) != std::string::npos)
            return ctx.fold(r, id);
    }
    ctx.skip(r, tfimport::tr("log groups are not modelled (only those of task definitions, which the export writes)"));
}

/// Task definitions are drawn in the cluster of the first service that runs them.
void placeTaskDefinitions(ImportContext &ctx)
{
    for (const Component &service : ctx.components()) {
        if (service.kind != QLatin1String("ecs_service") || service.parent.isEmpty())
            continue;
        Component *task = ctx.component(service.stringProp("task_definition"));
        const Component *parent = task ? ctx.component(task->parent) : nullptr;
        if (task && (!parent || parent->kind == QLatin1String("region")))
            task->parent = service.parent;
    }
}

} // namespace

void addContainerImporters(ImportTable &table, std::vector<Finisher> &finishers)
{
    table.push_back(maps(QStringLiteral("aws_ecr_repository"), QStringLiteral("ecr_repository"), {QStringLiteral("name"), QStringLiteral("repository_url")}, importImageRepository));
    table.push_back(maps(QStringLiteral("aws_ecs_cluster"), QStringLiteral("ecs_cluster"), {QStringLiteral("name")}, importCluster));
    table.push_back(maps(QStringLiteral("aws_ecs_task_definition"), QStringLiteral("ecs_task_definition"), {QStringLiteral("family"), QStringLiteral("arn_without_revision")}, importTaskDefinition));
    table.push_back(maps(QStringLiteral("aws_ecs_service"), QStringLiteral("ecs_service"), {QStringLiteral("name")}, importService));
    table.push_back(skips(QStringLiteral("aws_ecs_cluster_capacity_providers"), QStringLiteral("ecs_cluster"), QStringLiteral("capacity providers are not modelled")));
    table.push_back(folds(QStringLiteral("aws_cloudwatch_log_group"), QStringLiteral("ecs_task_definition"), QStringLiteral("container logs"), 1, foldLogGroup));
    finishers.push_back(placeTaskDefinitions);
}

} // namespace kumo::tfimport
