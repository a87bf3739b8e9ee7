#include "awsfacts.h"

#include <QHash>

namespace kumo::aws {

const Component *mainRegion(const ValidationContext &ctx)
{
    QHash<const Component *, int> counts;
    for (const Component *c : ctx.design().components()) {
        if (const Component *region = ctx.ancestor(*c, QStringLiteral("region")))
            ++counts[region];
    }
    const Component *main = nullptr;
    for (const Component *r : ctx.ofKind(QStringLiteral("region"))) {
        if (!main || counts.value(r) > counts.value(main))
            main = r;
    }
    return main;
}

QString priceClassFor(const QString &regionCode)
{
    // CloudFront's price classes: 100 = North America, Europe, Israel; 200 adds Asia, the Middle
    // East and Africa; All adds South America, Australia and New Zealand
    static const QStringList oceania = {QStringLiteral("ap-southeast-2"), QStringLiteral("ap-southeast-4"), QStringLiteral("ap-southeast-6")};
    if (regionCode.startsWith(QLatin1String("us-")) || regionCode.startsWith(QLatin1String("ca-")) || regionCode.startsWith(QLatin1String("eu-"))
        || regionCode.startsWith(QLatin1String("mx-")) || regionCode.startsWith(QLatin1String("il-")) || regionCode.isEmpty())
        return QStringLiteral("PriceClass_100");
    if (regionCode.startsWith(QLatin1String("sa-")) || oceania.contains(regionCode))
        return QStringLiteral("PriceClass_All");
    return QStringLiteral("PriceClass_200");
}

bool priceClassCovers(const QString &priceClass, const QString &regionCode)
{
    static const QStringList order = {QStringLiteral("PriceClass_100"), QStringLiteral("PriceClass_200"), QStringLiteral("PriceClass_All")};
    const qsizetype have = order.indexOf(priceClass);
    return have < 0 || have >= order.indexOf(priceClassFor(regionCode));
}

QString lowercaseName(const QString &text, int maxLength)
{
    QString out;
    for (QChar ch : text) {
        const QChar lower = ch.toLower();
        const bool ok = (lower >= QLatin1Char('a') && lower <= QLatin1Char('z')) || (lower >= QLatin1Char('0') && lower <= QLatin1Char('9'));
        if (ok)
            out += lower;
        else if (!out.isEmpty() && !out.endsWith(QLatin1Char('-')))
            out += QLatin1Char('-');
    }
    out = out.left(maxLength);
    while (out.endsWith(QLatin1Char('-')))
        out.chop(1);
    return out;
}

QString iamSafeName(const QString &text, int maxLength)
{
    QString out;
    for (QChar ch : text) {
        const bool ok = (ch >= QLatin1Char('a') && ch <= QLatin1Char('z')) || (ch >= QLatin1Char('A') && ch <= QLatin1Char('Z'))
                        || (ch >= QLatin1Char('0') && ch <= QLatin1Char('9')) || QStringLiteral("+=,.@_-").contains(ch);
        out += ok ? ch : QLatin1Char('-');
    }
    return out.left(maxLength);
}

QString exportedName(const Component &c, bool blueGreen)
{
    const auto lowercase = [&](int maxLength) {
        for (const QString &source : {c.name, c.id}) {
            const QString out = lowercaseName(source, maxLength);
            if (!out.isEmpty())
                return out;
        }
        return QStringLiteral("kumo");
    };
    if (c.kind == QLatin1String("load_balancer"))
        return lowercase(32 - kNamePrefixLength);
    if (c.kind == QLatin1String("target_group")) // the green copy of a blue/green group ends in -green
        return blueGreen ? lowercase(26 - kNamePrefixLength) + QStringLiteral("-green") : lowercase(32 - kNamePrefixLength);
    if (c.kind == QLatin1String("rds_instance"))
        return lowercase(63 - kNamePrefixLength);
    if (c.kind.startsWith(QLatin1String("iam_")))
        return iamSafeName(c.displayName(), 64 - kNamePrefixLength);
    return {};
}

PipelinePermissions pipelineActionPermissions(const QString &provider, bool deploysWithCodeDeploy)
{
    // the calls each action provider makes with the pipeline's role (CodePipeline user guide,
    // "Add permissions to the CodePipeline service role")
    static const QStringList codeDeploy = {QStringLiteral("codedeploy:CreateDeployment"), QStringLiteral("codedeploy:GetApplication"),
                                           QStringLiteral("codedeploy:GetApplicationRevision"), QStringLiteral("codedeploy:GetDeployment"),
                                           QStringLiteral("codedeploy:GetDeploymentConfig"), QStringLiteral("codedeploy:RegisterApplicationRevision")};
    if (provider == QLatin1String("CodeCommit"))
        return {provider, {QStringLiteral("codecommit:GetBranch"), QStringLiteral("codecommit:GetCommit"), QStringLiteral("codecommit:UploadArchive"),
                           QStringLiteral("codecommit:GetUploadArchiveStatus"), QStringLiteral("codecommit:CancelUploadArchive")}};
    if (provider == QLatin1String("GitHub") || provider == QLatin1String("GitLab") || provider == QLatin1String("Bitbucket"))
        return {QStringLiteral("CodeStarSourceConnection"), {QStringLiteral("codestar-connections:UseConnection")}};
    if (provider == QLatin1String("S3"))
        return {provider, {QStringLiteral("s3:GetObject"), QStringLiteral("s3:GetObjectVersion"), QStringLiteral("s3:GetBucketVersioning")}};
    if (provider == QLatin1String("ECR"))
        return {provider, {QStringLiteral("ecr:DescribeImages")}};
    if (provider == QLatin1String("CodeBuild"))
        return {provider, {QStringLiteral("codebuild:StartBuild"), QStringLiteral("codebuild:BatchGetBuilds")}};
    if ((provider == QLatin1String("ECS") || provider == QLatin1String("CodeDeploy")) && deploysWithCodeDeploy)
        return {QStringLiteral("CodeDeployToECS"),
                codeDeploy + QStringList{QStringLiteral("ecs:RegisterTaskDefinition"), QStringLiteral("ecs:TagResource"), QStringLiteral("iam:PassRole")}};
    if (provider == QLatin1String("CodeDeploy"))
        return {provider, codeDeploy};
    if (provider == QLatin1String("ECS"))
        return {provider, {QStringLiteral("ecs:DescribeServices"), QStringLiteral("ecs:DescribeTaskDefinition"), QStringLiteral("ecs:DescribeTasks"),
                           QStringLiteral("ecs:ListTasks"), QStringLiteral("ecs:RegisterTaskDefinition"), QStringLiteral("ecs:TagResource"),
                           QStringLiteral("ecs:UpdateService"), QStringLiteral("iam:PassRole")}};
    if (provider == QLatin1String("Lambda"))
        return {provider, {QStringLiteral("lambda:InvokeFunction"), QStringLiteral("lambda:ListFunctions")}};
    if (provider == QLatin1String("StepFunctions"))
        return {provider, {QStringLiteral("states:StartExecution"), QStringLiteral("states:DescribeExecution"), QStringLiteral("states:DescribeStateMachine")}};
    return {provider, {}}; // Manual approvals and Jenkins need nothing of the role
}

QStringList artifactStorePermissions()
{
    return {QStringLiteral("s3:GetObject"), QStringLiteral("s3:PutObject")};
}

} // namespace kumo::aws
