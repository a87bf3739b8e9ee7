// The semantic diff: every kind of change of the issue on hand-made pairs, the exact JSON shape,
// what a change does (cost, exposure, findings), the command line (exit codes, standard input,
// REV:PATH through git, the visual diff) and drift against Terraform state and configuration folders.
#include "support/testregistry.h"
#include "designfile.h"
#include "diff/designdiff.h"
#include "diff/diffentries.h"
#include "diff/diffimpact.h"
#include "diff/diffreport.h"
#include "support/diffdesigns.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace kumo;
using namespace kumo::diff;
using kumo::testing::componentIn;
using kumo::testing::editedDesign;
using nlohmann::json;

/// QCOMPARE for JSON values (QTest cannot print them).
#define JSON_COMPARE(actual, expected)                                                                                 \
    QVERIFY2(json(actual) == json(expected), (json(actual).dump() + " != " + json(expected).dump()).c_str())

namespace {

struct Run
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

Run kumoRun(const QStringList &arguments, const QString &workingDirectory = {}, const QByteArray &input = {})
{
    QProcess p;
    if (!workingDirectory.isEmpty())
        p.setWorkingDirectory(workingDirectory);
    p.start(QStringLiteral(KUMO_EXECUTABLE), arguments);
    p.write(input);
    p.closeWriteChannel();
    p.waitForFinished(60000);
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, p.readAllStandardOutput(), p.readAllStandardError()};
}

void save(const Design &design, const QString &path)
{
    QString error;
    QVERIFY2(DesignFile::save(design, path, &error), qPrintable(error));
}

bool git(const QString &dir, const QStringList &arguments)
{
    QProcess p;
    p.setWorkingDirectory(dir);
    p.start(QStringLiteral("git"), arguments);
    p.waitForFinished(30000);
    return p.exitStatus() == QProcess::NormalExit && p.exitCode() == 0;
}

} // namespace

class TestDiff : public QObject
{
    Q_OBJECT

private slots:
    void identicalDesignsDoNotDiffer();
    void addedAndRemoved();
    void changedPropertyWithPathOldAndNew();
    void defaultWrittenOutIsNoChange();
    void ruleEntryFieldPath();
    void renamed();
    void movedToAnotherContainer();
    void geometryApartAndIgnorable();
    void connectionsAddedAndRemoved();
    void jsonShapeWithSortedIds();
    void costDeltaOfAnInstanceType();
    void unpricedSideIsNoSaving();
    void exposureOpenedAndClosed();
    void findingsNewAndFixed();
    void textUsesLabels();
    void cliExitCodesAndStandardInput();
    void cliReadsGitRevisions();
    void visualDiffNamesAndLegend();
    void driftOfOwnExportIsEmpty();
    void driftShowsChangedInstanceType();
    void driftOfOwnConfigurationIsEmpty();
    void driftAgainstAnEditedConfiguration();
    void driftAgainstAFolderWithoutConfiguration();
    void textconvListsValues();
    void editorRowsForArrowsAndTheName();
};

void TestDiff::identicalDesignsDoNotDiffer()
{
    const Design a = editedDesign();
    QVERIFY(compare(a, a).isEmpty());
}

void TestDiff::addedAndRemoved()
{
    const Design before = editedDesign();
    const Design after = editedDesign([](json &d) {
        auto &list = d["components"];
        list.erase(std::remove_if(list.begin(), list.end(), [](const json &c) { return c["id"] == "assets"; }), list.end());
        list.push_back({{"id", "logs"}, {"kind", "s3_bucket"}, {"parent", "tokyo"}, {"props", {{"bucket", "kumo-diff-logs"}}}});
        list.push_back({{"id", "app"}, {"kind", "ec2_instance"}, {"parent", "app-a"}, {"props", {{"ami", "ami-0123456789abcdef0"}}}});
    });
    const DesignDiff d = compare(before, after);
    QCOMPARE(d.added, (QStringList{QStringLiteral("app"), QStringLiteral("logs")}));
    QCOMPARE(d.removed, QStringList{QStringLiteral("assets")});
    QVERIFY(d.changed.empty());
    QVERIFY(d.moved.empty());
}

void TestDiff::changedPropertyWithPathOldAndNew()
{
    const Design before = editedDesign();
    const Design after = editedDesign([](json &d) { componentIn(d, "web")["props"]["instance_type"] = "t3.large"; });
    const DesignDiff d = compare(before, after);
    QCOMPARE(int(d.changed.size()), 1);
    QCOMPARE(d.changed[0].id, QStringLiteral("web"));
    QCOMPARE(int(d.changed[0].changes.size()), 1);
    QCOMPARE(d.changed[0].changes[0].path, QStringLiteral("props.instance_type"));
    JSON_COMPARE(d.changed[0].changes[0].oldValue, json("t3.micro")); // the default: the before side did not write it
    JSON_COMPARE(d.changed[0].changes[0].newValue, json("t3.large"));
}

void TestDiff::defaultWrittenOutIsNoChange()
{
    const Design before = editedDesign();
    const Design after = editedDesign([](json &d) {
        componentIn(d, "web")["props"]["instance_type"] = "t3.micro";
        componentIn(d, "web")["props"]["root_volume_gb"] = 8;
    });
    QVERIFY(compare(before, after).isEmpty());
}

void TestDiff::ruleEntryFieldPath()
{
    const Design before = editedDesign();
    const Design after = editedDesign([](json &d) { componentIn(d, "web-sg")["props"]["ingress"][1]["cidr"] = "203.0.113.0/24"; });
    const DesignDiff d = compare(before, after);
    QCOMPARE(int(d.changed.size()), 1);
    QCOMPARE(d.changed[0].changes[0].path, QStringLiteral("props.ingress[1].cidr"));
    JSON_COMPARE(d.changed[0].changes[0].oldValue, json("0.0.0.0/0"));
    JSON_COMPARE(d.changed[0].changes[0].newValue, json("203.0.113.0/24"));
    // a rule added: the list changed length, reported as a whole
    const Design more = editedDesign([](json &d) {
        componentIn(d, "web-sg")["props"]["ingress"].push_back({{"protocol", "tcp"}, {"from_port", 443}, {"to_port", 443}, {"cidr", "0.0.0.0/0"}});
    });
    const DesignDiff m = compare(before, more);
    QCOMPARE(m.changed[0].changes[0].path, QStringLiteral("props.ingress"));
    QCOMPARE(m.changed[0].changes[0].newValue.size(), size_t(3));
}

void TestDiff::renamed()
{
    const Design before = editedDesign();
    const Design after = editedDesign([](json &d) { componentIn(d, "web")["name"] = "frontend"; });
    const DesignDiff d = compare(before, after);
    QCOMPARE(int(d.changed.size()), 1);
    QCOMPARE(d.changed[0].changes[0].path, QStringLiteral("name"));
    JSON_COMPARE(d.changed[0].changes[0].oldValue, json("web-server"));
    JSON_COMPARE(d.changed[0].changes[0].newValue, json("frontend"));
}

void TestDiff::movedToAnotherContainer()
{
    const Design before = editedDesign();
    const Design after = editedDesign([](json &d) { componentIn(d, "web")["parent"] = "app-a"; });
    const DesignDiff d = compare(before, after);
    QCOMPARE(int(d.moved.size()), 1);
    QCOMPARE(d.moved[0].id, QStringLiteral("web"));
    QCOMPARE(d.moved[0].from, QStringLiteral("pub-a"));
    QCOMPARE(d.moved[0].to, QStringLiteral("app-a"));
    QVERIFY(d.changed.empty());
    QVERIFY(d.geometry.isEmpty());
}

void TestDiff::geometryApartAndIgnorable()
{
    const Design before = editedDesign();
    const Design after = editedDesign([](json &d) {
        componentIn(d, "web")["geometry"]["x"] = 120;
        componentIn(d, "assets")["geometry"]["w"] = 200;
    });
    const DesignDiff d = compare(before, after);
    QCOMPARE(d.geometry, (QStringList{QStringLiteral("assets"), QStringLiteral("web")}));
    QVERIFY(d.changed.empty());
    DiffOptions ignore;
    ignore.ignoreGeometry = true;
    QVERIFY(compare(before, after, ignore).isEmpty());
}

void TestDiff::connectionsAddedAndRemoved()
{
    const Design before = editedDesign();
    const Design after = editedDesign([](json &d) {
        d["connections"] = json::array({{{"id", "c2"}, {"from", "users"}, {"to", "assets"}}});
    });
    const DesignDiff d = compare(before, after);
    QCOMPARE(int(d.connectionsAdded.size()), 1);
    QCOMPARE(d.connectionsAdded[0].id, QStringLiteral("c2"));
    QCOMPARE(int(d.connectionsRemoved.size()), 1);
    QCOMPARE(d.connectionsRemoved[0].id, QStringLiteral("c1"));
}

void TestDiff::jsonShapeWithSortedIds()
{
    const Design before = editedDesign();
    const Design after = editedDesign([](json &d) {
        auto &list = d["components"];
        list.push_back({{"id", "zeta"}, {"kind", "s3_bucket"}, {"parent", "tokyo"}, {"props", {{"bucket", "kumo-diff-zeta"}}}});
        list.push_back({{"id", "alpha"}, {"kind", "s3_bucket"}, {"parent", "tokyo"}, {"props", {{"bucket", "kumo-diff-alpha"}}}});
        componentIn(d, "web")["parent"] = "app-a";
        componentIn(d, "db-sg")["props"]["description"] = "database";
        componentIn(d, "assets")["props"]["versioning"] = true;
        componentIn(d, "igw")["geometry"]["x"] = 30;
        d["connections"] = json::array();
    });
    const json expected = json::parse(R"({
      "added": ["alpha", "zeta"], "removed": [],
      "changed": [
        {"id": "assets", "changes": [{"path": "props.versioning", "old": false, "new": true}]},
        {"id": "db-sg", "changes": [{"path": "props.description", "old": null, "new": "database"}]}],
      "moved": [{"id": "web", "from": "pub-a", "to": "app-a"}],
      "connections": {"added": [], "removed": [{"id": "c1", "from": "users", "to": "web", "label": "HTTP"}]},
      "geometry": ["igw"]})");
    const json actual = json::parse(DiffReport::toJson(compare(before, after), nullptr).dump());
    QVERIFY2(actual == expected, actual.dump(1).c_str());
}

void TestDiff::costDeltaOfAnInstanceType()
{
    const Design before = editedDesign();
    const Design after = editedDesign([](json &d) { componentIn(d, "web")["props"]["instance_type"] = "t3.large"; });
    const DiffImpact impact = assessImpact(before, after);
    // Tokyo on demand (research/pricing.md): t3.micro $0.0136, t3.large $0.1088 an hour, 730 hours
    const double expected = (0.1088 - 0.0136) * 730;
    QVERIFY2(std::abs(impact.costDelta() - expected) < 0.01, qPrintable(QString::number(impact.costDelta())));
    QCOMPARE(int(impact.costChanges.size()), 1);
    QCOMPARE(impact.costChanges[0].id, QStringLiteral("web"));
    const json j = json::parse(DiffReport::toJson(compare(before, after), &impact).dump());
    JSON_COMPARE(j["cost"]["currency"], json("USD"));
    JSON_COMPARE(j["cost"]["delta"].get<double>(), 69.5);
}

void TestDiff::unpricedSideIsNoSaving()
{
    // an instance type the bundled prices do not have: its cost after is unknown, not zero
    const Design before = editedDesign();
    const Design after = editedDesign([](json &d) { componentIn(d, "web")["props"]["instance_type"] = "x2iezn.12xlarge"; });
    const DiffImpact impact = assessImpact(before, after);
    QCOMPARE(int(impact.costChanges.size()), 1);
    const CostChange &web = impact.costChanges[0];
    QCOMPARE(web.id, QStringLiteral("web"));
    QVERIFY(web.unpricedBefore.isEmpty());
    QVERIFY2(web.unpricedAfter.contains(QStringLiteral("x2iezn.12xlarge")), qPrintable(web.unpricedAfter));
    const json j = json::parse(DiffReport::toJson(compare(before, after), &impact).dump());
    JSON_COMPARE(j["cost"]["components"][0]["unpriced"]["before"], json());
    QVERIFY(j["cost"]["components"][0]["unpriced"]["after"].is_string());
    const QString text = DiffReport::toText(compare(before, after), &impact, {QStringLiteral("a"), QStringLiteral("b"), &before, &after});
    QVERIFY2(text.contains(QStringLiteral("after, without a price: ")), qPrintable(text));
}

void TestDiff::exposureOpenedAndClosed()
{
    const Design before = editedDesign();
    const Design after = editedDesign([](json &d) {
        auto &rules = componentIn(d, "web-sg")["props"]["ingress"];
        rules[1] = {{"protocol", "tcp"}, {"from_port", 3306}, {"to_port", 3306}, {"cidr", "0.0.0.0/0"}};
    });
    const DiffImpact impact = assessImpact(before, after);
    QCOMPARE(int(impact.opened.size()), 1);
    QCOMPARE(impact.opened[0].component, QStringLiteral("web"));
    QCOMPARE(impact.opened[0].port, 3306);
    QCOMPARE(impact.opened[0].sourceRange, QStringLiteral("0.0.0.0/0"));
    QCOMPARE(int(impact.closed.size()), 1);
    QCOMPARE(impact.closed[0].port, 80);
    const QString text = DiffReport::toText(compare(before, after), &impact, {QStringLiteral("a"), QStringLiteral("b"), &before, &after});
    QVERIFY2(text.contains(QStringLiteral("now reachable: web on 3306 from 0.0.0.0/0")), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("no longer reachable: web on 80 from 0.0.0.0/0")), qPrintable(text));
}

void TestDiff::findingsNewAndFixed()
{
    const Design good = editedDesign();
    const Design bad = editedDesign([](json &d) { componentIn(d, "app-a")["props"]["cidr"] = "192.168.0.0/24"; });
    const DiffImpact broke = assessImpact(good, bad);
    QVERIFY(!broke.newFindings.empty());
    QVERIFY(broke.fixedFindings.empty());
    bool namesSubnet = false;
    for (const Finding &f : broke.newFindings)
        namesSubnet = namesSubnet || f.components.contains(QStringLiteral("app-a"));
    QVERIFY(namesSubnet);
    const DiffImpact fixed = assessImpact(bad, good);
    QCOMPARE(fixed.fixedFindings.size(), broke.newFindings.size());
    QVERIFY(fixed.newFindings.empty());
}

void TestDiff::textUsesLabels()
{
    const Design before = editedDesign();
    const Design after = editedDesign([](json &d) {
        componentIn(d, "web")["props"]["instance_type"] = "t3.large";
        componentIn(d, "web-sg")["props"]["ingress"][0]["from_port"] = 2222;
    });
    const QString text = DiffReport::toText(compare(before, after), nullptr, {QStringLiteral("a"), QStringLiteral("b"), &before, &after});
    QVERIFY2(text.contains(QStringLiteral("Instance type: t3.micro -> t3.large")), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("#1 › ")) && text.contains(QStringLiteral(": 22 -> 2222")), qPrintable(text));
}

void TestDiff::cliExitCodesAndStandardInput()
{
    QTemporaryDir dir;
    const QString a = dir.filePath(QStringLiteral("a.kumo"));
    const QString b = dir.filePath(QStringLiteral("b.kumo"));
    save(editedDesign(), a);
    save(editedDesign([](json &d) { componentIn(d, "web")["props"]["instance_type"] = "t3.large"; }), b);
    QCOMPARE(kumoRun({QStringLiteral("diff"), a, a}).exitCode, 0);
    const Run differ = kumoRun({QStringLiteral("diff"), a, b, QStringLiteral("--format"), QStringLiteral("json")});
    QCOMPARE(differ.exitCode, 1);
    const json j = json::parse(differ.out.toStdString());
    JSON_COMPARE(j["changed"][0]["id"], json("web"));
    QVERIFY(j.contains("cost") && j.contains("exposure") && j.contains("findings"));
    QFile file(b);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const Run stdinRun = kumoRun({QStringLiteral("diff"), a, QStringLiteral("-")}, {}, file.readAll());
    QCOMPARE(stdinRun.exitCode, 1);
    QVERIFY(stdinRun.out.contains("t3.large"));
    const Run missing = kumoRun({QStringLiteral("diff"), a, dir.filePath(QStringLiteral("nope.kumo"))});
    QCOMPARE(missing.exitCode, 2);
    QVERIFY(missing.err.contains("nope.kumo"));
    QFile broken(dir.filePath(QStringLiteral("broken.kumo")));
    QVERIFY(broken.open(QIODevice::WriteOnly));
    broken.write("{\"format\": \"kumo-design\", \"version\": 1,\n \"components\": [ {\"id\": 3} ]}");
    broken.close();
    const Run bad = kumoRun({QStringLiteral("diff"), a, broken.fileName()});
    QCOMPARE(bad.exitCode, 2);
    QVERIFY2(bad.err.contains("broken.kumo:"), bad.err.constData());
    QCOMPARE(kumoRun({QStringLiteral("diff"), a}).exitCode, 2);
}

void TestDiff::cliReadsGitRevisions()
{
    QTemporaryDir dir;
    const QString repo = dir.path();
    QVERIFY(git(repo, {QStringLiteral("init"), QStringLiteral("-q")}));
    git(repo, {QStringLiteral("config"), QStringLiteral("user.email"), QStringLiteral("t@example.com")});
    git(repo, {QStringLiteral("config"), QStringLiteral("user.name"), QStringLiteral("Test")});
    save(editedDesign(), dir.filePath(QStringLiteral("infra.kumo")));
    QVERIFY(git(repo, {QStringLiteral("add"), QStringLiteral("infra.kumo")}));
    QVERIFY(git(repo, {QStringLiteral("commit"), QStringLiteral("-qm"), QStringLiteral("one")}));
    save(editedDesign([](json &d) { componentIn(d, "web")["name"] = "frontend"; }), dir.filePath(QStringLiteral("infra.kumo")));
    QVERIFY(git(repo, {QStringLiteral("commit"), QStringLiteral("-qam"), QStringLiteral("two")}));
    const Run r = kumoRun({QStringLiteral("diff"), QStringLiteral("HEAD~1:infra.kumo"), QStringLiteral("infra.kumo")}, repo);
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.out.contains("Name: web-server -> frontend"), r.out.constData());
    const Run noRev = kumoRun({QStringLiteral("diff"), QStringLiteral("HEAD~5:infra.kumo"), QStringLiteral("infra.kumo")}, repo);
    QCOMPARE(noRev.exitCode, 2);
    QVERIFY(noRev.err.contains("HEAD~5:infra.kumo"));
}

void TestDiff::visualDiffNamesAndLegend()
{
    QTemporaryDir dir;
    const QString a = dir.filePath(QStringLiteral("a.kumo"));
    const QString b = dir.filePath(QStringLiteral("b.kumo"));
    save(editedDesign(), a);
    save(editedDesign([](json &d) {
             auto &list = d["components"];
             list.erase(std::remove_if(list.begin(), list.end(), [](const json &c) { return c["id"] == "assets"; }), list.end());
             list.push_back({{"id", "logs"}, {"kind", "s3_bucket"}, {"name", "log-archive"}, {"parent", "tokyo"},
                             {"props", {{"bucket", "kumo-diff-logs"}}}, {"geometry", {{"x", 700}, {"y", 0}, {"w", 160}, {"h", 40}}}});
             componentIn(d, "web")["props"]["instance_type"] = "t3.large";
         }),
         b);
    const QString svg = dir.filePath(QStringLiteral("diff.svg"));
    const Run r = kumoRun({QStringLiteral("diff"), a, b, QStringLiteral("-o"), svg});
    QCOMPARE(r.exitCode, 1);
    QFile file(svg);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray text = file.readAll();
    QVERIFY(text.contains("log-archive"));         // added, by its name
    QVERIFY(text.contains("assets"));              // removed, drawn at its old place
    QVERIFY(text.contains("removed: assets"));
    QVERIFY(text.contains("Instance type: t3.micro"));
    QVERIFY(text.contains("Added") && text.contains("Removed") && text.contains("Changed")); // the legend
    const QString png = dir.filePath(QStringLiteral("diff.png"));
    QCOMPARE(kumoRun({QStringLiteral("diff"), a, b, QStringLiteral("-o"), png}).exitCode, 1);
    QVERIFY(QImage(png).width() > 200);
    QCOMPARE(kumoRun({QStringLiteral("diff"), a, b, QStringLiteral("-o"), dir.filePath(QStringLiteral("x.txt"))}).exitCode, 2);
}

void TestDiff::driftOfOwnExportIsEmpty()
{
    // the state Terraform holds after applying the web-server template's export
    const Run r = kumoRun({QStringLiteral("diff"), QStringLiteral(KUMO_TEMPLATES "/web-server.kumo"),
                           QStringLiteral(KUMO_TEST_DATA "/diff/web-server-deployed.tfstate"), QStringLiteral("--format"), QStringLiteral("json")});
    QVERIFY2(r.exitCode == 0, r.out.constData());
    const json j = json::parse(r.out.toStdString());
    QVERIFY(j["added"].empty() && j["removed"].empty() && j["changed"].empty() && j["moved"].empty());
    // a design imported from a state has no drift against that state either
    QTemporaryDir dir;
    const QString imported = dir.filePath(QStringLiteral("imported.kumo"));
    QCOMPARE(kumoRun({QStringLiteral("import"), QStringLiteral("terraform"), QStringLiteral(KUMO_TEST_DATA "/import/roundtrip-three-tier.tfstate"),
                      QStringLiteral("-o"), imported})
                 .exitCode,
             0);
    QCOMPARE(kumoRun({QStringLiteral("diff"), imported, QStringLiteral(KUMO_TEST_DATA "/import/roundtrip-three-tier.tfstate")}).exitCode, 0);
}

void TestDiff::driftShowsChangedInstanceType()
{
    const Run r = kumoRun({QStringLiteral("diff"), QStringLiteral(KUMO_TEMPLATES "/web-server.kumo"),
                           QStringLiteral(KUMO_TEST_DATA "/diff/web-server-drifted.tfstate"), QStringLiteral("--format"), QStringLiteral("json")});
    QCOMPARE(r.exitCode, 1);
    const json j = json::parse(r.out.toStdString());
    const json expected = json::parse(R"([{"id": "web", "changes": [{"path": "props.instance_type", "old": "t3.micro", "new": "t3.large"}]}])");
    JSON_COMPARE(j["changed"], expected);
    QVERIFY(j["added"].empty() && j["removed"].empty() && j["moved"].empty());
}

namespace {

/// A small configuration of one web server, as a repository holds it.
void writeWebConfiguration(const QString &dir)
{
    QFile f(dir + QStringLiteral("/main.tf"));
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(R"(provider "aws" {
  region = "eu-west-1"
}

resource "aws_vpc" "main" {
  cidr_block = "10.4.0.0/16"
}

resource "aws_subnet" "a" {
  vpc_id            = aws_vpc.main.id
  cidr_block        = cidrsubnet(aws_vpc.main.cidr_block, 8, 1)
  availability_zone = "eu-west-1a"
}

resource "aws_security_group" "web_sg" {
  name   = "web-sg"
  vpc_id = aws_vpc.main.id
  ingress {
    from_port   = 443
    to_port     = 443
    protocol    = "tcp"
    cidr_blocks = ["0.0.0.0/0"]
  }
}

resource "aws_instance" "web_server" {
  ami                    = "ami-0123456789abcdef0"
  instance_type          = "t3.micro"
  subnet_id              = aws_subnet.a.id
  vpc_security_group_ids = [aws_security_group.web_sg.id]
}
)");
}

} // namespace

void TestDiff::driftOfOwnConfigurationIsEmpty()
{
    // a design imported from a configuration folder has no drift against that folder
    QTemporaryDir dir;
    const QString config = dir.filePath(QStringLiteral("repo"));
    QVERIFY(QDir().mkpath(config));
    writeWebConfiguration(config);
    const QString design = dir.filePath(QStringLiteral("design.kumo"));
    QCOMPARE(kumoRun({QStringLiteral("import"), QStringLiteral("terraform"), config, QStringLiteral("-o"), design}).exitCode, 0);
    const Run r = kumoRun({QStringLiteral("diff"), design, config, QStringLiteral("--format"), QStringLiteral("json")});
    QVERIFY2(r.exitCode == 0, QByteArray(r.out + r.err).constData());
    const json j = json::parse(r.out.toStdString());
    QVERIFY2(j["added"].empty() && j["removed"].empty() && j["changed"].empty() && j["moved"].empty(), r.out.constData());
}

void TestDiff::driftAgainstAnEditedConfiguration()
{
    // someone changed the instance type in the repository and added a bucket: both are drift
    QTemporaryDir dir;
    const QString config = dir.filePath(QStringLiteral("repo"));
    QVERIFY(QDir().mkpath(config));
    writeWebConfiguration(config);
    const QString design = dir.filePath(QStringLiteral("design.kumo"));
    QCOMPARE(kumoRun({QStringLiteral("import"), QStringLiteral("terraform"), config, QStringLiteral("-o"), design}).exitCode, 0);
    QFile main(config + QStringLiteral("/main.tf"));
    QVERIFY(main.open(QIODevice::ReadOnly));
    QByteArray text = main.readAll();
    main.close();
    QVERIFY(text.contains("\"t3.micro\""));
    text.replace("\"t3.micro\"", "\"t3.large\"");
    QVERIFY(main.open(QIODevice::WriteOnly | QIODevice::Truncate));
    main.write(text);
    main.close();
    QFile extra(config + QStringLiteral("/later.tf"));
    QVERIFY(extra.open(QIODevice::WriteOnly));
    extra.write("resource \"aws_s3_bucket\" \"jobs\" {\n  bucket = \"jobs-archive\"\n}\n");
    extra.close();
    QFile broken(config + QStringLiteral("/unfinished.tf"));
    QVERIFY(broken.open(QIODevice::WriteOnly));
    broken.write("# work in progress\n\nresource \"aws_s3_bucket\" \"broken\" {\n");
    broken.close();
    const Run r = kumoRun({QStringLiteral("diff"), design, config, QStringLiteral("--format"), QStringLiteral("json")});
    QCOMPARE(r.exitCode, 1);
    const json j = json::parse(r.out.toStdString());
    QCOMPARE(j["changed"].size(), size_t(1));
    const json expected = json::parse(R"([{"path": "props.instance_type", "old": "t3.micro", "new": "t3.large"}])");
    JSON_COMPARE(j["changed"][0]["changes"], expected);
    QCOMPARE(j["added"].size(), size_t(1));
    QVERIFY2(j["added"][0].dump().find("jobs") != std::string::npos, j["added"].dump().c_str());
    QVERIFY(j["removed"].empty());
    // the file that does not parse is named with its place, and the rest was still compared
    QVERIFY2(r.err.contains(QByteArray(QDir::cleanPath(config + QStringLiteral("/unfinished.tf")).toUtf8() + ":4:1: ")), r.err.constData());
}

void TestDiff::driftAgainstAFolderWithoutConfiguration()
{
    QTemporaryDir dir;
    const Run r = kumoRun({QStringLiteral("diff"), QStringLiteral(KUMO_TEMPLATES "/web-server.kumo"), dir.path()});
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.startsWith(QByteArray(dir.path().toUtf8() + ": ")), r.err.constData());
    QVERIFY2(r.err.contains("no Terraform configuration"), r.err.constData());
    QCOMPARE(kumoRun({QStringLiteral("diff"), QStringLiteral(KUMO_TEMPLATES "/web-server.kumo"), dir.path(), QStringLiteral("-o"), dir.filePath(QStringLiteral("d.svg"))}).exitCode, 2);
}

void TestDiff::textconvListsValues()
{
    const Run r = kumoRun({QStringLiteral("diff"), QStringLiteral("--textconv"), QStringLiteral(KUMO_TEMPLATES "/web-server.kumo")});
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(r.out.contains("web (ec2_instance) in public-a"), r.out.constData());
    QVERIFY(r.out.contains("Instance type: t3.micro"));
}

void TestDiff::editorRowsForArrowsAndTheName()
{
    // the Differences panel's rows (DiffEntries): an edited arrow is one removed and one added,
    // the design's new name a row of its own, a component only moved on the canvas its own group
    const Design before = editedDesign();
    const Design after = editedDesign([](json &d) {
        d["name"] = "diff renamed";
        d["connections"][0]["label"] = "HTTPS";
        componentIn(d, "db-sg")["geometry"]["x"] = 400;
    });
    const std::vector<DiffEntry> rows = DiffEntries::list(compare(before, after), before, after);
    QCOMPARE(int(rows.size()), 4);
    QCOMPARE(rows[0].change, DiffEntry::Change::Geometry);
    QCOMPARE(rows[0].components, QStringList{QStringLiteral("db-sg")});
    QCOMPARE(rows[1].change, DiffEntry::Change::ConnectionAdded);
    QCOMPARE(rows[1].title, QStringLiteral("Users → web-server"));
    QCOMPARE(rows[1].details, QStringList{QStringLiteral("Label: HTTPS")});
    QCOMPARE(rows[1].components, (QStringList{QStringLiteral("users"), QStringLiteral("web")}));
    QCOMPARE(rows[2].change, DiffEntry::Change::ConnectionRemoved);
    QCOMPARE(rows[2].details, QStringList{QStringLiteral("Label: HTTP")});
    QCOMPARE(rows[3].change, DiffEntry::Change::DesignRenamed);
    QCOMPARE(rows[3].details, QStringList{QStringLiteral("diff base → diff renamed")});
    QVERIFY(rows[3].components.isEmpty());
    QCOMPARE(DiffEntries::summary(rows), QStringLiteral("1 changed, 1 moved on the canvas only, arrows added or removed: 2"));
    QCOMPARE(DiffEntries::summary({}), QStringLiteral("no differences"));
}

KUMO_TEST_MAIN(TestDiff)
#include "tst_diff.moc"
