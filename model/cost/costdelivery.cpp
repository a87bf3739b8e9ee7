#include "costitems.h"

#include "design.h"

namespace kumo::cost {

void priceCloudFront(CostContext &ctx, const Component &c)
{
    const QString global = ctx.regionOf(c, true);
    const QString transfer = tr("CloudFront bills data delivered to viewers per GB by where the viewers are, not by the "
                                "region of the origin (first tier, up to 10 TB a month).");
    const QString requests = tr("CloudFront bills HTTPS requests per 10,000, by where the viewers are.");
    ctx.usage(c, global,
              {QStringLiteral("AmazonCloudFront"), QStringLiteral("JP-DataTransfer-Out-Bytes"), PriceUnit::Gb,
               tr("CloudFront data out to viewers in Japan"), transfer},
              QStringLiteral("data_out_gb_japan"));
    ctx.usage(c, global,
              {QStringLiteral("AmazonCloudFront"), QStringLiteral("US-DataTransfer-Out-Bytes"), PriceUnit::Gb,
               tr("CloudFront data out to viewers in the United States, Mexico and Canada"), transfer},
              QStringLiteral("data_out_gb_us"));
    ctx.usage(c, global,
              {QStringLiteral("AmazonCloudFront"), QStringLiteral("JP-Requests-Tier2-HTTPS"), PriceUnit::Requests10k,
               tr("CloudFront HTTPS requests from Japan"), requests},
              QStringLiteral("https_requests_japan"));
    ctx.usage(c, global,
              {QStringLiteral("AmazonCloudFront"), QStringLiteral("US-Requests-Tier2-HTTPS"), PriceUnit::Requests10k,
               tr("CloudFront HTTPS requests from the United States, Mexico and Canada"), requests},
              QStringLiteral("https_requests_us"));
}

void priceCertificate(CostContext &ctx, const Component &c)
{
    ctx.alwaysOn(c, ctx.regionOf(c, true),
                 {QStringLiteral("AWSCertificateManager"), QStringLiteral("PublicCertificate"), PriceUnit::Certificate,
                  tr("ACM public certificate"),
                  tr("Public certificates from AWS Certificate Manager cost nothing; only certificates from a private "
                     "certificate authority are billed.")},
                 1);
}

void priceHostedZone(CostContext &ctx, const Component &c)
{
    const QString global = ctx.regionOf(c, true);
    ctx.alwaysOn(c, global,
                 {QStringLiteral("AmazonRoute53"), QStringLiteral("HostedZone"), PriceUnit::ZoneMonth,
                  c.boolProp("create") ? tr("Route 53 hosted zone") : tr("Route 53 hosted zone (existing, looked up)"),
                  tr("A hosted zone is billed per month while it exists (first 25 zones of the account), whether it "
                     "gets queries or not. A zone the design only looks up exists already and is billed anyway.")},
                 1);
    ctx.usage(c, global,
              {QStringLiteral("AmazonRoute53"), QStringLiteral("DNS-Queries"), PriceUnit::Queries1M,
               tr("Route 53 standard DNS queries"),
               tr("Standard DNS queries are billed per million (first billion a month).")},
              QStringLiteral("dns_queries"));
}

void priceRecord(CostContext &ctx, const Component &c)
{
    if (c.stringProp("health_check_path").isEmpty())
        return;
    // an alias to a load balancer or distribution, or entries naming components, point into AWS
    bool awsEndpoint = !c.stringProp("alias_target").isEmpty();
    for (const QString &entry : c.refsProp("records"))
        awsEndpoint = awsEndpoint || ctx.design().contains(entry);
    const QString global = ctx.regionOf(c, true);
    const QString explanation = tr("A Route 53 health check is billed per month; checks of endpoints outside AWS cost "
                                   "more, and each optional feature (HTTPS, string matching, fast interval, latency) "
                                   "adds a monthly charge. Kumo's health checks use HTTPS.");
    ctx.alwaysOn(c, global,
                 {QStringLiteral("AmazonRoute53"),
                  awsEndpoint ? QStringLiteral("Health-Check-AWS") : QStringLiteral("Health-Check-Non-AWS"),
                  PriceUnit::CheckMonth,
                  awsEndpoint ? tr("Route 53 health check (AWS endpoint)")
                              : tr("Route 53 health check (endpoint taken to be outside AWS)"),
                  explanation},
                 1);
    ctx.alwaysOn(c, global,
                 {QStringLiteral("AmazonRoute53"),
                  awsEndpoint ? QStringLiteral("Health-Check-Option-AWS") : QStringLiteral("Health-Check-Option-Non-AWS"),
                  PriceUnit::FeatureMonth, tr("health check option: HTTPS"), explanation},
                 1);
}

void priceCodeBuild(CostContext &ctx, const Component &c)
{
    const QString compute = c.stringProp("compute_type");
    QString size;
    if (compute == QLatin1String("BUILD_GENERAL1_SMALL"))
        size = QStringLiteral("small");
    else if (compute == QLatin1String("BUILD_GENERAL1_MEDIUM"))
        size = QStringLiteral("medium");
    else
        size = compute.section(QLatin1Char('_'), -1).toLower();
    ctx.usage(c, ctx.regionOf(c),
              {QStringLiteral("CodeBuild"), QStringLiteral("Build-Min:Linux:g1.") + size, PriceUnit::BuildMinute,
               tr("CodeBuild build minutes (general1.%1, Linux)").arg(size),
               tr("CodeBuild bills each minute a build runs, at the price of the project's compute type.")},
              QStringLiteral("build_minutes"));
}

void pricePipeline(CostContext &ctx, const Component &c)
{
    ctx.usage(c, ctx.regionOf(c, true),
              {QStringLiteral("AWSCodePipeline"), QStringLiteral("ActionExecutionMinute"), PriceUnit::ActionMinute,
               tr("CodePipeline V2 action execution minutes"),
               tr("Kumo's pipelines are V2 pipelines: they are billed per minute that actions run, not per pipeline.")},
              QStringLiteral("action_minutes"));
}

void priceCodeCommit(CostContext &ctx, const Component &c)
{
    ctx.usage(c, ctx.regionOf(c, true),
              {QStringLiteral("AWSCodeCommit"), QStringLiteral("User-Month"), PriceUnit::UserMonth,
               tr("CodeCommit active users"),
               tr("CodeCommit bills active users per month, counted across the whole account and all regions, not per "
                  "repository.")},
              QStringLiteral("active_users"));
}

void priceCodeDeploy(CostContext &ctx, const Component &c)
{
    ctx.unpriced(c, tr("CodeDeploy: no price in the snapshot"));
}

} // namespace kumo::cost
