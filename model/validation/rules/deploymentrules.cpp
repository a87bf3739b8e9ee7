// What a fresh AWS account refuses at apply time, or what misbehaves once deployed, although the
// design is otherwise consistent: blue/green listeners, database wiring, placeholder addresses,
// edge locations far from the users, names AWS shortens into each other, replica credentials.
#include "rulehelpers.h"
#include "rulesets.h"
#include "ruletext.h"

#include "jsonfields.h"
#include "validation/awsfacts.h"
#include "validation/validationcontext.h"

#include <QHash>
#include <QSet>

namespace kumo::rules {

namespace {

/// Target groups of services that CodeDeploy deploys blue/green, with the service.
QHash<QString, const Component *> blueGreenTargetGroups(const ValidationContext &ctx)
{
    QHash<QString, const Component *> out;
    for (const Component *app : ctx.ofKind(kDeployApp)) {
        if (app->stringProp("compute_platform") != QLatin1String("ECS"))
            continue;
        const Component *service = ctx.resolve(app->stringProp("ecs_service"), {kService});
        if (service && ctx.resolve(service->stringProp("target_group"), {kTg}))
            out.insert(service->stringProp("target_group"), service);
    }
    return out;
}

/// True when the listener (or one of its rules) forwards to @p tg.
bool forwardsTo(const nlohmann::json &listener, const QString &tg)
{
    if (json::boolean(listener, "redirect_https", false))
        return false;
    if (json::string(listener, "default_target_group") == tg)
        return true;
    for (const nlohmann::json &rule : json::list(listener, "rules")) {
        if (json::string(rule, "target_group") == tg)
            return true;
    }
    return false;
}

void checkBlueGreenListeners(const ValidationContext &ctx, FindingSink &sink)
{
    const QHash<QString, const Component *> groups = blueGreenTargetGroups(ctx);
    if (groups.isEmpty())
        return;
    for (const Component *lb : ctx.ofKind(kLb)) {
        const nlohmann::json &all = lb->prop("listeners");
        const nlohmann::json listeners = all.is_array() ? all : nlohmann::json::array();
        for (auto it = groups.constBegin(); it != groups.constEnd(); ++it) {
            // CodeDeploy moves the production listener: the HTTPS one that forwards there, else the first
            std::vector<size_t> forwarding;
            for (size_t i = 0; i < listeners.size(); ++i) {
                if (forwardsTo(listeners[i], it.key()))
                    forwarding.push_back(i);
            }
            if (forwarding.size() < 2)
                continue;
            size_t production = forwarding.front();
            for (size_t i : forwarding) {
                if (json::string(listeners[i], "protocol") == QLatin1String("HTTPS")) {
                    production = i;
                    break;
                }
            }
            const Component *tg = ctx.resolve(it.key(), {kTg});
            for (size_t i : forwarding) {
                if (i == production)
                    continue;
                sink.report({lb->id, it.key(), it.value()->id},
                            msg("listener %1 of %2 forwards to %3, but CodeDeploy moves only listener %4 to the new tasks of %5: after the "
                                "first release port %1 answers 503; redirect it to HTTPS")
                                .arg(QString::number(json::integer(listeners[i], "port").value_or(0)), lb->displayName(),
                                     tg ? tg->displayName() : it.key(), QString::number(json::integer(listeners[production], "port").value_or(0)),
                                     it.value()->displayName()));
            }
        }
    }
}

/// The port a database listens on.
qint64 databasePort(const Component &db)
{
    return db.stringProp("engine") == QLatin1String("postgres") ? 5432 : 3306;
}

void checkDatabaseWiring(const ValidationContext &ctx, FindingSink &sink)
{
    const std::vector<const Component *> databases = ctx.ofKind(kDb);
    if (databases.empty())
        return;
    for (const Component *service : ctx.ofKind(kService)) {
        const Component *task = ctx.resolve(service->stringProp("task_definition"), {QStringLiteral("ecs_task_definition")});
        if (!task)
            continue;
        bool wired = false;
        for (const nlohmann::json &container : containersOf(*task))
            wired = wired || !json::string(container, "database").isEmpty();
        if (wired)
            continue;
        const QStringList groups = service->refsProp("security_groups");
        for (const Component *db : databases) {
            bool reaches = false;
            for (const Component *dbGroup : resolveAll(ctx, *db, QStringLiteral("security_groups"), QStringLiteral("security_group"))) {
                for (const SecurityRule &rule : securityRules(*dbGroup, "ingress"))
                    reaches = reaches || (groups.contains(rule.source) && ruleCoversPort(rule, databasePort(*db)));
            }
            if (reaches) {
                sink.report({service->id, db->id},
                            msg("service %1 may reach database %2 on port %3, but no container of %4 names it in database: the "
                                "application gets no host name or credentials")
                                .arg(service->displayName(), db->displayName(), QString::number(databasePort(*db)), task->displayName()));
                break;
            }
        }
    }
}

/// True for an address of the documentation ranges (RFC 5737, RFC 3849): it reaches nobody.
bool isDocumentationAddress(const QString &value)
{
    const QString v = value.trimmed().toLower();
    return v.startsWith(QLatin1String("192.0.2.")) || v.startsWith(QLatin1String("198.51.100.")) || v.startsWith(QLatin1String("203.0.113."))
           || v.startsWith(QLatin1String("2001:db8:")) || v.startsWith(QLatin1String("2001:0db8:"));
}

void checkDocumentationAddresses(const ValidationContext &ctx, FindingSink &sink)
{
    for (const Component *record : ctx.ofKind(QStringLiteral("route53_record"))) {
        const QString type = record->stringProp("type");
        if (type != QLatin1String("A") && type != QLatin1String("AAAA"))
            continue;
        for (const QString &value : record->refsProp("records")) {
            if (isDocumentationAddress(value))
                sink.report({record->id}, msg("record %1 points to %2, an address reserved for documentation that reaches nobody")
                                              .arg(record->displayName(), value.trimmed()));
        }
    }
}

void checkPriceClass(const ValidationContext &ctx, FindingSink &sink)
{
    const Component *main = aws::mainRegion(ctx);
    if (!main)
        return;
    const QString region = main->stringProp("region");
    for (const Component *cdn : ctx.ofKind(QStringLiteral("cloudfront_distribution"))) {
        const QString priceClass = cdn->stringProp("price_class");
        if (cdn->hasProp("price_class") && !aws::priceClassCovers(priceClass, region))
            sink.report({cdn->id, main->id}, msg("distribution %1 uses %2, which has no edge locations near %3 (the design's main region): "
                                                 "its users there are served from far away; %4 includes them")
                                                 .arg(cdn->displayName(), priceClass, region, aws::priceClassFor(region)));
    }
}

void checkNameCollisions(const ValidationContext &ctx, FindingSink &sink)
{
    const QHash<QString, const Component *> blueGreen = blueGreenTargetGroups(ctx);
    for (const char *kind : {"load_balancer", "target_group", "rds_instance", "iam_role", "iam_policy", "iam_user", "iam_group"}) {
        QHash<QString, const Component *> byName;
        for (const Component *c : ctx.ofKind(QString::fromLatin1(kind))) {
            QStringList names = {aws::exportedName(*c)};
            if (blueGreen.contains(c->id))
                names << aws::exportedName(*c, true);
            for (const QString &name : names) {
                const Component *other = byName.value(name.toLower());
                if (other && other != c)
                    sink.report({c->id, other->id}, msg("%1 and %2 both become %3 once shortened to the length AWS allows for a %4 name: "
                                                        "the second one fails at apply time; make them differ earlier in the name")
                                                        .arg(other->displayName(), c->displayName(), name, kindName(c->kind)));
                else
                    byName.insert(name.toLower(), c);
            }
        }
    }
}

void checkReplicaSourceCredentials(const ValidationContext &ctx, FindingSink &sink)
{
    QSet<QString> reported;
    for (const Component *replica : ctx.ofKind(kDb)) {
        const Component *source = ctx.resolve(replica->stringProp("replicate_source"), {kDb});
        if (!source || reported.contains(source->id))
            continue;
        reported.insert(source->id);
        sink.report({source->id, replica->id},
                    msg("database %1 has read replicas (%2), so RDS cannot manage its master password: the export generates one into "
                        "a Secrets Manager secret of its own, which is not rotated")
                        .arg(source->displayName(), replica->displayName()));
    }
}

} // namespace

std::vector<Rule> deploymentRules()
{
    return {
        {QStringLiteral("alb.codedeploy-listener"), Severity::Error, KUMO_RULE_TEXT("Listener left behind by blue/green deployments"),
         KUMO_RULE_TEXT("CodeDeploy deploys an ECS service blue/green by moving one production listener from the old target group "
                        "to the new one, then stopping the old tasks. Another listener that still forwards to the old target group "
                        "finds no tasks after the first release and answers 503. Let every other listener of that service redirect "
                        "to HTTPS (redirect_https), so that all traffic goes through the listener CodeDeploy moves."),
         {kLb, kService, kDeployApp, kTg}, checkBlueGreenListeners},
        {QStringLiteral("ecs.database-not-wired"), Severity::Info, KUMO_RULE_TEXT("Service reaches a database it is not told about"),
         KUMO_RULE_TEXT("A security group lets the service's tasks reach the database, but no container names the database in its "
                        "database field. Only that field passes the address (DB_HOST, DB_PORT), the credentials from Secrets "
                        "Manager (DB_USERNAME, DB_PASSWORD) and the secret's ARN (DB_SECRET_ARN) into the container; without it "
                        "the application has nothing to connect with. Set database on the container that talks to it, or remove "
                        "the rule if the service does not need the database."),
         {kService, QStringLiteral("ecs_task_definition"), kDb, QStringLiteral("security_group")}, checkDatabaseWiring},
        {QStringLiteral("route53.documentation-address"), Severity::Warning, KUMO_RULE_TEXT("Record points to a documentation address"),
         KUMO_RULE_TEXT("192.0.2.0/24, 198.51.100.0/24, 203.0.113.0/24 (and 2001:db8::/32 for IPv6) are reserved for examples in "
                        "documentation: nothing on the internet answers there. A record with such a value resolves, but the "
                        "visitors reach nobody. Point it to a resource of the design (an Elastic IP or an instance) or to the real "
                        "address of the server."),
         {QStringLiteral("route53_record")}, checkDocumentationAddresses},
        {QStringLiteral("cloudfront.price-class-region"), Severity::Info, KUMO_RULE_TEXT("Edge locations far from the users"),
         KUMO_RULE_TEXT("A price class chooses which edge locations CloudFront serves from. PriceClass_100 covers North America and "
                        "Europe only, PriceClass_200 adds Asia (Japan included), the Middle East and Africa, PriceClass_All adds "
                        "South America and Oceania. Users near a region the class leaves out are served from another continent, "
                        "with much longer response times. Without a price class the export picks the cheapest one that covers "
                        "the design's main region."),
         {QStringLiteral("cloudfront_distribution"), QStringLiteral("region")}, checkPriceClass},
        {QStringLiteral("name.aws-collision"), Severity::Error, KUMO_RULE_TEXT("Names that AWS shortens into one"),
         KUMO_RULE_TEXT("AWS limits the length of names: 32 characters for load balancers and target groups, 64 for IAM roles, "
                        "users, groups and policies, 63 for database identifiers. The Terraform export puts a prefix in front of each "
                        "name (so that two stacks can share an account) and shortens the rest to fit. Two components whose names "
                        "start alike become the same AWS name, and the second one fails with \"already exists\" at apply time. Make "
                        "the names differ in their first characters."),
         {kLb, kTg, kDb, QStringLiteral("iam_role"), QStringLiteral("iam_policy"), QStringLiteral("iam_user"), QStringLiteral("iam_group"),
          kService, kDeployApp},
         checkNameCollisions},
        {QStringLiteral("rds.replica-source-credentials"), Severity::Info, KUMO_RULE_TEXT("Source of replicas keeps its own password"),
         KUMO_RULE_TEXT("RDS can keep a database's master password in Secrets Manager and rotate it (manage_master_user_password), "
                        "but refuses to create read replicas of such a database. So a database with replicas gets a password that "
                        "Terraform generates without storing it (a write-only argument) and writes into a Secrets Manager secret. "
                        "Nothing rotates that secret: to change the password, raise password_wo_version and "
                        "secret_string_wo_version together. The application reads the credentials from the secret (DB_SECRET_ARN)."),
         {kDb}, checkReplicaSourceCredentials},
    };
}

} // namespace kumo::rules
