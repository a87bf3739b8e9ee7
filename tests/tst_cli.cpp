// The kumo executable as scripts use it: exit codes, output formats, messages naming the place.
#include "support/testregistry.h"
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

#include <nlohmann/json.hpp>

#include <algorithm>
#include <map>
#include <set>
#include <string>
#include <vector>

namespace {
struct Run
{
    int exitCode = -1;
    QByteArray out;
    QString err;
};

Run kumo(const QStringList &arguments, const QString &workingDirectory = {})
{
    QProcess process;
    if (!workingDirectory.isEmpty())
        process.setWorkingDirectory(workingDirectory);
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("DISPLAY"));          // subcommands never need a display
    env.remove(QStringLiteral("WAYLAND_DISPLAY"));
    env.remove(QStringLiteral("QT_QPA_PLATFORM"));
    process.setProcessEnvironment(env);
    process.start(QStringLiteral(KUMO_EXECUTABLE), arguments);
    if (!process.waitForFinished(60000))
        qFatal("kumo did not finish");
    return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1, process.readAllStandardOutput(),
            QString::fromUtf8(process.readAllStandardError())};
}

QString data(const char *name)
{
    return QStringLiteral(KUMO_TEST_DATA "/") + QString::fromLatin1(name);
}

QString templ(const char *name)
{
    return QStringLiteral(KUMO_TEMPLATES "/") + QString::fromLatin1(name);
}
} // namespace

class TestCli : public QObject
{
    Q_OBJECT

private slots:
    void versionAndHelp();
    void wrongArguments_data();
    void wrongArguments();
    void validateClean();
    void validateSpecExample();
    void validateUnreadable_data();
    void validateUnreadable();
    void validateSarif();
    void validateSarifPlaces();
    void kindsJson();
    void templatesAndNew();
};

void TestCli::versionAndHelp()
{
    const Run version = kumo({QStringLiteral("--version")});
    QCOMPARE(version.exitCode, 0);
    QVERIFY(version.out.startsWith("kumo "));
    const Run help = kumo({QStringLiteral("--help")});
    QCOMPARE(help.exitCode, 0);
    for (const char *word : {"validate", "export terraform", "kinds", "templates", "new --template"})
        QVERIFY2(help.out.contains(word), word);
}

void TestCli::wrongArguments_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::newRow("unknown option") << QStringList{QStringLiteral("--frobnicate")};
    QTest::newRow("validate without file") << QStringList{QStringLiteral("validate")};
    QTest::newRow("validate two files") << QStringList{QStringLiteral("validate"), templ("three-tier.kumo"), templ("web-server.kumo")};
    QTest::newRow("unknown format") << QStringList{QStringLiteral("validate"), templ("three-tier.kumo"), QStringLiteral("--format"), QStringLiteral("xml")};
    QTest::newRow("unknown validate option") << QStringList{QStringLiteral("validate"), templ("three-tier.kumo"), QStringLiteral("--fast")};
    QTest::newRow("export without format") << QStringList{QStringLiteral("export")};
    QTest::newRow("new without template") << QStringList{QStringLiteral("new"), QStringLiteral("-o"), QStringLiteral("x.kumo")};
    QTest::newRow("mistyped command") << QStringList{QStringLiteral("validat"), templ("three-tier.kumo")};
    QTest::newRow("unknown word with options") << QStringList{QStringLiteral("frobnicate"), QStringLiteral("--format"), QStringLiteral("json")};
    QTest::newRow("editor file with options") << QStringList{templ("three-tier.kumo"), QStringLiteral("--format"), QStringLiteral("json")};
    QTest::newRow("new with unknown template") << QStringList{QStringLiteral("new"), QStringLiteral("--template"), QStringLiteral("nope"),
                                                             QStringLiteral("-o"), QDir::temp().filePath(QStringLiteral("kumo-never.kumo"))};
}

void TestCli::wrongArguments()
{
    QFETCH(QStringList, arguments);
    const Run run = kumo(arguments);
    QCOMPARE(run.exitCode, 2);
    QVERIFY(!run.err.isEmpty());
    QVERIFY(run.out.isEmpty());
    if (arguments.first() == QLatin1String("validat")) // a near miss is named
        QVERIFY2(run.err.contains(QStringLiteral("unknown command 'validat' (did you mean 'validate'?)")), qPrintable(run.err));
}

void TestCli::validateClean()
{
    const Run text = kumo({QStringLiteral("validate"), templ("three-tier.kumo")});
    QCOMPARE(text.exitCode, 0);
    QVERIFY(text.out.contains("0 errors"));
    QVERIFY(text.out.contains("hints")); // the editor's word, not "infos"
    const Run json = kumo({QStringLiteral("validate"), templ("three-tier.kumo"), QStringLiteral("--format"), QStringLiteral("json")});
    QCOMPARE(json.exitCode, 0);
    const auto parsed = nlohmann::json::parse(json.out.toStdString());
    QCOMPARE(parsed["errors"], 0);
    QCOMPARE(parsed["warnings"], 0);
    QVERIFY(parsed["findings"].is_array());
    QVERIFY(parsed.contains("infos"));
}

void TestCli::validateSpecExample()
{
    // design-format.md's example: its connection names components that are not in it, and its
    // public subnet's VPC has no internet gateway, so validation finds errors (exit 1)
    const Run run = kumo({QStringLiteral("validate"), data("spec-example.kumo"), QStringLiteral("--format=json")});
    QCOMPARE(run.exitCode, 1);
    const auto parsed = nlohmann::json::parse(run.out.toStdString());
    QCOMPARE(parsed["errors"], 3);
    QStringList rules;
    int errors = 0;
    for (const auto &f : parsed["findings"]) {
        rules << QString::fromStdString(f["rule"].get<std::string>());
        QVERIFY(f["components"].is_array());
        QVERIFY(!f["message"].get<std::string>().empty());
        errors += f["severity"] == "error";
    }
    QCOMPARE(errors, 3);
    QCOMPARE(rules.count(QStringLiteral("ref.dangling")), 2); // "users" and "zone"
    QVERIFY(rules.contains(QStringLiteral("subnet.public-without-igw")));
    const Run text = kumo({QStringLiteral("validate"), data("spec-example.kumo")});
    QCOMPARE(text.exitCode, 1);
    QVERIFY(text.out.contains("error subnet.public-without-igw [pub-a, vpc]"));
}

void TestCli::validateUnreadable_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("place");
    QTest::newRow("not JSON") << data("bad/missing-comma.kumo") << "missing-comma.kumo:5:22:";
    QTest::newRow("unknown kind") << data("bad/unknown-kind.kumo") << "unknown-kind.kumo:4:7: component 'fn', property 'kind'";
    QTest::newRow("wrong type") << data("bad/wrong-type-nested.kumo") << "component 'alb', property 'listeners[0].port'";
    QTest::newRow("newer version") << data("bad/newer-version.kumo") << "newer-version.kumo: 'version':";
    QTest::newRow("missing file") << data("no-such-file.kumo") << "no-such-file.kumo: cannot open";
}

void TestCli::validateUnreadable()
{
    QFETCH(QString, file);
    QFETCH(QString, place);
    for (const char *format : {"text", "json"}) {
        const Run run = kumo({QStringLiteral("validate"), file, QStringLiteral("--format"), QString::fromLatin1(format)});
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains(place), qPrintable(run.err));
        QVERIFY(run.out.isEmpty());
    }
}

void TestCli::validateSarif()
{
    const Run run = kumo({QStringLiteral("validate"), data("spec-example.kumo"), QStringLiteral("--format"), QStringLiteral("sarif")});
    QCOMPARE(run.exitCode, 1);
    const auto sarif = nlohmann::json::parse(run.out.toStdString());
    QCOMPARE(sarif["version"], "2.1.0");
    const auto &results = sarif["runs"][0]["results"];
    QCOMPARE(results.size(), size_t(3));
    QCOMPARE(results[0]["level"], "error");
    QVERIFY(results[0]["locations"][0]["physicalLocation"]["artifactLocation"]["uri"].get<std::string>().ends_with("spec-example.kumo"));
    bool ruleDescribed = false;
    for (const auto &rule : sarif["runs"][0]["tool"]["driver"]["rules"])
        ruleDescribed = ruleDescribed || (rule["id"] == "subnet.overlap" && !rule["fullDescription"]["text"].get<std::string>().empty());
    QVERIFY(ruleDescribed);
    // connection c1 dangles at both ends: two results, told apart by their fingerprints
    QCOMPARE(results[0]["partialFingerprints"]["kumoFinding/v1"], "ref.dangling:c1");
    QCOMPARE(results[1]["partialFingerprints"]["kumoFinding/v1"], "ref.dangling:c1#2");
    QCOMPARE(results[0]["locations"][0]["physicalLocation"]["region"]["startLine"], 15); // the line of c1
}

// Code scanning places each result at a line of the file: where its first component is written.
void TestCli::validateSarifPlaces()
{
    // counted by hand in tests/data/sarif-places.kumo: the '{' of each component's (and the
    // connection's) object; the
    // second object of line 10 starts at column 113 in UTF-16 code units (SARIF's column kind):
    // its line holds 公, 開 (one unit each) and 🌏 (two) before it
    const std::map<std::string, std::pair<int, int>> written = {
        {"tokyo", {6, 5}}, {"vpc", {7, 5}}, {"az-a", {9, 5}}, {"pub-a", {10, 5}}, {"bad", {10, 113}}, {"pub-b", {12, 5}},
        {"c1", {19, 20}}};
    const QStringList arguments = {QStringLiteral("validate"), QStringLiteral("sarif-places.kumo"), QStringLiteral("--format"),
                                   QStringLiteral("sarif")};
    const Run run = kumo(arguments, QStringLiteral(KUMO_TEST_DATA));
    QCOMPARE(run.exitCode, 1);
    const auto sarif = nlohmann::json::parse(run.out.toStdString());
    QCOMPARE(sarif["runs"][0]["columnKind"], "utf16CodeUnits");
    const auto &results = sarif["runs"][0]["results"];
    std::set<std::string> placed;
    for (const auto &result : results) {
        const auto &location = result["locations"][0];
        QCOMPARE(location["physicalLocation"]["artifactLocation"]["uri"], "sarif-places.kumo"); // relative stays relative
        const std::string first = location["logicalLocations"][0]["name"];
        QVERIFY2(written.count(first) == 1, first.c_str());
        const auto &region = location["physicalLocation"]["region"];
        QCOMPARE(region["startLine"].get<int>(), written.at(first).first);
        QCOMPARE(region["startColumn"].get<int>(), written.at(first).second);
        placed.insert(first);
    }
    // the malformed range of "bad" (host bits set), pub-b inside pub-a's range, and the connection
    // to a component that does not exist
    QCOMPARE(results.size(), size_t(3));
    QCOMPARE(placed, (std::set<std::string>{"bad", "pub-b", "c1"}));
    std::map<std::string, std::string> fingerprints;
    for (const auto &result : results) {
        std::vector<std::string> ids;
        for (const auto &l : result["locations"][0]["logicalLocations"])
            ids.push_back(l["name"]);
        std::sort(ids.begin(), ids.end());
        std::string expected = result["ruleId"].get<std::string>() + ":";
        for (size_t i = 0; i < ids.size(); ++i)
            expected += (i > 0 ? "," : "") + ids[i];
        QCOMPARE(result["partialFingerprints"]["kumoFinding/v1"].get<std::string>(), expected);
        QVERIFY2(expected == "cidr.invalid:bad" || expected == "subnet.overlap:pub-a,pub-b" || expected == "ref.dangling:c1", expected.c_str());
    }
    // stable across runs: the same output byte for byte
    QCOMPARE(kumo(arguments, QStringLiteral(KUMO_TEST_DATA)).out, run.out);
    // every rule's explanation is its help; there is no help page to link to
    for (const auto &rule : sarif["runs"][0]["tool"]["driver"]["rules"]) {
        QCOMPARE(rule["help"]["text"], rule["fullDescription"]["text"]);
        QVERIFY(rule["help"]["markdown"].get<std::string>().starts_with("**"));
        QVERIFY(!rule.contains("helpUri"));
        QVERIFY(!rule["name"].get<std::string>().empty());
    }
    // an absolute path becomes a file: URI, which code scanning makes relative to the checkout
    const Run absolute = kumo({QStringLiteral("validate"), data("sarif-places.kumo"), QStringLiteral("--format"), QStringLiteral("sarif")});
    const auto uri = nlohmann::json::parse(absolute.out.toStdString())["runs"][0]["results"][0]["locations"][0]["physicalLocation"]
                                                                       ["artifactLocation"]["uri"].get<std::string>();
    QVERIFY2(uri.starts_with("file:///") && uri.ends_with("/sarif-places.kumo"), uri.c_str());
}

void TestCli::kindsJson()
{
    const Run run = kumo({QStringLiteral("kinds"), QStringLiteral("--format"), QStringLiteral("json")});
    QCOMPARE(run.exitCode, 0);
    const auto json = nlohmann::json::parse(run.out.toStdString());
    QStringList kinds;
    for (const auto &k : json["kinds"]) {
        kinds << QString::fromStdString(k["kind"].get<std::string>());
        QVERIFY(k["properties"].is_array());
    }
    for (const char *k : {"region", "vpc", "availability_zone", "subnet", "internet_gateway", "nat_gateway", "security_group",
                          "elastic_ip", "ec2_instance", "ecr_repository", "ecs_cluster", "ecs_task_definition", "ecs_service",
                          "load_balancer", "target_group", "rds_instance", "s3_bucket", "cloudfront_distribution", "acm_certificate",
                          "route53_zone", "route53_record", "iam_policy", "iam_user", "iam_group", "iam_role",
                          "codecommit_repository", "codebuild_project", "codedeploy_application", "codepipeline", "internet", "note"})
        QVERIFY2(kinds.contains(QString::fromLatin1(k)), k);
    const Run text = kumo({QStringLiteral("kinds")});
    QCOMPARE(text.exitCode, 0);
    QVERIFY(text.out.contains("security_group"));
}

void TestCli::templatesAndNew()
{
    const Run list = kumo({QStringLiteral("templates")});
    QCOMPARE(list.exitCode, 0);
    QVERIFY(list.out.contains("three-tier\t"));
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("new.kumo"));
    QCOMPARE(kumo({QStringLiteral("new"), QStringLiteral("--template"), QStringLiteral("three-tier"), QStringLiteral("-o"), path}).exitCode, 0);
    QCOMPARE(kumo({QStringLiteral("validate"), path}).exitCode, 0);
    // an existing file is never overwritten by accident
    const Run again = kumo({QStringLiteral("new"), QStringLiteral("--template"), QStringLiteral("web-server"), QStringLiteral("-o"), path});
    QCOMPARE(again.exitCode, 2);
    QVERIFY(again.err.contains(QStringLiteral("--force")));
    QCOMPARE(kumo({QStringLiteral("new"), QStringLiteral("--template"), QStringLiteral("web-server"), QStringLiteral("-o"), path,
                   QStringLiteral("--force")}).exitCode, 0);
}

KUMO_TEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
