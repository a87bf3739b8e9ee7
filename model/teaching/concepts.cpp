#include "concepts.h"

#include <QCoreApplication>

namespace kumo {
namespace Concepts {

namespace {
// Written for Kumo from the notes it grew out of: what each thing is, how it fits with the others,
// and what to watch for. The rules listed are the checks a student meets on that kind.
std::vector<Concept> build()
{
    return {
        {QStringLiteral("region"),
         QT_TRANSLATE_NOOP("kumo::Concepts",
                     "A region is a separate geographic area of AWS, such as Tokyo (ap-northeast-1) or N. Virginia (us-"
                     "east-1). Regions are isolated from each other: a VPC, a subnet, a database or a load balancer lives "
                     "in exactly one region, and data leaves a region only when you send it. Pick the region close to your"
                     " users (latency) and allowed by your rules (where data may be stored). Some services are global and "
                     "belong to no region: IAM, Route 53 and CloudFront. CloudFront still takes its certificates from one "
                     "region, us-east-1."),
         {QStringLiteral("az.region-mismatch")}},
        {QStringLiteral("vpc"),
         QT_TRANSLATE_NOOP("kumo::Concepts",
                     "A VPC is your own private network in a region. You choose its IPv4 range when you create it "
                     "(10.0.0.0/16 is typical: 65,536 addresses) and cut that range into subnets, one availability zone "
                     "each. Nothing enters or leaves a VPC unless you add a way: an internet gateway for the internet, a "
                     "NAT gateway for outbound-only access, peering or a transit gateway for other networks. Plan ranges "
                     "that do not overlap with other VPCs or your office network, so that they can be connected later."),
         {QStringLiteral("cidr.invalid"), QStringLiteral("vpc.cidr-size"), QStringLiteral("vpc.cidr-not-private"), QStringLiteral("vpc.overlap")}},
        {QStringLiteral("availability_zone"),
         QT_TRANSLATE_NOOP("kumo::Concepts",
                     "An availability zone (AZ) is one or more data centres of a region with their own power, cooling and "
                     "network, a few kilometres from the others. A failure in one zone does not take down the others, so a"
                     " system that must stay up runs in at least two: a load balancer with subnets in two zones, servers "
                     "or tasks in both, a Multi-AZ database. Zone names are the region code plus a letter: ap-"
                     "northeast-1a, ap-northeast-1c."),
         {QStringLiteral("az.region-mismatch"), QStringLiteral("alb.two-azs"), QStringLiteral("rds.subnet-group-azs")}},
        {QStringLiteral("subnet"),
         QT_TRANSLATE_NOOP("kumo::Concepts",
                     "A subnet is a slice of the VPC's address range that lives in one availability zone. Its range must "
                     "lie inside the VPC's and must not overlap another subnet; AWS keeps five addresses of every subnet "
                     "for itself. What makes a subnet public is its route table: a route for 0.0.0.0/0 to the internet "
                     "gateway. Public subnets hold what the internet must reach (load balancers, NAT gateways, a bastion);"
                     " private subnets hold application servers and databases. The usual pattern is one public, one "
                     "application and one database subnet in each of two zones."),
         {QStringLiteral("cidr.invalid"), QStringLiteral("subnet.cidr-size"), QStringLiteral("subnet.outside-vpc"), QStringLiteral("subnet.overlap"), QStringLiteral("subnet.public-without-igw"), QStringLiteral("subnet.private-no-egress")}},
        {QStringLiteral("internet_gateway"),
         QT_TRANSLATE_NOOP("kumo::Concepts",
                     "An internet gateway connects a VPC to the internet, in both directions. A VPC has at most one, and "
                     "it does nothing by itself: a subnet uses it only when its route table sends 0.0.0.0/0 there, which "
                     "is what makes the subnet public. Resources in a public subnet also need a public IP address (or an "
                     "Elastic IP) to be reached. It is managed by AWS, scales by itself and costs nothing."),
         {QStringLiteral("subnet.public-without-igw")}},
        {QStringLiteral("nat_gateway"),
         QT_TRANSLATE_NOOP("kumo::Concepts",
                     "A NAT gateway lets servers in private subnets start connections to the internet (updates, container "
                     "images, external APIs) while nobody on the internet can start a connection to them. It translates "
                     "their private addresses to its own Elastic IP. It must sit in a public subnet, and the private "
                     "subnets' route tables send 0.0.0.0/0 to it. For availability, put one NAT gateway in each zone and "
                     "route each zone's private subnets to their own; it is billed per hour and per gigabyte."),
         {QStringLiteral("nat.private-subnet"), QStringLiteral("subnet.private-no-egress")}},
        {QStringLiteral("security_group"),
         QT_TRANSLATE_NOOP("kumo::Concepts",
                     "A security group is a firewall attached to a resource's network interface (instances, load "
                     "balancers, ECS tasks, databases). It is stateful: an answer to allowed traffic is let out "
                     "automatically. Inbound traffic is denied unless a rule allows it (by protocol, port range and "
                     "source); outbound traffic is allowed by default. A rule's source can be a CIDR range or another "
                     "security group, which is the tidy way to say 'only from the load balancer' or 'only from the "
                     "application'. Open as little as possible: the port the service listens on, from the clients that "
                     "need it."),
         {QStringLiteral("sg.ssh-open-world"), QStringLiteral("sg.db-open-world"), QStringLiteral("sg.all-open"), QStringLiteral("sg.port-range"), QStringLiteral("sg.cross-vpc"), QStringLiteral("sg.unreachable"), QStringLiteral("exposure.admin-direct"), QStringLiteral("exposure.target-blocked")}},
        {QStringLiteral("elastic_ip"),
         QT_TRANSLATE_NOOP("kumo::Concepts",
                     "An Elastic IP is a fixed public IPv4 address that belongs to your account until you release it. "
                     "Attached to an instance in a public subnet, it keeps the same address across stops and starts, so "
                     "DNS records and firewall allow-lists stay valid. NAT gateways use one too. AWS charges for every "
                     "public IPv4 address, attached or not, so release the ones you do not use. For web traffic, a load "
                     "balancer usually replaces the need for fixed addresses."),
         {QStringLiteral("eip.unattached"), QStringLiteral("ec2.public-ip-private-subnet")}},
        {QStringLiteral("ec2_instance"),
         QT_TRANSLATE_NOOP("kumo::Concepts",
                     "An EC2 instance is a virtual server. It starts from an AMI (a machine image: the operating system "
                     "and installed software), runs on an instance type that fixes its CPU and memory (t3.micro: 2 vCPU, 1"
                     " GiB), and keeps its disk on an EBS volume, which survives stops; instance store disks are faster "
                     "but lose their data when the instance stops. You log in with SSH and a key pair: AWS keeps the "
                     "public key, you keep the private one. Security groups decide who may connect, and an IAM role "
                     "(through an instance profile) gives the software on it permissions without stored keys."),
         {QStringLiteral("ec2.ami-format"), QStringLiteral("ec2.public-ip-private-subnet"), QStringLiteral("sg.unreachable"),
          QStringLiteral("sg.ssh-open-world"), QStringLiteral("exposure.admin-direct"), QStringLiteral("exposure.bypasses-load-balancer")}},
        {QStringLiteral("ecr_repository"),
         QT_TRANSLATE_NOOP("kumo::Concepts",
                     "An ECR repository stores the versions of one container image, each named by a tag (web:1.4.2, "
                     "web:latest). A build pushes images to it, and ECS pulls them when it starts tasks, using the task's "
                     "execution role. Immutable tags stop a tag from being moved to another image, so a deployed version "
                     "can always be found again; scan on push checks new images for known vulnerabilities."),
         {QStringLiteral("ecs.image-missing")}},
        {QStringLiteral("ecs_cluster"),
         QT_TRANSLATE_NOOP("kumo::Concepts",
                     "An ECS cluster is the logical place where ECS runs your tasks and services. With the Fargate launch "
                     "type AWS provides the machines, so the cluster is only a name and a boundary (for permissions, "
                     "capacity and monitoring). With the EC2 launch type the cluster also contains the instances you "
                     "manage. Container Insights adds CPU, memory and network metrics per service and task."),
         {}},
        {QStringLiteral("ecs_task_definition"),
         QT_TRANSLATE_NOOP("kumo::Concepts",
                     "A task definition is the blueprint of a task: which containers run together, their images, the ports"
                     " they listen on, environment variables, and the CPU and memory for the whole task. A task is one "
                     "running copy of it. On Fargate the network mode is awsvpc: each task gets its own network interface "
                     "and IP, so the host port equals the container port. The execution role lets ECS pull images and "
                     "write logs; the task role is what the application itself may do in AWS."),
         {QStringLiteral("ecs.host-port"), QStringLiteral("ecs.fargate-size"), QStringLiteral("ecs.image-missing")}},
        {QStringLiteral("ecs_service"),
         QT_TRANSLATE_NOOP("kumo::Concepts",
                     "An ECS service keeps a chosen number of tasks of one task definition running: it starts replacements"
                     " when tasks fail and replaces them step by step when you deploy a new version. It places tasks in "
                     "the subnets you give it (usually private ones in two zones) with its security groups, and registers "
                     "each task with a target group, naming the container and port that receive traffic, so that a load "
                     "balancer can reach them."),
         {QStringLiteral("ecs.service-network"), QStringLiteral("ecs.container-port-unknown"), QStringLiteral("tg.port-mismatch"), QStringLiteral("tg.target-type"), QStringLiteral("subnet.private-no-egress"), QStringLiteral("exposure.bypasses-load-balancer"), QStringLiteral("ecs.database-not-wired")}},
        {QStringLiteral("load_balancer"),
         QT_TRANSLATE_NOOP("kumo::Concepts",
                     "An Application Load Balancer receives HTTP and HTTPS requests and spreads them over healthy targets."
                     " Listeners accept connections on a port and protocol (HTTPS on 443 with an ACM certificate); each "
                     "listener has rules, checked by priority, that send a request to a target group by path or host name,"
                     " and a default action for the rest. It runs in subnets of at least two zones; internet-facing ones "
                     "sit in public subnets, while the servers behind them stay private and accept traffic only from the "
                     "load balancer's security group."),
         {QStringLiteral("alb.two-azs"), QStringLiteral("alb.listener-count"), QStringLiteral("alb.listener-port-duplicate"), QStringLiteral("alb.https-certificate"), QStringLiteral("alb.public-in-private-subnets"), QStringLiteral("alb.rule-priority"), QStringLiteral("alb.no-target"), QStringLiteral("exposure.internal-lb-public"), QStringLiteral("exposure.target-blocked"), QStringLiteral("alb.codedeploy-listener"), QStringLiteral("name.aws-collision")}},
        {QStringLiteral("target_group"),
         QT_TRANSLATE_NOOP("kumo::Concepts",
                     "A target group is the set of destinations a load balancer forwards to: EC2 instances (type instance)"
                     " or IP addresses such as Fargate tasks (type ip). Its port is the port on the target, which can "
                     "differ from the listener's port: HTTPS 443 outside, container port 8080 inside. A health check "
                     "requests a path on each target at an interval; only targets that answer correctly receive traffic, "
                     "so a broken task is taken out of service automatically."),
         {QStringLiteral("tg.port-mismatch"), QStringLiteral("tg.target-type"), QStringLiteral("alb.no-target"), QStringLiteral("exposure.target-blocked")}},
        {QStringLiteral("rds_instance"),
         QT_TRANSLATE_NOOP("kumo::Concepts",
                     "RDS runs a relational database (MySQL, PostgreSQL, MariaDB, Oracle, SQL Server) for you: "
                     "installation, patches, backups and failover. The database lives in a DB subnet group, private "
                     "subnets of at least two zones. Multi-AZ keeps a synchronous standby in another zone and switches to "
                     "it automatically if the primary fails; it does not serve reads. Read replicas are asynchronous "
                     "copies that take read-only queries off the primary, in the same or another region. Only the "
                     "application's security group should reach the database port."),
         {QStringLiteral("rds.subnet-group-azs"), QStringLiteral("rds.public"), QStringLiteral("rds.multi-az"), QStringLiteral("rds.replica-source"),
          QStringLiteral("rds.engine-version-support"), QStringLiteral("exposure.database-direct"), QStringLiteral("exposure.data-path"), QStringLiteral("rds.replica-source-credentials")}},
        {QStringLiteral("s3_bucket"),
         QT_TRANSLATE_NOOP("kumo::Concepts",
                     "S3 stores objects (files of any size) in buckets. A bucket name is global across every AWS account "
                     "and becomes part of a DNS name, so it follows strict rules. Objects are private unless a policy says"
                     " otherwise; Block Public Access is the switch that prevents accidents. Versioning keeps old versions"
                     " of every object. S3 can serve a static website, but the usual way to deliver files to users is "
                     "CloudFront in front of a private bucket."),
         {QStringLiteral("s3.bucket-name"), QStringLiteral("s3.bucket-duplicate"), QStringLiteral("s3.public"), QStringLiteral("cloudfront.origin")}},
        {QStringLiteral("cloudfront_distribution"),
         QT_TRANSLATE_NOOP("kumo::Concepts",
                     "CloudFront is a content delivery network: edge locations around the world keep copies of your "
                     "content close to the users, so pages load faster and the origin sees less traffic. A distribution "
                     "names its origin (an S3 bucket or a load balancer), the domain names it serves (aliases) with an ACM"
                     " certificate from us-east-1, how long objects stay cached (TTL) and whether viewers are redirected "
                     "to HTTPS. With an S3 origin, origin access control lets only CloudFront read the private bucket."),
         {QStringLiteral("cloudfront.origin"), QStringLiteral("cloudfront.certificate-region"), QStringLiteral("acm.domain-mismatch"), QStringLiteral("exposure.internal-lb-public"), QStringLiteral("cloudfront.price-class-region")}},
        {QStringLiteral("acm_certificate"),
         QT_TRANSLATE_NOOP("kumo::Concepts",
                     "AWS Certificate Manager issues TLS certificates for HTTPS, free for use with load balancers and "
                     "CloudFront, and renews them automatically. A certificate covers its domain name and any alternative "
                     "names; *.example.com covers one level of names. To prove that you own the domain, DNS validation "
                     "adds a CNAME record to your zone, which Route 53 can do in one step. Certificates are regional: a "
                     "load balancer uses one from its own region, CloudFront one from us-east-1."),
         {QStringLiteral("alb.https-certificate"), QStringLiteral("cloudfront.certificate-region"), QStringLiteral("acm.domain-mismatch")}},
        {QStringLiteral("route53_zone"),
         QT_TRANSLATE_NOOP("kumo::Concepts",
                     "A hosted zone holds the DNS records of one domain (example.com) and answers queries for it from "
                     "Route 53's worldwide name servers. A public zone answers the internet; you register the zone's four "
                     "name servers with your domain registrar. A private zone answers only inside the VPCs associated with"
                     " it. Records in the zone are names under the domain: www.example.com, api.example.com."),
         {QStringLiteral("route53.outside-zone"), QStringLiteral("route53.cname-apex"), QStringLiteral("route53.reserved-domain")}},
        {QStringLiteral("route53_record"),
         QT_TRANSLATE_NOOP("kumo::Concepts",
                     "A DNS record gives a name an answer: A for IPv4 addresses, AAAA for IPv6, CNAME for another name, MX"
                     " for mail, TXT for text. A Route 53 alias record points a name at an AWS resource (a load balancer, "
                     "a CloudFront distribution, an S3 website) and follows its changing addresses for free; unlike a "
                     "CNAME it also works at the zone apex (example.com itself). TTL is how long resolvers may cache the "
                     "answer. Routing policies (weighted, latency, failover) choose among several records of one name, and"
                     " health checks take failed ones out."),
         {QStringLiteral("route53.outside-zone"), QStringLiteral("route53.alias-target"), QStringLiteral("route53.cname-apex"), QStringLiteral("route53.documentation-address")}},
        {QStringLiteral("iam_policy"),
         QT_TRANSLATE_NOOP("kumo::Concepts",
                     "An IAM policy is a JSON document of permissions: statements that Allow or Deny actions "
                     "(s3:GetObject, ecs:UpdateService) on resources (ARNs). Everything is denied unless allowed, and an "
                     "explicit Deny always wins. Attach policies to groups and roles rather than to single users, and give"
                     " each only what its job needs: least privilege limits the damage of a leaked key or a bug."),
         {QStringLiteral("iam.wildcard")}},
        {QStringLiteral("iam_user"),
         QT_TRANSLATE_NOOP("kumo::Concepts",
                     "An IAM user is a person or program with long-term credentials: a password for the console, access "
                     "keys for the API. Use them sparingly: people are better served by groups (for permissions) and "
                     "multi-factor authentication, and software running in AWS should use roles instead of stored keys. "
                     "Never use the account's root user for daily work."),
         {QStringLiteral("iam.user-inline-policy")}},
        {QStringLiteral("iam_group"),
         QT_TRANSLATE_NOOP("kumo::Concepts",
                     "An IAM group collects users who do the same job (developers, operators) and gives them the same "
                     "policies. Permissions then follow the role people play in the team: when someone changes jobs you "
                     "move them to another group instead of editing their permissions one by one. Groups cannot be nested "
                     "and are not identities of their own: nobody signs in as a group."),
         {QStringLiteral("iam.user-inline-policy")}},
        {QStringLiteral("iam_role"),
         QT_TRANSLATE_NOOP("kumo::Concepts",
                     "An IAM role is an identity that a trusted party assumes for a while, receiving temporary "
                     "credentials. Its trust policy says who may assume it (a service such as ec2.amazonaws.com, ecs-"
                     "tasks.amazonaws.com or codebuild.amazonaws.com, or another account); its attached policies say what "
                     "it may do. Roles are how software in AWS gets permissions without stored keys: an instance profile "
                     "for EC2, the task and execution roles for ECS, service roles for CodeBuild, CodeDeploy and "
                     "CodePipeline."),
         {QStringLiteral("iam.role-trust"), QStringLiteral("iam.service-role-permissions")}},
        {QStringLiteral("codecommit_repository"),
         QT_TRANSLATE_NOOP("kumo::Concepts",
                     "CodeCommit hosts private Git repositories in your AWS account, with access controlled by IAM. A "
                     "pipeline's source stage can watch one branch and start a release on every push, handing the pushed "
                     "code to the next stage as an artifact."),
         {QStringLiteral("pipeline.source-first"), QStringLiteral("pipeline.provider")}},
        {QStringLiteral("codebuild_project"),
         QT_TRANSLATE_NOOP("kumo::Concepts",
                     "CodeBuild runs builds and tests in a fresh container for each run, following the commands in "
                     "buildspec.yml (install, pre_build, build, post_build) and uploading the files it lists as artifacts."
                     " You pick a build image and a machine size; privileged mode is needed to build Docker images, which "
                     "the build then pushes to ECR. The project's service role decides what the build may touch."),
         {QStringLiteral("pipeline.provider"), QStringLiteral("pipeline.artifact")}},
        {QStringLiteral("codedeploy_application"),
         QT_TRANSLATE_NOOP("kumo::Concepts",
                     "CodeDeploy installs a new version of an application on EC2 instances, ECS services or Lambda "
                     "functions, following an AppSpec file that says what to install where and which hooks to run at each "
                     "step of the deployment. For ECS it can do blue/green deployments: the new version starts beside the "
                     "old one in a second target group, traffic switches over, and rolling back is switching back."),
         {QStringLiteral("pipeline.provider")}},
        {QStringLiteral("codepipeline"),
         QT_TRANSLATE_NOOP("kumo::Concepts",
                     "CodePipeline automates a release as a sequence of stages: source (watch a repository, a bucket or an"
                     " image), build, test, approval (a person clicks approve), deploy and invoke (run a Lambda function)."
                     " A pipeline has at least two stages; the first holds only source actions. Stages pass work to each "
                     "other as artifacts, named outputs stored in the pipeline's S3 bucket: the source produces "
                     "SourceOutput, the build reads it and produces BuildOutput, the deploy reads that."),
         {QStringLiteral("pipeline.stage-count"), QStringLiteral("pipeline.source-first"), QStringLiteral("pipeline.artifact"), QStringLiteral("pipeline.provider")}},
        {QStringLiteral("internet"),
         QT_TRANSLATE_NOOP("kumo::Concepts",
                     "The internet component stands for the people and systems outside AWS that use what you build. It is "
                     "not an AWS resource and is not exported to Terraform; draw arrows from it to show where traffic "
                     "enters: to a CloudFront distribution, a load balancer, a Route 53 name."),
         {}},
        {QStringLiteral("note"),
         QT_TRANSLATE_NOOP("kumo::Concepts",
                     "A note is free text on the diagram, for explanations, decisions and to-dos. Notes are not exported "
                     "to Terraform."),
         {}},
    };
}
} // namespace

const std::vector<Concept> &all()
{
    static const std::vector<Concept> concepts = build();
    return concepts;
}

const Concept *forKind(const QString &kind)
{
    for (const Concept &c : all()) {
        if (c.kind == kind)
            return &c;
    }
    return nullptr;
}

QString Concept::translatedText() const
{
    return QCoreApplication::translate("kumo::Concepts", text);
}

} // namespace Concepts
} // namespace kumo
