// Containers: ECS task definitions and services on Fargate.
#include "rulehelpers.h"
#include "rulesets.h"

#include "jsonfields.h"
#include "ruletext.h"

#include "references.h"
#include "validation/validationcontext.h"

#include <QSet>

namespace kumo::rules {

namespace {

using json::integer;
QString containerName(const nlohmann::json &container, size_t index)
{
    const QString name = json::string(container, "name");
    return name.isEmpty() ? msg("container #%1").arg(index + 1) : name;
}

void checkHostPort(const ValidationContext &ctx, FindingSink &sink)
{
    for (const Component *task : ctx.ofKind(kTask)) {
        if (!usesAwsvpc(*task))
            continue;
        const nlohmann::json containers = containersOf(*task);
        for (size_t i = 0; i < containers.size(); ++i) {
            const auto host = integer(containers[i], "host_port");
            const auto port = integer(containers[i], "container_port");
            if (host && port && *host != *port)
                sink.report({task->id}, msg("container %1 of %2 maps host port %3 to container port %4; in awsvpc mode they must be equal")
                                            .arg(containerName(containers[i], i), task->displayName())
                                            .arg(*host)
                                            .arg(*port));
        }
    }
}

/// Memory sizes (MiB) Fargate accepts for a CPU size, or an empty list for an unknown CPU size.
std::vector<qint64> fargateMemoryFor(qint64 cpu)
{
    auto range = [](qint64 from, qint64 to, qint64 step) {
        std::vector<qint64> values;
        for (qint64 m = from; m <= to; m += step)
            values.push_back(m);
        return values;
    };
    switch (cpu) {
    case 256: return {512, 1024, 2048};
    case 512: return range(1024, 4096, 1024);
    case 1024: return range(2048, 8192, 1024);
    case 2048: return range(4096, 16384, 1024);
    case 4096: return range(8192, 30720, 1024);
    case 8192: return range(16384, 61440, 4096);
    case 16384: return range(32768, 122880, 8192);
    default: return {};
    }
}

void checkFargateSize(const ValidationContext &ctx, FindingSink &sink)
{
    for (const Component *task : ctx.ofKind(kTask)) {
        if (!isFargate(*task))
            continue;
        const qint64 cpu = task->intProp("cpu", 256);
        const qint64 memory = task->intProp("memory", 512);
        const std::vector<qint64> allowed = fargateMemoryFor(cpu);
        if (allowed.empty())
            sink.report({task->id}, msg("Fargate task %1 asks for %2 CPU units; Fargate offers 256, 512, 1024, 2048, 4096, 8192 or 16384")
                                        .arg(task->displayName())
                                        .arg(cpu));
        else if (std::find(allowed.begin(), allowed.end(), memory) == allowed.end())
            sink.report({task->id}, msg("Fargate task %1 pairs %2 CPU units with %3 MiB; with %2 CPU units Fargate accepts %4 to %5 MiB")
                                        .arg(task->displayName())
                                        .arg(cpu)
                                        .arg(memory)
                                        .arg(allowed.front())
                                        .arg(allowed.back()));
    }
}

void checkImages(const ValidationContext &ctx, FindingSink &sink)
{
    for (const Component *task : ctx.ofKind(kTask)) {
        const nlohmann::json containers = containersOf(*task);
        if (containers.empty())
            sink.report({task->id}, msg("task definition %1 has no container").arg(task->displayName()));
        for (size_t i = 0; i < containers.size(); ++i) {
            const QString image = json::string(containers[i], "image").trimmed();
            if (image.isEmpty()) {
                sink.report({task->id}, msg("container %1 of %2 has no image").arg(containerName(containers[i], i), task->displayName()));
                continue;
            }
            const QString repository = imageRepositoryId(image);
            if (!repository.isEmpty() && !ctx.resolve(repository, {QStringLiteral("ecr_repository")}))
                sink.report({task->id}, msg("container %1 of %2 uses image %3, but there is no ECR repository '%4' in the design "
                                            "(write a public image in full, such as docker.io/library/nginx:latest)")
                                            .arg(containerName(containers[i], i), task->displayName(), image, repository));
        }
    }
}

void checkServiceNetwork(const ValidationContext &ctx, FindingSink &sink)
{
    for (const Component *svc : ctx.ofKind(kService)) {
        const Component *task = ctx.resolve(svc->stringProp("task_definition"), {kTask});
        const bool awsvpc = (task && usesAwsvpc(*task)) || svc->stringProp("launch_type") == QLatin1String("FARGATE");
        if (!awsvpc)
            continue;
        const auto subnets = resolveAll(ctx, *svc, QStringLiteral("subnets"), QStringLiteral("subnet"));
        if (subnets.empty()) {
            sink.report({svc->id}, msg("service %1 runs in awsvpc mode but has no subnets to place its tasks in").arg(svc->displayName()));
            continue;
        }
        QSet<const Component *> vpcs;
        for (const Component *s : subnets) {
            if (const Component *vpc = ctx.vpcOf(*s))
                vpcs.insert(vpc);
        }
        if (vpcs.size() > 1) {
            sink.report({svc->id}, msg("the subnets of service %1 are in %2 different VPCs").arg(svc->displayName()).arg(vpcs.size()));
            continue;
        }
        const Component *vpc = vpcs.isEmpty() ? nullptr : *vpcs.begin();
        for (const Component *sg : resolveAll(ctx, *svc, QStringLiteral("security_groups"), QStringLiteral("security_group"))) {
            const Component *sgVpc = ctx.vpcOf(*sg);
            if (vpc && sgVpc && sgVpc != vpc)
                sink.report({svc->id, sg->id}, msg("service %1 runs in subnets of VPC %2 but uses security group %3 of VPC %4")
                                                   .arg(svc->displayName(), vpc->displayName(), sg->displayName(), sgVpc->displayName()));
        }
    }
}

void checkContainerPort(const ValidationContext &ctx, FindingSink &sink)
{
    for (const Component *svc : ctx.ofKind(kService)) {
        const QString name = svc->stringProp("container_name");
        const qint64 port = svc->intProp("container_port", -1);
        const Component *task = ctx.resolve(svc->stringProp("task_definition"), {kTask});
        if (!task || (name.isEmpty() && port < 0))
            continue;
        const nlohmann::json containers = containersOf(*task);
        bool matched = false;
        for (const nlohmann::json &c : containers) {
            const bool nameOk = name.isEmpty() || json::string(c, "name") == name;
            const bool portOk = port < 0 || integer(c, "container_port") == port;
            matched = matched || (nameOk && portOk);
        }
        if (matched)
            continue;
        const QString wanted = name.isEmpty() ? msg("port %1").arg(port)
                               : port < 0     ? msg("'%1'").arg(name)
                                              : msg("'%1' on port %2").arg(name).arg(port);
        sink.report({svc->id, task->id}, msg("service %1 sends traffic to container %2, but task definition %3 has no such container")
                                             .arg(svc->displayName(), wanted, task->displayName()));
    }
}

} // namespace

std::vector<Rule> containerRules()
{
    return {
        {QStringLiteral("ecs.host-port"), Severity::Error, KUMO_RULE_TEXT("Host port differs from container port"),
         KUMO_RULE_TEXT("In awsvpc network mode, which Fargate always uses, every task has its own network interface, so "
                        "there is no host port to translate: the host port must equal the container port (or be left "
                        "out). Port mapping between different numbers only exists in bridge mode on EC2."),
         {kTask}, checkHostPort},
        {QStringLiteral("ecs.fargate-size"), Severity::Error, KUMO_RULE_TEXT("CPU and memory Fargate does not offer"),
         KUMO_RULE_TEXT("Fargate sells fixed combinations of CPU (1024 units = 1 vCPU) and memory. 256 units go with 512, "
                        "1024 or 2048 MiB; 512 with 1-4 GiB; 1024 with 2-8 GiB; 2048 with 4-16 GiB; 4096 with 8-30 GiB "
                        "(in 1 GiB steps); 8192 with 16-60 GiB (4 GiB steps); 16384 with 32-120 GiB (8 GiB steps). Pick "
                        "the smallest pair that fits the application."),
         {kTask}, checkFargateSize},
        {QStringLiteral("ecs.image-missing"), Severity::Error, KUMO_RULE_TEXT("Container without image"),
         KUMO_RULE_TEXT("Every container starts from an image. With ECR, you push the image to a repository and the task "
                        "definition names it (here: the repository's id with an optional :tag). Add the repository to the "
                        "design, or give the image's full URI."),
         {kTask, QStringLiteral("ecr_repository")}, checkImages},
        {QStringLiteral("ecs.service-network"), Severity::Error, KUMO_RULE_TEXT("Service without a network"),
         KUMO_RULE_TEXT("In awsvpc mode every task gets a network interface in one of the service's subnets, protected by "
                        "the service's security groups. So the service needs subnets (usually the private application "
                        "subnets of two zones), and its security groups must belong to the same VPC as those subnets."),
         {kService, kTask, QStringLiteral("subnet"), QStringLiteral("security_group"), QStringLiteral("vpc")}, checkServiceNetwork},
        {QStringLiteral("ecs.container-port-unknown"), Severity::Error, KUMO_RULE_TEXT("Service names an unknown container"),
         KUMO_RULE_TEXT("A service registers one container of each task with its target group, named by container name and "
                        "port. They must match a container of the task definition exactly, or ECS refuses the service."),
         {kService, kTask}, checkContainerPort},
    };
}

} // namespace kumo::rules
