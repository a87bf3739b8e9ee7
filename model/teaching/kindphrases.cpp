#include "kindphrases.h"

#include "catalog.h"

#include <QCoreApplication>

#include <map>

namespace kumo {

namespace {
const std::map<QString, const char *> &phrases()
{
    static const std::map<QString, const char *> table = {
        {QStringLiteral("region"), QT_TRANSLATE_NOOP("kumo::KindPhrase", "a region")},
        {QStringLiteral("vpc"), QT_TRANSLATE_NOOP("kumo::KindPhrase", "a VPC")},
        {QStringLiteral("availability_zone"), QT_TRANSLATE_NOOP("kumo::KindPhrase", "an availability zone")},
        {QStringLiteral("subnet"), QT_TRANSLATE_NOOP("kumo::KindPhrase", "a subnet")},
        {QStringLiteral("internet_gateway"), QT_TRANSLATE_NOOP("kumo::KindPhrase", "an internet gateway")},
        {QStringLiteral("nat_gateway"), QT_TRANSLATE_NOOP("kumo::KindPhrase", "a NAT gateway")},
        {QStringLiteral("security_group"), QT_TRANSLATE_NOOP("kumo::KindPhrase", "a security group")},
        {QStringLiteral("elastic_ip"), QT_TRANSLATE_NOOP("kumo::KindPhrase", "an Elastic IP")},
        {QStringLiteral("ec2_instance"), QT_TRANSLATE_NOOP("kumo::KindPhrase", "an EC2 instance")},
        {QStringLiteral("ecr_repository"), QT_TRANSLATE_NOOP("kumo::KindPhrase", "an ECR repository")},
        {QStringLiteral("ecs_cluster"), QT_TRANSLATE_NOOP("kumo::KindPhrase", "an ECS cluster")},
        {QStringLiteral("ecs_task_definition"), QT_TRANSLATE_NOOP("kumo::KindPhrase", "an ECS task definition")},
        {QStringLiteral("ecs_service"), QT_TRANSLATE_NOOP("kumo::KindPhrase", "an ECS service")},
        {QStringLiteral("load_balancer"), QT_TRANSLATE_NOOP("kumo::KindPhrase", "an Application Load Balancer")},
        {QStringLiteral("target_group"), QT_TRANSLATE_NOOP("kumo::KindPhrase", "a target group")},
        {QStringLiteral("rds_instance"), QT_TRANSLATE_NOOP("kumo::KindPhrase", "an RDS database")},
        {QStringLiteral("s3_bucket"), QT_TRANSLATE_NOOP("kumo::KindPhrase", "an S3 bucket")},
        {QStringLiteral("cloudfront_distribution"), QT_TRANSLATE_NOOP("kumo::KindPhrase", "a CloudFront distribution")},
        {QStringLiteral("acm_certificate"), QT_TRANSLATE_NOOP("kumo::KindPhrase", "an ACM certificate")},
        {QStringLiteral("route53_zone"), QT_TRANSLATE_NOOP("kumo::KindPhrase", "a Route 53 hosted zone")},
        {QStringLiteral("route53_record"), QT_TRANSLATE_NOOP("kumo::KindPhrase", "a Route 53 record")},
        {QStringLiteral("iam_policy"), QT_TRANSLATE_NOOP("kumo::KindPhrase", "an IAM policy")},
        {QStringLiteral("iam_user"), QT_TRANSLATE_NOOP("kumo::KindPhrase", "an IAM user")},
        {QStringLiteral("iam_group"), QT_TRANSLATE_NOOP("kumo::KindPhrase", "an IAM group")},
        {QStringLiteral("iam_role"), QT_TRANSLATE_NOOP("kumo::KindPhrase", "an IAM role")},
        {QStringLiteral("codecommit_repository"), QT_TRANSLATE_NOOP("kumo::KindPhrase", "a CodeCommit repository")},
        {QStringLiteral("codebuild_project"), QT_TRANSLATE_NOOP("kumo::KindPhrase", "a CodeBuild project")},
        {QStringLiteral("codedeploy_application"), QT_TRANSLATE_NOOP("kumo::KindPhrase", "a CodeDeploy application")},
        {QStringLiteral("codepipeline"), QT_TRANSLATE_NOOP("kumo::KindPhrase", "a CodePipeline pipeline")},
        {QStringLiteral("internet"), QT_TRANSLATE_NOOP("kumo::KindPhrase", "the internet")},
        {QStringLiteral("note"), QT_TRANSLATE_NOOP("kumo::KindPhrase", "a note")},
    };
    return table;
}
} // namespace

QString kindInSentence(const QString &kind)
{
    const auto it = phrases().find(kind);
    if (it != phrases().end())
        return QCoreApplication::translate("kumo::KindPhrase", it->second);
    const KindSpec *spec = Catalog::instance().kind(kind);
    return spec ? spec->displayName() : kind;
}

QString capitalised(QString sentence)
{
    if (!sentence.isEmpty())
        sentence[0] = sentence[0].toUpper();
    return sentence;
}

} // namespace kumo
