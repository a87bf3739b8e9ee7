#include "linkrules.h"

#include "design.h"

namespace kumo {
namespace LinkRules {

namespace {

bool is(const Component *c, const char *kind)
{
    return c && c->kind == QLatin1String(kind);
}

/// Adds @p id to a ref[] property unless it is there already.
std::optional<LinkEdit> appendTo(const Component &c, const char *key, const QString &id)
{
    nlohmann::json list = c.prop(key).is_array() ? c.prop(key) : nlohmann::json::array();
    for (const auto &item : list) {
        if (item.is_string() && toQString(item) == id)
            return std::nullopt;
    }
    list.push_back(toStd(id));
    return LinkEdit{c.id, QString::fromLatin1(key), list};
}

/// The load balancer forwards to the target group: the first listener without a default target
/// group gets it (a new HTTP :80 listener when there is none); a listener that redirects to HTTPS
/// keeps redirecting.
LinkEdit listenerTo(const Component &lb, const QString &tg)
{
    nlohmann::json listeners = lb.prop("listeners").is_array() ? lb.prop("listeners") : nlohmann::json::array();
    for (auto &l : listeners) {
        const bool redirects = l.is_object() && l.contains("redirect_https") && l["redirect_https"].is_boolean() && l["redirect_https"].get<bool>();
        if (l.is_object() && !redirects
            && (!l.contains("default_target_group") || !l["default_target_group"].is_string() || l["default_target_group"].get<std::string>().empty())) {
            l["default_target_group"] = toStd(tg);
            return {lb.id, QStringLiteral("listeners"), listeners};
        }
    }
    listeners.push_back({{"port", 80}, {"protocol", "HTTP"}, {"default_target_group", toStd(tg)}});
    return {lb.id, QStringLiteral("listeners"), listeners};
}

/// The first action of the pipeline that acts on this kind of target and has none yet.
std::optional<LinkEdit> pipelineTarget(const Component &pipeline, const Component &target)
{
    const char *provider = is(&target, "codecommit_repository")    ? "CodeCommit"
                           : is(&target, "codebuild_project")      ? "CodeBuild"
                           : is(&target, "ecs_service")            ? "ECS"
                           : is(&target, "codedeploy_application") ? "CodeDeploy"
                                                                   : nullptr;
    if (!provider)
        return std::nullopt;
    nlohmann::json stages = pipeline.prop("stages").is_array() ? pipeline.prop("stages") : nlohmann::json::array();
    for (auto &stage : stages) {
        if (!stage.is_object() || !stage.contains("actions") || !stage["actions"].is_array())
            continue;
        for (auto &action : stage["actions"]) {
            if (action.is_object() && action.value("provider", std::string()) == provider
                && action.value("target", std::string()).empty()) {
                action["target"] = toStd(target.id);
                return LinkEdit{pipeline.id, QStringLiteral("stages"), stages};
            }
        }
    }
    return std::nullopt;
}

} // namespace

std::optional<LinkEdit> referenceFor(const Design &design, const QString &fromId, const QString &toId)
{
    const Component *from = design.component(fromId);
    const Component *to = design.component(toId);
    if (!from || !to || from == to)
        return std::nullopt;
    if (is(from, "load_balancer") && is(to, "target_group"))
        return listenerTo(*from, to->id);
    if (is(from, "target_group") && is(to, "ec2_instance"))
        return appendTo(*from, "targets", to->id);
    if (is(from, "ecs_service") && is(to, "target_group"))
        return LinkEdit{from->id, QStringLiteral("target_group"), toStd(to->id)};
    if (is(from, "cloudfront_distribution") && (is(to, "s3_bucket") || is(to, "load_balancer")))
        return LinkEdit{from->id, QStringLiteral("origin"), toStd(to->id)};
    if (is(from, "route53_record") && (is(to, "load_balancer") || is(to, "cloudfront_distribution") || is(to, "s3_bucket")))
        return LinkEdit{from->id, QStringLiteral("alias_target"), toStd(to->id)};
    if (is(from, "elastic_ip") && is(to, "ec2_instance"))
        return LinkEdit{from->id, QStringLiteral("instance"), toStd(to->id)};
    if (is(from, "ecr_repository") && is(to, "ecs_task_definition")) {
        // the repository feeds the first container's image
        nlohmann::json containers = to->prop("containers").is_array() ? to->prop("containers") : nlohmann::json::array();
        if (containers.empty())
            containers.push_back({{"name", "app"}});
        containers[0]["image"] = toStd(from->id + QStringLiteral(":latest"));
        return LinkEdit{to->id, QStringLiteral("containers"), containers};
    }
    if (is(from, "codepipeline"))
        return pipelineTarget(*from, *to);
    return std::nullopt;
}

} // namespace LinkRules
} // namespace kumo
