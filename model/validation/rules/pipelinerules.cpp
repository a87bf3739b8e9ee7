// Delivery pipelines: CodePipeline stages, actions and artifacts.
#include "rulehelpers.h"
#include "rulesets.h"

#include "jsonfields.h"
#include "ruletext.h"

#include "validation/validationcontext.h"

#include <QHash>
#include <QSet>

namespace kumo::rules {

namespace {

using json::strings;
nlohmann::json stagesOf(const Component &pipeline)
{
    const nlohmann::json s = pipeline.prop("stages");
    return s.is_array() ? s : nlohmann::json::array();
}

const nlohmann::json &actionsOf(const nlohmann::json &stage)
{
    return json::list(stage, "actions");
}

QString stageName(const nlohmann::json &stage, size_t index)
{
    const QString name = json::string(stage, "name");
    return name.isEmpty() ? msg("stage #%1").arg(index + 1) : name;
}

void checkStageCount(const ValidationContext &ctx, FindingSink &sink)
{
    for (const Component *p : ctx.ofKind(kPipeline)) {
        const size_t count = stagesOf(*p).size();
        if (count < 2)
            sink.report({p->id}, msg("pipeline %1 has %n stage(s); a pipeline needs two at least", nullptr, int(count)).arg(p->displayName()));
    }
}

void checkSourceFirst(const ValidationContext &ctx, FindingSink &sink)
{
    for (const Component *p : ctx.ofKind(kPipeline)) {
        const nlohmann::json stages = stagesOf(*p);
        for (size_t i = 0; i < stages.size(); ++i) {
            const nlohmann::json actions = actionsOf(stages[i]);
            if (i == 0 && actions.empty())
                sink.report({p->id}, msg("the first stage of pipeline %1 has no source action").arg(p->displayName()));
            for (const nlohmann::json &a : actions) {
                const bool source = json::string(a, "category") == QLatin1String("source");
                if (i == 0 && !source)
                    sink.report({p->id}, msg("the first stage of pipeline %1 holds %2 action %3; it may hold only source actions")
                                             .arg(p->displayName(), json::string(a, "category"), json::string(a, "name")));
                else if (i > 0 && source)
                    sink.report({p->id}, msg("source action %1 of pipeline %2 is in stage %3; source actions belong in the first stage")
                                             .arg(json::string(a, "name"), p->displayName(), stageName(stages[i], i)));
            }
        }
    }
}

void checkArtifacts(const ValidationContext &ctx, FindingSink &sink)
{
    for (const Component *p : ctx.ofKind(kPipeline)) {
        const nlohmann::json stages = stagesOf(*p);
        QSet<QString> earlier; // outputs of the stages before the current one
        QSet<QString> outputs; // every output so far
        for (size_t i = 0; i < stages.size(); ++i) {
            QSet<QString> produced;
            for (const nlohmann::json &a : actionsOf(stages[i])) {
                for (const QString &in : strings(a, "input_artifacts")) {
                    if (!earlier.contains(in))
                        sink.report({p->id}, msg("action %1 in stage %2 of pipeline %3 reads artifact %4, which no earlier stage produces")
                                                 .arg(json::string(a, "name"), stageName(stages[i], i), p->displayName(), in));
                }
                for (const QString &out : strings(a, "output_artifacts")) {
                    if (outputs.contains(out))
                        sink.report({p->id}, msg("artifact %1 is produced twice in pipeline %2 (again by action %3)")
                                                 .arg(out, p->displayName(), json::string(a, "name")));
                    outputs.insert(out);
                    produced.insert(out);
                }
            }
            earlier.unite(produced);
        }
    }
}

const QHash<QString, QStringList> &providersByCategory()
{
    static const QHash<QString, QStringList> table = {
        {QStringLiteral("source"), {QStringLiteral("CodeCommit"), QStringLiteral("GitHub"), QStringLiteral("GitLab"), QStringLiteral("Bitbucket"), QStringLiteral("S3"), QStringLiteral("ECR")}},
        {QStringLiteral("build"), {QStringLiteral("CodeBuild"), QStringLiteral("Jenkins")}},
        {QStringLiteral("test"), {QStringLiteral("CodeBuild"), QStringLiteral("Jenkins")}},
        {QStringLiteral("deploy"), {QStringLiteral("CodeDeploy"), QStringLiteral("S3"), QStringLiteral("ECS")}},
        {QStringLiteral("approval"), {QStringLiteral("Manual")}},
        {QStringLiteral("invoke"), {QStringLiteral("Lambda"), QStringLiteral("StepFunctions")}},
    };
    return table;
}

void checkProviders(const ValidationContext &ctx, FindingSink &sink)
{
    for (const Component *p : ctx.ofKind(kPipeline)) {
        const nlohmann::json stages = stagesOf(*p);
        for (size_t i = 0; i < stages.size(); ++i) {
            for (const nlohmann::json &a : actionsOf(stages[i])) {
                const QString category = json::string(a, "category");
                const QString provider = json::string(a, "provider");
                const QStringList allowed = providersByCategory().value(category);
                if (allowed.isEmpty())
                    sink.report({p->id}, msg("action %1 of pipeline %2 has category '%3'; use source, build, test, deploy, approval or invoke")
                                             .arg(json::string(a, "name"), p->displayName(), category));
                else if (!allowed.contains(provider))
                    sink.report({p->id}, msg("action %1 of pipeline %2 is a %3 action with provider '%4'; a %3 action uses %5")
                                             .arg(json::string(a, "name"), p->displayName(), category, provider, allowed.join(msg(", "))));
            }
        }
    }
}

} // namespace

std::vector<Rule> pipelineRules()
{
    const QStringList pipeline = {kPipeline};
    return {
        {QStringLiteral("pipeline.stage-count"), Severity::Error, KUMO_RULE_TEXT("Pipeline with fewer than two stages"),
         KUMO_RULE_TEXT("CodePipeline runs stages in order; each stage holds actions. A pipeline needs at least two stages: "
                        "a source stage that picks up changes and at least one stage that does something with them "
                        "(build, test, approval, deploy, invoke)."),
         pipeline, checkStageCount},
        {QStringLiteral("pipeline.source-first"), Severity::Error, KUMO_RULE_TEXT("Source actions out of place"),
         KUMO_RULE_TEXT("The first stage of a pipeline fetches the input, the source (a CodeCommit branch, an S3 object, an "
                        "ECR image), and holds only source actions. Source actions cannot appear in later stages. Move "
                        "the source actions to the first stage and the rest after it."),
         pipeline, checkSourceFirst},
        {QStringLiteral("pipeline.artifact"), Severity::Error, KUMO_RULE_TEXT("Artifact without producer, or produced twice"),
         KUMO_RULE_TEXT("Stages hand work to each other as artifacts stored in the artifact bucket: the source action "
                        "outputs SourceOutput, the build reads it and outputs BuildOutput, the deploy reads that. An input "
                        "artifact must be the output of an earlier stage, and every output name must be unique in the "
                        "pipeline."),
         pipeline, checkArtifacts},
        {QStringLiteral("pipeline.provider"), Severity::Error, KUMO_RULE_TEXT("Provider does not fit the action"),
         KUMO_RULE_TEXT("Each action category has its providers: source from CodeCommit, GitHub, S3 or ECR; build and test "
                        "with CodeBuild or Jenkins (CodeBuild follows buildspec.yml); deploy with CodeDeploy (following "
                        "appspec.yml), S3 or ECS; approval is Manual; invoke runs Lambda or Step Functions."),
         pipeline, checkProviders},
    };
}

} // namespace kumo::rules
