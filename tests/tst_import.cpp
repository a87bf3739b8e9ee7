// Importing Terraform state and plans (import.md): the three input shapes, modules, count and for_each,
// unknown values, several regions, secrets, other providers, bad input, and round trips of the templates.
#include "support/testregistry.h"
#include "catalog.h"
#include "designfile.h"
#include "designjson.h"
#include "references.h"
#include "terraformexporter.h"
#include "terraformimporter.h"
#include "costestimator.h"
#include "validator.h"

#include <QFile>
#include <QProcess>
#include <QSet>
#include <QtTest>

using namespace kumo;
using namespace kumo::tfimport;

namespace {

QByteArray readData(const QString &name)
{
    QFile f(QStringLiteral(KUMO_TEST_DATA "/import/") + name);
    if (!f.open(QIODevice::ReadOnly))
        qFatal("cannot read %s", qPrintable(name));
    return f.readAll();
}

ImportResult importFiles(const QStringList &names, const QString &designName = QStringLiteral("imported"))
{
    std::vector<ImportSource> sources;
    for (const QString &n : names)
        sources.push_back({n, readData(n)});
    return TerraformImporter::import(sources, designName);
}

Design loadDesign(const QString &path)
{
    DesignReadResult r = DesignFile::load(path);
    if (!r.ok())
        qFatal("%s", qPrintable(r.error.toString(path)));
    return std::move(*r.design);
}

/// Findings that an import must never cause.
QStringList structuralErrors(const Design &design)
{
    QStringList out;
    for (const Finding &f : Validator::validate(design)) {
        if (f.rule == QLatin1String("ref.dangling") || f.rule.startsWith(QLatin1String("structure.")))
            out << f.rule + QLatin1Char(' ') + f.components.join(QLatin1Char(',')) + QLatin1Char(' ') + f.message;
    }
    return out;
}

const ImportReport::Entry *entry(const ImportReport &report, const QString &address)
{
    for (const ImportReport::Entry &e : report.entries) {
        if (e.address == address)
            return &e;
    }
    return nullptr;
}

/// The component's parent chain up to the region, as kinds and ids: "subnet public-0 < availability_zone ... < vpc ..."
QString parentOfKind(const Design &d, const QString &id, const QString &kind)
{
    const Component *c = d.ancestorOfKind(id, kind);
    return c ? c->id : QString();
}

bool hasAssumption(const ImportReport &report, const QString &part1, const QString &part2 = QString())
{
    for (const QString &a : report.assumptions) {
        if (a.contains(part1) && a.contains(part2))
            return true;
    }
    return false;
}

/// Exports @p design and, when the environment names them (KUMO_TFCHECK: a provider-schema checker
/// taking a folder; KUMO_TERRAFORM: a terraform executable for `fmt -check`), checks the configuration
/// with them; the suite itself needs neither. Returns the files.
std::map<QString, QString> exportChecked(const Design &design)
{
    QTemporaryDir dir;
    QString error;
    if (!TerraformExporter::write(design, dir.path(), &error))
        qFatal("%s", qPrintable(error));
    const QString tfcheck = qEnvironmentVariable("KUMO_TFCHECK");
    if (!tfcheck.isEmpty()) {
        QProcess check;
        check.start(tfcheck, {dir.path()});
        if (!check.waitForFinished(120000) || check.exitCode() != 0)
            qWarning("%s", check.readAllStandardOutput().constData());
        if (check.exitCode() != 0)
            QTest::qFail("tfcheck rejects the export", __FILE__, __LINE__);
    }
    const QString terraform = qEnvironmentVariable("KUMO_TERRAFORM");
    if (!terraform.isEmpty()) {
        QProcess fmt;
        fmt.start(terraform, {QStringLiteral("fmt"), QStringLiteral("-check"), dir.path()});
        fmt.waitForFinished(60000);
        if (fmt.exitCode() != 0)
            QTest::qFail("terraform fmt -check rejects the export", __FILE__, __LINE__);
    }
    return TerraformExporter::generate(design);
}

} // namespace

class TestImport : public QObject
{
    Q_OBJECT

private slots:
    void threeShapesGiveTheSameDesign_data();
    void threeShapesGiveTheSameDesign();
    void reportAccountsForEveryResource();
    void secretsAreNeverCopied();
    void modulesCountAndForEach();
    void unknownValuesFollowConfigurationReferences();
    void severalRegionsAndProviderAliases();
    void otherProvidersAreReportedAsSkipped();
    void severalInputsAreMerged();
    void networksOfOtherStacksComeFromDataSources();
    void vpcsNamedButNotDescribedAreAdded();
    void badInputIsRefusedWithThePlace_data();
    void badInputIsRefusedWithThePlace();
    void templatesRoundTrip_data();
    void templatesRoundTrip();
    void connectionSourceComesBack();
    void cliWritesDesignAndReport();
    void vpcModulePlanKeepsItsNetwork();
    void onlyCidrContainmentTellsTheVpc();
    void cloudFrontOriginsOfEveryKind();
    void zoneManagedAndReadIsOneZone();
    void regionalNatGatewayAndInlinePolicies();
    void distributionWithoutOriginIsNeverWritten();
};

void TestImport::threeShapesGiveTheSameDesign_data()
{
    QTest::addColumn<QString>("input");
    QTest::newRow("state file") << QStringLiteral("network.tfstate");
    QTest::newRow("show -json of the state") << QStringLiteral("network-show.json");
    QTest::newRow("show -json of a plan") << QStringLiteral("network-plan.json");
}

void TestImport::threeShapesGiveTheSameDesign()
{
    QFETCH(QString, input);
    const ImportResult result = importFiles({input}, QStringLiteral("network"));
    QVERIFY2(result.ok(), qPrintable(result.errorText()));
    const Design expected = loadDesign(QStringLiteral(KUMO_TEST_DATA "/import/network.expected.kumo"));
    const Design &actual = *result.design;
    QStringList actualIds;
    for (const Component *c : actual.components())
        actualIds << c->id;
    QStringList expectedIds;
    for (const Component *c : expected.components())
        expectedIds << c->id;
    QCOMPARE(actualIds, expectedIds);
    for (const Component *e : expected.components()) {
        const Component *a = actual.component(e->id);
        QCOMPARE(a->kind, e->kind);
        QCOMPARE(a->parent, e->parent);
        QCOMPARE(a->name, e->name);
        QVERIFY2(a->props == e->props, qPrintable(e->id + QStringLiteral(": ") + QString::fromStdString(a->props.dump())));
        QVERIFY(!a->geometry.has_value()); // laid out when opened
    }
    QVERIFY2(structuralErrors(actual).isEmpty(), qPrintable(structuralErrors(actual).join(QLatin1Char('\n'))));
}

void TestImport::reportAccountsForEveryResource()
{
    const ImportResult result = importFiles({QStringLiteral("network.tfstate")});
    QVERIFY(result.ok());
    const ImportReport &report = result.report;
    // 18 resource instances in the file: 9 become components, 7 configure them, 2 are not AWS-managed
    QCOMPARE(int(report.entries.size()), 18);
    QCOMPARE(report.count(Outcome::Mapped), 9);
    QCOMPARE(report.count(Outcome::Folded), 7);
    QCOMPARE(report.count(Outcome::Skipped), 2);
    QCOMPARE(report.byType(Outcome::Folded).at(QStringLiteral("aws_route_table_association")), 3);
    QCOMPARE(entry(report, QStringLiteral("aws_vpc_security_group_ingress_rule.web_http"))->detail, QStringLiteral("web"));
    QCOMPARE(entry(report, QStringLiteral("aws_route_table_association.public_a"))->detail, QStringLiteral("public_a"));
    QCOMPARE(entry(report, QStringLiteral("aws_db_subnet_group.app"))->detail, QStringLiteral("app"));
    QVERIFY(entry(report, QStringLiteral("data.aws_ami.ubuntu"))->detail.contains(QStringLiteral("data source")));
    QVERIFY(entry(report, QStringLiteral("random_password.db"))->detail.contains(QStringLiteral("random")));
    QCOMPARE(report.components, 12);
    const nlohmann::ordered_json json = report.toJson();
    QCOMPARE(json["mapped"]["count"].get<int>(), 9);
    QCOMPARE(json["skipped"]["by_type"]["random_password"].get<int>(), 1);
    QCOMPARE(json["entries"].size(), size_t(18));
    QVERIFY(report.toText().contains(QStringLiteral("skipped random_password.db")));
}

void TestImport::secretsAreNeverCopied()
{
    const QStringList secrets = {QStringLiteral("hunter2-do-not-copy"), QStringLiteral("q9Z!secret-value"), QStringLiteral("wJalrXUtnFEMI"),
                                 QStringLiteral("super-secret-db-pass"), QStringLiteral("ghp_tokenvalue"), QStringLiteral("BEGIN RSA PRIVATE KEY"),
                                 QStringLiteral("s3cr3t-string")};
    for (const QString &input : {QStringLiteral("network.tfstate"), QStringLiteral("network-plan.json"), QStringLiteral("secrets.tfstate")}) {
        const QByteArray bytes = readData(input);
        const ImportResult result = importFiles({input});
        QVERIFY2(result.ok(), qPrintable(result.errorText()));
        const QByteArray design = DesignJson::write(*result.design);
        const QByteArray report = QByteArray::fromStdString(result.report.toJson().dump());
        const QString text = result.report.toText();
        for (const QString &secret : secrets) {
            if (!bytes.contains(secret.toUtf8()))
                continue;
            QVERIFY2(!design.contains(secret.toUtf8()), qPrintable(input + QStringLiteral(": design holds ") + secret));
            QVERIFY2(!report.contains(secret.toUtf8()), qPrintable(input + QStringLiteral(": report holds ") + secret));
            QVERIFY(!text.contains(secret));
        }
        bool passwordListed = false;
        for (const ImportReport::SecretNotCopied &s : result.report.secrets)
            passwordListed = passwordListed || (s.address.contains(QStringLiteral("aws_db_instance")) && s.attribute == QLatin1String("password"));
        QVERIFY2(passwordListed, qPrintable(input));
    }
    // the task definition keeps its harmless environment and loses the secret-looking one
    const ImportResult result = importFiles({QStringLiteral("secrets.tfstate")});
    const Component *task = result.design->component(QStringLiteral("worker"));
    QVERIFY(task);
    const nlohmann::json &env = task->props["containers"][0]["environment"];
    QCOMPARE(QString::fromStdString(env["LOG_LEVEL"].get<std::string>()), QStringLiteral("info"));
    QVERIFY(!env.contains("DB_PASSWORD"));
    QCOMPARE(result.report.byType(Outcome::Skipped).at(QStringLiteral("aws_iam_access_key")), 1);
}

void TestImport::modulesCountAndForEach()
{
    const ImportResult result = importFiles({QStringLiteral("modules.tfstate")});
    QVERIFY2(result.ok(), qPrintable(result.errorText()));
    const Design &d = *result.design;
    // worked out from the addresses: module names, resource name, instance key
    const QList<std::tuple<QString, QString, QString>> expected = {
        {QStringLiteral("eu-west-1"), QStringLiteral("region"), QString()},
        {QStringLiteral("network.this"), QStringLiteral("vpc"), QStringLiteral("eu-west-1")},
        {QStringLiteral("network.this.eu-west-1a"), QStringLiteral("availability_zone"), QStringLiteral("network.this")},
        {QStringLiteral("network.this.eu-west-1b"), QStringLiteral("availability_zone"), QStringLiteral("network.this")},
        {QStringLiteral("network.this.eu-west-1c"), QStringLiteral("availability_zone"), QStringLiteral("network.this")},
        {QStringLiteral("network.public-a"), QStringLiteral("subnet"), QStringLiteral("network.this.eu-west-1a")},
        {QStringLiteral("network.public-b"), QStringLiteral("subnet"), QStringLiteral("network.this.eu-west-1b")},
        {QStringLiteral("network.private-0"), QStringLiteral("subnet"), QStringLiteral("network.this.eu-west-1a")},
        {QStringLiteral("network.private-1"), QStringLiteral("subnet"), QStringLiteral("network.this.eu-west-1b")},
        {QStringLiteral("network.extra-10.1.9.0-24-odd-key"), QStringLiteral("subnet"), QStringLiteral("network.this.eu-west-1c")},
        {QStringLiteral("app-blue.server-0"), QStringLiteral("ec2_instance"), QStringLiteral("network.private-0")},
        {QStringLiteral("app-green.server-0"), QStringLiteral("ec2_instance"), QStringLiteral("network.private-1")},
        {QStringLiteral("app-blue.firewall.this"), QStringLiteral("security_group"), QStringLiteral("network.this")},
        {QStringLiteral("app-green.firewall.this"), QStringLiteral("security_group"), QStringLiteral("network.this")},
    };
    QCOMPARE(int(d.componentCount()), expected.size());
    for (const auto &[id, kind, parent] : expected) {
        const Component *c = d.component(id);
        QVERIFY2(c, qPrintable(id));
        QVERIFY(Design::isValidId(id));
        QCOMPARE(c->kind, kind);
        QCOMPARE(c->parent, parent);
    }
    // no route tables and no internet gateway: map_public_ip_on_launch alone does not make a subnet public
    QVERIFY(!d.component(QStringLiteral("network.public-a"))->boolProp("public"));
    QVERIFY(!d.component(QStringLiteral("network.private-0"))->boolProp("public"));
    QVERIFY(result.report.assumptions.join(QLatin1Char('\n')).contains(QStringLiteral("map_public_ip_on_launch")));
    // the rule in a nested module instance finds its groups by id
    const nlohmann::json &ingress = d.component(QStringLiteral("app-green.firewall.this"))->props["ingress"];
    QCOMPARE(ingress.size(), size_t(1));
    QCOMPARE(ingress[0]["source"].get<std::string>(), std::string("app-blue.firewall.this"));
    QCOMPARE(ingress[0]["protocol"].get<std::string>(), std::string("tcp"));
    // an explicitly empty egress list means no outbound traffic
    QVERIFY(d.component(QStringLiteral("app-green.firewall.this"))->props["egress"].empty());
    QCOMPARE(d.component(QStringLiteral("app-blue.server-0"))->refsProp("security_groups"), QStringList{QStringLiteral("app-blue.firewall.this")});
    QVERIFY(structuralErrors(d).isEmpty());
}

void TestImport::unknownValuesFollowConfigurationReferences()
{
    // a plan whose VPC id reaches a module through a variable and an output, with provider aliases
    const ImportResult result = importFiles({QStringLiteral("modules-plan.json")});
    QVERIFY2(result.ok(), qPrintable(result.errorText()));
    const Design &d = *result.design;
    const Component *sg = d.component(QStringLiteral("web.web"));
    QVERIFY(sg);
    QCOMPARE(sg->parent, QStringLiteral("network.this"));
    const Component *vpc = d.component(QStringLiteral("network.this"));
    QCOMPARE(vpc->parent, QStringLiteral("eu-west-1"));
    // count instances refer to the subnet of their own index
    QCOMPARE(d.component(QStringLiteral("web.server-0"))->parent, QStringLiteral("network.app-0"));
    QCOMPARE(d.component(QStringLiteral("web.server-1"))->parent, QStringLiteral("network.app-1"));
    QCOMPARE(d.component(QStringLiteral("web.server-1"))->refsProp("security_groups"), QStringList{QStringLiteral("web.web")});
    // the bucket uses the aliased provider of another region
    QCOMPARE(d.component(QStringLiteral("logs"))->parent, QStringLiteral("us-west-2"));
    QVERIFY(structuralErrors(d).isEmpty());
}

void TestImport::severalRegionsAndProviderAliases()
{
    const ImportResult result = importFiles({QStringLiteral("multi-region.tfstate")});
    QVERIFY2(result.ok(), qPrintable(result.errorText()));
    const Design &d = *result.design;
    QCOMPARE(d.component(QStringLiteral("main"))->parent, QStringLiteral("ap-northeast-1"));          // from its ARN
    QCOMPARE(d.component(QStringLiteral("cdn_cert"))->parent, QStringLiteral("us-east-1"));            // from its ARN
    QCOMPARE(d.component(QStringLiteral("assets"))->parent, QStringLiteral("ap-northeast-1"));         // its region attribute
    QCOMPARE(d.component(QStringLiteral("batch"))->parent, QStringLiteral("us-east-1"));               // the provider alias its neighbours show
    QCOMPARE(d.component(QStringLiteral("mystery"))->parent, QStringLiteral("ap-northeast-1"));       // assumed: the most frequent region
    QVERIFY(result.report.assumptions.join(QLatin1Char('\n')).contains(QStringLiteral("region ap-northeast-1 assumed")));
    QVERIFY(d.component(QStringLiteral("cdn"))->parent.isEmpty()); // CloudFront is global
    QCOMPARE(d.component(QStringLiteral("cdn"))->stringProp("certificate"), QStringLiteral("cdn_cert"));
    QCOMPARE(d.component(QStringLiteral("cdn"))->stringProp("origin"), QStringLiteral("assets"));
    QCOMPARE(d.componentsOfKind(QStringLiteral("region")).size(), size_t(2));
    QVERIFY(structuralErrors(d).isEmpty());
}

void TestImport::otherProvidersAreReportedAsSkipped()
{
    const ImportResult result = importFiles({QStringLiteral("mixed.tfstate")});
    QVERIFY2(result.ok(), qPrintable(result.errorText()));
    const ImportReport &report = result.report;
    QCOMPARE(report.count(Outcome::Mapped), 1);
    QCOMPARE(int(report.entries.size()), 7);
    QVERIFY(entry(report, QStringLiteral("google_compute_network.vpc"))->detail.contains(QStringLiteral("google")));
    QVERIFY(entry(report, QStringLiteral("kubernetes_namespace.apps"))->detail.contains(QStringLiteral("kubernetes")));
    QVERIFY(entry(report, QStringLiteral("null_resource.wait"))->detail.contains(QStringLiteral("null")));
    QVERIFY(entry(report, QStringLiteral("terraform_data.build"))->detail.contains(QStringLiteral("terraform")));
    // an AWS type without a kind is named, and counted among the kinds to add
    QVERIFY(entry(report, QStringLiteral("aws_lambda_function.thumbnails"))->detail.contains(QStringLiteral("no kind")));
    QCOMPARE(report.missingKinds().front().first, QStringLiteral("aws_lambda_function"));
    QCOMPARE(entry(report, QStringLiteral("aws_s3_bucket.site"))->outcome, Outcome::Mapped);
}

void TestImport::severalInputsAreMerged()
{
    // two stacks, and the same state twice: one design, each resource once
    const ImportResult result = importFiles({QStringLiteral("network.tfstate"), QStringLiteral("modules.tfstate"), QStringLiteral("network-show.json")});
    QVERIFY2(result.ok(), qPrintable(result.errorText()));
    const Design &d = *result.design;
    QCOMPARE(d.componentsOfKind(QStringLiteral("vpc")).size(), size_t(2));
    QCOMPARE(d.componentsOfKind(QStringLiteral("region")).size(), size_t(2));
    const ImportReport::Entry *dup = nullptr;
    for (const ImportReport::Entry &e : result.report.entries) {
        if (e.input == QLatin1String("network-show.json") && e.address == QLatin1String("aws_vpc.main"))
            dup = &e;
    }
    QVERIFY(dup);
    QCOMPARE(dup->outcome, Outcome::Skipped);
    QVERIFY(dup->detail.contains(QStringLiteral("network.tfstate")));
    QVERIFY(structuralErrors(d).isEmpty());
}

void TestImport::networksOfOtherStacksComeFromDataSources()
{
    // instances in subnets of another stack, which this state only reads (data sources)
    const ImportResult result = importFiles({QStringLiteral("existing-network.tfstate")});
    QVERIFY2(result.ok(), qPrintable(result.errorText()));
    const Design &d = *result.design;
    const Component *vpc = d.component(QStringLiteral("shared"));
    QVERIFY(vpc);
    QCOMPARE(vpc->kind, QStringLiteral("vpc"));
    QCOMPARE(vpc->stringProp("cidr"), QStringLiteral("172.16.0.0/16"));
    QCOMPARE(vpc->name, QStringLiteral("shared-network"));
    QCOMPARE(vpc->parent, QStringLiteral("ap-southeast-2"));
    QCOMPARE(d.component(QStringLiteral("app-a"))->parent, QStringLiteral("shared.ap-southeast-2a"));
    QCOMPARE(d.component(QStringLiteral("app-b"))->stringProp("cidr"), QStringLiteral("172.16.2.0/24"));
    QCOMPARE(d.component(QStringLiteral("api-0"))->parent, QStringLiteral("app-a"));
    QCOMPARE(d.component(QStringLiteral("api-1"))->parent, QStringLiteral("app-b"));
    QCOMPARE(d.component(QStringLiteral("api"))->parent, QStringLiteral("shared"));
    // the data sources that became components count as mapped; the unused one and the instance whose
    // subnet nothing describes are skipped with their reasons
    QCOMPARE(entry(result.report, QStringLiteral("data.aws_subnet.app[\"a\"]"))->outcome, Outcome::Mapped);
    QCOMPARE(entry(result.report, QStringLiteral("data.aws_vpc.shared"))->outcome, Outcome::Mapped);
    QCOMPARE(entry(result.report, QStringLiteral("data.aws_subnet.unused"))->outcome, Outcome::Skipped);
    const ImportReport::Entry *orphan = entry(result.report, QStringLiteral("aws_instance.orphan"));
    QCOMPARE(orphan->outcome, Outcome::Skipped);
    QVERIFY(orphan->detail.contains(QStringLiteral("subnet")));
    QVERIFY(!d.contains(QStringLiteral("orphan")));
    QCOMPARE(int(d.componentCount()), 9); // region, VPC, 2 zones, 2 subnets, group, 2 instances
    QVERIFY(structuralErrors(d).isEmpty());
}

void TestImport::vpcsNamedButNotDescribedAreAdded()
{
    // two subnets of a VPC that nothing in the input describes: the VPC gets the range covering them
    const QByteArray state = R"({"version": 4, "resources": [
      {"mode": "managed", "type": "aws_subnet", "name": "a", "provider": "provider[\"registry.terraform.io/hashicorp/aws\"]",
       "instances": [{"attributes": {"id": "subnet-1", "vpc_id": "vpc-0far", "cidr_block": "10.5.1.0/24", "availability_zone": "sa-east-1a"}}]},
      {"mode": "managed", "type": "aws_subnet", "name": "b", "provider": "provider[\"registry.terraform.io/hashicorp/aws\"]",
       "instances": [{"attributes": {"id": "subnet-2", "vpc_id": "vpc-0far", "cidr_block": "10.5.2.0/24", "availability_zone": "sa-east-1b"}}]}
    ]})";
    const ImportResult result = TerraformImporter::import({{QStringLiteral("far.tfstate"), state}}, QStringLiteral("far"));
    QVERIFY2(result.ok(), qPrintable(result.errorText()));
    const Component *vpc = result.design->component(QStringLiteral("vpc-0far"));
    QVERIFY(vpc);
    QCOMPARE(vpc->stringProp("cidr"), QStringLiteral("10.5.0.0/22")); // 10.5.1.0 and 10.5.2.255 share 22 bits
    QCOMPARE(vpc->parent, QStringLiteral("sa-east-1"));               // from the zones of its subnets
    QCOMPARE(result.design->component(QStringLiteral("b"))->parent, QStringLiteral("vpc-0far.sa-east-1b"));
    const QString assumptions = result.report.assumptions.join(QLatin1Char('\n'));
    QVERIFY(assumptions.contains(QStringLiteral("vpc-0far")));
    QVERIFY(assumptions.contains(QStringLiteral("10.5.0.0/22")));
    QVERIFY(structuralErrors(*result.design).isEmpty());
}

void TestImport::badInputIsRefusedWithThePlace_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("place");
    QTest::newRow("not JSON") << QByteArray("{\n  \"version\": 4,\n  \"resources\": [ oops ]\n}") << QStringLiteral("3:");
    QTest::newRow("empty") << QByteArray("") << QStringLiteral("1:1");
    QTest::newRow("a list") << QByteArray("[1, 2]") << QStringLiteral("top level");
    QTest::newRow("something else") << QByteArray("{\"format\": \"kumo-design\"}") << QStringLiteral("top level");
    QTest::newRow("old state") << QByteArray("{\"version\": 3, \"resources\": []}") << QStringLiteral("version");
    QTest::newRow("resources not a list") << QByteArray("{\"version\": 4, \"resources\": {}}") << QStringLiteral("resources");
    QTest::newRow("resource not an object") << QByteArray("{\"version\": 4, \"resources\": [1]}") << QStringLiteral("resources[0]");
    QTest::newRow("type not a string") << QByteArray("{\"version\": 4, \"resources\": [{\"mode\": \"managed\", \"type\": 5, \"name\": \"x\"}]}")
                                       << QStringLiteral("resources[0].type");
    QTest::newRow("instances wrong") << QByteArray("{\"version\": 4, \"resources\": [{\"type\": \"aws_vpc\", \"name\": \"x\", \"instances\": [[]]}]}")
                                     << QStringLiteral("resources[0].instances[0]");
    QTest::newRow("attributes wrong") << QByteArray("{\"version\": 4, \"resources\": [{\"type\": \"aws_vpc\", \"name\": \"x\", \"instances\": [{\"attributes\": []}]}]}")
                                      << QStringLiteral("resources[0].instances[0].attributes");
    QTest::newRow("index key wrong") << QByteArray("{\"version\": 4, \"resources\": [{\"type\": \"aws_vpc\", \"name\": \"x\", \"instances\": [{\"index_key\": {}}]}]}")
                                     << QStringLiteral("resources[0].instances[0].index_key");
    QTest::newRow("show values wrong") << QByteArray("{\"format_version\": \"1.0\", \"values\": {\"root_module\": {\"resources\": \"x\"}}}")
                                       << QStringLiteral("values.root_module.resources");
    QTest::newRow("child module wrong") << QByteArray("{\"format_version\": \"1.0\", \"values\": {\"root_module\": {\"child_modules\": [7]}}}")
                                        << QStringLiteral("values.root_module.child_modules[0]");
    QTest::newRow("plan values wrong") << QByteArray("{\"format_version\": \"1.2\", \"planned_values\": {\"root_module\": {\"resources\": [{\"type\": \"aws_vpc\", \"name\": \"a\", \"values\": 3}]}}}")
                                       << QStringLiteral("planned_values.root_module.resources[0].values");
}

void TestImport::badInputIsRefusedWithThePlace()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, place);
    const ImportResult result = TerraformImporter::import({{QStringLiteral("bad.json"), bytes}}, QStringLiteral("x"));
    QVERIFY(!result.ok());
    QCOMPARE(result.errorSource, QStringLiteral("bad.json"));
    QVERIFY2(result.errorPlace.startsWith(place), qPrintable(result.errorText()));
    QVERIFY(!result.errorMessage.isEmpty());
}

void TestImport::templatesRoundTrip_data()
{
    QTest::addColumn<QString>("templateName");
    QTest::newRow("web-server") << QStringLiteral("web-server");
    QTest::newRow("three-tier") << QStringLiteral("three-tier");
}

/// The state Terraform would hold after applying the template's export imports to a design with the same
/// components (by kind and name), the same containment and the same references.
void TestImport::templatesRoundTrip()
{
    QFETCH(QString, templateName);
    const Design original = loadDesign(QStringLiteral(KUMO_TEMPLATES "/%1.kumo").arg(templateName));
    const ImportResult result = importFiles({QStringLiteral("roundtrip-%1.tfstate").arg(templateName)});
    QVERIFY2(result.ok(), qPrintable(result.errorText()));
    const Design &imported = *result.design;

    // a component's identity without its id: regions by code, zones by name, the rest by kind and name
    const auto signature = [](const Design &d, const Component &c) -> QString {
        if (c.kind == QLatin1String("region"))
            return QStringLiteral("region:") + c.stringProp("region");
        if (c.kind == QLatin1String("availability_zone"))
            return QStringLiteral("az:") + c.stringProp("zone");
        Q_UNUSED(d);
        return c.kind + QLatin1Char(':') + c.displayName();
    };
    QHash<QString, QString> toImported; // original id -> imported id
    QHash<QString, QString> importedBySignature;
    for (const Component *c : imported.components()) {
        QVERIFY2(!importedBySignature.contains(signature(imported, *c)), qPrintable(signature(imported, *c)));
        importedBySignature.insert(signature(imported, *c), c->id);
    }
    int compared = 0;
    for (const Component *c : original.components()) {
        if (c->kind == QLatin1String("internet") || c->kind == QLatin1String("note"))
            continue; // diagram-only: nothing in Terraform
        const QString sig = signature(original, *c);
        QVERIFY2(importedBySignature.contains(sig), qPrintable(QStringLiteral("missing ") + sig));
        toImported.insert(c->id, importedBySignature.value(sig));
        ++compared;
    }
    QCOMPARE(int(imported.componentCount()), compared);
    for (const Component *c : original.components()) {
        if (!toImported.contains(c->id))
            continue;
        const Component *i = imported.component(toImported.value(c->id));
        QCOMPARE(i->parent, toImported.value(c->parent));
        QStringList expectedRefs;
        forEachReference(*c, [&](const Reference &r) { expectedRefs << r.path() + QLatin1Char('=') + toImported.value(r.target, QStringLiteral("?")); });
        QStringList actualRefs;
        forEachReference(*i, [&](const Reference &r) { actualRefs << r.path() + QLatin1Char('=') + r.target; });
        expectedRefs.sort();
        actualRefs.sort();
        QVERIFY2(actualRefs == expectedRefs, qPrintable(c->id + QStringLiteral(": ") + actualRefs.join(QLatin1Char(' ')) + QStringLiteral(" vs ")
                                                        + expectedRefs.join(QLatin1Char(' '))));
        // the settings that the export writes come back
        if (c->kind == QLatin1String("subnet"))
            QCOMPARE(i->boolProp("public"), c->boolProp("public"));
        if (c->kind == QLatin1String("security_group")) {
            QCOMPARE(i->prop("ingress").size(), c->prop("ingress").size());
            QCOMPARE(i->prop("egress").size(), c->prop("egress").size());
        }
    }
    // nothing the template made is left out; only lookups (data sources) and the inline policy that lets
    // the execution role read the database's secret (implied by a container's database) are skipped
    for (const ImportReport::Entry &e : result.report.entries) {
        if (e.outcome == Outcome::Skipped)
            QVERIFY2(e.address.startsWith(QLatin1String("data.")) || e.address == QLatin1String("aws_iam_role_policy.web_database_secrets"),
                     qPrintable(e.address + QStringLiteral(": ") + e.detail));
    }
    QVERIFY2(structuralErrors(imported).isEmpty(), qPrintable(structuralErrors(imported).join(QLatin1Char('\n'))));
}

/// A pipeline whose source is a GitLab repository through a CodeConnections connection: the action
/// comes back with its host, repository and branch, and the connection folds into the pipeline.
void TestImport::connectionSourceComesBack()
{
    const QByteArray state = R"({"version": 4, "resources": [
      {"mode": "managed", "type": "aws_codestarconnections_connection", "name": "src", "instances": [{"attributes": {
        "id": "arn:aws:codeconnections:ap-northeast-1:111122223333:connection/abc", "arn": "arn:aws:codeconnections:ap-northeast-1:111122223333:connection/abc",
        "name": "app-source", "provider_type": "GitLab", "connection_status": "AVAILABLE"}}]},
      {"mode": "managed", "type": "aws_codepipeline", "name": "release", "instances": [{"attributes": {
        "id": "release", "arn": "arn:aws:codepipeline:ap-northeast-1:111122223333:release", "name": "release",
        "artifact_store": [{"location": "artifacts", "type": "S3"}],
        "stage": [{"name": "Source", "action": [{"name": "Pull", "category": "Source", "owner": "AWS", "provider": "CodeStarSourceConnection",
          "version": "1", "output_artifacts": ["src"], "configuration": {
            "ConnectionArn": "arn:aws:codeconnections:ap-northeast-1:111122223333:connection/abc",
            "FullRepositoryId": "team/shop", "BranchName": "release", "OutputArtifactFormat": "CODE_ZIP"}}]}]}}]}
    ]})";
    const ImportResult result = TerraformImporter::import({{QStringLiteral("pipeline.tfstate"), state}}, QStringLiteral("x"));
    QVERIFY2(result.ok(), qPrintable(result.errorText()));
    const Component *pipeline = nullptr;
    for (const Component *c : result.design->components())
        if (c->kind == QLatin1String("codepipeline"))
            pipeline = c;
    QVERIFY(pipeline);
    const nlohmann::json &source = pipeline->props["stages"][0]["actions"][0];
    QCOMPARE(source.value("provider", ""), "GitLab");
    QCOMPARE(source.value("repository", ""), "team/shop");
    QCOMPARE(source.value("branch", ""), "release");
    QCOMPARE(source.value("category", ""), "source");
    bool folded = false;
    for (const ImportReport::Entry &e : result.report.entries)
        folded |= e.address == QLatin1String("aws_codestarconnections_connection.src") && e.outcome == Outcome::Folded;
    QVERIFY(folded);
}

void TestImport::cliWritesDesignAndReport()
{
    QTemporaryDir dir;
    const QString out = dir.filePath(QStringLiteral("net.kumo"));
    const QString reportPath = dir.filePath(QStringLiteral("report.json"));
    const QString input = QStringLiteral(KUMO_TEST_DATA "/import/network.tfstate");
    QProcess kumo;
    kumo.start(QStringLiteral(KUMO_EXECUTABLE), {QStringLiteral("import"), QStringLiteral("terraform"), input, QStringLiteral("-o"), out,
                                                 QStringLiteral("--report"), reportPath, QStringLiteral("--name"), QStringLiteral("network")});
    QVERIFY(kumo.waitForFinished(30000));
    QCOMPARE(kumo.exitCode(), 0);
    QVERIFY(QString::fromUtf8(kumo.readAllStandardError()).contains(QStringLiteral("9 mapped")));
    const Design design = loadDesign(out);
    QCOMPARE(design.name, QStringLiteral("network"));
    QCOMPARE(int(design.componentCount()), 12);
    QFile report(reportPath);
    QVERIFY(report.open(QIODevice::ReadOnly));
    const nlohmann::json json = nlohmann::json::parse(report.readAll().toStdString());
    QCOMPARE(json["folded"]["count"].get<int>(), 7);

    // refused without --force when the output exists
    kumo.start(QStringLiteral(KUMO_EXECUTABLE), {QStringLiteral("import"), QStringLiteral("terraform"), input, QStringLiteral("-o"), out});
    QVERIFY(kumo.waitForFinished(30000));
    QCOMPARE(kumo.exitCode(), 2);
    // standard input, forced
    kumo.start(QStringLiteral(KUMO_EXECUTABLE), {QStringLiteral("import"), QStringLiteral("terraform"), QStringLiteral("-"), QStringLiteral("-o"), out,
                                                 QStringLiteral("--force")});
    QVERIFY(kumo.waitForStarted());
    kumo.write(readData(QStringLiteral("network-plan.json")));
    kumo.closeWriteChannel();
    QVERIFY(kumo.waitForFinished(30000));
    QCOMPARE(kumo.exitCode(), 0);
    QCOMPARE(int(loadDesign(out).componentCount()), 12);
    // unreadable input: exit 2, the file and place named
    const QString bad = dir.filePath(QStringLiteral("bad.json"));
    QFile f(bad);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("{\"version\": 4, \"resources\": [1]}");
    f.close();
    kumo.start(QStringLiteral(KUMO_EXECUTABLE), {QStringLiteral("import"), QStringLiteral("terraform"), bad, QStringLiteral("-o"),
                                                 dir.filePath(QStringLiteral("x.kumo"))});
    QVERIFY(kumo.waitForFinished(30000));
    QCOMPARE(kumo.exitCode(), 2);
    QVERIFY(QString::fromUtf8(kumo.readAllStandardError()).contains(QStringLiteral("bad.json: resources[0]")));
    QVERIFY(!QFileInfo::exists(dir.filePath(QStringLiteral("x.kumo"))));
    // no input: usage error
    kumo.start(QStringLiteral(KUMO_EXECUTABLE), {QStringLiteral("import"), QStringLiteral("terraform"), QStringLiteral("-o"), out});
    QVERIFY(kumo.waitForFinished(30000));
    QCOMPARE(kumo.exitCode(), 2);
}

/// terraform-aws-modules/vpc: every resource takes vpc_id = local.vpc_id, which a plan for a fresh
/// create leaves unknown and does not resolve; NAT gateways take their address through a local too.
void TestImport::vpcModulePlanKeepsItsNetwork()
{
    const ImportResult result = importFiles({QStringLiteral("vpc-module-plan.json")});
    QVERIFY2(result.ok(), qPrintable(result.errorText()));
    const Design &d = *result.design;
    for (const ImportReport::Entry &e : result.report.entries)
        QVERIFY2(e.outcome != Outcome::Skipped, qPrintable(e.address + QStringLiteral(": ") + e.detail));
    const QString vpc = entry(result.report, QStringLiteral("module.vpc.aws_vpc.this[0]"))->detail;
    QCOMPARE(d.component(vpc)->stringProp("cidr"), QStringLiteral("10.0.0.0/16"));
    const QStringList zones = {QStringLiteral("eu-west-1a"), QStringLiteral("eu-west-1b")};
    for (int i = 0; i < 2; ++i) {
        for (const QString &tier : {QStringLiteral("public"), QStringLiteral("private")}) {
            const QString id = entry(result.report, QStringLiteral("module.vpc.aws_subnet.%1[%2]").arg(tier).arg(i))->detail;
            const Component *subnet = d.component(id);
            QVERIFY2(subnet, qPrintable(id));
            QCOMPARE(parentOfKind(d, id, QStringLiteral("vpc")), vpc);
            QCOMPARE(d.component(subnet->parent)->stringProp("zone"), zones.at(i));
            QCOMPARE(subnet->boolProp("public"), tier == QLatin1String("public")); // the route to the internet gateway
        }
        // each NAT gateway in the public subnet of its zone, with its address folded in
        const QString nat = entry(result.report, QStringLiteral("module.vpc.aws_nat_gateway.this[%1]").arg(i))->detail;
        QCOMPARE(d.component(nat)->parent, entry(result.report, QStringLiteral("module.vpc.aws_subnet.public[%1]").arg(i))->detail);
        QCOMPARE(entry(result.report, QStringLiteral("module.vpc.aws_eip.nat[%1]").arg(i))->outcome, Outcome::Folded);
        QCOMPARE(entry(result.report, QStringLiteral("module.vpc.aws_eip.nat[%1]").arg(i))->detail, nat);
    }
    QVERIFY(d.componentsOfKind(QStringLiteral("elastic_ip")).empty());
    QCOMPARE(d.component(entry(result.report, QStringLiteral("module.vpc.aws_internet_gateway.this[0]"))->detail)->parent, vpc);
    // outside the module: the load balancer in the VPC of its subnets (module.vpc.public_subnets), the
    // security group through the module's output vpc_id
    QCOMPARE(d.component(QStringLiteral("web"))->parent, vpc);
    QCOMPARE(d.component(QStringLiteral("web"))->refsProp("subnets").size(), 2);
    QCOMPARE(d.component(QStringLiteral("alb"))->parent, vpc);
    // each inference named
    QVERIFY(hasAssumption(result.report, QStringLiteral("module.vpc.aws_subnet.private[1]: placed in module.vpc.aws_vpc.this[0], the only VPC of module.vpc"),
                          QStringLiteral("local.vpc_id")));
    QVERIFY(hasAssumption(result.report, QStringLiteral("module.vpc.aws_route_table.public[0]"), QStringLiteral("the only VPC of module.vpc")));
    QVERIFY(hasAssumption(result.report, QStringLiteral("NAT gateway module.vpc.aws_nat_gateway.this[1]"), QStringLiteral("module.vpc.aws_eip.nat[1]")));
    QVERIFY(!hasAssumption(result.report, QStringLiteral("alb"), QStringLiteral("the only VPC"))); // resolved through the output, not inferred
    QVERIFY2(structuralErrors(d).isEmpty(), qPrintable(structuralErrors(d).join(QLatin1Char('\n'))));
    const auto files = exportChecked(d);
    QVERIFY(files.at(QStringLiteral("network.tf")).contains(QStringLiteral("resource \"aws_nat_gateway\"")));
}

/// Two VPCs in one module and vpc_id through a local map: only the ranges tell which subnet is where.
void TestImport::onlyCidrContainmentTellsTheVpc()
{
    const ImportResult result = importFiles({QStringLiteral("two-vpcs-plan.json")});
    QVERIFY2(result.ok(), qPrintable(result.errorText()));
    const Design &d = *result.design;
    const auto vpcOfSubnet = [&](const QString &key) {
        const ImportReport::Entry *e = entry(result.report, QStringLiteral("aws_subnet.this[\"%1\"]").arg(key));
        return e && e->outcome == Outcome::Mapped ? parentOfKind(d, e->detail, QStringLiteral("vpc")) : QString();
    };
    QCOMPARE(vpcOfSubnet(QStringLiteral("prod-a")), QStringLiteral("prod"));
    QCOMPARE(vpcOfSubnet(QStringLiteral("prod-c")), QStringLiteral("prod"));
    QCOMPARE(vpcOfSubnet(QStringLiteral("staging-a")), QStringLiteral("staging"));
    QVERIFY(hasAssumption(result.report, QStringLiteral("aws_subnet.this[\"staging-a\"]: placed in aws_vpc.staging, the only VPC whose range (10.20.0.0/16)")));
    // 192.168.1.0/24 is in neither: skipped, and the report says why
    const ImportReport::Entry *lab = entry(result.report, QStringLiteral("aws_subnet.this[\"lab-a\"]"));
    QCOMPARE(lab->outcome, Outcome::Skipped);
    QVERIFY2(lab->detail.contains(QStringLiteral("its VPC is unknown")) && lab->detail.contains(QStringLiteral("local.vpc_ids")), qPrintable(lab->detail));
    exportChecked(d);
}

void TestImport::cloudFrontOriginsOfEveryKind()
{
    const ImportResult result = importFiles({QStringLiteral("edge-cases.tfstate")});
    QVERIFY2(result.ok(), qPrintable(result.errorText()));
    const Design &d = *result.design;
    const auto distribution = [&](const QString &name) { return d.component(entry(result.report, QStringLiteral("aws_cloudfront_distribution.") + name)->detail); };
    // a bucket by its regional domain name, a bucket by its global one, a load balancer by its DNS name
    // (the default behaviour's of two origins), and a domain of neither kind as a custom origin
    QCOMPARE(distribution(QStringLiteral("static"))->stringProp("origin"), entry(result.report, QStringLiteral("aws_s3_bucket.assets"))->detail);
    QCOMPARE(distribution(QStringLiteral("legacy"))->stringProp("origin"), entry(result.report, QStringLiteral("aws_s3_bucket.legacy"))->detail);
    QCOMPARE(distribution(QStringLiteral("app"))->stringProp("origin"), entry(result.report, QStringLiteral("aws_lb.web"))->detail);
    QVERIFY(hasAssumption(result.report, QStringLiteral("aws_cloudfront_distribution.app"), QStringLiteral("of 2 origins, alb")));
    const Component *api = distribution(QStringLiteral("api"));
    QVERIFY(api->stringProp("origin").isEmpty());
    QCOMPARE(api->stringProp("origin_domain"), QStringLiteral("abc123.execute-api.ap-northeast-1.amazonaws.com"));
    QCOMPARE(entry(result.report, QStringLiteral("aws_cloudfront_origin_access_control.assets"))->outcome, Outcome::Folded);
    // no distribution lacks an origin: the rule stays silent
    for (const Finding &f : Validator::validate(d))
        QVERIFY2(f.rule != QLatin1String("cloudfront.origin"), qPrintable(f.message));
    // every distribution is written with its origin block; the custom one by its domain
    const auto files = exportChecked(d);
    const QString delivery = files.at(QStringLiteral("delivery.tf"));
    QCOMPARE(delivery.count(QStringLiteral("resource \"aws_cloudfront_distribution\"")), 4);
    QCOMPARE(delivery.count(QStringLiteral("\n  origin {")), 4);
    QVERIFY(delivery.contains(QStringLiteral("domain_name = \"abc123.execute-api.ap-northeast-1.amazonaws.com\"")));
    // the network load balancer: not modelled, and the report says so for it and its listener
    QVERIFY(entry(result.report, QStringLiteral("aws_lb.tcp"))->detail.contains(QStringLiteral("of type network")));
    QVERIFY(entry(result.report, QStringLiteral("aws_lb_listener.tcp"))->detail.contains(QStringLiteral("a listener of aws_lb.tcp")));
}

void TestImport::zoneManagedAndReadIsOneZone()
{
    const ImportResult result = importFiles({QStringLiteral("managed-and-read-zone-plan.json")});
    QVERIFY2(result.ok(), qPrintable(result.errorText()));
    const Design &d = *result.design;
    const auto zones = d.componentsOfKind(QStringLiteral("route53_zone"));
    QCOMPARE(int(zones.size()), 1);
    QVERIFY(zones.front()->boolProp("create")); // the managed one wins
    QCOMPARE(d.component(QStringLiteral("www"))->parent, zones.front()->id);
    QCOMPARE(entry(result.report, QStringLiteral("data.aws_route53_zone.main"))->outcome, Outcome::Folded);
    QVERIFY(hasAssumption(result.report, QStringLiteral("data.aws_route53_zone.main reads the zone shop.example"), QStringLiteral("merged")));
    exportChecked(d);
}

void TestImport::regionalNatGatewayAndInlinePolicies()
{
    const ImportResult result = importFiles({QStringLiteral("edge-cases.tfstate")});
    QVERIFY2(result.ok(), qPrintable(result.errorText()));
    const Design &d = *result.design;
    const QString nat = entry(result.report, QStringLiteral("aws_nat_gateway.regional"))->detail;
    const QString vpc = entry(result.report, QStringLiteral("aws_vpc.main"))->detail;
    QCOMPARE(d.component(nat)->parent, vpc); // attached to the VPC, not a subnet
    // rules: in no subnet, so never "in a private subnet"; it serves the private subnets of every zone
    for (const Finding &f : Validator::validate(d))
        QVERIFY2(f.rule != QLatin1String("nat.private-subnet") && f.rule != QLatin1String("subnet.private-no-egress"), qPrintable(f.message));
    // Terraform: a regional gateway in the VPC, and the private subnets route through it
    const auto files = exportChecked(d);
    const QString network = files.at(QStringLiteral("network.tf"));
    QVERIFY(network.contains(QStringLiteral("availability_mode = \"regional\"")));
    QCOMPARE(network.count(QStringLiteral("route_table_id = aws_route_table.main_private.id")), 2);
    // cost: the NAT gateway hourly rate for each of the VPC's two zones (Tokyo $0.062/h, 730 h)
    const CostEstimate estimate = CostEstimator::estimate(d);
    double natHours = 0;
    for (const CostLine &line : estimate.lines) {
        if (line.component == nat && line.unit == PriceUnit::Hour && line.description.contains(QLatin1String("NAT gateway hours")))
            natHours += line.monthlyUsd();
    }
    QVERIFY2(qAbs(natHours - 2 * 730 * 0.062) < 0.01, qPrintable(QString::number(natHours)));
    // the inline role policy: a policy of the design attached to its role, with the same statements
    const ImportReport::Entry *inline_ = entry(result.report, QStringLiteral("aws_iam_role_policy.app_assets"));
    QCOMPARE(inline_->outcome, Outcome::Mapped);
    const Component *policy = d.component(inline_->detail);
    QCOMPARE(policy->kind, QStringLiteral("iam_policy"));
    QCOMPARE(policy->prop("statements").at(0).at("actions").size(), size_t(2));
    QVERIFY(d.component(entry(result.report, QStringLiteral("aws_iam_role.app"))->detail)->refsProp("policies").contains(policy->id));
}

/// Validation calls a distribution without an origin an error; even a forced export must not write a
/// configuration the provider rejects, so the distribution (and what points at it) is left out.
void TestImport::distributionWithoutOriginIsNeverWritten()
{
    const ImportResult result = importFiles({QStringLiteral("edge-cases.tfstate")});
    QVERIFY2(result.ok(), qPrintable(result.errorText()));
    Design d = *result.design;
    const QString app = entry(result.report, QStringLiteral("aws_cloudfront_distribution.app"))->detail;
    d.mutableComponent(app)->props.erase("origin");
    bool fires = false;
    for (const Finding &f : Validator::validate(d))
        fires = fires || (f.rule == QLatin1String("cloudfront.origin") && f.components.contains(app));
    QVERIFY(fires);
    const auto files = exportChecked(d);
    const QString delivery = files.at(QStringLiteral("delivery.tf"));
    QCOMPARE(delivery.count(QStringLiteral("resource \"aws_cloudfront_distribution\"")), 3);
    QVERIFY(!files.at(QStringLiteral("dns.tf")).contains(QStringLiteral("aws_cloudfront_distribution.") + d.component(app)->id));
}

KUMO_TEST_GUILESS_MAIN(TestImport)
#include "tst_import.moc"
