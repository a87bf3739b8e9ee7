#include "emitters.h"

#include "jsonfields.h"
#include "validation/awsfacts.h"

#include <QSet>

namespace kumo::tf {

Value referenceList(const TerraformContext &ctx, const Component &c, const char *key, const QStringList &kinds,
                    const QString &type, const QString &attribute)
{
    std::vector<Value> items;
    for (const QString &id : c.refsProp(key)) {
        if (const Component *target = ctx.resolve(id, kinds))
            items.push_back(TerraformContext::ref(type, ctx.name(*target), attribute));
    }
    return Value::list(std::move(items));
}

QString awsNameOf(const QString &text, int maxLength)
{
    return aws::lowercaseName(text, maxLength);
}

QString awsName(const Component &c, int maxLength)
{
    for (const QString &source : {c.name, c.id}) {
        const QString out = awsNameOf(source, maxLength);
        if (!out.isEmpty())
            return out;
    }
    return QStringLiteral("kumo");
}

bool hasReplicas(const TerraformContext &ctx, const Component &db)
{
    const QSet<QString> &sources = ctx.derived<QSet<QString>>("sources of read replicas", [&] {
        QSet<QString> ids;
        for (const Component *c : ctx.index().ofKind(QStringLiteral("rds_instance"))) {
            if (ctx.resolve(c->stringProp("replicate_source"), {QStringLiteral("rds_instance")}))
                ids.insert(c->stringProp("replicate_source"));
        }
        return ids;
    });
    return sources.contains(db.id);
}

Value databaseSecretArn(const TerraformContext &ctx, const Component &primary)
{
    if (hasReplicas(ctx, primary))
        return TerraformContext::ref(QStringLiteral("aws_secretsmanager_secret"), ctx.name(primary) + QStringLiteral("_credentials"), QStringLiteral("arn"));
    return Value::expression(QStringLiteral("aws_db_instance.") + ctx.name(primary) + QStringLiteral(".master_user_secret[0].secret_arn"));
}

const Component *databaseWithSecret(const TerraformContext &ctx, const Component &db)
{
    const Component *source = ctx.resolve(db.stringProp("replicate_source"), {QStringLiteral("rds_instance")});
    return source ? source : &db;
}

QString iamName(const Component &c)
{
    return aws::iamSafeName(c.displayName(), 64 - TerraformContext::kPrefixLength);
}

static QString normalized(QString domain)
{
    domain = domain.trimmed().toLower();
    while (domain.endsWith(QLatin1Char('.')))
        domain.chop(1);
    return domain;
}

const Component *zoneFor(const TerraformContext &ctx, const QString &fqdn)
{
    // the public zones by domain (the first of the design's order when two share one); the
    // longest match is the name itself or the nearest of its parent domains
    using ByDomain = QHash<QString, const Component *>;
    const ByDomain &zones = ctx.derived<ByDomain>("public hosted zones by domain", [&] {
        ByDomain byDomain;
        for (const Component *zone : ctx.index().ofKind(QStringLiteral("route53_zone"))) {
            const QString domain = normalized(zone->stringProp("domain"));
            if (!zone->boolProp("private") && !domain.isEmpty() && !byDomain.contains(domain))
                byDomain.insert(domain, zone);
        }
        return byDomain;
    });
    const QString name = normalized(fqdn);
    for (qsizetype from = 0; from >= 0 && from < name.size();) {
        if (const Component *zone = zones.value(from == 0 ? name : name.mid(from)))
            return zone;
        const qsizetype dot = name.indexOf(QLatin1Char('.'), from);
        from = dot < 0 ? -1 : dot + 1;
    }
    return nullptr;
}

Value zoneDomain(TerraformContext &ctx, const Component &zone)
{
    const Value value = Value::string(normalized(zone.stringProp("domain")));
    return ctx.variable(ctx.name(zone) + QStringLiteral("_domain"), QStringLiteral("string"),
                        QStringLiteral("Domain name of the hosted zone %1").arg(zone.displayName()), &value);
}

Value domainValue(TerraformContext &ctx, const QString &fqdn)
{
    const QString name = normalized(fqdn);
    const Component *zone = zoneFor(ctx, name);
    if (!zone)
        return Value::string(name);
    const QString domain = normalized(zone->stringProp("domain"));
    const QString variable = QStringLiteral("var.") + ctx.name(*zone) + QStringLiteral("_domain");
    zoneDomain(ctx, *zone);
    if (name == domain)
        return Value::expression(variable);
    const QString prefix = name.left(name.size() - domain.size() - 1);
    return Value::templateString(hcl::escapeTemplate(prefix) + QStringLiteral(".${") + variable + QLatin1Char('}'));
}

bool validatedInDesign(const TerraformContext &ctx, const Component &certificate)
{
    return certificate.stringProp("validation") == QLatin1String("DNS") && zoneFor(ctx, certificate.stringProp("domain")) != nullptr;
}

Value certificateArn(const TerraformContext &ctx, const Component &certificate)
{
    if (validatedInDesign(ctx, certificate))
        return TerraformContext::ref(QStringLiteral("aws_acm_certificate_validation"), ctx.name(certificate), QStringLiteral("certificate_arn"));
    return TerraformContext::ref(QStringLiteral("aws_acm_certificate"), ctx.name(certificate), QStringLiteral("arn"));
}

Value roleArn(TerraformContext &ctx, const Component &c, const char *key, const QString &purpose)
{
    if (const Component *role = ctx.resolve(c.stringProp(key), {QStringLiteral("iam_role")}))
        return TerraformContext::ref(QStringLiteral("aws_iam_role"), ctx.name(*role), QStringLiteral("arn"));
    return ctx.variable(ctx.name(c) + QLatin1Char('_') + QString::fromLatin1(key) + QStringLiteral("_arn"), QStringLiteral("string"),
                        QStringLiteral("ARN of the IAM role %1 uses %2").arg(c.displayName(), purpose), nullptr);
}

QStringList stringsOf(const Component &c, const char *key)
{
    QStringList out;
    const nlohmann::json &v = c.prop(key);
    if (v.is_array()) {
        for (const auto &s : v) {
            if (s.is_string())
                out << toQString(s);
        }
    }
    return out;
}

} // namespace kumo::tf

namespace kumo::tf {

const Component *codeDeployApplicationOf(const TerraformContext &ctx, const Component &service)
{
    using ByService = QHash<QString, const Component *>;
    return ctx.derived<ByService>("CodeDeploy application of each service", [&] {
        ByService apps;
        for (const Component *app : ctx.index().ofKind(QStringLiteral("codedeploy_application"))) {
            const QString service = app->stringProp("ecs_service");
            if (app->stringProp("compute_platform") == QLatin1String("ECS") && !apps.contains(service))
                apps.insert(service, app);
        }
        return apps;
    }).value(service.id);
}

bool deployedBlueGreen(const TerraformContext &ctx, const Component &tg)
{
    return ctx.derived<QSet<QString>>("target groups deployed blue/green", [&] {
        QSet<QString> groups;
        for (const Component *app : ctx.index().ofKind(QStringLiteral("codedeploy_application"))) {
            const Component *svc = ctx.resolve(app->stringProp("ecs_service"), {QStringLiteral("ecs_service")});
            if (svc && app->stringProp("compute_platform") == QLatin1String("ECS"))
                groups.insert(svc->stringProp("target_group"));
        }
        return groups;
    }).contains(tg.id);
}

bool deployedByEcsAction(const TerraformContext &ctx, const Component &service)
{
    return ctx.derived<QSet<QString>>("services deployed by a pipeline", [&] {
        QSet<QString> services;
        for (const Component *pipeline : ctx.index().ofKind(QStringLiteral("codepipeline"))) {
            const nlohmann::json &stages = pipeline->prop("stages");
            for (const nlohmann::json &stage : stages.is_array() ? stages : nlohmann::json::array()) {
                for (const nlohmann::json &action : json::list(stage, "actions")) {
                    if (json::string(action, "provider") == QLatin1String("ECS"))
                        services.insert(json::string(action, "target"));
                }
            }
        }
        return services;
    }).contains(service.id);
}

bool zoneLookedUp(const Component &zone)
{
    return !zone.boolProp("private") && !zone.boolProp("create");
}

Value zoneId(const TerraformContext &ctx, const Component &zone)
{
    return Value::expression((zoneLookedUp(zone) ? QStringLiteral("data.aws_route53_zone.") : QStringLiteral("aws_route53_zone."))
                             + ctx.name(zone) + QStringLiteral(".zone_id"));
}

std::optional<Value> arnOf(const TerraformContext &ctx, const Component &c)
{
    static const QHash<QString, std::pair<QString, QString>> arns = {
        {QStringLiteral("s3_bucket"), {QStringLiteral("aws_s3_bucket"), QStringLiteral("arn")}},
        {QStringLiteral("ecr_repository"), {QStringLiteral("aws_ecr_repository"), QStringLiteral("arn")}},
        {QStringLiteral("ecs_cluster"), {QStringLiteral("aws_ecs_cluster"), QStringLiteral("arn")}},
        {QStringLiteral("ecs_service"), {QStringLiteral("aws_ecs_service"), QStringLiteral("id")}}, // the id is the ARN
        {QStringLiteral("ecs_task_definition"), {QStringLiteral("aws_ecs_task_definition"), QStringLiteral("arn_without_revision")}},
        {QStringLiteral("load_balancer"), {QStringLiteral("aws_lb"), QStringLiteral("arn")}},
        {QStringLiteral("target_group"), {QStringLiteral("aws_lb_target_group"), QStringLiteral("arn")}},
        {QStringLiteral("rds_instance"), {QStringLiteral("aws_db_instance"), QStringLiteral("arn")}},
        {QStringLiteral("cloudfront_distribution"), {QStringLiteral("aws_cloudfront_distribution"), QStringLiteral("arn")}},
        {QStringLiteral("acm_certificate"), {QStringLiteral("aws_acm_certificate"), QStringLiteral("arn")}},
        {QStringLiteral("iam_policy"), {QStringLiteral("aws_iam_policy"), QStringLiteral("arn")}},
        {QStringLiteral("iam_user"), {QStringLiteral("aws_iam_user"), QStringLiteral("arn")}},
        {QStringLiteral("iam_group"), {QStringLiteral("aws_iam_group"), QStringLiteral("arn")}},
        {QStringLiteral("iam_role"), {QStringLiteral("aws_iam_role"), QStringLiteral("arn")}},
        {QStringLiteral("codecommit_repository"), {QStringLiteral("aws_codecommit_repository"), QStringLiteral("arn")}},
        {QStringLiteral("codebuild_project"), {QStringLiteral("aws_codebuild_project"), QStringLiteral("arn")}},
        {QStringLiteral("codedeploy_application"), {QStringLiteral("aws_codedeploy_app"), QStringLiteral("arn")}},
        {QStringLiteral("codepipeline"), {QStringLiteral("aws_codepipeline"), QStringLiteral("arn")}},
        {QStringLiteral("ec2_instance"), {QStringLiteral("aws_instance"), QStringLiteral("arn")}},
        {QStringLiteral("vpc"), {QStringLiteral("aws_vpc"), QStringLiteral("arn")}},
        {QStringLiteral("subnet"), {QStringLiteral("aws_subnet"), QStringLiteral("arn")}},
        {QStringLiteral("security_group"), {QStringLiteral("aws_security_group"), QStringLiteral("arn")}},
    };
    if (c.kind == QLatin1String("route53_zone"))
        return Value::expression((zoneLookedUp(c) ? QStringLiteral("data.aws_route53_zone.") : QStringLiteral("aws_route53_zone.")) + ctx.name(c)
                                 + QStringLiteral(".arn"));
    const auto it = arns.constFind(c.kind);
    if (it == arns.constEnd())
        return std::nullopt;
    return TerraformContext::ref(it->first, ctx.name(c), it->second);
}

} // namespace kumo::tf
