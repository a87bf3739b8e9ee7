#include "propertylabels.h"

#include <QCoreApplication>
#include <QStringList>

#include <map>

namespace kumo {

namespace {
/// Labels by property name; "list.field" for a field of a structured list and "kind.name" for
/// a kind whose property means something else than the same name elsewhere.
const std::map<QString, const char *> &labels()
{
    static const std::map<QString, const char *> table = {
        {QStringLiteral("region"), QT_TRANSLATE_NOOP("kumo::PropertyLabel", "Region code")},
        {QStringLiteral("cidr"), QT_TRANSLATE_NOOP("kumo::PropertyLabel", "CIDR block")},
        {QStringLiteral("enable_dns_hostnames"), QT_TRANSLATE_NOOP("kumo::PropertyLabel", "DNS host names")},
        {QStringLiteral("zone"), QT_TRANSLATE_NOOP("kumo::PropertyLabel", "Zone name")},
        {QStringLiteral("public"), QT_TRANSLATE_NOOP("kumo::PropertyLabel", "Public subnet")},
        {QStringLiteral("description"), QT_TRANSLATE_NOOP("kumo::PropertyLabel", "Description")},
        {QStringLiteral("ingress"), QT_TRANSLATE_NOOP("kumo::PropertyLabel", "Inbound rules")},
        {QStringLiteral("egress"), QT_TRANSLATE_NOOP("kumo::PropertyLabel", "Outbound rules")},
        {QStringLiteral("protocol"), QT_TRANSLATE_NOOP("kumo::PropertyLabel", "Protocol")},
        {QStringLiteral("from_port"), QT_TRANSLATE_NOOP("kumo::PropertyLabel", "From port")},
        {QStringLiteral("to_port"), QT_TRANSLATE_NOOP("kumo::PropertyLabel", "To port")},
        {QStringLiteral("source"), QT_TRANSLATE_NOOP("kumo::PropertyLabel", "Source security group")},
        {QStringLiteral("instance"), QT_TRANSLATE_NOOP("kumo::PropertyLabel", "Attached instance")},
        {QStringLiteral("ami"), QT_TRANSLATE_NOOP("kumo::PropertyLabel", "AMI (machine image)")},
        {QStringLiteral("instance_type"), QT_TRANSLATE_NOOP("kumo::PropertyLabel", "Instance type")},
        {QStringLiteral("key_name"), QT_TRANSLATE_NOOP("kumo::PropertyLabel", "SSH key pair")},
        {QStringLiteral("user_data"), QT_TRANSLATE_NOOP("kumo::PropertyLabel", "Startup script (user data)")},
        {QStringLiteral("root_volume_gb"), QT_TRANSLATE_NOOP("kumo::PropertyLabel", "Root volume (GiB)")},
        {QStringLiteral("volume_type"), QT_TRANSLATE_NOOP("kumo::PropertyLabel", "Volume type")},
        {QStringLiteral("security_groups"), QT_TRANSLATE_NOOP("kumo::PropertyLabel", "Security groups")},
        {QStringLiteral("public_ip"), QT_TRANSLATE_NOOP("kumo::PropertyLabel", "Public IP address")},
        {QStringLiteral("iam_role"), QT_TRANSLATE_NOOP("kumo::PropertyLabel", "IAM role")},
        {QStringLiteral("image_tag_mutability"), QT_TRANSLATE_NOOP("kumo::PropertyLabel", "Image tags")},
        {QStringLiteral("scan_on_push"), QT_TRANSLATE_NOOP("kumo::PropertyLabel", "Scan images on push")},
        {QStringLiteral("container_insights"), QT_TRANSLATE_NOOP("kumo::PropertyLabel", "Container Insights")},
        {QStringLiteral("family"), QT_TRANSLATE_NOOP("kumo::PropertyLabel", "Family")},
        {QStringLiteral("cpu"), QT_TRANSLATE_NOOP("kumo::PropertyLabel", "CPU units")},
        {QStringLiteral("memory"), QT_TRANSLATE_NOOP("kumo::PropertyLabel", "Memory (MiB)")},
        {QStringLiteral("launch_type"), QT_TRANSLATE_NOOP("kumo::PropertyLabel", "Launch type")},
        {QStringLiteral("network_mode"), QT_TRANSLATE_NOOP("kumo::PropertyLabel", "Network mode")},
        {QStringLiteral("execution_role"), QT_TRANSLATE_NOOP("kumo::PropertyLabel", "Execution role")},
        {QStringLiteral("task_role"), QT_TRANSLATE_NOOP("kumo::PropertyLabel", "Task role")},
        {QStringLiteral("containers"), QT_TRANSLATE_NOOP("kumo::PropertyLabel", "Containers")},
        {QStringLiteral("containers.name"), QT_TRANSLATE_NOOP("kumo::PropertyLabel", "Container name")},
        {QStringLiteral("image"), QT_TRANSLATE_NOOP("kumo::PropertyLabel", "Image")},
        {QStringLiteral("container_port"), QT_TRANSLATE_NOOP("kumo::PropertyLabel", "Container port")},
        {QStringLiteral("host_port"), QT_TRANSLATE_NOOP("kumo::PropertyLabel", "Host port")},
        {QStringLiteral("essential"), QT_TRANSLATE_NOOP("kumo::PropertyLabel", "Essential")},
        {QStringLiteral("database"), QT_TRANSLATE_NOOP("kumo::PropertyLabel", "Database it talks to")},
        {QStringLiteral("environment"), QT_TRANSLATE_NOOP("kumo::PropertyLabel", "Environment variables")},
        {QStringLiteral("task_definition"), QT_TRANSLATE_NOOP("kumo::PropertyLabel", "Task definition")},
        {QStringLiteral("desired_count"), QT_TRANSLATE_NOOP("kumo::PropertyLabel", "Desired tasks")},
        {QStringLiteral("subnets"), QT_TRANSLATE_NOOP("kumo::PropertyLabel", "Subnets")},
        {QStringLiteral("assign_public_ip"), QT_TRANSLATE_NOOP("kumo::PropertyLabel", "Assign a public IP")},
        {QStringLiteral("target_group"), QT_TRANSLATE_NOOP("kumo::PropertyLabel", "Target group")},
        {QStringLiteral("container_name"), QT_TRANSLATE_NOOP("kumo::PropertyLabel", "Container name")},
        {QStringLiteral("scheme"), QT_TRANSLATE_NOOP("kumo::PropertyLabel", "Scheme")},
        {QStringLiteral("listeners"), QT_TRANSLATE_NOOP("kumo::PropertyLabel", "Listeners")},
        {QStringLiteral("port"), QT_TRANSLATE_NOOP("kumo::PropertyLabel", "Port")},
        {QStringLiteral("certificate"), QT_TRANSLATE_NOOP("kumo::PropertyLabel", "Certificate")},
        {QStringLiteral("default_target_group"), QT_TRANSLATE_NOOP("kumo::PropertyLabel", "Default target group")},
        {QStringLiteral("rules"), QT_TRANSLATE_NOOP("kumo::PropertyLabel", "Listener rules")},
        {QStringLiteral("priority"), QT_TRANSLATE_NOOP("kumo::PropertyLabel", "Priority")},
        {QStringLiteral("path_pattern"), QT_TRANSLATE_NOOP("kumo::PropertyLabel", "Path pattern")},
        {QStringLiteral("host_header"), QT_TRANSLATE_NOOP("kumo::PropertyLabel", "Host header")},
        {QStringLiteral("redirect_https"), QT_TRANSLATE_NOOP("kumo::PropertyLabel", "Redirect to HTTPS")},
        {QStringLiteral("target_type"), QT_TRANSLATE_NOOP("kumo::PropertyLabel", "Target type")},
        {QStringLiteral("health_check_path"), QT_TRANSLATE_NOOP("kumo::PropertyLabel", "Health check path")},
        {QStringLiteral("health_check_interval"), QT_TRANSLATE_NOOP("kumo::PropertyLabel", "Health check interval (s)")},
        {QStringLiteral("healthy_threshold"), QT_TRANSLATE_NOOP("kumo::PropertyLabel", "Healthy threshold")},
        {QStringLiteral("targets"), QT_TRANSLATE_NOOP("kumo::PropertyLabel", "Targets")},
        {QStringLiteral("engine"), QT_TRANSLATE_NOOP("kumo::PropertyLabel", "Engine")},
        {QStringLiteral("engine_version"), QT_TRANSLATE_NOOP("kumo::PropertyLabel", "Engine version")},
        {QStringLiteral("instance_class"), QT_TRANSLATE_NOOP("kumo::PropertyLabel", "Instance class")},
        {QStringLiteral("allocated_storage"), QT_TRANSLATE_NOOP("kumo::PropertyLabel", "Storage (GiB)")},
        {QStringLiteral("multi_az"), QT_TRANSLATE_NOOP("kumo::PropertyLabel", "Multi-AZ")},
        {QStringLiteral("publicly_accessible"), QT_TRANSLATE_NOOP("kumo::PropertyLabel", "Publicly accessible")},
        {QStringLiteral("username"), QT_TRANSLATE_NOOP("kumo::PropertyLabel", "Master user name")},
        {QStringLiteral("replicate_source"), QT_TRANSLATE_NOOP("kumo::PropertyLabel", "Replica of")},
        {QStringLiteral("bucket"), QT_TRANSLATE_NOOP("kumo::PropertyLabel", "Bucket name")},
        {QStringLiteral("versioning"), QT_TRANSLATE_NOOP("kumo::PropertyLabel", "Versioning")},
        {QStringLiteral("block_public_access"), QT_TRANSLATE_NOOP("kumo::PropertyLabel", "Block public access")},
        {QStringLiteral("website"), QT_TRANSLATE_NOOP("kumo::PropertyLabel", "Static website")},
        {QStringLiteral("origin"), QT_TRANSLATE_NOOP("kumo::PropertyLabel", "Origin")},
        {QStringLiteral("origin_domain"), QT_TRANSLATE_NOOP("kumo::PropertyLabel", "Custom origin domain")},
        {QStringLiteral("aliases"), QT_TRANSLATE_NOOP("kumo::PropertyLabel", "Alternate domain names")},
        {QStringLiteral("price_class"), QT_TRANSLATE_NOOP("kumo::PropertyLabel", "Price class")},
        {QStringLiteral("default_ttl"), QT_TRANSLATE_NOOP("kumo::PropertyLabel", "Default TTL (s)")},
        {QStringLiteral("viewer_protocol_policy"), QT_TRANSLATE_NOOP("kumo::PropertyLabel", "Viewer protocol policy")},
        {QStringLiteral("domain"), QT_TRANSLATE_NOOP("kumo::PropertyLabel", "Domain name")},
        {QStringLiteral("subject_alternative_names"), QT_TRANSLATE_NOOP("kumo::PropertyLabel", "Additional names")},
        {QStringLiteral("validation"), QT_TRANSLATE_NOOP("kumo::PropertyLabel", "Validation method")},
        {QStringLiteral("private"), QT_TRANSLATE_NOOP("kumo::PropertyLabel", "Private zone")},
        {QStringLiteral("vpc"), QT_TRANSLATE_NOOP("kumo::PropertyLabel", "VPC")},
        {QStringLiteral("create"), QT_TRANSLATE_NOOP("kumo::PropertyLabel", "Created by this design")},
        {QStringLiteral("route53_record.name"), QT_TRANSLATE_NOOP("kumo::PropertyLabel", "Record name")},
        {QStringLiteral("type"), QT_TRANSLATE_NOOP("kumo::PropertyLabel", "Record type")},
        {QStringLiteral("alias_target"), QT_TRANSLATE_NOOP("kumo::PropertyLabel", "Alias target")},
        {QStringLiteral("records"), QT_TRANSLATE_NOOP("kumo::PropertyLabel", "Values")},
        {QStringLiteral("ttl"), QT_TRANSLATE_NOOP("kumo::PropertyLabel", "TTL (s)")},
        {QStringLiteral("routing_policy"), QT_TRANSLATE_NOOP("kumo::PropertyLabel", "Routing policy")},
        {QStringLiteral("weight"), QT_TRANSLATE_NOOP("kumo::PropertyLabel", "Weight")},
        {QStringLiteral("set_identifier"), QT_TRANSLATE_NOOP("kumo::PropertyLabel", "Set identifier")},
        {QStringLiteral("statements"), QT_TRANSLATE_NOOP("kumo::PropertyLabel", "Statements")},
        {QStringLiteral("effect"), QT_TRANSLATE_NOOP("kumo::PropertyLabel", "Effect")},
        {QStringLiteral("actions"), QT_TRANSLATE_NOOP("kumo::PropertyLabel", "Actions")},
        {QStringLiteral("resources"), QT_TRANSLATE_NOOP("kumo::PropertyLabel", "Resources")},
        {QStringLiteral("groups"), QT_TRANSLATE_NOOP("kumo::PropertyLabel", "Groups")},
        {QStringLiteral("policies"), QT_TRANSLATE_NOOP("kumo::PropertyLabel", "Policies")},
        {QStringLiteral("trusted_service"), QT_TRANSLATE_NOOP("kumo::PropertyLabel", "Trusted service")},
        {QStringLiteral("managed_policies"), QT_TRANSLATE_NOOP("kumo::PropertyLabel", "AWS managed policies")},
        {QStringLiteral("default_branch"), QT_TRANSLATE_NOOP("kumo::PropertyLabel", "Default branch")},
        {QStringLiteral("buildspec"), QT_TRANSLATE_NOOP("kumo::PropertyLabel", "Buildspec file")},
        {QStringLiteral("codebuild_project.image"), QT_TRANSLATE_NOOP("kumo::PropertyLabel", "Build image")},
        {QStringLiteral("compute_type"), QT_TRANSLATE_NOOP("kumo::PropertyLabel", "Compute type")},
        {QStringLiteral("privileged_mode"), QT_TRANSLATE_NOOP("kumo::PropertyLabel", "Privileged mode (Docker builds)")},
        {QStringLiteral("service_role"), QT_TRANSLATE_NOOP("kumo::PropertyLabel", "Service role")},
        {QStringLiteral("compute_platform"), QT_TRANSLATE_NOOP("kumo::PropertyLabel", "Compute platform")},
        {QStringLiteral("appspec"), QT_TRANSLATE_NOOP("kumo::PropertyLabel", "AppSpec file")},
        {QStringLiteral("ecs_service"), QT_TRANSLATE_NOOP("kumo::PropertyLabel", "ECS service")},
        {QStringLiteral("artifact_bucket"), QT_TRANSLATE_NOOP("kumo::PropertyLabel", "Artifact bucket")},
        {QStringLiteral("role"), QT_TRANSLATE_NOOP("kumo::PropertyLabel", "Service role")},
        {QStringLiteral("stages"), QT_TRANSLATE_NOOP("kumo::PropertyLabel", "Stages")},
        {QStringLiteral("stages.name"), QT_TRANSLATE_NOOP("kumo::PropertyLabel", "Stage name")},
        {QStringLiteral("actions.name"), QT_TRANSLATE_NOOP("kumo::PropertyLabel", "Action name")},
        {QStringLiteral("category"), QT_TRANSLATE_NOOP("kumo::PropertyLabel", "Category")},
        {QStringLiteral("provider"), QT_TRANSLATE_NOOP("kumo::PropertyLabel", "Provider")},
        {QStringLiteral("target"), QT_TRANSLATE_NOOP("kumo::PropertyLabel", "Acts on")},
        {QStringLiteral("repository"), QT_TRANSLATE_NOOP("kumo::PropertyLabel", "Repository (owner/name)")},
        {QStringLiteral("branch"), QT_TRANSLATE_NOOP("kumo::PropertyLabel", "Branch")},
        {QStringLiteral("object_key"), QT_TRANSLATE_NOOP("kumo::PropertyLabel", "Source object key")},
        {QStringLiteral("input_artifacts"), QT_TRANSLATE_NOOP("kumo::PropertyLabel", "Input artifacts")},
        {QStringLiteral("output_artifacts"), QT_TRANSLATE_NOOP("kumo::PropertyLabel", "Output artifacts")},
        {QStringLiteral("text"), QT_TRANSLATE_NOOP("kumo::PropertyLabel", "Text")},
    };
    return table;
}

/// Words for raw values people should not have to decode ("property=value").
const std::map<QString, const char *> &valueWords()
{
    static const std::map<QString, const char *> table = {
        {QStringLiteral("protocol=tcp"), QT_TRANSLATE_NOOP("kumo::PropertyLabel", "TCP")},
        {QStringLiteral("protocol=udp"), QT_TRANSLATE_NOOP("kumo::PropertyLabel", "UDP")},
        {QStringLiteral("protocol=icmp"), QT_TRANSLATE_NOOP("kumo::PropertyLabel", "ICMP (ping)")},
        {QStringLiteral("protocol=-1"), QT_TRANSLATE_NOOP("kumo::PropertyLabel", "All traffic")},
    };
    return table;
}

QString translated(const char *text)
{
    return QCoreApplication::translate("kumo::PropertyLabel", text);
}
} // namespace

std::optional<QString> knownPropertyLabel(const QString &kind, const QString &path)
{
    const QString last = path.section(QLatin1Char('.'), -1);
    const QString parentList = path.section(QLatin1Char('.'), -2, -2);
    const QString dot = QStringLiteral(".");
    const QStringList keys = {kind + dot + path, parentList.isEmpty() ? QString() : parentList + dot + last, kind + dot + last, path, last};
    for (const QString &key : keys) {
        if (key.isEmpty())
            continue;
        const auto it = labels().find(key);
        if (it != labels().end())
            return translated(it->second);
    }
    return std::nullopt;
}

QString propertyLabel(const QString &kind, const QString &path)
{
    if (const auto known = knownPropertyLabel(kind, path))
        return *known;
    // a property from a newer file: its name, readable
    QString words = path.section(QLatin1Char('.'), -1);
    words.replace(QLatin1Char('_'), QLatin1Char(' '));
    if (!words.isEmpty())
        words[0] = words[0].toUpper();
    return words;
}

QString valueLabel(const QString &property, const QString &value)
{
    const auto it = valueWords().find(property + QLatin1Char('=') + value);
    return it != valueWords().end() ? translated(it->second) : value;
}

} // namespace kumo
