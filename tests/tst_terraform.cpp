// Terraform export: golden configurations, HCL formatting and escaping, names, providers.
#include "catalog.h"
#include "designfile.h"
#include "hclwriter.h"
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
    void cliRefusesDesignsWithErrors();
};

void TestTerraform::golden_data()
{
    QTest::addColumn<QString>("design");
    for (const char *d : {"web-server", "three-tier", "multi-region", "every-kind"})
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
    // the primary's password is managed by RDS in Secrets Manager; the replica takes its source's
    QCOMPARE(data.count(QRegularExpression(QStringLiteral("\\n  manage_master_user_password += true\\n"))), 1);
    QVERIFY(!data.contains(QRegularExpression(QStringLiteral("\\n  password += "))));
    QVERIFY(!files.at(QStringLiteral("variables.tf")).contains(QStringLiteral("password")));
    QVERIFY(files.at(QStringLiteral("outputs.tf")).contains(QStringLiteral("aws_db_instance.app_db.master_user_secret[0].secret_arn")));
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
    row("managed policy at the root path", "every-kind", "iam.tf", R"(policy_arn = "arn:aws:iam::aws:policy/AmazonSSMManagedInstanceCore")", 1);
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
    row("service depends on the listener", "every-kind", "containers.tf", R"(depends_on = \[aws_lb_listener\.edge_alb_443\])", 1);
    row("service depends on the listener rule", "three-tier", "containers.tf", R"(depends_on = \[aws_lb_listener_rule\.web_alb_443_rule_1\])", 1);
    row("prefixed bucket names", "three-tier", "data.tf", R"(bucket = "\$\{var\.name_prefix\}-kumo-example-static-assets")", 1);
    row("main region is the default provider", "three-tier", "providers.tf", R"(provider "aws" \{\n  region = "ap-northeast-1")", 1);
    row("container gets the database address", "three-tier", "containers.tf", R"(name  = "DB_HOST"\n +value = aws_db_instance\.app_db\.address)", 1);
    row("container gets the database credentials from the secret", "three-tier", "containers.tf",
        R"(valueFrom = "\$\{aws_db_instance\.app_db\.master_user_secret\[0\]\.secret_arn\}:password::")", 1);
    row("execution role may read the secret", "three-tier", "iam.tf", R"(Action += "secretsmanager:GetSecretValue"\n +Resource = \[aws_db_instance\.app_db\.master_user_secret\[0\]\.secret_arn\])", 1);
    row("replica reader gets the source's secret", "every-kind", "containers.tf",
        R"(valueFrom = "\$\{aws_db_instance\.orders\.master_user_secret\[0\]\.secret_arn\}:username::")", 1);
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

QTEST_GUILESS_MAIN(TestTerraform)
#include "tst_terraform.moc"
