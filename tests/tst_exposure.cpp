// Exposure analysis: hand-made designs whose reachable paths were worked out by hand from the hop
// semantics (exposure.md) before running the program, the bundled templates as a network engineer
// would list them, the six exposure rules, and `kumo exposure` end to end.
#include "support/testregistry.h"
#include "designfile.h"
#include "designjson.h"
#include "designscene.h"
#include "document.h"
#include "exposureanalysis.h"
#include "exposurenetwork.h"
#include "exposurepanel.h"
#include "incrementalvalidator.h"
#include "validator.h"

#include <QProcess>
#include <QTest>
#include <QTreeWidget>

using namespace kumo;
using namespace kumo::exposure;
using nlohmann::json;

namespace {

Design load(const QString &name)
{
    const QString templ = QStringLiteral(KUMO_TEMPLATES "/%1.kumo").arg(name);
    const QString path = QFile::exists(templ) ? templ : QStringLiteral(KUMO_TEST_DATA "/exposure/%1.kumo").arg(name);
    DesignReadResult result = DesignFile::load(path);
    if (!result.ok())
        qFatal("cannot load %s", qPrintable(path));
    return std::move(*result.design);
}

/// "component:port from RANGE in N", sorted: what is reachable, from where, in how many hops.
QStringList reachable(const Design &design)
{
    QStringList out;
    for (const ReachablePath &p : Analysis::analyze(design).reachable)
        out << QStringLiteral("%1:%2 from %3 in %4").arg(p.component).arg(p.port).arg(p.sourceRange).arg(p.hops.size());
    out.sort();
    return out;
}

QStringList sorted(QStringList list)
{
    list.sort();
    return list;
}

/// The first component of each finding of @p rule.
QStringList firing(const Design &design, const QString &rule)
{
    QStringList out;
    for (const Finding &f : Validator::validate(design)) {
        if (f.rule == rule)
            out << f.components.value(0);
    }
    return out;
}

QStringList blockerComponents(const BlockedPath &b)
{
    QStringList out;
    for (const Blocker &blocker : b.blockedBy)
        out << blocker.component;
    return out;
}

std::optional<BlockedPath> explain(const Design &design, const QString &id, std::optional<int> port = std::nullopt)
{
    const Network network(design);
    return Analysis::explain(network, Analysis::analyze(network), id, port);
}

void setProp(Design &design, const QString &id, const char *key, json value)
{
    design.mutableComponent(id)->props[key] = std::move(value);
}

json tcp(int from, int to, const char *cidr = nullptr, const char *source = nullptr)
{
    json rule = {{"protocol", "tcp"}, {"from_port", from}, {"to_port", to}};
    if (cidr)
        rule["cidr"] = cidr;
    if (source)
        rule["source"] = source;
    return rule;
}

const QString kWhole = QStringLiteral("0.0.0.0/0");

} // namespace

class TestExposure : public QObject
{
    Q_OBJECT

private slots:
    void sshOpenWithoutPublicAddress();
    void databaseMadePublicThreeWays();
    void threeTierTemplate();
    void threeTierWithTheOldAppRule();
    void webServerTemplate();
    void targetAlsoReachableDirectly();
    void lateralThroughBastion();
    void cloudFrontToInternalLoadBalancer();
    void egressBlocksAHop();
    void incrementalValidationSeesTheChange();
    void commandLine_data();
    void commandLine();
    void commandLineJson();
    void panelDrawsThePathsAndExplainsTheSelection();
};

void TestExposure::sshOpenWithoutPublicAddress()
{
    // ssh-sg admits 22 from 0.0.0.0/0, box sits in a public subnet of a VPC with a gateway, but has
    // no public address: the rule is open, the instance is not reachable.
    Design design = load(QStringLiteral("ssh-no-public-address"));
    QCOMPARE(reachable(design), QStringList());
    QCOMPARE(firing(design, QStringLiteral("sg.ssh-open-world")), QStringList({QStringLiteral("ssh-sg")}));
    QCOMPARE(firing(design, QStringLiteral("exposure.admin-direct")), QStringList());
    const auto why = explain(design, QStringLiteral("box"), 22);
    QVERIFY(why);
    QCOMPARE(blockerComponents(*why), QStringList({QStringLiteral("box")})); // only the missing public address
    QVERIFY(why->blockedBy.front().fix.contains(QLatin1String("public_ip")));

    // give it a public address: now the whole path is there
    setProp(design, QStringLiteral("box"), "public_ip", true);
    QCOMPARE(reachable(design), QStringList({QStringLiteral("box:22 from 0.0.0.0/0 in 1")}));
    QCOMPARE(firing(design, QStringLiteral("exposure.admin-direct")), QStringList({QStringLiteral("box")}));
    const ExposureReport report = Analysis::analyze(design);
    const Hop &hop = report.reachable.front().hops.front();
    QCOMPARE(hop.via, QStringList({QStringLiteral("igw"), QStringLiteral("pub-a")}));
    QCOMPARE(hop.group, QStringLiteral("ssh-sg"));
    QCOMPARE(hop.rule, 0);
    QCOMPARE(hop.because, QStringLiteral("security group ssh-sg ingress rule 1: tcp 22 from 0.0.0.0/0"));
}

void TestExposure::databaseMadePublicThreeWays()
{
    // db-open admits 3306 from everywhere for all three. db-private-subnet is publicly accessible
    // but in private subnets; db-not-accessible is in public subnets without a public address;
    // only db-exposed has address, public subnet, gateway and rule.
    const Design design = load(QStringLiteral("database-three-ways"));
    QCOMPARE(reachable(design), QStringList({QStringLiteral("db-exposed:3306 from 0.0.0.0/0 in 1")}));
    QCOMPARE(firing(design, QStringLiteral("exposure.database-direct")), QStringList({QStringLiteral("db-exposed")}));
    QCOMPARE(firing(design, QStringLiteral("sg.db-open-world")), QStringList({QStringLiteral("db-open")}));
    QCOMPARE(firing(design, QStringLiteral("exposure.data-path")), QStringList());

    const auto privateSubnet = explain(design, QStringLiteral("db-private-subnet"));
    QVERIFY(privateSubnet);
    QCOMPARE(privateSubnet->port, 3306);
    QCOMPARE(blockerComponents(*privateSubnet), QStringList({QStringLiteral("priv-a")}));
    const auto notAccessible = explain(design, QStringLiteral("db-not-accessible"));
    QVERIFY(notAccessible);
    QCOMPARE(blockerComponents(*notAccessible), QStringList({QStringLiteral("db-not-accessible")}));
    QVERIFY(notAccessible->blockedBy.front().fix.contains(QLatin1String("publicly_accessible")));
    QVERIFY(!explain(design, QStringLiteral("db-exposed"))); // reachable: nothing to explain
}

void TestExposure::threeTierTemplate()
{
    // By hand: the load balancer on its two listeners and CloudFront on 80/443 from everywhere;
    // the bucket behind CloudFront; web (8080) and api (8081) behind the load balancer; both
    // databases behind the application group on 3306 (the first application found is web).
    const Design design = load(QStringLiteral("three-tier"));
    QCOMPARE(reachable(design), sorted({QStringLiteral("alb:443 from 0.0.0.0/0 in 1"), QStringLiteral("alb:80 from 0.0.0.0/0 in 1"),
                                        QStringLiteral("cdn:443 from 0.0.0.0/0 in 1"), QStringLiteral("cdn:80 from 0.0.0.0/0 in 1"),
                                        QStringLiteral("static:443 from 0.0.0.0/0 in 2"),
                                        QStringLiteral("web-svc:8080 from 0.0.0.0/0 in 2"),
                                        QStringLiteral("api-svc:8081 from 0.0.0.0/0 in 2"),
                                        QStringLiteral("db:3306 from 0.0.0.0/0 in 3"),
                                        QStringLiteral("db-replica:3306 from 0.0.0.0/0 in 3")}));

    const Network network(design);
    const ExposureReport report = Analysis::analyze(network);
    const ReachablePath *db = report.find(QStringLiteral("db"), 3306);
    QVERIFY(db);
    QCOMPARE(Analysis::pathText(network, db->hops), QStringLiteral("internet -> web-alb 443 -> web 8080 -> app-db 3306"));
    QCOMPARE(db->names, QStringList({QStringLiteral("app.kumo-demo.net")}));
    QCOMPARE(db->hops[0].via, QStringList({QStringLiteral("igw"), QStringLiteral("public-a")}));
    QCOMPARE(db->hops[0].because, QStringLiteral("security group alb-sg ingress rule 1: tcp 443 from 0.0.0.0/0"));
    QCOMPARE(db->hops[1].kind, HopKind::Target);
    QCOMPARE(db->hops[1].listenerPort, 443);
    QCOMPARE(db->hops[1].listenerRule, -1);
    QCOMPARE(db->hops[1].via, QStringList({QStringLiteral("web-tg")}));
    QCOMPARE(db->hops[1].because,
             QStringLiteral("listener 443 -> target group web-tg (port 8080); security group app-sg ingress rule 1 from alb-sg"));
    QCOMPARE(db->hops[2].group, QStringLiteral("db-sg"));
    QCOMPARE(db->hops[2].because, QStringLiteral("security group db-sg ingress rule 1 from app-sg"));

    const ReachablePath *api = report.find(QStringLiteral("api-svc"), 8081);
    QVERIFY(api);
    QCOMPARE(api->hops[1].listenerRule, 10);
    QCOMPARE(api->hops[1].targetGroup, QStringLiteral("api-tg"));
    const ReachablePath *bucket = report.find(QStringLiteral("static"), 443);
    QVERIFY(bucket);
    QCOMPARE(bucket->hops[0].from, QStringLiteral("internet"));
    QCOMPARE(bucket->hops[0].to, QStringLiteral("cdn"));
    QCOMPARE(bucket->hops[1].kind, HopKind::Origin);
    QCOMPARE(bucket->names, QStringList({QStringLiteral("static.kumo-demo.net")}));

    QCOMPARE(firing(design, QStringLiteral("exposure.target-blocked")), QStringList());
    QCOMPARE(sorted(firing(design, QStringLiteral("exposure.data-path"))), sorted({QStringLiteral("db"), QStringLiteral("db-replica")}));
    for (const char *silent : {"exposure.database-direct", "exposure.admin-direct", "exposure.bypasses-load-balancer",
                               "exposure.internal-lb-public"})
        QCOMPARE(firing(design, QString::fromLatin1(silent)), QStringList());
}

void TestExposure::threeTierWithTheOldAppRule()
{
    // Before the fix app-sg admitted 8080 only: api's target group sends to 8081, so the load
    // balancer cannot reach api, and nothing else reaches it either.
    Design design = load(QStringLiteral("three-tier"));
    setProp(design, QStringLiteral("app-sg"), "ingress", json::array({tcp(8080, 8080, nullptr, "alb-sg")}));
    QCOMPARE(firing(design, QStringLiteral("exposure.target-blocked")), QStringList({QStringLiteral("alb")}));
    for (const Finding &f : Validator::validate(design)) {
        if (f.rule == QLatin1String("exposure.target-blocked"))
            QCOMPARE(f.components.mid(0, 4), QStringList({QStringLiteral("alb"), QStringLiteral("api-tg"), QStringLiteral("api-svc"),
                                                          QStringLiteral("app-sg")}));
    }
    QVERIFY(!Analysis::analyze(design).find(QStringLiteral("api-svc"), 8081));
    QVERIFY(Analysis::analyze(design).find(QStringLiteral("web-svc"), 8080));

    const auto why = explain(design, QStringLiteral("api-svc"));
    QVERIFY(why);
    QCOMPARE(why->port, 8081);
    QCOMPARE(why->hops.size(), size_t(2));
    QCOMPARE(why->hops[0].to, QStringLiteral("alb"));
    QVERIFY(!why->hops[0].blocked);
    QVERIFY(why->hops[1].blocked);
    QCOMPARE(blockerComponents(*why), QStringList({QStringLiteral("app-sg")}));
    QCOMPARE(why->blockedBy.front().fix, QStringLiteral("add an ingress rule to app-sg: tcp 8081 from security group alb-sg"));
}

void TestExposure::webServerTemplate()
{
    // HTTP from everywhere through the Elastic IP; SSH from the office range only.
    const Design design = load(QStringLiteral("web-server"));
    QCOMPARE(reachable(design), sorted({QStringLiteral("web:80 from 0.0.0.0/0 in 1"), QStringLiteral("web:22 from 203.0.113.0/24 in 1")}));
    const ExposureReport report = Analysis::analyze(design);
    QCOMPARE(report.find(QStringLiteral("web"), 80)->hops[0].via,
             QStringList({QStringLiteral("igw"), QStringLiteral("web-ip"), QStringLiteral("public-a")}));
    // the www record holds the Elastic IP: users find the server by that name
    QCOMPARE(report.find(QStringLiteral("web"), 80)->names, QStringList({QStringLiteral("www.kumo-demo.net")}));
    QCOMPARE(firing(design, QStringLiteral("exposure.admin-direct")), QStringList()); // office range: recommended practice
}

void TestExposure::targetAlsoReachableDirectly()
{
    // web has a public address in a public subnet and web-sg admits 80 from everywhere besides
    // from alb-sg: the shortest path to web:80 is direct.
    Design design = load(QStringLiteral("bypass"));
    QCOMPARE(reachable(design), sorted({QStringLiteral("alb:443 from 0.0.0.0/0 in 1"), QStringLiteral("web:80 from 0.0.0.0/0 in 1")}));
    QCOMPARE(firing(design, QStringLiteral("exposure.bypasses-load-balancer")), QStringList({QStringLiteral("web")}));

    // near miss: only the load balancer's group is admitted, the public address stays
    setProp(design, QStringLiteral("web-sg"), "ingress", json::array({tcp(80, 80, nullptr, "alb-sg")}));
    QCOMPARE(reachable(design), sorted({QStringLiteral("alb:443 from 0.0.0.0/0 in 1"), QStringLiteral("web:80 from 0.0.0.0/0 in 2")}));
    QCOMPARE(firing(design, QStringLiteral("exposure.bypasses-load-balancer")), QStringList());
}

void TestExposure::lateralThroughBastion()
{
    // The office reaches the bastion on 22; app-sg admits 22 from bastion-sg, so the office
    // reaches app through the bastion. Neither is open to the whole internet.
    Design design = load(QStringLiteral("bastion"));
    QCOMPARE(reachable(design), sorted({QStringLiteral("bastion:22 from 203.0.113.0/24 in 1"),
                                        QStringLiteral("app:22 from 203.0.113.0/24 in 2")}));
    const ExposureReport report = Analysis::analyze(design);
    const Hop &lateral = report.find(QStringLiteral("app"), 22)->hops[1];
    QCOMPARE(lateral.kind, HopKind::Lateral);
    QCOMPARE(lateral.from, QStringLiteral("bastion"));
    QCOMPARE(lateral.because, QStringLiteral("security group app-sg ingress rule 1 from bastion-sg"));
    QCOMPARE(firing(design, QStringLiteral("exposure.admin-direct")), QStringList());

    // open the bastion to everyone: the bastion is directly exposed, app is one hop further
    setProp(design, QStringLiteral("bastion-sg"), "ingress", json::array({tcp(22, 22, "0.0.0.0/0")}));
    QCOMPARE(reachable(design), sorted({QStringLiteral("bastion:22 from 0.0.0.0/0 in 1"), QStringLiteral("app:22 from 0.0.0.0/0 in 2")}));
    QCOMPARE(firing(design, QStringLiteral("exposure.admin-direct")), QStringList({QStringLiteral("bastion")}));
}

void TestExposure::cloudFrontToInternalLoadBalancer()
{
    // The internal load balancer has no public address, but lb-sg admits 443 from everywhere, and
    // it is CloudFront's origin: internet -> cdn -> internal-alb 443.
    Design design = load(QStringLiteral("cloudfront-internal-lb"));
    QCOMPARE(reachable(design), sorted({QStringLiteral("cdn:443 from 0.0.0.0/0 in 1"), QStringLiteral("cdn:80 from 0.0.0.0/0 in 1"),
                                        QStringLiteral("internal-alb:443 from 0.0.0.0/0 in 2")}));
    QCOMPARE(firing(design, QStringLiteral("exposure.internal-lb-public")), QStringList({QStringLiteral("internal-alb")}));

    // near miss: the group admits the VPC only, so CloudFront (public addresses) cannot connect
    setProp(design, QStringLiteral("lb-sg"), "ingress", json::array({tcp(443, 443, "10.0.0.0/16")}));
    QCOMPARE(reachable(design), sorted({QStringLiteral("cdn:443 from 0.0.0.0/0 in 1"), QStringLiteral("cdn:80 from 0.0.0.0/0 in 1")}));
    QCOMPARE(firing(design, QStringLiteral("exposure.internal-lb-public")), QStringList());
    const auto why = explain(design, QStringLiteral("internal-alb"));
    QVERIFY(why);
    QCOMPARE(why->hops.size(), size_t(2));
    QCOMPARE(why->hops[0].to, QStringLiteral("cdn"));
    QCOMPARE(blockerComponents(*why), QStringList({QStringLiteral("lb-sg")}));
}

void TestExposure::egressBlocksAHop()
{
    // app is reached through the load balancer on 8080, db-sg admits 5432 (postgres) from app-sg,
    // but app-sg lets only 443 out: db is not reachable, and the egress rule is the one blocker.
    Design design = load(QStringLiteral("egress-blocks"));
    QCOMPARE(reachable(design), sorted({QStringLiteral("alb:80 from 0.0.0.0/0 in 1"), QStringLiteral("app:8080 from 0.0.0.0/0 in 2")}));
    const auto why = explain(design, QStringLiteral("db"));
    QVERIFY(why);
    QCOMPARE(why->port, 5432);
    QCOMPARE(why->hops.size(), size_t(3));
    QCOMPARE(why->hops[2].from, QStringLiteral("app"));
    QCOMPARE(blockerComponents(*why), QStringList({QStringLiteral("app-sg")}));
    QVERIFY(why->blockedBy.front().reason.contains(QLatin1String("egress")));
    QCOMPARE(why->blockedBy.front().fix, QStringLiteral("add an egress rule to app-sg: tcp 5432 to security group db-sg"));

    // near miss: let 5432 out to the database's group
    setProp(design, QStringLiteral("app-sg"), "egress", json::array({tcp(443, 443, "0.0.0.0/0"), tcp(5432, 5432, nullptr, "db-sg")}));
    QCOMPARE(reachable(design), sorted({QStringLiteral("alb:80 from 0.0.0.0/0 in 1"), QStringLiteral("app:8080 from 0.0.0.0/0 in 2"),
                                        QStringLiteral("db:5432 from 0.0.0.0/0 in 3")}));
    QCOMPARE(firing(design, QStringLiteral("exposure.data-path")), QStringList({QStringLiteral("db")}));
}

void TestExposure::incrementalValidationSeesTheChange()
{
    // the six rules share one analysis per pass: a property change must not reuse a stale one
    Design design = load(QStringLiteral("three-tier"));
    IncrementalValidator incremental;
    incremental.validateAll(design);
    setProp(design, QStringLiteral("app-sg"), "ingress", json::array({tcp(8080, 8080, nullptr, "alb-sg")}));
    incremental.update(design, ChangeEvent{ChangeEvent::Type::PropertyChanged, {QStringLiteral("app-sg")}, QStringLiteral("ingress")});
    QCOMPARE(incremental.findings(), Validator::validate(design));
    QVERIFY(std::any_of(incremental.findings().begin(), incremental.findings().end(),
                        [](const Finding &f) { return f.rule == QLatin1String("exposure.target-blocked"); }));
}

namespace {
struct Run
{
    int exitCode = -1;
    QString out;
    QString err;
};

Run kumoRun(const QStringList &arguments)
{
    QProcess process;
    process.start(QStringLiteral(KUMO_EXECUTABLE), arguments);
    process.waitForFinished(30000);
    return {process.exitCode(), QString::fromUtf8(process.readAllStandardOutput()), QString::fromUtf8(process.readAllStandardError())};
}

QString templatePath(const char *name)
{
    return QStringLiteral(KUMO_TEMPLATES "/%1.kumo").arg(QString::fromLatin1(name));
}
} // namespace

void TestExposure::commandLine_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("inOutput");
    const QString threeTier = templatePath("three-tier");
    const QString egress = QStringLiteral(KUMO_TEST_DATA "/exposure/egress-blocks.kumo");
    QTest::newRow("everything") << QStringList{QStringLiteral("exposure"), threeTier} << 0
                                << QStringLiteral("internet -> web-alb 443 via main-igw, public-a");
    QTest::newRow("to a reachable database") << QStringList{QStringLiteral("exposure"), threeTier, QStringLiteral("--to"), QStringLiteral("db")}
                                             << 0 << QStringLiteral("3. web -> app-db 3306");
    QTest::newRow("why not, with the fix") << QStringList{QStringLiteral("exposure"), egress, QStringLiteral("--to"), QStringLiteral("db")} << 0
                                           << QStringLiteral("fix: add an egress rule to app-sg: tcp 5432 to security group db-sg");
    QTest::newRow("unknown component") << QStringList{QStringLiteral("exposure"), threeTier, QStringLiteral("--to"), QStringLiteral("nope")} << 2
                                       << QString();
    QTest::newRow("not a packet destination") << QStringList{QStringLiteral("exposure"), threeTier, QStringLiteral("--to"), QStringLiteral("vpc")}
                                              << 2 << QString();
    QTest::newRow("bad port") << QStringList{QStringLiteral("exposure"), threeTier, QStringLiteral("--to"), QStringLiteral("db"),
                                             QStringLiteral("--port"), QStringLiteral("http")}
                              << 2 << QString();
    QTest::newRow("bad format") << QStringList{QStringLiteral("exposure"), threeTier, QStringLiteral("--format"), QStringLiteral("xml")} << 2
                                << QString();
    QTest::newRow("missing file") << QStringList{QStringLiteral("exposure"), QStringLiteral("/nonexistent/x.kumo")} << 2 << QString();
}

void TestExposure::commandLine()
{
    QFETCH(QStringList, arguments);
    QFETCH(int, exitCode);
    QFETCH(QString, inOutput);
    const Run run = kumoRun(arguments);
    QCOMPARE(run.exitCode, exitCode);
    if (exitCode == 2)
        QVERIFY2(!run.err.isEmpty(), "an error names the problem on stderr");
    QVERIFY2(run.out.contains(inOutput), qPrintable(run.out));
}

void TestExposure::commandLineJson()
{
    const Run all = kumoRun({QStringLiteral("exposure"), templatePath("three-tier"), QStringLiteral("--format"), QStringLiteral("json")});
    QCOMPARE(all.exitCode, 0);
    const json j = json::parse(all.out.toStdString());
    QCOMPARE(j.at("reachable").size(), size_t(9));
    QVERIFY(j.at("blocked").empty());
    bool sawDb = false;
    for (const json &entry : j.at("reachable")) {
        if (entry.at("component") != "db")
            continue;
        sawDb = true;
        QCOMPARE(entry.at("port").get<int>(), 3306);
        QCOMPARE(entry.at("hops").get<int>(), 3);
        const json &path = entry.at("path");
        QCOMPARE(path[0].at("from").get<std::string>(), std::string("internet"));
        QCOMPARE(path[0].at("to").get<std::string>(), std::string("alb"));
        QCOMPARE(path[0].at("port").get<int>(), 443);
        QVERIFY(path[0].at("via") == json::array({"igw", "public-a"}));
        QCOMPARE(path[2].at("because").get<std::string>(), std::string("security group db-sg ingress rule 1 from app-sg"));
    }
    QVERIFY(sawDb);

    const Run blocked = kumoRun({QStringLiteral("exposure"), templatePath("three-tier"), QStringLiteral("--to"), QStringLiteral("db"),
                                 QStringLiteral("--port"), QStringLiteral("22"), QStringLiteral("--format"), QStringLiteral("json")});
    QCOMPARE(blocked.exitCode, 0);
    const json b = json::parse(blocked.out.toStdString());
    QVERIFY(b.at("reachable").empty());
    QCOMPARE(b.at("blocked").size(), size_t(1));
    QCOMPARE(b["blocked"][0].at("component").get<std::string>(), std::string("db"));
    QCOMPARE(b["blocked"][0].at("port").get<int>(), 22);
    QVERIFY(!b["blocked"][0].at("blocked_by").empty());
    for (const json &by : b["blocked"][0].at("blocked_by")) {
        QVERIFY(by.contains("component") && by.contains("reason") && by.contains("fix"));
    }
}

void TestExposure::panelDrawsThePathsAndExplainsTheSelection()
{
    Document document;
    document.reset(load(QStringLiteral("three-tier")));
    DesignScene scene(&document);
    ExposurePanel panel(&document, &scene);
    QCOMPARE(panel.arrowCount(), 0); // nothing drawn while the panel is hidden
    panel.show();
    // one arrow per pair on the nine paths: internet to cdn (80, 443) and to alb (80, 443), cdn to
    // the bucket, alb to web and to api, web to both databases
    QCOMPARE(panel.arrowCount(), 7);
    QCOMPARE(panel.tree()->topLevelItemCount(), 9);

    scene.selectIds({QStringLiteral("db")});
    QCOMPARE(panel.tree()->topLevelItemCount(), 1);
    QTreeWidgetItem *path = panel.tree()->topLevelItem(0);
    QVERIFY2(path->text(0).contains(QLatin1String("internet -> web-alb 443 -> web 8080 -> app-db 3306")), qPrintable(path->text(0)));
    QCOMPARE(path->childCount(), 3);
    // each hop selects what it reached and the group whose rule admitted it
    emit panel.tree()->itemClicked(path->child(2), 0);
    QCOMPARE(sorted(scene.selectedIds()), sorted({QStringLiteral("db"), QStringLiteral("db-sg")}));
    QCOMPARE(panel.tree()->topLevelItemCount(), 1); // the list stays while a hop is selected

    // the old application rule: api is not reachable, and the panel says what to change
    document.setProperty(QStringLiteral("app-sg"), QStringLiteral("ingress"), json::array({tcp(8080, 8080, nullptr, "alb-sg")}));
    panel.refresh(); // the panel's own timer would do it a moment later
    scene.selectIds({QStringLiteral("api-svc")});
    QCOMPARE(panel.tree()->topLevelItemCount(), 1);
    QTreeWidgetItem *why = panel.tree()->topLevelItem(0);
    QCOMPARE(why->text(0), QStringLiteral("Not on 8081: closest path internet -> web-alb 443 -> api 8081"));
    QCOMPARE(why->childCount(), 1);
    QVERIFY(why->child(0)->text(0).endsWith(QLatin1String("fix: add an ingress rule to app-sg: tcp 8081 from security group alb-sg")));
    emit panel.tree()->itemClicked(why->child(0), 0);
    QCOMPARE(scene.selectedIds(), QStringList({QStringLiteral("app-sg")}));

    panel.hide();
    QCOMPARE(panel.arrowCount(), 0);
}

KUMO_TEST_MAIN(TestExposure)
#include "tst_exposure.moc"
