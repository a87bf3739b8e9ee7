// Drawing an arrow between two components sets the reference the pair has (design-format.md).
#include "support/testregistry.h"
#include "linkrules.h"
#include "templates.h"

#include <QtTest>

using namespace kumo;

class TestLinkRules : public QObject
{
    Q_OBJECT

private slots:
    void pairs_data();
    void pairs();
    void listenerGetsTheTargetGroup();
    void pipelineFillsTheMatchingAction();
};

namespace {
Design threeTier()
{
    return *Templates::load(QStringLiteral("three-tier")).design;
}
} // namespace

void TestLinkRules::pairs_data()
{
    QTest::addColumn<QString>("from");
    QTest::addColumn<QString>("to");
    QTest::addColumn<QString>("changed"); // component whose property changes; empty: an annotation
    QTest::addColumn<QString>("key");
    QTest::addColumn<QString>("value");   // JSON of the new value, or empty when not checked
    QTest::newRow("service -> target group") << "web-svc" << "api-tg" << "web-svc" << "target_group" << "\"api-tg\"";
    QTest::newRow("cloudfront -> load balancer") << "cdn" << "alb" << "cdn" << "origin" << "\"alb\"";
    QTest::newRow("record -> cloudfront") << "app-record" << "cdn" << "app-record" << "alias_target" << "\"cdn\"";
    QTest::newRow("ecr -> task definition") << "web-repo" << "api-task" << "api-task" << "containers" << "";
    QTest::newRow("internet -> zone") << "users" << "zone" << "" << "" << "";
    QTest::newRow("vpc -> bucket") << "vpc" << "static" << "" << "" << "";
    QTest::newRow("reversed: target group -> service") << "web-tg" << "web-svc" << "" << "" << "";
}

void TestLinkRules::pairs()
{
    QFETCH(QString, from);
    QFETCH(QString, to);
    QFETCH(QString, changed);
    QFETCH(QString, key);
    QFETCH(QString, value);
    const auto edit = LinkRules::referenceFor(threeTier(), from, to);
    if (changed.isEmpty()) {
        QVERIFY(!edit);
        return;
    }
    QVERIFY(edit);
    QCOMPARE(edit->componentId, changed);
    QCOMPARE(edit->key, key);
    if (!value.isEmpty())
        QCOMPARE(edit->value, nlohmann::json::parse(value.toStdString()));
    if (key == QLatin1String("containers"))
        QCOMPARE(edit->value[0]["image"], "web-repo:latest");
}

void TestLinkRules::listenerGetsTheTargetGroup()
{
    Design design = threeTier();
    // every listener of the template forwards to a target group or redirects to HTTPS: a new :80 listener is added
    auto edit = LinkRules::referenceFor(design, QStringLiteral("alb"), QStringLiteral("api-tg"));
    QVERIFY(edit);
    QCOMPARE(edit->value.size(), size_t(3));
    QCOMPARE(edit->value[2]["default_target_group"], "api-tg");
    // a listener without one that does not redirect gets it
    Component *alb = design.mutableComponent(QStringLiteral("alb"));
    alb->props["listeners"][1].erase("redirect_https");
    edit = LinkRules::referenceFor(design, QStringLiteral("alb"), QStringLiteral("api-tg"));
    QCOMPARE(edit->value.size(), size_t(2));
    QCOMPARE(edit->value[1]["default_target_group"], "api-tg");
    // a target group lists an instance once
    Component instance;
    instance.id = QStringLiteral("box");
    instance.kind = QStringLiteral("ec2_instance");
    instance.parent = QStringLiteral("app-a");
    design.insert(instance);
    edit = LinkRules::referenceFor(design, QStringLiteral("web-tg"), QStringLiteral("box"));
    QCOMPARE(edit->value, nlohmann::json::array({"box"}));
    design.mutableComponent(QStringLiteral("web-tg"))->props["targets"] = nlohmann::json::array({"box"});
    QVERIFY(!LinkRules::referenceFor(design, QStringLiteral("web-tg"), QStringLiteral("box")));
}

void TestLinkRules::pipelineFillsTheMatchingAction()
{
    Design design = threeTier();
    auto edit = LinkRules::referenceFor(design, QStringLiteral("pipeline"), QStringLiteral("app-build"));
    QVERIFY(!edit); // the build action already has its target
    design.mutableComponent(QStringLiteral("pipeline"))->props["stages"][1]["actions"][0].erase("target");
    edit = LinkRules::referenceFor(design, QStringLiteral("pipeline"), QStringLiteral("app-build"));
    QVERIFY(edit);
    QCOMPARE(edit->key, QStringLiteral("stages"));
    QCOMPARE(edit->value[1]["actions"][0]["target"], "app-build");
    // the rest is untouched: the source action (a GitHub repository, no target) and the deploy action
    QCOMPARE(edit->value[0]["actions"][0]["repository"], "your-github-account/three-tier-app");
    QVERIFY(!edit->value[0]["actions"][0].contains("target"));
    QCOMPARE(edit->value[3]["actions"][0]["target"], "web-svc");
}

KUMO_TEST_GUILESS_MAIN(TestLinkRules)
#include "tst_linkrules.moc"
