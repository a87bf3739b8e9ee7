// The inverse of cicd.tf: CodeCommit, CodeBuild, CodeDeploy and CodePipeline.
#include "importers.h"

namespace kumo::tfimport {

using json = nlohmann::json;

namespace {

void importSourceRepository(ImportContext &ctx, const TfResource &r, Component *c)
{
    const QString name = attr::str(r.attributes, "repository_name");
    if (!name.isEmpty() && c->name.isEmpty())
        c->name = name;
    setString(*c, "default_branch", attr::str(r.attributes, "default_branch"));
    ctx.placeInRegion(*c, r);
}

void importBuildProject(ImportContext &ctx, const TfResource &r, Component *c)
{
    const QString name = attr::str(r.attributes, "name");
    if (!name.isEmpty() && c->name.isEmpty())
        c->name = name;
    const json &env = attr::block(r.attributes, "environment");
    setString(*c, "image", attr::str(env, "image"));
    setString(*c, "compute_type", attr::str(env, "compute_type"));
    if (const auto privileged = attr::boolean(env, "privileged_mode"))
        c->props["privileged_mode"] = *privileged;
    setString(*c, "buildspec", attr::str(attr::block(r.attributes, "source"), "buildspec"));
    setString(*c, "service_role", ctx.ref(r, QStringLiteral("service_role"), kRole));
    ctx.placeInRegion(*c, r);
}

void importDeployApplication(ImportContext &ctx, const TfResource &r, Component *c)
{
    const QString name = attr::str(r.attributes, "name");
    if (!name.isEmpty() && c->name.isEmpty())
        c->name = name;
    setString(*c, "compute_platform", attr::str(r.attributes, "compute_platform"));
    ctx.placeInRegion(*c, r);
}

void foldDeploymentGroup(ImportContext &ctx, const TfResource &r, Component *)
{
    const QString appId = ctx.ref(r, QStringLiteral("app_name"), {QStringLiteral("codedeploy_application")});
    Component *app = ctx.component(appId);
    if (!app)
        return ctx.skip(r, tfimport::tr("its application is not in the inputs"));
    setString(*app, "service_role", ctx.ref(r, QStringLiteral("service_role_arn"), kRole));
    setString(*app, "ecs_service", ctx.ref(r, QStringLiteral("ecs_service.service_name"), {QStringLiteral("ecs_service")}));
    ctx.fold(r, appId);
}

/// What a pipeline action acts on, from its configuration.
QString actionTarget(ImportContext &ctx, const QString &provider, const json &configuration)
{
    struct Key
    {
        const char *provider;
        const char *key;
        const char *kind;
    };
    static const Key keys[] = {
        {"CodeCommit", "RepositoryName", "codecommit_repository"}, {"CodeBuild", "ProjectName", "codebuild_project"},
        {"ECS", "ServiceName", "ecs_service"},                     {"CodeDeploy", "ApplicationName", "codedeploy_application"},
        {"CodeDeployToECS", "ApplicationName", "codedeploy_application"}, {"ECR", "RepositoryName", "ecr_repository"},
        {"S3", "S3Bucket", "s3_bucket"},                           {"S3", "BucketName", "s3_bucket"},
    };
    for (const Key &k : keys) {
        if (provider != QLatin1String(k.provider))
            continue;
        const QString id = ctx.componentForValue(attr::str(configuration, k.key), {QString::fromLatin1(k.kind)});
        if (!id.isEmpty())
            return id;
    }
    return {};
}

/// The CodeConnections connection a source action names by ARN; the only one in the inputs when
/// the ARN is not known yet (a plan).
const TfResource *sourceConnection(ImportContext &ctx, const QString &arn)
{
    const QStringList type = {QStringLiteral("aws_codestarconnections_connection")};
    if (!arn.isEmpty()) {
        if (const auto found = ctx.lookup(arn, type); !found.empty())
            return found.front();
    }
    const TfResource *only = nullptr;
    for (const TfResource *t : ctx.resources()) {
        if (t->type != type.front() || !t->isManaged())
            continue;
        if (only)
            return nullptr;
        only = t;
    }
    return only;
}

/// A source action through a connection: the host (GitHub, GitLab, Bitbucket), repository and branch.
void readConnectionSource(ImportContext &ctx, const nlohmann::json &configuration, nlohmann::json &action, QString &provider)
{
    if (const TfResource *connection = sourceConnection(ctx, attr::str(configuration, "ConnectionArn"))) {
        const QString host = attr::str(connection->attributes, "provider_type");
        if (host == QLatin1String("GitLab") || host == QLatin1String("Bitbucket"))
            provider = host; // GitHub and GitHub Enterprise Server stay GitHub
    }
    if (const QString repository = attr::str(configuration, "FullRepositoryId"); !repository.isEmpty())
        action["repository"] = repository.toStdString();
    if (const QString branch = attr::str(configuration, "BranchName"); !branch.isEmpty() && branch != QLatin1String("main"))
        action["branch"] = branch.toStdString(); // main is what an action without a branch means
}

void importPipeline(ImportContext &ctx, const TfResource &r, Component *c)
{
    const QString name = attr::str(r.attributes, "name");
    if (!name.isEmpty() && c->name.isEmpty())
        c->name = name;
    setString(*c, "artifact_bucket", ctx.ref(r, QStringLiteral("artifact_store.location"), {QStringLiteral("s3_bucket")}));
    setString(*c, "role", ctx.ref(r, QStringLiteral("role_arn"), kRole));
    static const QStringList categories = {QStringLiteral("source"), QStringLiteral("build"), QStringLiteral("test"),
                                           QStringLiteral("deploy"), QStringLiteral("approval"), QStringLiteral("invoke")};
    static const QStringList providers = {QStringLiteral("CodeCommit"), QStringLiteral("GitHub"), QStringLiteral("GitLab"), QStringLiteral("Bitbucket"),
                                          QStringLiteral("S3"), QStringLiteral("ECR"),
                                          QStringLiteral("CodeBuild"), QStringLiteral("Jenkins"), QStringLiteral("CodeDeploy"), QStringLiteral("ECS"),
                                          QStringLiteral("Manual"), QStringLiteral("Lambda"), QStringLiteral("StepFunctions")};
    json stages = json::array();
    for (const json &stage : attr::blocks(r.attributes, "stage")) {
        json actions = json::array();
        for (const json &action : attr::blocks(stage, "action")) {
            const QString awsProvider = attr::str(action, "provider");
            QString provider = awsProvider;
            if (provider == QLatin1String("CodeStarSourceConnection") || provider == QLatin1String("GitHub"))
                provider = QStringLiteral("GitHub");
            else if (provider == QLatin1String("CodeDeployToECS"))
                provider = QStringLiteral("CodeDeploy");
            json a = json::object();
            a["name"] = attr::str(action, "name").toStdString();
            const QString category = attr::str(action, "category").toLower();
            if (categories.contains(category))
                a["category"] = category.toStdString();
            if (awsProvider == QLatin1String("CodeStarSourceConnection"))
                readConnectionSource(ctx, attr::block(action, "configuration"), a, provider);
            if (providers.contains(provider))
                a["provider"] = provider.toStdString();
            const QString target = actionTarget(ctx, awsProvider, attr::block(action, "configuration"));
            if (!target.isEmpty())
                a["target"] = target.toStdString();
            const QStringList inputs = attr::strings(action, "input_artifacts");
            const QStringList outputs = attr::strings(action, "output_artifacts");
            for (const QString &i : inputs)
                a["input_artifacts"].push_back(i.toStdString()); // null becomes a list
            for (const QString &o : outputs)
                a["output_artifacts"].push_back(o.toStdString());
            actions.push_back(std::move(a));
        }
        stages.push_back(json{{"name", attr::str(stage, "name").toStdString()}, {"actions", std::move(actions)}});
    }
    if (!stages.empty())
        c->props["stages"] = std::move(stages);
    ctx.placeInRegion(*c, r);
}

/// The pipeline an EventBridge target starts.
QString pipelineOfTarget(ImportContext &ctx, const TfResource &target)
{
    return ctx.ref(target, QStringLiteral("arn"), {QStringLiteral("codepipeline")});
}

std::vector<const TfResource *> eventTargets(ImportContext &ctx)
{
    std::vector<const TfResource *> out;
    for (const TfResource *t : ctx.resources()) {
        if (t->type == QLatin1String("aws_cloudwatch_event_target") && t->isManaged())
            out.push_back(t);
    }
    return out;
}

void foldEventTarget(ImportContext &ctx, const TfResource &r, Component *)
{
    const QString pipeline = pipelineOfTarget(ctx, r);
    if (pipeline.isEmpty())
        return ctx.skip(r, tfimport::tr("only EventBridge targets that start a pipeline are modelled"));
    ctx.fold(r, pipeline);
}

void foldEventRule(ImportContext &ctx, const TfResource &r, Component *)
{
    const QString name = attr::str(r.attributes, "name");
    for (const TfResource *t : eventTargets(ctx)) {
        const QString pipeline = pipelineOfTarget(ctx, *t);
        const bool ofRule = (!name.isEmpty() && attr::str(t->attributes, "rule") == name)
                            || !ctx.referenced(*t, QStringLiteral("rule"), {QStringLiteral("aws_cloudwatch_event_rule")}).empty();
        if (ofRule && !pipeline.isEmpty())
            return ctx.fold(r, pipeline);
    }
    ctx.skip(r, tfimport::tr("only EventBridge rules that start a pipeline are modelled"));
}

/// A connection belongs to the pipeline whose source action uses it.
void foldConnection(ImportContext &ctx, const TfResource &r, Component *)
{
    for (const TfResource *p : ctx.resources()) {
        if (p->type != QLatin1String("aws_codepipeline") || !p->isManaged())
            continue;
        for (const nlohmann::json &stage : attr::blocks(p->attributes, "stage")) {
            for (const nlohmann::json &action : attr::blocks(stage, "action")) {
                if (attr::str(action, "provider") != QLatin1String("CodeStarSourceConnection"))
                    continue;
                const nlohmann::json &configuration = attr::block(action, "configuration");
                if (sourceConnection(ctx, attr::str(configuration, "ConnectionArn")) != &r)
                    continue;
                if (const QString pipeline = ctx.componentIdFor(*p, {QStringLiteral("codepipeline")}); !pipeline.isEmpty())
                    return ctx.fold(r, pipeline);
            }
        }
    }
    ctx.skip(r, tfimport::tr("only connections that a pipeline's source action uses are modelled"));
}

} // namespace

const TfResource *pipelineResourceTriggeredWith(ImportContext &ctx, const TfResource &role)
{
    for (const TfResource *t : eventTargets(ctx)) {
        for (const TfResource *used : ctx.referenced(*t, QStringLiteral("role_arn"), {QStringLiteral("aws_iam_role")})) {
            const auto pipelines = ctx.referenced(*t, QStringLiteral("arn"), {QStringLiteral("aws_codepipeline")});
            if (used == &role && !pipelines.empty())
                return pipelines.front();
        }
    }
    return nullptr;
}

/// The pipeline whose EventBridge trigger assumes @p role, or empty.
QString pipelineTriggeredWith(ImportContext &ctx, const TfResource &role)
{
    const TfResource *pipeline = pipelineResourceTriggeredWith(ctx, role);
    return pipeline ? ctx.componentIdFor(*pipeline, {QStringLiteral("codepipeline")}) : QString();
}

bool triggersPipeline(ImportContext &ctx, const TfResource &role)
{
    return pipelineResourceTriggeredWith(ctx, role) != nullptr;
}

void addPipelineImporters(ImportTable &table, std::vector<Finisher> &)
{
    table.push_back(maps(QStringLiteral("aws_codecommit_repository"), QStringLiteral("codecommit_repository"), {QStringLiteral("repository_name")}, importSourceRepository));
    table.push_back(maps(QStringLiteral("aws_codebuild_project"), QStringLiteral("codebuild_project"), {QStringLiteral("name")}, importBuildProject));
    table.push_back(maps(QStringLiteral("aws_codedeploy_app"), QStringLiteral("codedeploy_application"), {QStringLiteral("name")}, importDeployApplication));
    table.push_back(folds(QStringLiteral("aws_codedeploy_deployment_group"), QStringLiteral("codedeploy_application"), QStringLiteral("ecs_service, service_role"), 1, foldDeploymentGroup));
    table.push_back(maps(QStringLiteral("aws_codepipeline"), QStringLiteral("codepipeline"), {QStringLiteral("name")}, importPipeline));
    table.push_back(folds(QStringLiteral("aws_codestarconnections_connection"), QStringLiteral("codepipeline"),
                          QStringLiteral("the connection of its source action (GitHub, GitLab, Bitbucket)"), 2, foldConnection, {QStringLiteral("name")}));
    table.push_back(folds(QStringLiteral("aws_cloudwatch_event_rule"), QStringLiteral("codepipeline"), QStringLiteral("the trigger that starts it"), 1,
                          foldEventRule, {QStringLiteral("name")}));
    table.push_back(folds(QStringLiteral("aws_cloudwatch_event_target"), QStringLiteral("codepipeline"), QStringLiteral("the trigger that starts it"), 1,
                          foldEventTarget));
}

} // namespace kumo::tfimport
