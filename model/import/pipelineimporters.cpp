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

void importPipeline(ImportContext &ctx, const TfResource &r, Component *c)
{
    const QString name = attr::str(r.attributes, "name");
    if (!name.isEmpty() && c->name.isEmpty())
        c->name = name;
    setString(*c, "artifact_bucket", ctx.ref(r, QStringLiteral("artifact_store.location"), {QStringLiteral("s3_bucket")}));
    setString(*c, "role", ctx.ref(r, QStringLiteral("role_arn"), kRole));
    static const QStringList categories = {QStringLiteral("source"), QStringLiteral("build"), QStringLiteral("test"),
                                           QStringLiteral("deploy"), QStringLiteral("approval"), QStringLiteral("invoke")};
    static const QStringList providers = {QStringLiteral("CodeCommit"), QStringLiteral("GitHub"), QStringLiteral("S3"), QStringLiteral("ECR"),
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
    table.push_back(folds(QStringLiteral("aws_cloudwatch_event_rule"), QStringLiteral("codepipeline"), QStringLiteral("the trigger that starts it"), 1,
                          foldEventRule, {QStringLiteral("name")}));
    table.push_back(folds(QStringLiteral("aws_cloudwatch_event_target"), QStringLiteral("codepipeline"), QStringLiteral("the trigger that starts it"), 1,
                          foldEventTarget));
}

} // namespace kumo::tfimport
