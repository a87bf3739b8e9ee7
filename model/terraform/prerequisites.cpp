#include "prerequisites.h"

#include "design.h"
#include "jsonfields.h"
#include "references.h"
#include "terraformnames.h"

namespace kumo {
namespace TerraformExporter {

QStringList prerequisites(const Design &design)
{
    QStringList lines; // before apply
    QStringList after; // after apply, before the first release
    QStringList lookedUp, created;
    for (const Component *zone : design.componentsOfKind(QStringLiteral("route53_zone"))) {
        if (zone->boolProp("private"))
            continue;
        (zone->boolProp("create") ? created : lookedUp) << zone->stringProp("domain");
    }
    QStringList zoneParts;
    if (!lookedUp.isEmpty())
        zoneParts << QStringLiteral("hosted zone %1 must already exist in the account (it is looked up)").arg(lookedUp.join(QStringLiteral(", ")));
    if (!created.isEmpty())
        zoneParts << QStringLiteral("delegate %1 to the name servers in the outputs before certificates in it can be validated")
                         .arg(created.join(QStringLiteral(", ")));
    if (!zoneParts.isEmpty())
        lines << QStringLiteral("before apply, zones: ") + zoneParts.join(QStringLiteral("; "));

    QStringList connections;
    for (const Component *pipeline : design.componentsOfKind(QStringLiteral("codepipeline"))) {
        const nlohmann::json &stages = pipeline->prop("stages");
        for (const nlohmann::json &stage : stages.is_array() ? stages : nlohmann::json::array()) {
            for (const nlohmann::json &action : json::list(stage, "actions")) {
                const QString provider = json::string(action, "provider");
                if (provider == QLatin1String("GitHub") || provider == QLatin1String("GitLab") || provider == QLatin1String("Bitbucket"))
                    connections << QStringLiteral("%1 (%2 of %3)").arg(provider, json::string(action, "name"), pipeline->displayName());
            }
        }
    }
    if (!connections.isEmpty())
        after << QStringLiteral("after apply, connections: authorise %1 in the console (Developer Tools > Settings > Connections); "
                                "they stay PENDING and the pipeline fails until then")
                     .arg(connections.join(QStringLiteral(", ")));

    QStringList images;
    for (const Component *task : design.componentsOfKind(QStringLiteral("ecs_task_definition"))) {
        const nlohmann::json &containers = task->prop("containers");
        for (const nlohmann::json &c : containers.is_array() ? containers : nlohmann::json::array()) {
            const QString image = json::string(c, "image");
            const QString repo = imageRepositoryId(image);
            const Component *r = repo.isEmpty() ? nullptr : design.component(repo);
            if (r && r->kind == QLatin1String("ecr_repository") && !images.contains(image))
                images << (image == repo ? image + QStringLiteral(":latest") : image);
        }
    }
    QStringList passwords;
    const TerraformNames names(design);
    for (const Component *db : design.componentsOfKind(QStringLiteral("rds_instance"))) {
        const Component *source = design.component(db->stringProp("replicate_source"));
        const QString variable = source && source->kind == QLatin1String("rds_instance")
                                     ? QStringLiteral("TF_VAR_") + masterPasswordVariable(names.of(source->id))
                                     : QString();
        if (!variable.isEmpty() && !passwords.contains(variable))
            passwords << variable;
    }
    if (!passwords.isEmpty())
        lines << QStringLiteral("before apply, passwords: set %1 (8 to 41 characters) in the environment, or type it when terraform asks; "
                                "a database with read replicas cannot have its password managed by RDS")
                     .arg(passwords.join(QStringLiteral(", ")));

    if (!images.isEmpty())
        after << QStringLiteral("after apply, images: push %1 to the ECR repositories (outputs *_repository_url); the services cannot start without them")
                     .arg(images.join(QStringLiteral(", ")));
    return lines + after;
}

} // namespace TerraformExporter
} // namespace kumo
