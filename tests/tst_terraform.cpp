// Terraform export: golden configurations, HCL formatting and escaping, names, providers.
#include "support/testregistry.h"
#include "catalog.h"
#include "designfile.h"
#include "designjson.h"
#include "hclwriter.h"
#include "prerequisites.h"
#include "terraformexporter.h"
#include "terraformnames.h"

#include <QProcess>
#include <QRegularExpression>
#include <QtTest>

using namespace kumo;
using hcl::Block;
using hcl::Value;

namespace {
Design load(const QString &path)
{
    DesignReadResult r = DesignFile::load(path);
    if (!r.ok())
        qFatal("%s", qPrintable(r.error.toString(path)));
    return std::move(*r.design);
}

QString designPath(const QString &name)
{
    const QString templ = QStringLiteral(KUMO_TEMPLATES "/%1.kumo").arg(name);
    return QFileInfo::exists(templ) ? templ : QStringLiteral(KUMO_TEST_DATA "/terraform/%1.kumo").arg(name);
}

QString allText(const std::map<QString, QString> &files)
{
    QString text;
    for (const auto &[name, content] : files)
        text += content;
    return text;
}
} // namespace

class TestTerraform : public QObject
{
    Q_OBJECT

private slots:
    void golden_data();
    void golden();
    void escaping_data();
    void escaping();
    void alignmentFollowsTerraformFmt();
    void namesAreReadableUniqueAndStable();
    void multiRegionBindsProviders();
    void everyKindExports();
    void databasePasswordsStayWithRds();
    void readyToApply_data();
    void readyToApply();
    void zonesAreLookedUpUnlessCreated();
    void replicaSourceKeepsThePasswordOutOfTheState();
    void tagsAndNamesFitWhatAwsAccepts();
    void freshAccount_data();
    void freshAccount();
    void pipelineRoleAllowsWhatItsActionsDo_data();
    void pipelineRoleAllowsWhatItsActionsDo();
    void s3SourceReadsAVersionedObject();
    void cliPrintsPrerequisites();
    void cliRefusesDesignsWithErrors();
};

void TestTerraform::golden_data()
{
    QTest::addColumn<QString>("design");
    for (const char *d : {"web-server", "three-tier", "multi-region", "every-kind", "fresh-account"})
        QTest::newRow(d) << QString::fromLatin1(d);
}

void TestTerraform::golden()
{
    QFETCH(QString, design);
    const std::map<QString, QString> files = TerraformExporter::generate(load(designPath(design)));
    QCOMPARE(TerraformExporter::generate(load(designPath(design))), files); // byte-identical every time
    const QDir goldenDir(QStringLiteral(KUMO_TEST_DATA "/terraform/golden/") + design);
    if (qEnvironmentVariableIsSet("KUMO_UPDATE_GOLDEN")) {
        QDir().mkpath(goldenDir.path());
        for (const QString &old : goldenDir.entryList({QStringLiteral("*.tf")}))
            QFile::remove(goldenDir.filePath(old));
        for (const auto &[name, text] : files) {
            QFile f(goldenDir.filePath(name));
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(text.toUtf8());
        }
        QSKIP("golden files rewritten; review them with git diff");
    }
    QStringList expectedNames = goldenDir.entryList({QStringLiteral("*.tf")}, QDir::Files, QDir::Name);
    QStringList actualNames;
    for (const auto &[name, text] : files)
        actualNames << name;
    QCOMPARE(actualNames, expectedNames);
    for (const auto &[name, text] : files) {
        QFile f(goldenDir.filePath(name));
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QString expected = QString::fromUtf8(f.readAll());
        if (text != expected) {
            const QStringList a = text.split(QLatin1Char('\n'));
            const QStringList e = expected.split(QLatin1Char('\n'));
            qsizetype line = 0;
            while (line < a.size() && line < e.size() && a[line] == e[line])
                ++line;
            QFAIL(qPrintable(QStringLiteral("%1 differs at line %2:\n  got:      %3\n  expected: %4\n(KUMO_UPDATE_GOLDEN=1 rewrites)")
                                 .arg(name).arg(line + 1).arg(a.value(line), e.value(line))));
        }
    }
}

void TestTerraform::escaping_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("hcl");
    QTest::newRow("plain") << "web" << "\"web\"";
    QTest::newRow("quote") << "say \"hi\"" << "\"say \\\"hi\\\"\"";
    QTest::newRow("backslash") << "C:\\temp" << "\"C:\\\\temp\"";
    QTest::newRow("interpolation") << "${var.x}" << "\"$${var.x}\"";
    QTest::newRow("directive") << "%{ if x }" << "\"%%{ if x }\"";
    QTest::newRow("lone dollar and percent") << "$5 and 100%" << "\"$5 and 100%\"";
    QTest::newRow("newline and tab") << "a\nb\tc\r" << "\"a\\nb\\tc\\r\"";
    QTest::newRow("control character") << QStringLiteral("bell\u0007") << "\"bell\\u0007\"";
    QTest::newRow("japanese") << QStringLiteral("東京") << QStringLiteral("\"東京\"");
}

void TestTerraform::escaping()
{
    QFETCH(QString, text);
    QFETCH(QString, hcl);
    QCOMPARE(hcl::print(Value::string(text)), hcl);
}

void TestTerraform::alignmentFollowsTerraformFmt()
{
    Block b(QStringLiteral("resource"), {QStringLiteral("aws_instance"), QStringLiteral("web")});
    b.attribute(QStringLiteral("ami"), Value::string(QStringLiteral("ami-1")));
    b.attribute(QStringLiteral("instance_type"), Value::string(QStringLiteral("t3.micro")));
    b.attribute(QStringLiteral("tags"), Value::object({{QStringLiteral("Name"), Value::string(QStringLiteral("web"))},
                                                       {QStringLiteral("Environment"), Value::string(QStringLiteral("prod"))}}));
    b.attribute(QStringLiteral("count"), Value::number(2));
    b.blank();
    b.block(QStringLiteral("root_block_device")).attribute(QStringLiteral("volume_size"), Value::number(8));
    b.block(QStringLiteral("metadata_options"));
    // `=` align within runs of single-line values; a multi-line value and nested blocks break
    // the run; objects align their own keys; an empty block is written {}
    const QString expected = QStringLiteral(
        "resource \"aws_instance\" \"web\" {\n"
        "  ami           = \"ami-1\"\n"
        "  instance_type = \"t3.micro\"\n"
        "  tags = {\n"
        "    Name        = \"web\"\n"
        "    Environment = \"prod\"\n"
        "  }\n"
        "  count = 2\n"
        "\n"
        "  root_block_device {\n"
        "    volume_size = 8\n"
        "  }\n"
        "  metadata_options {}\n"
        "}\n");
    QCOMPARE(hcl::print({b}), expected);
    // short lists stay on one line, lists of objects break with trailing commas
    QCOMPARE(hcl::print(Value::list({Value::number(1), Value::number(2)})), QStringLiteral("[1, 2]"));
    QCOMPARE(hcl::print(Value::list({Value::object({{QStringLiteral("a"), Value::number(1)}})})),
             QStringLiteral("[\n  {\n    a = 1\n  },\n]"));
    QCOMPARE(hcl::print(Value::object({{QStringLiteral("needs quotes"), Value::number(1)}})), QStringLiteral("{\n  \"needs quotes\" = 1\n}"));
}

void TestTerraform::namesAreReadableUniqueAndStable()
{
    QCOMPARE(TerraformNames::snakeCase(QStringLiteral("Public Subnet A")), QStringLiteral("public_subnet_a"));
    QCOMPARE(TerraformNames::snakeCase(QStringLiteral("web-alb (prod)")), QStringLiteral("web_alb_prod"));
    QCOMPARE(TerraformNames::snakeCase(QStringLiteral("3rd-tier")), QStringLiteral("r_3rd_tier"));
    QCOMPARE(TerraformNames::snakeCase(QStringLiteral("東京")), QString());
    const QByteArray text = R"({"format": "kumo-design", "version": 1, "components": [
      {"id": "r", "kind": "region", "name": "Tokyo", "props": {"region": "ap-northeast-1"}},
      {"id": "v", "kind": "vpc", "parent": "r", "name": "Main VPC", "props": {"cidr": "10.0.0.0/16"}},
      {"id": "sg-b", "kind": "security_group", "parent": "v", "name": "web"},
      {"id": "sg-a", "kind": "security_group", "parent": "v", "name": "Web"},
      {"id": "jp", "kind": "security_group", "parent": "v", "name": "ウェブ"},
      {"id": "tricky", "kind": "security_group", "parent": "v", "name": "main_public"},
      {"id": "eip", "kind": "elastic_ip", "parent": "r", "name": "edge"},
      {"id": "az", "kind": "availability_zone", "parent": "v", "props": {"zone": "ap-northeast-1a"}},
      {"id": "s", "kind": "subnet", "parent": "az", "name": "edge", "props": {"cidr": "10.0.1.0/24", "public": true}},
      {"id": "nat", "kind": "nat_gateway", "parent": "s", "name": "edge"}]})";
    const Design design = *DesignJson::read(text).design;
    const TerraformNames names(design);
    QCOMPARE(names.of(QStringLiteral("v")), QStringLiteral("main_vpc"));
    QCOMPARE(names.of(QStringLiteral("sg-a")), QStringLiteral("web"));   // canonical order: sg-a before sg-b
    QCOMPARE(names.of(QStringLiteral("sg-b")), QStringLiteral("web_2"));
    QCOMPARE(names.of(QStringLiteral("jp")), QStringLiteral("jp"));      // no Latin letters: the id
    QCOMPARE(names.of(QStringLiteral("tricky")), QStringLiteral("main_public_group"));
    QCOMPARE(names.of(QStringLiteral("s")), QStringLiteral("edge"));     // other kind: may share the name
    // NAT gateways and Elastic IPs both become aws_eip, so they never share a name
    QVERIFY(names.of(QStringLiteral("eip")) != names.of(QStringLiteral("nat")));
    const QString all = allText(TerraformExporter::generate(design));
    QCOMPARE(all.count(QStringLiteral("resource \"aws_eip\" \"edge\"")), 1);
    QCOMPARE(all.count(QStringLiteral("resource \"aws_eip\" \"edge_2\"")), 1);
    // no resource address appears twice
    const QRegularExpression header(QStringLiteral("resource \"([a-z0-9_]+)\" \"([a-z0-9_]+)\""));
    QSet<QString> seen;
    for (auto it = header.globalMatch(all); it.hasNext();) {
        const auto m = it.next();
        QVERIFY2(!seen.contains(m.captured(1) + m.captured(2)), qPrintable(m.captured(0)));
        seen.insert(m.captured(1) + m.captured(2));
    }
}

void TestTerraform::multiRegionBindsProviders()
{
    // Tokyo and Oregon hold seven components each: on a tie the first region in id order, Oregon,
    // is the main region and gets the default provider; Tokyo gets an aliased one
    const std::map<QString, QString> files = TerraformExporter::generate(load(designPath(QStringLiteral("multi-region"))));
    const QString providers = files.at(QStringLiteral("providers.tf"));
    QVERIFY(providers.contains(QStringLiteral("provider \"aws\" {\n  region = \"us-west-2\"\n")));
    QVERIFY(providers.contains(QStringLiteral("alias  = \"tokyo\"\n  region = \"ap-northeast-1\"")));
    QVERIFY(!providers.contains(QStringLiteral("alias  = \"oregon\"")));
    // resources of the main region and global ones (IAM) use the default provider; Tokyo's name theirs
    const QRegularExpression resource(QStringLiteral("resource \"(aws_[a-z0-9_]+)\" \"([a-z0-9_]+)\" \\{\\n(  provider = aws\\.([a-z_]+)\\n)?"));
    int tokyo = 0;
    int main = 0;
    for (const auto &[name, text] : files) {
        for (auto it = resource.globalMatch(text); it.hasNext();) {
            const auto m = it.next();
            // both buckets are named "logs": Oregon's (first in id order) is logs, Tokyo's logs_2
            const bool inTokyo = m.captured(2).startsWith(QStringLiteral("tokyo")) || m.captured(2) == QLatin1String("primary")
                                 || m.captured(2) == QLatin1String("primary_credentials")
                                 || m.captured(2) == QLatin1String("logs_2");
            if (inTokyo) {
                QCOMPARE(m.captured(4), QStringLiteral("tokyo"));
                ++tokyo;
            } else {
                QVERIFY2(m.captured(4).isEmpty(), qPrintable(m.captured(0)));
                ++main;
            }
        }
    }
    QVERIFY(tokyo >= 5);
    QVERIFY(main >= 5);
    const QString data = files.at(QStringLiteral("data.tf"));
    // the replica in Oregon replicates the Tokyo primary by ARN, through the default provider
    const qsizetype replica = data.indexOf(QStringLiteral("resource \"aws_db_instance\" \"dr_replica\" {\n  identifier"));
    QVERIFY(replica > 0);
    QVERIFY(data.indexOf(QStringLiteral("replicate_source_db  = aws_db_instance.primary.arn"), replica) > replica);
    QVERIFY(data.contains(QStringLiteral("resource \"aws_db_instance\" \"primary\" {\n  provider = aws.tokyo\n")));
}

void TestTerraform::everyKindExports()
{
    const Design design = load(designPath(QStringLiteral("every-kind")));
    const std::map<QString, QString> files = TerraformExporter::generate(design);
    const QString all = allText(files);
    // the design holds every kind, and each kind except the diagram-only ones becomes a resource
    const QHash<QString, QString> resourceOf = {
        {QStringLiteral("vpc"), QStringLiteral("aws_vpc")}, {QStringLiteral("subnet"), QStringLiteral("aws_subnet")},
        {QStringLiteral("internet_gateway"), QStringLiteral("aws_internet_gateway")}, {QStringLiteral("nat_gateway"), QStringLiteral("aws_nat_gateway")},
        {QStringLiteral("security_group"), QStringLiteral("aws_security_group")}, {QStringLiteral("elastic_ip"), QStringLiteral("aws_eip")},
        {QStringLiteral("ec2_instance"), QStringLiteral("aws_instance")}, {QStringLiteral("ecr_repository"), QStringLiteral("aws_ecr_repository")},
        {QStringLiteral("ecs_cluster"), QStringLiteral("aws_ecs_cluster")}, {QStringLiteral("ecs_task_definition"), QStringLiteral("aws_ecs_task_definition")},
        {QStringLiteral("ecs_service"), QStringLiteral("aws_ecs_service")}, {QStringLiteral("load_balancer"), QStringLiteral("aws_lb")},
        {QStringLiteral("target_group"), QStringLiteral("aws_lb_target_group")}, {QStringLiteral("rds_instance"), QStringLiteral("aws_db_instance")},
        {QStringLiteral("s3_bucket"), QStringLiteral("aws_s3_bucket")}, {QStringLiteral("cloudfront_distribution"), QStringLiteral("aws_cloudfront_distribution")},
        {QStringLiteral("acm_certificate"), QStringLiteral("aws_acm_certificate")}, {QStringLiteral("route53_zone"), QStringLiteral("aws_route53_zone")},
        {QStringLiteral("route53_record"), QStringLiteral("aws_route53_record")}, {QStringLiteral("iam_policy"), QStringLiteral("aws_iam_policy")},
        {QStringLiteral("iam_user"), QStringLiteral("aws_iam_user")}, {QStringLiteral("iam_group"), QStringLiteral("aws_iam_group")},
        {QStringLiteral("iam_role"), QStringLiteral("aws_iam_role")}, {QStringLiteral("codecommit_repository"), QStringLiteral("aws_codecommit_repository")},
        {QStringLiteral("codebuild_project"), QStringLiteral("aws_codebuild_project")}, {QStringLiteral("codedeploy_application"), QStringLiteral("aws_codedeploy_app")},
        {QStringLiteral("codepipeline"), QStringLiteral("aws_codepipeline")},
    };
    for (const KindSpec &kind : Catalog::instance().kinds()) {
        QVERIFY2(!design.componentsOfKind(kind.id).empty(), qPrintable(kind.id));
        if (kind.group == KindGroup::Diagram || kind.id == QLatin1String("region") || kind.id == QLatin1String("availability_zone"))
            continue;
        QVERIFY2(resourceOf.contains(kind.id), qPrintable(kind.id));
        QVERIFY2(all.contains(QStringLiteral("resource \"%1\"").arg(resourceOf.value(kind.id))), qPrintable(kind.id));
    }
    // the parts around them: routes, rules, attachments, validation, origin access, blue/green
    for (const char *type : {"aws_route_table", "aws_route_table_association", "aws_vpc_security_group_ingress_rule",
                             "aws_vpc_security_group_egress_rule", "aws_iam_instance_profile", "aws_lb_listener", "aws_lb_listener_rule",
                             "aws_lb_target_group_attachment", "aws_db_subnet_group", "aws_s3_bucket_versioning",
                             "aws_s3_bucket_public_access_block", "aws_s3_bucket_website_configuration", "aws_cloudfront_origin_access_control",
                             "aws_s3_bucket_policy", "aws_acm_certificate_validation", "aws_route53_health_check",
                             "aws_iam_user_group_membership", "aws_iam_user_policy_attachment", "aws_iam_group_policy_attachment",
                             "aws_iam_role_policy_attachment", "aws_codedeploy_deployment_group", "aws_cloudwatch_log_group",
                             "aws_cloudfront_cache_policy", "aws_cloudwatch_event_rule", "aws_cloudwatch_event_target", "aws_iam_role_policy"})
        QVERIFY2(all.contains(QStringLiteral("resource \"%1\"").arg(QString::fromLatin1(type))), type);
    for (const char *file : {"versions.tf", "providers.tf", "variables.tf", "outputs.tf", "network.tf", "compute.tf", "containers.tf",
                             "load_balancing.tf", "data.tf", "delivery.tf", "dns.tf", "iam.tf", "cicd.tf"})
        QVERIFY2(files.count(QString::fromLatin1(file)), file);
    QVERIFY(files.at(QStringLiteral("versions.tf")).contains(QStringLiteral("version = \"~> 6.0\"")));
    QVERIFY(files.at(QStringLiteral("outputs.tf")).contains(QStringLiteral("aws_lb.edge_alb.dns_name")));
    QVERIFY(files.at(QStringLiteral("outputs.tf")).contains(QStringLiteral("aws_route53_zone.example_net.name_servers")));
}

void TestTerraform::databasePasswordsStayWithRds()
{
    const std::map<QString, QString> files = TerraformExporter::generate(load(designPath(QStringLiteral("three-tier"))));
    const QString data = files.at(QStringLiteral("data.tf"));
    // no password in the configuration: RDS manages it, or (for a source of replicas, see
    // replicaSourceKeepsThePasswordOutOfTheState) a write-only argument carries it
    QVERIFY(!data.contains(QRegularExpression(QStringLiteral("\\n  password += "))));
    // the one password variable (the source of the replica's) has no value in the configuration
    const QString variables = files.at(QStringLiteral("variables.tf"));
    QCOMPARE(variables.count(QRegularExpression(QStringLiteral("variable \"[a-z_]*password[a-z_]*\" \\{"))), 1);
    const qsizetype at = variables.indexOf(QStringLiteral("variable \"app_db_master_password\" {"));
    QVERIFY(at >= 0);
    QVERIFY(!variables.mid(at, variables.indexOf(QStringLiteral("\n}\n"), at) - at).contains(QStringLiteral("default")));
    // MySQL 8.4 as the template says (a version in standard support)
    QVERIFY(data.contains(QRegularExpression(QStringLiteral("\\n  engine_version += \"8.4\"\\n"))));
}

void TestTerraform::readyToApply_data()
{
    // what a reviewer checks before `terraform apply` (issue 13), as text the export must contain
    QTest::addColumn<QString>("design");
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("pattern");
    QTest::addColumn<int>("count");
    const auto row = [](const char *name, const char *design, const char *file, const char *pattern, int count) {
        QTest::newRow(name) << QString::fromLatin1(design) << QString::fromLatin1(file) << QString::fromLatin1(pattern) << count;
    };
    row("one production listener per deployment group", "every-kind", "cicd.tf", R"(listener_arns = \[aws_lb_listener\.edge_alb_443\.arn\])", 1);
    row("no list of several listeners", "every-kind", "cicd.tf", R"(listener_arns = \[[^\]]*,)", 0);
    row("CodeDeploy service released by CodeDeployToECS", "every-kind", "cicd.tf", R"(provider += "CodeDeployToECS")", 1);
    row("image placeholder of CodeDeployToECS", "every-kind", "cicd.tf", R"(Image1ContainerName += "IMAGE1_NAME")", 1);
    row("other service released by an ECS action", "every-kind", "cicd.tf", R"(provider += "ECS")", 1);
    row("CodeDeploy service ignores what deployments change", "every-kind", "containers.tf", R"(ignore_changes = \[task_definition, load_balancer\])", 1);
    row("ECS-deployed service ignores its task definition", "every-kind", "containers.tf", R"(ignore_changes = \[task_definition\]\n)", 1);
    row("listener switched by CodeDeploy", "every-kind", "load_balancing.tf", R"(ignore_changes = \[default_action\])", 1);
    row("code deployment controller", "every-kind", "containers.tf", R"(type = "CODE_DEPLOY")", 1);
    row("IMDSv2 on every instance", "every-kind", "compute.tf", R"(http_tokens += "required")", 3);
    row("AMI from the public SSM parameter (Graviton)", "every-kind", "compute.tf", R"(name = "/aws/service/ami-amazon-linux-latest/al2023-ami-kernel-default-arm64")", 1);
    row("looked-up AMI does not replace instances", "every-kind", "compute.tf", R"(ignore_changes = \[ami\])", 1);
    row("real AMI stays a variable", "every-kind", "compute.tf", R"(ami += var\.[a-z_0-9]*ami\n)", 2);
    row("key pair is optional", "every-kind", "variables.tf", R"(variable "key_name" \{[^}]*default += null)", 1);
    row("Elastic IP after the internet gateway", "every-kind", "network.tf", R"(resource "aws_eip" "bastion_ip" \{[^}]*\}\n\n  depends_on = \[aws_internet_gateway\.)", 1);
    row("log group per task definition", "every-kind", "containers.tf", R"(resource "aws_cloudwatch_log_group")", 1);
    row("awslogs in every container", "every-kind", "containers.tf", R"(logDriver = "awslogs")", 2);
    row("managed policy by ARN with its path", "every-kind", "iam.tf",
        R"(policy_arn = "arn:aws:iam::aws:policy/service-role/AmazonECSTaskExecutionRolePolicy")", 1);
    // the design's own, and the Session Manager roles of the two instances without a role
    row("managed policy at the root path", "every-kind", "iam.tf", R"(policy_arn = "arn:aws:iam::aws:policy/AmazonSSMManagedInstanceCore")", 3);
    row("policy resource naming a bucket", "every-kind", "iam.tf", R"(Resource = \["\$\{aws_s3_bucket\.artifacts\.arn\}/\*"\])", 1);
    row("record naming an Elastic IP", "every-kind", "dns.tf", R"(records = \[aws_eip\.bastion_ip\.public_ip\])", 1);
    row("record naming an instance", "every-kind", "dns.tf", R"(records = \[aws_instance\.bastion\.public_ip, "192\.0\.2\.7"\])", 1);
    row("HTTP listener redirects", "every-kind", "load_balancing.tf", R"(type = "redirect")", 1);
    row("pipeline of type V2", "every-kind", "cicd.tf", R"(pipeline_type = "V2")", 1);
    row("CodeCommit source without polling", "every-kind", "cicd.tf", R"(PollForSourceChanges += "false")", 1);
    row("EventBridge starts the pipeline", "every-kind", "cicd.tf", R"(resource "aws_cloudwatch_event_target")", 1);
    row("no forwarded_values", "every-kind", "delivery.tf", R"(forwarded_values)", 0);
    row("managed cache policy for the load balancer origin", "every-kind", "delivery.tf", R"(name = "Managed-CachingDisabled")", 1);
    row("AAAA alias beside the A alias to CloudFront", "every-kind", "dns.tf", R"(type += "AAAA")", 1);
    row("service depends on the listener", "every-kind", "containers.tf", R"(depends_on = \[\n    aws_lb_listener\.edge_alb_443,\n)", 1);
    row("service depends on the listener rule", "three-tier", "containers.tf", R"(depends_on = \[\n    aws_lb_listener_rule\.web_alb_443_rule_1,\n)", 1);
    row("bucket names unique per account and region", "three-tier", "data.tf",
        R"(bucket += "\$\{var\.name_prefix\}-example-static-assets-\$\{data\.aws_caller_identity\.current\.account_id\}-ap-northeast-1")", 1);
    row("no doubled prefix in bucket names", "three-tier", "data.tf", R"(kumo-kumo)", 0);
    row("main region is the default provider", "three-tier", "providers.tf", R"(provider "aws" \{\n  region = "ap-northeast-1")", 1);
    row("containers get the database address", "three-tier", "containers.tf", R"(name  = "DB_HOST"\n +value = aws_db_instance\.app_db\.address)", 2);
    row("container gets the database credentials from the secret", "three-tier", "containers.tf",
        R"(valueFrom = "\$\{aws_secretsmanager_secret\.app_db_credentials\.arn\}:password::")", 2);
    row("execution and task roles may read the secret", "three-tier", "iam.tf",
        R"(Action += "secretsmanager:GetSecretValue"\n +Resource = \[aws_secretsmanager_secret\.app_db_credentials\.arn\])", 4);
    row("container gets the secret's ARN to read it again after a rotation", "three-tier", "containers.tf",
        R"(name  = "DB_SECRET_ARN"\n +value = aws_secretsmanager_secret\.app_db_credentials\.arn)", 2);
    row("replica reader gets the source's secret", "every-kind", "containers.tf",
        R"(valueFrom = "\$\{aws_secretsmanager_secret\.orders_credentials\.arn\}:username::")", 1);
    row("template AMI placeholder looked up", "web-server", "compute.tf", R"(ami += data\.aws_ssm_parameter\.al2023_x86_64\.insecure_value)", 1);
}

void TestTerraform::readyToApply()
{
    QFETCH(QString, design);
    QFETCH(QString, file);
    QFETCH(QString, pattern);
    QFETCH(int, count);
    const std::map<QString, QString> files = TerraformExporter::generate(load(designPath(design)));
    QVERIFY2(files.count(file), qPrintable(file));
    const QRegularExpression re(pattern);
    QVERIFY2(re.isValid(), qPrintable(re.errorString()));
    QCOMPARE(files.at(file).count(re), count);
}

void TestTerraform::zonesAreLookedUpUnlessCreated()
{
    const std::map<QString, QString> files = TerraformExporter::generate(load(designPath(QStringLiteral("every-kind"))));
    const QString dns = files.at(QStringLiteral("dns.tf"));
    // kumo-shop.org exists: looked up, and its records go into it
    QVERIFY(dns.contains(QStringLiteral("data \"aws_route53_zone\" \"kumo_shop_org\" {\n  name         = var.kumo_shop_org_domain\n  private_zone = false\n}")));
    QVERIFY(dns.contains(QStringLiteral("zone_id = data.aws_route53_zone.kumo_shop_org.zone_id")));
    QVERIFY(!dns.contains(QStringLiteral("resource \"aws_route53_zone\" \"kumo_shop_org\"")));
    // example.net is created by the design (create: true), the private zone always
    QVERIFY(dns.contains(QStringLiteral("resource \"aws_route53_zone\" \"example_net\"")));
    QVERIFY(dns.contains(QStringLiteral("resource \"aws_route53_zone\" \"internal\" {\n  name = \"core.internal\"")));
    // validating a certificate in the created zone waits for its delegation: the configuration says so
    QVERIFY(files.at(QStringLiteral("delivery.tf")).contains(QStringLiteral("terraform apply -target=aws_route53_zone.example_net")));
    // the templates look their zone up
    for (const char *templ : {"three-tier", "web-server"}) {
        const QString text = TerraformExporter::generate(load(designPath(QString::fromLatin1(templ)))).at(QStringLiteral("dns.tf"));
        QVERIFY2(text.contains(QStringLiteral("data \"aws_route53_zone\"")) && !text.contains(QStringLiteral("resource \"aws_route53_zone\"")), templ);
    }
}

void TestTerraform::replicaSourceKeepsThePasswordOutOfTheState()
{
    // RDS refuses replicas of a source whose password it manages: the source of the template's
    // replica gets a generated password, written only through write-only arguments
    const std::map<QString, QString> files = TerraformExporter::generate(load(designPath(QStringLiteral("three-tier"))));
    const QString data = files.at(QStringLiteral("data.tf"));
    QVERIFY(!data.contains(QStringLiteral("manage_master_user_password")));
    QCOMPARE(data.count(QStringLiteral("var.app_db_master_password")), 2); // database and secret
    QVERIFY(data.contains(QRegularExpression(QStringLiteral("\n  password_wo += var\\.app_db_master_password\n"))));
    // the variable is ephemeral: Terraform keeps it out of the plan and the state
    const QString variables = files.at(QStringLiteral("variables.tf"));
    const qsizetype at = variables.indexOf(QStringLiteral("variable \"app_db_master_password\" {"));
    QVERIFY(at >= 0);
    const QString block = variables.mid(at, variables.indexOf(QStringLiteral("\n}\n"), at) - at);
    QVERIFY(block.contains(QRegularExpression(QStringLiteral("\n  ephemeral += true\n"))));
    QVERIFY(block.contains(QRegularExpression(QStringLiteral("\n  sensitive += true\n"))));
    QVERIFY(block.contains(QStringLiteral("validation {")));
    // and whoever applies is told to give it
    const QStringList before = TerraformExporter::prerequisites(load(designPath(QStringLiteral("three-tier"))));
    QVERIFY(before.filter(QStringLiteral("TF_VAR_app_db_master_password")).size() == 1);
    QVERIFY(data.contains(QRegularExpression(QStringLiteral("\n  password_wo_version += 1\n"))));
    QVERIFY(data.contains(QRegularExpression(QStringLiteral("\n  secret_string_wo_version += 1\n"))));
    QVERIFY(!data.contains(QRegularExpression(QStringLiteral("\n  password += "))));
    QVERIFY(!data.contains(QRegularExpression(QStringLiteral("\n  secret_string += "))));
    QVERIFY(files.at(QStringLiteral("versions.tf")).contains(QStringLiteral("required_version = \">= 1.11.0\"")));
    QVERIFY(files.at(QStringLiteral("outputs.tf")).contains(QStringLiteral("value       = aws_secretsmanager_secret.app_db_credentials.arn")));

    // without the replica, RDS manages the password again, and Terraform 1.5 is enough
    Design design = load(designPath(QStringLiteral("three-tier")));
    QVERIFY(design.take(QStringLiteral("db-replica")));
    const std::map<QString, QString> single = TerraformExporter::generate(design);
    QCOMPARE(single.at(QStringLiteral("data.tf")).count(QRegularExpression(QStringLiteral("\n  manage_master_user_password += true\n"))), 1);
    QVERIFY(!single.at(QStringLiteral("data.tf")).contains(QStringLiteral("_master_password")));
    QVERIFY(single.at(QStringLiteral("versions.tf")).contains(QStringLiteral("required_version = \">= 1.5.0\"")));
    QVERIFY(single.at(QStringLiteral("containers.tf")).contains(QStringLiteral("${aws_db_instance.app_db.master_user_secret[0].secret_arn}:password::")));
}

void TestTerraform::tagsAndNamesFitWhatAwsAccepts()
{
    const std::map<QString, QString> files = TerraformExporter::generate(load(designPath(QStringLiteral("fresh-account"))));
    const QString all = allText(files);
    // tag values: IAM and CloudFront accept only [\p{L}\p{Z}\p{N}_.:/=+\-@]*, at most 256
    const QRegularExpression tag(QStringLiteral("\n +(Name|Design|ManagedBy) += \"([^\"]*)\""));
    const QRegularExpression allowed(QStringLiteral("^[\\p{L}\\p{Z}\\p{N}_.:/=+\\-@]{1,256}$"));
    int tags = 0;
    for (auto it = tag.globalMatch(all); it.hasNext(); ++tags) {
        const QString value = it.next().captured(2);
        QVERIFY2(allowed.match(value).hasMatch(), qPrintable(value));
    }
    QVERIFY(tags > 40);
    QVERIFY(files.at(QStringLiteral("providers.tf")).contains(QStringLiteral("Design    = \"Web app test\"")));
    QVERIFY(files.at(QStringLiteral("iam.tf")).contains(QStringLiteral("Name = \"codedeploy-role blue/green\"")));
    // names within AWS's limits once the prefix (at most 12 characters and a hyphen) is in front
    const auto checkNames = [&](const QString &file, const QString &type, int limit) {
        const QRegularExpression block(QStringLiteral("resource \"%1\" \"[a-z0-9_]+\" \\{\n(?:  [^\n]*\n|\n)*?  name +?= \"\\$\\{var\\.name_prefix\\}-([^\"]*)\"").arg(type));
        int n = 0;
        for (auto it = block.globalMatch(files.at(file)); it.hasNext(); ++n) {
            const QString rest = it.next().captured(1);
            QVERIFY2(13 + rest.size() <= limit, qPrintable(type + QLatin1Char(' ') + rest));
            QVERIFY2(!rest.contains(QLatin1Char('(')) && !rest.contains(QLatin1Char(' ')), qPrintable(rest));
        }
        QVERIFY2(n > 0, qPrintable(type));
    };
    checkNames(QStringLiteral("load_balancing.tf"), QStringLiteral("aws_lb"), 32);
    checkNames(QStringLiteral("load_balancing.tf"), QStringLiteral("aws_lb_target_group"), 32);
    checkNames(QStringLiteral("iam.tf"), QStringLiteral("aws_iam_role"), 64);
    checkNames(QStringLiteral("cicd.tf"), QStringLiteral("aws_codestarconnections_connection"), 32);
    QVERIFY(files.at(QStringLiteral("iam.tf")).contains(QStringLiteral("name = \"${var.name_prefix}-codedeploy-role--blue-green-\"")));
}

void TestTerraform::freshAccount_data()
{
    // the findings of the review of issue 24, as text the export of a fresh-account design must contain
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("pattern");
    QTest::addColumn<int>("count");
    const auto row = [](const char *name, const char *file, const char *pattern, int count) {
        QTest::newRow(name) << QString::fromLatin1(file) << QString::fromLatin1(pattern) << count;
    };
    row("no managed password on the source of a replica", "data.tf", R"(manage_master_user_password)", 0);
    row("GitHub through a CodeConnections connection", "cicd.tf", R"(resource "aws_codestarconnections_connection" "app_release_source" \{\n  name          = "\$\{var\.name_prefix\}-app-release-source"\n  provider_type = "GitHub")", 1);
    row("source reads the connection", "cicd.tf", R"(ConnectionArn += aws_codestarconnections_connection\.app_release_source\.arn)", 1);
    row("repository and branch of the design", "cicd.tf", R"(FullRepositoryId += "kumo-learners/web-app")", 1);
    row("branch of the design", "cicd.tf", R"(BranchName += "release")", 1);
    row("connection ARN in the outputs", "outputs.tf", R"(aws_codestarconnections_connection\.app_release_source\.arn)", 1);
    row("no CodeCommit left", "cicd.tf", R"(codecommit)", 0);
    row("ECS service-linked role on request", "iam.tf", R"(resource "aws_iam_service_linked_role" "ecs" \{\n  count = var\.create_ecs_service_linked_role \? 1 : 0\n\n  aws_service_name = "ecs\.amazonaws\.com")", 1);
    row("services wait for the service-linked role", "containers.tf", R"(aws_iam_service_linked_role\.ecs,?\n)", 2);
    row("services wait for their task roles' policies", "containers.tf", R"(aws_iam_role_policy_attachment\.app_task_role_app_read_static)", 2);
    row("services wait for the secret policies", "containers.tf", R"(aws_iam_role_policy\.web_task_database_secrets)", 1);
    row("user data of the web server", "compute.tf", R"(user_data += "#!/bin/bash\\ndnf install -y nginx\\n)", 1);
    row("user data keeps $ of the shell", "compute.tf", R"(status: \$\$\{HOSTNAME\} 100%)", 1);
    row("a new script replaces the instance", "compute.tf", R"(user_data_replace_on_change = true)", 1);
    row("instance profile for Session Manager", "compute.tf", R"(iam_instance_profile += aws_iam_instance_profile\.status_page_v2_ssm\.name)", 1);
    row("Session Manager core policy", "iam.tf", R"(resource "aws_iam_role_policy_attachment" "status_page_v2_ssm" \{\n  role       = aws_iam_role\.status_page_v2_ssm\.name\n  policy_arn = "arn:aws:iam::aws:policy/AmazonSSMManagedInstanceCore")", 1);
    row("Japan's edges for a Tokyo design", "delivery.tf", R"(price_class += "PriceClass_200")", 1);
    row("commented S3 backend with a lock file", "versions.tf", R"(  # backend "s3" \{\n(  #[^\n]*\n)*  #   use_lockfile = true\n  # \}\n\}\n$)", 1);
    row("log region from the provider", "containers.tf", R"(awslogs-region += data\.aws_region\.current\.region)", 2);
    row("no literal log region", "containers.tf", R"(awslogs-region += ")", 0);
    row("blue target group named so", "load_balancing.tf", R"(Name = "web-tg blue")", 1);
    row("green target group named so", "load_balancing.tf", R"(Name = "web-tg green")", 1);
    row("invalid headers dropped", "load_balancing.tf", R"(drop_invalid_header_fields = true)", 1);
    row("buckets emptied on destroy when asked", "data.tf", R"(force_destroy = var\.force_destroy)", 2);
    row("repositories emptied on destroy when asked", "containers.tf", R"(force_delete += var\.force_destroy)", 1);
    row("force_destroy off by default", "variables.tf", R"(variable "force_destroy" \{[^}]*default += false)", 1);
    row("CodeDeployToECS for the blue/green service", "cicd.tf", R"(provider += "CodeDeployToECS")", 1);
}

void TestTerraform::freshAccount()
{
    QFETCH(QString, file);
    QFETCH(QString, pattern);
    QFETCH(int, count);
    const std::map<QString, QString> files = TerraformExporter::generate(load(designPath(QStringLiteral("fresh-account"))));
    QVERIFY2(files.count(file), qPrintable(file));
    const QRegularExpression re(pattern);
    QVERIFY2(re.isValid(), qPrintable(re.errorString()));
    QCOMPARE(files.at(file).count(re), count);
}

void TestTerraform::pipelineRoleAllowsWhatItsActionsDo_data()
{
    // the permissions a CodePipeline role needs for its actions, from the CodePipeline user guide's
    // service role policy (issue 24, item 6): each must reach iam.tf once in the fresh-account design
    QTest::addColumn<QString>("action");
    for (const char *action : {"codedeploy:CreateDeployment", "codedeploy:GetDeployment", "codedeploy:GetApplication",
                               "codedeploy:GetApplicationRevision", "codedeploy:RegisterApplicationRevision",
                               "codedeploy:GetDeploymentConfig", "ecs:TagResource", "ecs:RegisterTaskDefinition", "ecs:UpdateService",
                               "codestar-connections:UseConnection", "codebuild:StartBuild", "codebuild:BatchGetBuilds"})
        QTest::newRow(action) << QString::fromLatin1(action);
}

void TestTerraform::pipelineRoleAllowsWhatItsActionsDo()
{
    QFETCH(QString, action);
    const QString iam = TerraformExporter::generate(load(designPath(QStringLiteral("fresh-account")))).at(QStringLiteral("iam.tf"));
    QCOMPARE(iam.count(QLatin1Char('"') + action + QLatin1Char('"')), 1);
}

void TestTerraform::s3SourceReadsAVersionedObject()
{
    // the other source a new account can use: an object in a versioned bucket of the design
    QFile file(designPath(QStringLiteral("fresh-account")));
    QVERIFY(file.open(QIODevice::ReadOnly));
    QByteArray text = file.readAll();
    const QByteArray github = R"("provider": "GitHub",
                "repository": "kumo-learners/web-app",
                "branch": "release",)";
    QVERIFY(text.contains(github));
    text.replace(github, R"("provider": "S3", "target": "artifacts", "object_key": "releases/web.zip",)");
    DesignReadResult read = DesignJson::read(text);
    QVERIFY2(read.ok(), qPrintable(read.error.toString(QStringLiteral("fresh-account"))));
    const std::map<QString, QString> files = TerraformExporter::generate(*read.design);
    const QString cicd = files.at(QStringLiteral("cicd.tf"));
    QVERIFY(cicd.contains(QRegularExpression(QStringLiteral("\n +provider += \"S3\"\n"))));
    QVERIFY(cicd.contains(QRegularExpression(QStringLiteral("\n +S3Bucket += aws_s3_bucket\\.pipeline_artifacts\\.bucket\n"))));
    QVERIFY(cicd.contains(QRegularExpression(QStringLiteral("\n +S3ObjectKey += \"releases/web\\.zip\"\n"))));
    QVERIFY(!cicd.contains(QStringLiteral("aws_codestarconnections_connection")));
    // the bucket keeps versions (each upload starts a release), and the role may read them
    QVERIFY(files.at(QStringLiteral("data.tf")).contains(QRegularExpression(QStringLiteral("resource \"aws_s3_bucket_versioning\" \"pipeline_artifacts\""))));
    const QString iam = files.at(QStringLiteral("iam.tf"));
    QVERIFY(iam.contains(QStringLiteral("\"s3:GetObjectVersion\"")));
    QVERIFY(iam.contains(QStringLiteral("\"s3:GetBucketVersioning\"")));
    // and nothing is left for the console: no connection to authorise
    QVERIFY(TerraformExporter::prerequisites(*read.design).filter(QStringLiteral("Connections")).isEmpty());
}

void TestTerraform::cliPrintsPrerequisites()
{
    QTemporaryDir dir;
    QProcess p;
    p.start(QStringLiteral(KUMO_EXECUTABLE), {QStringLiteral("export"), QStringLiteral("terraform"), designPath(QStringLiteral("fresh-account")),
                                              QStringLiteral("-o"), dir.filePath(QStringLiteral("tf"))});
    QVERIFY(p.waitForFinished());
    QCOMPARE(p.exitCode(), 0);
    const QStringList lines = QString::fromUtf8(p.readAllStandardOutput()).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 5); // what was written, zones and passwords, then connections and images
    QVERIFY(lines.at(1).startsWith(QStringLiteral("before apply, zones: hosted zone kumo-demo.net must already exist")));
    QVERIFY(lines.at(2).startsWith(QStringLiteral("before apply, passwords: set TF_VAR_app_db_master_password (8 to 41 characters)")));
    // the connection and the repositories exist only once apply has made them
    QVERIFY(lines.at(3).startsWith(QStringLiteral("after apply, connections: authorise GitHub (Source of app-release)")));
    QVERIFY(lines.at(4).startsWith(QStringLiteral("after apply, images: push web-repo:api-1.0.0, web-repo:1.0.0 ")));
    // a design that needs nothing outside Terraform prints nothing more
    p.start(QStringLiteral(KUMO_EXECUTABLE), {QStringLiteral("export"), QStringLiteral("terraform"), QStringLiteral(KUMO_TEST_DATA "/diagram-names.kumo"),
                                              QStringLiteral("-o"), dir.filePath(QStringLiteral("tf2"))});
    QVERIFY(p.waitForFinished());
    QCOMPARE(p.exitCode(), 0);
    QCOMPARE(QString::fromUtf8(p.readAllStandardOutput()).count(QLatin1Char('\n')), 1);
}

void TestTerraform::cliRefusesDesignsWithErrors()
{
    QTemporaryDir dir;
    const QString broken = dir.filePath(QStringLiteral("broken.kumo"));
    QFile::copy(QStringLiteral(KUMO_TEST_DATA "/spec-example.kumo"), broken);
    const QString out = dir.filePath(QStringLiteral("tf"));
    QProcess p;
    p.start(QStringLiteral(KUMO_EXECUTABLE), {QStringLiteral("export"), QStringLiteral("terraform"), broken, QStringLiteral("-o"), out});
    QVERIFY(p.waitForFinished());
    QCOMPARE(p.exitCode(), 1);
    QVERIFY(QString::fromUtf8(p.readAllStandardError()).contains(QStringLiteral("--force")));
    QVERIFY(!QFileInfo::exists(out));
    p.start(QStringLiteral(KUMO_EXECUTABLE), {QStringLiteral("export"), QStringLiteral("terraform"), broken, QStringLiteral("-o"), out, QStringLiteral("--force")});
    QVERIFY(p.waitForFinished());
    QCOMPARE(p.exitCode(), 0);
    QVERIFY(QFileInfo::exists(dir.filePath(QStringLiteral("tf/network.tf"))));
    p.start(QStringLiteral(KUMO_EXECUTABLE), {QStringLiteral("export"), QStringLiteral("terraform"), broken});
    QVERIFY(p.waitForFinished());
    QCOMPARE(p.exitCode(), 2); // no -o
}

KUMO_TEST_GUILESS_MAIN(TestTerraform)
#include "tst_terraform.moc"
