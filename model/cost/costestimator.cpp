#include "costestimator.h"

#include "costitems.h"
#include "design.h"

#include <map>

namespace kumo::CostEstimator {

namespace {

using Pricer = void (*)(cost::CostContext &, const Component &);

/// Kinds not listed have no charge of their own (VPCs, subnets, security groups, IAM, target
/// groups, task definitions: they are billed through what uses them) or are diagram-only.
const std::map<QString, Pricer> &pricers()
{
    static const std::map<QString, Pricer> table = {
        {QStringLiteral("nat_gateway"), cost::priceNatGateway},
        {QStringLiteral("elastic_ip"), cost::priceElasticIp},
        {QStringLiteral("load_balancer"), cost::priceLoadBalancer},
        {QStringLiteral("ec2_instance"), cost::priceEc2Instance},
        {QStringLiteral("ecs_service"), cost::priceEcsService},
        {QStringLiteral("ecs_cluster"), cost::priceEcsCluster},
        {QStringLiteral("ecr_repository"), cost::priceEcrRepository},
        {QStringLiteral("rds_instance"), cost::priceRdsInstance},
        {QStringLiteral("s3_bucket"), cost::priceS3Bucket},
        {QStringLiteral("cloudfront_distribution"), cost::priceCloudFront},
        {QStringLiteral("acm_certificate"), cost::priceCertificate},
        {QStringLiteral("route53_zone"), cost::priceHostedZone},
        {QStringLiteral("route53_record"), cost::priceRecord},
        {QStringLiteral("codebuild_project"), cost::priceCodeBuild},
        {QStringLiteral("codepipeline"), cost::pricePipeline},
        {QStringLiteral("codecommit_repository"), cost::priceCodeCommit},
        {QStringLiteral("codedeploy_application"), cost::priceCodeDeploy},
    };
    return table;
}

} // namespace

CostEstimate estimate(const Design &design, const UsageQuantities &usage, const PriceSnapshot &prices)
{
    CostEstimate result;
    result.snapshotDate = prices.date();
    cost::CostContext ctx(design, usage, prices, result);
    for (const Component *c : design.components()) {
        const auto it = pricers().find(c->kind);
        if (it != pricers().end())
            it->second(ctx, *c);
    }
    return result;
}

} // namespace kumo::CostEstimator
