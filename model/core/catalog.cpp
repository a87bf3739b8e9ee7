#include "catalog.h"

#include <QCoreApplication>

namespace kumo {

using nlohmann::json;
using namespace spec;

#define N(text) QT_TRANSLATE_NOOP("kumo::Catalog", text)

namespace {
/// The catalog's data. Its texts are marked with N() and translated in the "kumo::Catalog"
/// context; the class tells lupdate that context (translations/update.sh).
struct CatalogData
{
    Q_DECLARE_TR_FUNCTIONS(kumo::Catalog)

public:

    static KindSpec kind(const char *id, const char *label, KindGroup group, std::initializer_list<const char *> parents,
                  const char *summary, std::vector<PropertySpec> properties)
    {
        KindSpec k;
        k.id = QString::fromLatin1(id);
        k.label = label;
        k.group = group;
        k.summary = summary;
        for (const char *p : parents) {
            if (qstrcmp(p, "-") == 0)
                k.topLevel = true;
            else if (qstrcmp(p, "*") == 0)
                k.anyParent = k.topLevel = true;
            else
                k.parents << QString::fromLatin1(p);
        }
        k.properties = std::move(properties);
        return k;
    }

    static std::vector<PropertySpec> securityGroupRuleFields()
    {
        return {
            choice("protocol", N("tcp, udp, icmp, or -1 for every protocol"), {"tcp", "udp", "icmp", "-1"}, "tcp"),
            integer("from_port", N("First port of the range")),
            integer("to_port", N("Last port of the range")),
            cidr("cidr", N("Address range the traffic comes from or goes to")),
            ref("source", N("Security group whose members the rule admits, instead of a CIDR"), {"security_group"}),
            text("description", N("Why the rule exists")),
        };
    }

    static std::vector<KindSpec> buildKinds()
    {
        const json allOutbound = json::array({json{{"protocol", "-1"}, {"from_port", 0}, {"to_port", 0}, {"cidr", "0.0.0.0/0"}}});

        return {
            // --- Network ---------------------------------------------------------------------
            kind("region", N("Region"), KindGroup::Network, {"-"},
                 N("A geographic area where AWS runs a group of data centres. Everything regional you build lives in exactly one region."),
                 {text("region", N("AWS region code, e.g. ap-northeast-1")).markRequired()}),
            kind("vpc", N("VPC"), KindGroup::Network, {"region"},
                 N("A Virtual Private Cloud: your own isolated network inside a region, with an IPv4 address range you choose."),
                 {cidr("cidr", N("IPv4 address range of the VPC, e.g. 10.0.0.0/16")).markRequired(),
                  boolean("enable_dns_hostnames", N("Give instances DNS host names"), true)}),
            kind("availability_zone", N("Availability zone"), KindGroup::Network, {"vpc"},
                 N("One or more isolated data centres inside a region. Spreading over two zones keeps a system up when one fails."),
                 {text("zone", N("Zone name, e.g. ap-northeast-1a")).markRequired()}),
            kind("subnet", N("Subnet"), KindGroup::Network, {"availability_zone"},
                 N("A slice of the VPC's address range in one availability zone. Public subnets route to the internet gateway; private ones do not."),
                 {cidr("cidr", N("IPv4 range inside the VPC, e.g. 10.0.1.0/24")).markRequired(),
                  boolean("public", N("Route 0.0.0.0/0 to the internet gateway"), false)}),
            kind("internet_gateway", N("Internet gateway"), KindGroup::Network, {"vpc"},
                 N("The door between a VPC and the internet. Public subnets send their internet traffic through it."), {}),
            kind("nat_gateway", N("NAT gateway"), KindGroup::Network, {"subnet", "vpc"},
                 N("Lets resources in private subnets open connections to the internet without being reachable from it. A zonal one lives in a public subnet; a regional one is attached to the VPC and serves all its zones."),
                 {}),
            kind("security_group", N("Security group"), KindGroup::Network, {"vpc"},
                 N("A stateful firewall attached to instances, load balancers, tasks and databases. Inbound traffic is denied unless a rule allows it; outbound is allowed by default."),
                 {text("description", N("What the group protects")),
                  objects("ingress", N("Inbound rules (nothing is allowed in without one)"), securityGroupRuleFields()),
                  objects("egress", N("Outbound rules (all traffic is allowed by default)"), securityGroupRuleFields(), allOutbound)}),
            kind("elastic_ip", N("Elastic IP"), KindGroup::Network, {"subnet", "region"},
                 N("A static public IPv4 address you own until you release it, and can attach to an instance."),
                 {ref("instance", N("Instance the address is attached to"), {"ec2_instance"})}),

            // --- Compute -------------------------------------------------------------------------
            kind("ec2_instance", N("EC2 instance"), KindGroup::Compute, {"subnet"},
                 N("A virtual server. It boots from an AMI, has an instance type that sets its CPU and memory, and an EBS volume as its disk."),
                 {text("ami", N("Machine image id, e.g. ami-0abcdef1234567890")).markRequired(),
                  text("instance_type", N("Size of the server, e.g. t3.micro"), "t3.micro"),
                  text("key_name", N("Name of the SSH key pair used to log in")),
                  integer("root_volume_gb", N("Size of the root EBS volume in GiB"), 8).range(1, 16384),
                  choice("volume_type", N("EBS volume type"), {"gp3", "gp2", "io1", "io2", "st1", "sc1", "standard"}, "gp3"),
                  refs("security_groups", N("Security groups protecting the instance"), {"security_group"}),
                  boolean("public_ip", N("Give the instance a public IPv4 address"), false),
                  ref("iam_role", N("Role the instance acts as (through an instance profile)"), {"iam_role"}),
                  text("user_data", N("Script the instance runs at its first boot, e.g. to install a web server"))}),

            // --- Containers ------------------------------------------------------------------------
            kind("ecr_repository", N("ECR repository"), KindGroup::Containers, {"region"},
                 N("A private registry for container images. ECS pulls task images from it."),
                 {choice("image_tag_mutability", N("Whether a tag can be moved to another image"), {"MUTABLE", "IMMUTABLE"}, "MUTABLE"),
                  boolean("scan_on_push", N("Scan images for vulnerabilities when pushed"), true)}),
            kind("ecs_cluster", N("ECS cluster"), KindGroup::Containers, {"region", "vpc"},
                 N("A logical group of ECS services and tasks. With Fargate there are no servers to manage in it."),
                 {boolean("container_insights", N("Collect CloudWatch Container Insights metrics"), false)}),
            kind("ecs_task_definition", N("ECS task definition"), KindGroup::Containers, {"region", "ecs_cluster"},
                 N("The blueprint of a task: which containers run, their images, ports, CPU and memory."),
                 {[] { auto p = text("family", N("Family name of the task definition (default: the component's name)")); p.defaultsToName = true; return p; }(),
                  integer("cpu", N("CPU units for the task (1024 = one vCPU)"), 256),
                  integer("memory", N("Memory for the task in MiB"), 512),
                  choice("launch_type", N("Where the task runs"), {"FARGATE", "EC2"}, "FARGATE"),
                  choice("network_mode", N("Container networking mode (Fargate needs awsvpc)"), {"awsvpc", "bridge", "host", "none"}, "awsvpc"),
                  ref("execution_role", N("Role ECS uses to pull images and write logs"), {"iam_role"}),
                  ref("task_role", N("Role the application in the containers acts as"), {"iam_role"}),
                  objects("containers", N("Containers of the task"),
                          {text("name", N("Container name")).markRequired(),
                           image("image", N("Image URI, or an ECR repository id with an optional :tag")),
                           integer("container_port", N("Port the application listens on")).range(0, 65535),
                           integer("host_port", N("Port on the host (defaults to the container port)")).range(0, 65535),
                           boolean("essential", N("Stop the task when this container stops"), true),
                           stringMap("environment", N("Environment variables")),
                           ref("database", N("Database the container talks to: its address and credentials are passed in as DB_HOST, DB_PORT, DB_USERNAME and DB_PASSWORD"),
                               {"rds_instance"})}).markRequired()}),
            kind("ecs_service", N("ECS service"), KindGroup::Containers, {"ecs_cluster"},
                 N("Keeps a number of copies of a task running, replaces failed ones and registers them with a target group."),
                 {ref("task_definition", N("Task definition the service runs"), {"ecs_task_definition"}).markRequired(),
                  integer("desired_count", N("Number of tasks to keep running"), 1).range(0, 100000),
                  choice("launch_type", N("Where the tasks run"), {"FARGATE", "EC2"}, "FARGATE"),
                  refs("subnets", N("Subnets the tasks are placed in"), {"subnet"}),
                  refs("security_groups", N("Security groups of the tasks"), {"security_group"}),
                  boolean("assign_public_ip", N("Give each task a public IP"), false),
                  ref("target_group", N("Target group the tasks register with"), {"target_group"}),
                  text("container_name", N("Container that receives the load balancer's traffic")),
                  integer("container_port", N("Port of that container")).range(0, 65535)}),

            // --- Load balancing --------------------------------------------------------------------
            kind("load_balancer", N("Application Load Balancer"), KindGroup::LoadBalancing, {"vpc"},
                 N("Spreads HTTP and HTTPS requests over targets in several availability zones. Listeners accept the traffic; rules choose a target group."),
                 {choice("scheme", N("Reachable from the internet, or only inside the VPC"), {"internet-facing", "internal"}, "internet-facing"),
                  refs("subnets", N("Subnets the load balancer sits in (two zones at least)"), {"subnet"}),
                  refs("security_groups", N("Security groups of the load balancer"), {"security_group"}),
                  objects("listeners", N("Ports the load balancer accepts traffic on"),
                          {integer("port", N("Port to listen on")).range(1, 65535),
                           choice("protocol", N("HTTP or HTTPS"), {"HTTP", "HTTPS"}, "HTTP"),
                           ref("certificate", N("Certificate for HTTPS"), {"acm_certificate"}),
                           ref("default_target_group", N("Where requests go when no rule matches"), {"target_group"}),
                           boolean("redirect_https", N("Redirect every request to HTTPS on port 443 instead of forwarding it"), false),
                           objects("rules", N("Rules that send matching requests to other target groups"),
                                   {integer("priority", N("Lower numbers are evaluated first (1-50000)")),
                                    text("path_pattern", N("Path to match, e.g. /api/*")),
                                    text("host_header", N("Host name to match, e.g. api.example.com")),
                                    ref("target_group", N("Target group for matching requests"), {"target_group"})})})}),
            kind("target_group", N("Target group"), KindGroup::LoadBalancing, {"vpc"},
                 N("A set of targets (instances, or task IP addresses) that a load balancer sends requests to, with a health check deciding which are in service."),
                 {integer("port", N("Port the targets receive traffic on"), 80).range(1, 65535),
                  choice("protocol", N("Protocol to the targets"), {"HTTP", "HTTPS"}, "HTTP"),
                  choice("target_type", N("ip for Fargate tasks, instance for EC2 instances"), {"ip", "instance"}, "ip"),
                  text("health_check_path", N("Path the health check requests"), "/"),
                  integer("health_check_interval", N("Seconds between health checks"), 30).range(5, 300),
                  integer("healthy_threshold", N("Successful checks before a target is healthy"), 3).range(2, 10),
                  refs("targets", N("EC2 instances registered as targets"), {"ec2_instance"})}),

            // --- Data ------------------------------------------------------------------------------
            kind("rds_instance", N("RDS database"), KindGroup::Data, {"subnet"},
                 N("A managed relational database. Multi-AZ keeps a standby copy in another zone; read replicas take read traffic."),
                 {choice("engine", N("Database engine"), {"mysql", "postgres", "mariadb"}, "mysql"),
                  text("engine_version", N("Engine version, e.g. 8.4 (MySQL) or 17 (PostgreSQL)")),
                  text("instance_class", N("Size of the database server"), "db.t3.micro"),
                  integer("allocated_storage", N("Storage in GiB"), 20).range(5, 65536),
                  boolean("multi_az", N("Keep a synchronous standby in another zone"), false),
                  refs("subnets", N("Subnets of the DB subnet group (two zones at least)"), {"subnet"}),
                  refs("security_groups", N("Security groups of the database"), {"security_group"}),
                  boolean("publicly_accessible", N("Give the database a public address"), false),
                  text("username", N("Master user name (the password is never stored in the design)"), "admin"),
                  ref("replicate_source", N("Primary database this one is a read replica of"), {"rds_instance"})}),
            kind("s3_bucket", N("S3 bucket"), KindGroup::Data, {"region"},
                 N("Object storage. Bucket names are global across all AWS accounts."),
                 {text("bucket", N("Globally unique bucket name")).markRequired(),
                  boolean("versioning", N("Keep every version of every object"), false),
                  boolean("block_public_access", N("Refuse any public access"), true),
                  boolean("website", N("Serve the bucket as a static website"), false)}),

            // --- Delivery & DNS ---------------------------------------------------------------------
            kind("cloudfront_distribution", N("CloudFront distribution"), KindGroup::DeliveryDns, {"-"},
                 N("A content delivery network: edge locations worldwide cache content from an origin close to the users."),
                 {ref("origin", N("S3 bucket or load balancer the content comes from"), {"s3_bucket", "load_balancer"}),
                  text("origin_domain", N("Domain name of a custom origin outside the design (when no origin is chosen), e.g. api.example.com")),
                  strings("aliases", N("Domain names served by the distribution")),
                  ref("certificate", N("Certificate for the aliases (must be in us-east-1)"), {"acm_certificate"}),
                  choice("price_class", N("Which edge locations are used"), {"PriceClass_100", "PriceClass_200", "PriceClass_All"}, "PriceClass_100"),
                  integer("default_ttl", N("Seconds an object stays cached by default"), 3600).range(0, 31536000),
                  choice("viewer_protocol_policy", N("How viewers may connect"), {"redirect-to-https", "https-only", "allow-all"}, "redirect-to-https")}),
            kind("acm_certificate", N("ACM certificate"), KindGroup::DeliveryDns, {"region"},
                 N("A free TLS certificate from AWS Certificate Manager, used by load balancers and CloudFront for HTTPS."),
                 {text("domain", N("Main domain name, e.g. www.example.com")).markRequired(),
                  strings("subject_alternative_names", N("Other names the certificate covers")),
                  choice("validation", N("How ownership of the domain is proved"), {"DNS", "EMAIL"}, "DNS")}),
            kind("route53_zone", N("Route 53 hosted zone"), KindGroup::DeliveryDns, {"-"},
                 N("The DNS records of one domain, served by Route 53."),
                 {text("domain", N("Domain name, e.g. example.com")).markRequired(),
                  boolean("private", N("Answer only inside a VPC"), false),
                  ref("vpc", N("VPC of a private zone"), {"vpc"}),
                  boolean("create", N("Create the zone (it must then be delegated before certificates in it can be issued); otherwise the existing zone is looked up by its domain"), false)}),
            kind("route53_record", N("Route 53 record"), KindGroup::DeliveryDns, {"route53_zone"},
                 N("A DNS record: maps a name to addresses, another name, or (as an alias) to an AWS resource."),
                 {text("name", N("Record name, relative to the zone or a full name inside it")).markRequired(),
                  choice("type", N("Record type"), {"A", "AAAA", "CNAME", "TXT", "MX"}, "A"),
                  ref("alias_target", N("AWS resource the alias points to"), {"load_balancer", "cloudfront_distribution", "s3_bucket"}),
                  strings("records", N("Values of a plain record (an Elastic IP or instance id of the design stands for its public address)")),
                  integer("ttl", N("Seconds resolvers may cache the answer"), 300).range(0, 2147483647),
                  choice("routing_policy", N("How Route 53 chooses among records of the same name"), {"simple", "weighted", "latency", "failover"}, "simple"),
                  integer("weight", N("Share of traffic for weighted routing")).range(0, 255),
                  text("set_identifier", N("Distinguishes records of the same name under a routing policy")),
                  text("health_check_path", N("Path for a health check of the target (creates one)"))}),

            // --- Identity ----------------------------------------------------------------------------
            kind("iam_policy", N("IAM policy"), KindGroup::Identity, {"-"},
                 N("A document of permissions: which actions are allowed or denied on which resources."),
                 {text("description", N("What the policy grants")),
                  objects("statements", N("Permission statements"),
                          {choice("effect", N("Allow or Deny"), {"Allow", "Deny"}, "Allow"),
                           strings("actions", N("Actions, e.g. s3:GetObject")),
                           strings("resources", N("Resource ARNs, or *"))})}),
            kind("iam_user", N("IAM user"), KindGroup::Identity, {"-"},
                 N("A person or program with long-term credentials. Give users permissions through groups."),
                 {refs("groups", N("Groups the user belongs to"), {"iam_group"}),
                  refs("policies", N("Policies attached directly to the user"), {"iam_policy"})}),
            kind("iam_group", N("IAM group"), KindGroup::Identity, {"-"},
                 N("A set of users sharing the same permissions."),
                 {refs("policies", N("Policies attached to the group"), {"iam_policy"})}),
            kind("iam_role", N("IAM role"), KindGroup::Identity, {"-"},
                 N("An identity with permissions that a trusted service (EC2, ECS tasks, CodeBuild, ...) assumes; it has no password and no long-term keys."),
                 {text("trusted_service", N("Service allowed to assume the role, e.g. ecs-tasks.amazonaws.com")).markRequired(),
                  refs("policies", N("Policies attached to the role"), {"iam_policy"}),
                  strings("managed_policies", N("AWS managed policies by name, e.g. AmazonECSTaskExecutionRolePolicy"))}),

            // --- CI/CD ---------------------------------------------------------------------------------
            kind("codecommit_repository", N("CodeCommit repository"), KindGroup::CiCd, {"region"},
                 N("A private Git repository hosted by AWS; a pipeline can start from its pushes."),
                 {text("default_branch", N("Branch the pipeline follows"), "main")}),
            kind("codebuild_project", N("CodeBuild project"), KindGroup::CiCd, {"region"},
                 N("Runs builds and tests in a fresh container, following the steps of buildspec.yml."),
                 {text("buildspec", N("Build specification file"), "buildspec.yml"),
                  text("image", N("Build environment image"), "aws/codebuild/standard:7.0"),
                  text("compute_type", N("Size of the build machine"), "BUILD_GENERAL1_SMALL"),
                  boolean("privileged_mode", N("Needed to build Docker images"), false),
                  ref("service_role", N("Role the build runs as"), {"iam_role"})}),
            kind("codedeploy_application", N("CodeDeploy application"), KindGroup::CiCd, {"region"},
                 N("Deploys new versions to EC2, ECS or Lambda following appspec.yml, for example as a blue/green deployment."),
                 {choice("compute_platform", N("What is deployed to"), {"ECS", "Server", "Lambda"}, "ECS"),
                  text("appspec", N("Deployment specification file"), "appspec.yml"),
                  ref("ecs_service", N("ECS service deployed to"), {"ecs_service"}),
                  ref("service_role", N("Role CodeDeploy acts as"), {"iam_role"})}),
            kind("codepipeline", N("CodePipeline"), KindGroup::CiCd, {"region"},
                 N("Automates the release: stages (source, build, test, approval, deploy) run in order and hand artifacts to each other."),
                 {ref("artifact_bucket", N("Bucket that stores the artifacts passed between stages"), {"s3_bucket"}).markRequired(),
                  ref("role", N("Role the pipeline runs as"), {"iam_role"}),
                  objects("stages", N("Stages, in order"),
                          {text("name", N("Stage name")).markRequired(),
                           objects("actions", N("Actions of the stage"),
                                   {text("name", N("Action name")).markRequired(),
                                    choice("category", N("What the action does"), {"source", "build", "test", "deploy", "approval", "invoke"}),
                                    choice("provider", N("Service that performs the action"),
                                           {"CodeCommit", "GitHub", "GitLab", "Bitbucket", "S3", "ECR", "CodeBuild", "Jenkins", "CodeDeploy", "ECS", "Manual", "Lambda", "StepFunctions"}),
                                    ref("target", N("Repository, project, service or application it acts on"),
                                        {"codecommit_repository", "codebuild_project", "ecs_service", "codedeploy_application", "s3_bucket", "ecr_repository"}),
                                    text("repository", N("Repository of a GitHub, GitLab or Bitbucket source, as owner/name (read through a CodeConnections connection)")),
                                    text("branch", N("Branch a GitHub, GitLab or Bitbucket source follows"), "main"),
                                    text("object_key", N("Object of an S3 source, e.g. source.zip (the bucket must keep versions)")),
                                    strings("input_artifacts", N("Artifacts the action reads")),
                                    strings("output_artifacts", N("Artifacts the action produces"))})})}),

            // --- Diagram -------------------------------------------------------------------------------
            kind("internet", N("Internet"), KindGroup::Diagram, {"-"},
                 N("The users on the internet: a starting point for arrows."), {}),
            kind("note", N("Note"), KindGroup::Diagram, {"*"},
                 N("Free text on the diagram."),
                 {text("text", N("Text of the note"))}),
        };
    }
};

} // namespace

QString kindGroupId(KindGroup group)
{
    switch (group) {
    case KindGroup::Network: return QStringLiteral("network");
    case KindGroup::Compute: return QStringLiteral("compute");
    case KindGroup::Containers: return QStringLiteral("containers");
    case KindGroup::LoadBalancing: return QStringLiteral("load_balancing");
    case KindGroup::Data: return QStringLiteral("data");
    case KindGroup::DeliveryDns: return QStringLiteral("delivery_dns");
    case KindGroup::Identity: return QStringLiteral("identity");
    case KindGroup::CiCd: return QStringLiteral("ci_cd");
    case KindGroup::Diagram: return QStringLiteral("diagram");
    }
    return {};
}

QString kindGroupDisplayName(KindGroup group)
{
    switch (group) {
    case KindGroup::Network: return QCoreApplication::translate("kumo::Catalog", "Network");
    case KindGroup::Compute: return QCoreApplication::translate("kumo::Catalog", "Compute");
    case KindGroup::Containers: return QCoreApplication::translate("kumo::Catalog", "Containers");
    case KindGroup::LoadBalancing: return QCoreApplication::translate("kumo::Catalog", "Load balancing");
    case KindGroup::Data: return QCoreApplication::translate("kumo::Catalog", "Data");
    case KindGroup::DeliveryDns: return QCoreApplication::translate("kumo::Catalog", "Delivery & DNS");
    case KindGroup::Identity: return QCoreApplication::translate("kumo::Catalog", "Identity");
    case KindGroup::CiCd: return QCoreApplication::translate("kumo::Catalog", "CI/CD");
    case KindGroup::Diagram: return QCoreApplication::translate("kumo::Catalog", "Diagram");
    }
    return {};
}

const PropertySpec *KindSpec::property(const QString &name) const
{
    for (const PropertySpec &p : properties) {
        if (p.name == name)
            return &p;
    }
    return nullptr;
}

QString KindSpec::displayName() const
{
    return QCoreApplication::translate("kumo::Catalog", label);
}

QString KindSpec::translatedSummary() const
{
    return QCoreApplication::translate("kumo::Catalog", summary);
}

const Catalog &Catalog::instance()
{
    static const Catalog catalog;
    return catalog;
}

Catalog::Catalog()
    : m_kinds(CatalogData::buildKinds())
{
    for (qsizetype i = 0; i < qsizetype(m_kinds.size()); ++i)
        m_index.insert(m_kinds[size_t(i)].id, i);
    for (const KindSpec &k : m_kinds) {
        for (const QString &parent : k.parents)
            m_containers.insert(parent, true);
    }
}

const KindSpec *Catalog::kind(const QString &id) const
{
    const auto it = m_index.constFind(id);
    return it == m_index.constEnd() ? nullptr : &m_kinds[size_t(*it)];
}

QString Catalog::displayName(const QString &kindId) const
{
    const KindSpec *spec = kind(kindId);
    return spec ? spec->displayName() : kindId;
}

bool Catalog::canContain(const QString &parentKind, const QString &childKind) const
{
    const KindSpec *child = kind(childKind);
    if (!child)
        return false;
    if (parentKind.isEmpty())
        return child->topLevel;
    if (child->anyParent)
        return hasKind(parentKind);
    return child->parents.contains(parentKind);
}

bool Catalog::isContainer(const QString &kindId) const
{
    return m_containers.value(kindId, false);
}

} // namespace kumo
