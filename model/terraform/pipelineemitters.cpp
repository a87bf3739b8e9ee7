// cicd.tf: CodeCommit, CodeBuild, CodeDeploy and CodePipeline.
#include "emitters.h"

#include "jsonfields.h"

namespace kumo::tf {

namespace {

const QString kPipelineFile = QStringLiteral("cicd.tf");

void emitSourceRepository(TerraformContext &ctx, const Component &repo)
{
    const QString name = ctx.name(repo);
    Block &b = ctx.resource(kPipelineFile, QStringLiteral("aws_codecommit_repository"), name, repo);
    b.attribute(QStringLiteral("repository_name"), ctx.prefixed(awsName(repo, 100 - TerraformContext::kPrefixLength)));
    b.attribute(QStringLiteral("description"), Value::string(QStringLiteral("Source of %1").arg(repo.displayName())));
    b.blank().attribute(QStringLiteral("tags"), ctx.nameTag(repo));
    ctx.output(name + QStringLiteral("_clone_url"), QStringLiteral("HTTPS clone URL of %1").arg(repo.displayName()),
               TerraformContext::ref(QStringLiteral("aws_codecommit_repository"), name, QStringLiteral("clone_url_http")));
}

void emitBuildProject(TerraformContext &ctx, const Component &project)
{
    Block &b = ctx.resource(kPipelineFile, QStringLiteral("aws_codebuild_project"), ctx.name(project), project);
    b.attribute(QStringLiteral("name"), ctx.prefixed(awsName(project, 150 - TerraformContext::kPrefixLength)));
    b.attribute(QStringLiteral("service_role"), roleArn(ctx, project, "service_role", QStringLiteral("to build")));
    b.blank();
    b.block(QStringLiteral("artifacts")).attribute(QStringLiteral("type"), Value::string(QStringLiteral("CODEPIPELINE")));
    b.blank();
    Block &env = b.block(QStringLiteral("environment"));
    env.attribute(QStringLiteral("compute_type"), Value::string(project.stringProp("compute_type")));
    env.attribute(QStringLiteral("image"), Value::string(project.stringProp("image")));
    env.attribute(QStringLiteral("type"), Value::string(QStringLiteral("LINUX_CONTAINER")));
    env.attribute(QStringLiteral("privileged_mode"), Value::boolean(project.boolProp("privileged_mode")));
    b.blank();
    Block &source = b.block(QStringLiteral("source"));
    source.attribute(QStringLiteral("type"), Value::string(QStringLiteral("CODEPIPELINE")));
    source.attribute(QStringLiteral("buildspec"), Value::string(project.stringProp("buildspec")));
    b.blank().attribute(QStringLiteral("tags"), ctx.nameTag(project));
}

void emitDeployApplication(TerraformContext &ctx, const Component &app)
{
    const QString name = ctx.name(app);
    Block &b = ctx.resource(kPipelineFile, QStringLiteral("aws_codedeploy_app"), name, app);
    b.attribute(QStringLiteral("name"), ctx.prefixed(awsName(app, 100 - TerraformContext::kPrefixLength)));
    b.attribute(QStringLiteral("compute_platform"), Value::string(app.stringProp("compute_platform")));
    b.blank().attribute(QStringLiteral("tags"), ctx.nameTag(app));

    const Component *service = ctx.resolve(app.stringProp("ecs_service"), {QStringLiteral("ecs_service")});
    const Component *cluster = service ? ctx.resolve(service->parent, {QStringLiteral("ecs_cluster")}) : nullptr;
    Block &g = ctx.resource(kPipelineFile, QStringLiteral("aws_codedeploy_deployment_group"), name, app);
    g.attribute(QStringLiteral("app_name"), TerraformContext::ref(QStringLiteral("aws_codedeploy_app"), name, QStringLiteral("name")));
    g.attribute(QStringLiteral("deployment_group_name"), Value::string(awsName(app, 90) + QStringLiteral("-group")));
    g.attribute(QStringLiteral("service_role_arn"), roleArn(ctx, app, "service_role", QStringLiteral("to deploy")));
    if (!service || !cluster)
        return;
    g.attribute(QStringLiteral("deployment_config_name"), Value::string(QStringLiteral("CodeDeployDefault.ECSAllAtOnce")));
    g.blank();
    Block &style = g.block(QStringLiteral("deployment_style"));
    style.attribute(QStringLiteral("deployment_option"), Value::string(QStringLiteral("WITH_TRAFFIC_CONTROL")));
    style.attribute(QStringLiteral("deployment_type"), Value::string(QStringLiteral("BLUE_GREEN")));
    g.blank();
    Block &bg = g.block(QStringLiteral("blue_green_deployment_config"));
    bg.block(QStringLiteral("deployment_ready_option")).attribute(QStringLiteral("action_on_timeout"), Value::string(QStringLiteral("CONTINUE_DEPLOYMENT")));
    bg.blank();
    Block &terminate = bg.block(QStringLiteral("terminate_blue_instances_on_deployment_success"));
    terminate.attribute(QStringLiteral("action"), Value::string(QStringLiteral("TERMINATE")));
    terminate.attribute(QStringLiteral("termination_wait_time_in_minutes"), Value::number(5));
    g.blank();
    Block &ecs = g.block(QStringLiteral("ecs_service"));
    ecs.attribute(QStringLiteral("cluster_name"), TerraformContext::ref(QStringLiteral("aws_ecs_cluster"), ctx.name(*cluster), QStringLiteral("name")));
    ecs.attribute(QStringLiteral("service_name"), TerraformContext::ref(QStringLiteral("aws_ecs_service"), ctx.name(*service), QStringLiteral("name")));
    const Component *tg = ctx.resolve(service->stringProp("target_group"), {QStringLiteral("target_group")});
    const QString listener = tg ? productionListener(ctx, *tg) : QString();
    if (listener.isEmpty())
        return;
    g.blank();
    Block &pair = g.block(QStringLiteral("load_balancer_info")).block(QStringLiteral("target_group_pair_info"));
    // CodeDeploy shifts production traffic on exactly one listener
    pair.block(QStringLiteral("prod_traffic_route")).attribute(QStringLiteral("listener_arns"), Value::list({TerraformContext::ref(QStringLiteral("aws_lb_listener"), listener, QStringLiteral("arn"))}));
    pair.blank();
    pair.block(QStringLiteral("target_group")).attribute(QStringLiteral("name"), TerraformContext::ref(QStringLiteral("aws_lb_target_group"), ctx.name(*tg), QStringLiteral("name")));
    pair.blank();
    pair.block(QStringLiteral("target_group"))
        .attribute(QStringLiteral("name"), TerraformContext::ref(QStringLiteral("aws_lb_target_group"), ctx.name(*tg) + QStringLiteral("_green"), QStringLiteral("name")));
}

using json::strings;
/// Fills owner, provider and configuration of one pipeline action.
void describeAction(TerraformContext &ctx, const Component &pipeline, const nlohmann::json &action, Block &a)
{
    const QString provider = json::string(action, "provider");
    const Component *target = ctx.resolve(json::string(action, "target"));
    const QString targetName = target ? ctx.name(*target) : QString();
    QString awsProvider = provider;
    QString owner = QStringLiteral("AWS");
    std::vector<std::pair<QString, Value>> config;
    auto variable = [&](const QString &suffix, const QString &description) {
        return ctx.variable(ctx.name(pipeline) + QLatin1Char('_') + TerraformNames::snakeCase(json::string(action, "name")) + QLatin1Char('_') + suffix,
                            QStringLiteral("string"), description, nullptr);
    };
    if (provider == QLatin1String("CodeCommit")) {
        const QString branch = target ? target->stringProp("default_branch") : QStringLiteral("main");
        config.push_back({QStringLiteral("RepositoryName"),
                          target ? TerraformContext::ref(QStringLiteral("aws_codecommit_repository"), targetName, QStringLiteral("repository_name"))
                                 : variable(QStringLiteral("repository"), QStringLiteral("CodeCommit repository the pipeline reads"))});
        config.push_back({QStringLiteral("BranchName"), Value::string(branch)});
        if (target) // an EventBridge rule starts the pipeline on pushes (see startOnPush)
            config.push_back({QStringLiteral("PollForSourceChanges"), Value::string(QStringLiteral("false"))});
    } else if (provider == QLatin1String("GitHub") || provider == QLatin1String("GitLab") || provider == QLatin1String("Bitbucket")) {
        // through a CodeConnections connection, which someone authorises once in the console
        awsProvider = QStringLiteral("CodeStarSourceConnection");
        const QString connection = ctx.name(pipeline) + QLatin1Char('_') + TerraformNames::snakeCase(json::string(action, "name"));
        Block &cn = ctx.resource(kPipelineFile, QStringLiteral("aws_codestarconnections_connection"), connection, pipeline);
        // connection names are at most 32 characters
        const QString connectionName = awsNameOf(pipeline.displayName() + QLatin1Char('-') + json::string(action, "name"), 32 - TerraformContext::kPrefixLength);
        cn.attribute(QStringLiteral("name"), ctx.prefixed(connectionName.isEmpty() ? QStringLiteral("source") : connectionName));
        cn.attribute(QStringLiteral("provider_type"), Value::string(provider));
        cn.blank().attribute(QStringLiteral("tags"), ctx.nameTag(pipeline));
        ctx.output(connection + QStringLiteral("_connection_arn"),
                   QStringLiteral("Connection to %1: authorise it once in the console (Developer Tools > Settings > Connections), it stays PENDING until then").arg(provider),
                   TerraformContext::ref(QStringLiteral("aws_codestarconnections_connection"), connection, QStringLiteral("arn")));
        const QString repository = json::string(action, "repository");
        config.push_back({QStringLiteral("ConnectionArn"), TerraformContext::ref(QStringLiteral("aws_codestarconnections_connection"), connection, QStringLiteral("arn"))});
        config.push_back({QStringLiteral("FullRepositoryId"), repository.isEmpty()
                                                                  ? variable(QStringLiteral("repository"), QStringLiteral("%1 repository as owner/name").arg(provider))
                                                                  : Value::string(repository)});
        config.push_back({QStringLiteral("BranchName"), Value::string(json::string(action, "branch").isEmpty() ? QStringLiteral("main") : json::string(action, "branch"))});
        config.push_back({QStringLiteral("OutputArtifactFormat"), Value::string(QStringLiteral("CODE_ZIP"))});
    } else if (provider == QLatin1String("S3")) {
        const Value bucket = target && target->kind == QLatin1String("s3_bucket") ? TerraformContext::ref(QStringLiteral("aws_s3_bucket"), targetName, QStringLiteral("bucket"))
                                                                                  : variable(QStringLiteral("bucket"), QStringLiteral("S3 bucket of the action"));
        if (json::string(action, "category") == QLatin1String("deploy")) {
            config.push_back({QStringLiteral("BucketName"), bucket});
            config.push_back({QStringLiteral("Extract"), Value::string(QStringLiteral("true"))});
        } else {
            // a source object in a versioned bucket: each upload of a new version starts a release
            config.push_back({QStringLiteral("S3Bucket"), bucket});
            config.push_back({QStringLiteral("S3ObjectKey"), Value::string(json::string(action, "object_key").isEmpty() ? QStringLiteral("source.zip") : json::string(action, "object_key"))});
        }
    } else if (provider == QLatin1String("ECR")) {
        config.push_back({QStringLiteral("RepositoryName"),
                          target && target->kind == QLatin1String("ecr_repository") ? TerraformContext::ref(QStringLiteral("aws_ecr_repository"), targetName, QStringLiteral("name"))
                                                                                    : variable(QStringLiteral("repository"), QStringLiteral("ECR repository the pipeline watches"))});
        config.push_back({QStringLiteral("ImageTag"), Value::string(QStringLiteral("latest"))});
    } else if (provider == QLatin1String("CodeBuild")) {
        config.push_back({QStringLiteral("ProjectName"),
                          target && target->kind == QLatin1String("codebuild_project") ? TerraformContext::ref(QStringLiteral("aws_codebuild_project"), targetName, QStringLiteral("name"))
                                                                                       : variable(QStringLiteral("project"), QStringLiteral("CodeBuild project of the action"))});
    } else if (provider == QLatin1String("Jenkins")) {
        owner = QStringLiteral("Custom");
        config.push_back({QStringLiteral("ProjectName"), variable(QStringLiteral("project"), QStringLiteral("Jenkins project of the action"))});
    } else if (provider == QLatin1String("ECS") && !(target && target->kind == QLatin1String("ecs_service") && codeDeployApplicationOf(ctx, *target))) {
        const Component *cluster = target && target->kind == QLatin1String("ecs_service") ? ctx.resolve(target->parent, {QStringLiteral("ecs_cluster")}) : nullptr;
        config.push_back({QStringLiteral("ClusterName"), cluster ? TerraformContext::ref(QStringLiteral("aws_ecs_cluster"), ctx.name(*cluster), QStringLiteral("name"))
                                                                 : variable(QStringLiteral("cluster"), QStringLiteral("ECS cluster to deploy to"))});
        config.push_back({QStringLiteral("ServiceName"), cluster ? TerraformContext::ref(QStringLiteral("aws_ecs_service"), targetName, QStringLiteral("name"))
                                                                 : variable(QStringLiteral("service"), QStringLiteral("ECS service to deploy to"))});
        config.push_back({QStringLiteral("FileName"), Value::string(QStringLiteral("imagedefinitions.json"))});
    } else if (provider == QLatin1String("CodeDeploy") || provider == QLatin1String("ECS")) {
        // a service deployed by CodeDeploy (deployment controller CODE_DEPLOY) refuses the ECS action
        const Component *app = target && target->kind == QLatin1String("codedeploy_application") ? target
                               : target && target->kind == QLatin1String("ecs_service")         ? codeDeployApplicationOf(ctx, *target)
                                                                                                 : nullptr;
        const QString appName = app ? ctx.name(*app) : QString();
        if (app && app->stringProp("compute_platform") == QLatin1String("ECS")) {
            awsProvider = QStringLiteral("CodeDeployToECS");
            const QStringList inputs = strings(action, "input_artifacts");
            const QString artifact = inputs.value(0, QStringLiteral("BuildOutput"));
            config.push_back({QStringLiteral("ApplicationName"), TerraformContext::ref(QStringLiteral("aws_codedeploy_app"), appName, QStringLiteral("name"))});
            config.push_back({QStringLiteral("DeploymentGroupName"), TerraformContext::ref(QStringLiteral("aws_codedeploy_deployment_group"), appName, QStringLiteral("deployment_group_name"))});
            config.push_back({QStringLiteral("TaskDefinitionTemplateArtifact"), Value::string(artifact)});
            config.push_back({QStringLiteral("TaskDefinitionTemplatePath"), Value::string(QStringLiteral("taskdef.json"))});
            config.push_back({QStringLiteral("AppSpecTemplateArtifact"), Value::string(artifact)});
            config.push_back({QStringLiteral("AppSpecTemplatePath"), Value::string(app->stringProp("appspec"))});
            // the build writes imageDetail.json; <IMAGE1_NAME> in taskdef.json becomes that image
            config.push_back({QStringLiteral("Image1ArtifactName"), Value::string(artifact)});
            config.push_back({QStringLiteral("Image1ContainerName"), Value::string(QStringLiteral("IMAGE1_NAME"))});
        } else {
            awsProvider = QStringLiteral("CodeDeploy");
            config.push_back({QStringLiteral("ApplicationName"), app ? TerraformContext::ref(QStringLiteral("aws_codedeploy_app"), appName, QStringLiteral("name"))
                                                                     : variable(QStringLiteral("application"), QStringLiteral("CodeDeploy application"))});
            config.push_back({QStringLiteral("DeploymentGroupName"),
                              app ? TerraformContext::ref(QStringLiteral("aws_codedeploy_deployment_group"), appName, QStringLiteral("deployment_group_name"))
                                  : variable(QStringLiteral("deployment_group"), QStringLiteral("CodeDeploy deployment group"))});
        }
    } else if (provider == QLatin1String("Lambda")) {
        config.push_back({QStringLiteral("FunctionName"), variable(QStringLiteral("function"), QStringLiteral("Lambda function the pipeline invokes"))});
    } else if (provider == QLatin1String("StepFunctions")) {
        config.push_back({QStringLiteral("StateMachineArn"), variable(QStringLiteral("state_machine_arn"), QStringLiteral("State machine the pipeline starts"))});
    }
    a.attribute(QStringLiteral("owner"), Value::string(owner));
    a.attribute(QStringLiteral("provider"), Value::string(awsProvider));
    a.attribute(QStringLiteral("version"), Value::string(QStringLiteral("1")));
    const QStringList inputs = strings(action, "input_artifacts");
    const QStringList outputs = strings(action, "output_artifacts");
    if (!inputs.isEmpty())
        a.attribute(QStringLiteral("input_artifacts"), Value::stringList(inputs));
    if (!outputs.isEmpty())
        a.attribute(QStringLiteral("output_artifacts"), Value::stringList(outputs));
    if (!config.empty())
        a.attribute(QStringLiteral("configuration"), Value::object(std::move(config)));
}

/// An EventBridge rule that starts the pipeline when the branch of its CodeCommit source
/// changes (instead of polling), with the role EventBridge uses for that.
void startOnPush(TerraformContext &ctx, const Component &pipeline)
{
    const QString name = ctx.name(pipeline);
    const Component *repo = nullptr;
    const nlohmann::json &stages = pipeline.prop("stages");
    for (const nlohmann::json &stage : stages.is_array() ? stages : nlohmann::json::array()) {
        for (const nlohmann::json &action : json::list(stage, "actions")) {
            if (!repo && json::string(action, "provider") == QLatin1String("CodeCommit"))
                repo = ctx.resolve(json::string(action, "target"), {QStringLiteral("codecommit_repository")});
        }
    }
    if (!repo)
        return;
    const QString branch = repo->stringProp("default_branch");
    Block &rule = ctx.resource(kPipelineFile, QStringLiteral("aws_cloudwatch_event_rule"), name, pipeline);
    rule.attribute(QStringLiteral("name"), ctx.prefixed(awsName(pipeline, 64 - TerraformContext::kPrefixLength - 6) + QStringLiteral("-start")));
    rule.attribute(QStringLiteral("description"), Value::string(QStringLiteral("Start %1 on pushes to %2 of %3").arg(pipeline.displayName(), branch, repo->displayName())));
    rule.attribute(QStringLiteral("event_pattern"),
                   Value::call(QStringLiteral("jsonencode"),
                               Value::object({{QStringLiteral("source"), Value::stringList({QStringLiteral("aws.codecommit")})},
                                              {QStringLiteral("detail-type"), Value::stringList({QStringLiteral("CodeCommit Repository State Change")})},
                                              {QStringLiteral("resources"), Value::list({TerraformContext::ref(QStringLiteral("aws_codecommit_repository"), ctx.name(*repo), QStringLiteral("arn"))})},
                                              {QStringLiteral("detail"), Value::object({{QStringLiteral("event"), Value::stringList({QStringLiteral("referenceCreated"), QStringLiteral("referenceUpdated")})},
                                                                                        {QStringLiteral("referenceType"), Value::stringList({QStringLiteral("branch")})},
                                                                                        {QStringLiteral("referenceName"), Value::stringList({branch})}})}})));

    const QString role = name + QStringLiteral("_events");
    Block &r = ctx.globalResource(QStringLiteral("iam.tf"), QStringLiteral("aws_iam_role"), role);
    r.attribute(QStringLiteral("name"), ctx.prefixed(awsName(pipeline, 64 - TerraformContext::kPrefixLength - 7) + QStringLiteral("-events")));
    r.attribute(QStringLiteral("assume_role_policy"),
                Value::call(QStringLiteral("jsonencode"),
                            Value::object({{QStringLiteral("Version"), Value::string(QStringLiteral("2012-10-17"))},
                                           {QStringLiteral("Statement"), Value::list({Value::object({
                                                {QStringLiteral("Effect"), Value::string(QStringLiteral("Allow"))},
                                                {QStringLiteral("Principal"), Value::object({{QStringLiteral("Service"), Value::string(QStringLiteral("events.amazonaws.com"))}})},
                                                {QStringLiteral("Action"), Value::string(QStringLiteral("sts:AssumeRole"))}})})}})));
    Block &p = ctx.globalResource(QStringLiteral("iam.tf"), QStringLiteral("aws_iam_role_policy"), role);
    p.attribute(QStringLiteral("name"), Value::string(QStringLiteral("start-pipeline")));
    p.attribute(QStringLiteral("role"), TerraformContext::ref(QStringLiteral("aws_iam_role"), role, QStringLiteral("id")));
    p.attribute(QStringLiteral("policy"),
                Value::call(QStringLiteral("jsonencode"),
                            Value::object({{QStringLiteral("Version"), Value::string(QStringLiteral("2012-10-17"))},
                                           {QStringLiteral("Statement"), Value::list({Value::object({
                                                {QStringLiteral("Effect"), Value::string(QStringLiteral("Allow"))},
                                                {QStringLiteral("Action"), Value::string(QStringLiteral("codepipeline:StartPipelineExecution"))},
                                                {QStringLiteral("Resource"), TerraformContext::ref(QStringLiteral("aws_codepipeline"), name, QStringLiteral("arn"))}})})}})));

    Block &t = ctx.resource(kPipelineFile, QStringLiteral("aws_cloudwatch_event_target"), name, pipeline);
    t.attribute(QStringLiteral("rule"), TerraformContext::ref(QStringLiteral("aws_cloudwatch_event_rule"), name, QStringLiteral("name")));
    t.attribute(QStringLiteral("arn"), TerraformContext::ref(QStringLiteral("aws_codepipeline"), name, QStringLiteral("arn")));
    t.attribute(QStringLiteral("role_arn"), TerraformContext::ref(QStringLiteral("aws_iam_role"), role, QStringLiteral("arn")));
}

void emitPipeline(TerraformContext &ctx, const Component &pipeline)
{
    Block &b = ctx.resource(kPipelineFile, QStringLiteral("aws_codepipeline"), ctx.name(pipeline), pipeline);
    b.attribute(QStringLiteral("name"), ctx.prefixed(awsName(pipeline, 100 - TerraformContext::kPrefixLength)));
    b.attribute(QStringLiteral("pipeline_type"), Value::string(QStringLiteral("V2")));
    b.attribute(QStringLiteral("role_arn"), roleArn(ctx, pipeline, "role", QStringLiteral("to run")));
    b.blank();
    Block &store = b.block(QStringLiteral("artifact_store"));
    if (const Component *bucket = ctx.resolve(pipeline.stringProp("artifact_bucket"), {QStringLiteral("s3_bucket")}))
        store.attribute(QStringLiteral("location"), TerraformContext::ref(QStringLiteral("aws_s3_bucket"), ctx.name(*bucket), QStringLiteral("bucket")));
    else
        store.attribute(QStringLiteral("location"), ctx.variable(ctx.name(pipeline) + QStringLiteral("_artifact_bucket"), QStringLiteral("string"),
                                                                 QStringLiteral("Bucket for the artifacts of %1").arg(pipeline.displayName()), nullptr));
    store.attribute(QStringLiteral("type"), Value::string(QStringLiteral("S3")));

    const nlohmann::json &stages = pipeline.prop("stages");
    for (const nlohmann::json &stage : stages.is_array() ? stages : nlohmann::json::array()) {
        if (!stage.is_object())
            continue;
        b.blank();
        Block &s = b.block(QStringLiteral("stage"));
        s.attribute(QStringLiteral("name"), Value::string(json::string(stage, "name")));
        const nlohmann::json actions = stage.contains("actions") && stage["actions"].is_array() ? stage["actions"] : nlohmann::json::array();
        for (const nlohmann::json &action : actions) {
            s.blank();
            Block &a = s.block(QStringLiteral("action"));
            a.attribute(QStringLiteral("name"), Value::string(json::string(action, "name")));
            QString category = json::string(action, "category");
            if (!category.isEmpty())
                category[0] = category[0].toUpper();
            a.attribute(QStringLiteral("category"), Value::string(category));
            describeAction(ctx, pipeline, action, a);
        }
    }
    b.blank().attribute(QStringLiteral("tags"), ctx.nameTag(pipeline));
    startOnPush(ctx, pipeline);
}

} // namespace

void addPipelineEmitters(EmitterTable &table)
{
    table.insert(QStringLiteral("codecommit_repository"), emitSourceRepository);
    table.insert(QStringLiteral("codebuild_project"), emitBuildProject);
    table.insert(QStringLiteral("codedeploy_application"), emitDeployApplication);
    table.insert(QStringLiteral("codepipeline"), emitPipeline);
}

} // namespace kumo::tf
