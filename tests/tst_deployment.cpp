// The deployment view: which task and standby cards a design has, where they go in their subnet
// (rectangles worked out by hand), and that the automatic layout leaves room for them.
#include "support/testregistry.h"
#include "component.h"
#include "design.h"
#include "layout/autolayout.h"
#include "layout/deployment.h"
#include "support/designgenerator.h"
#include "templates.h"

#include <QtTest>

using namespace kumo;
using Deployment::Card;
using Deployment::CardRole;

namespace {
QString s(const char *text)
{
    return QString::fromLatin1(text);
}

Component component(const char *id, const char *kind, const char *parent, nlohmann::json props = nlohmann::json::object())
{
    Component c;
    c.id = s(id);
    c.kind = s(kind);
    c.parent = s(parent);
    c.props = std::move(props);
    return c;
}

/// A VPC with zones a and c; subnet-a and subnet-a2 in zone a, subnet-c in zone c; a cluster.
Design network()
{
    Design d;
    d.insert(component("tokyo", "region", "", {{"region", "ap-northeast-1"}}));
    d.insert(component("vpc", "vpc", "tokyo", {{"cidr", "10.0.0.0/16"}}));
    d.insert(component("az-a", "availability_zone", "vpc", {{"zone", "ap-northeast-1a"}}));
    d.insert(component("az-c", "availability_zone", "vpc", {{"zone", "ap-northeast-1c"}}));
    d.insert(component("subnet-a", "subnet", "az-a", {{"cidr", "10.0.1.0/24"}}));
    d.insert(component("subnet-a2", "subnet", "az-a", {{"cidr", "10.0.2.0/24"}}));
    d.insert(component("subnet-c", "subnet", "az-c", {{"cidr", "10.0.3.0/24"}}));
    d.insert(component("cluster", "ecs_cluster", "tokyo"));
    return d;
}

QStringList idsOf(const std::vector<Card> &cards)
{
    QStringList ids;
    for (const Card &card : cards)
        ids << card.id;
    return ids;
}

QHash<QString, QRectF> rectsOf(const std::vector<Card> &cards)
{
    QHash<QString, QRectF> rects;
    for (const Card &card : cards)
        rects.insert(card.id, card.rect);
    return rects;
}

/// Two rows: with the children's geometry stored in the design, and without.
void storedOrGiven(const char *stored, const char *given)
{
    QTest::addColumn<bool>("stored");
    QTest::newRow(stored) << true;
    QTest::newRow(given) << false;
}

/// Every card lies inside its subnet, on none of the subnet's children and on no other card.
void checkCardsFit(const Design &design, const QHash<QString, QRectF> &layout, const std::vector<Card> &cards)
{
    for (const Card &card : cards) {
        const QRectF subnet = layout.value(card.subnetId);
        const QString where = QStringLiteral("%1 at %2,%3 in %4 (%5 x %6)")
                                  .arg(card.id)
                                  .arg(card.rect.x())
                                  .arg(card.rect.y())
                                  .arg(card.subnetId)
                                  .arg(subnet.width())
                                  .arg(subnet.height());
        QVERIFY2(QRectF(QPointF(0, 0), subnet.size()).contains(card.rect), qPrintable(where + QStringLiteral(" sticks out")));
        QCOMPARE(card.rect.size(), QSizeF(AutoLayout::kLeafWidth, AutoLayout::kLeafHeight));
        for (const QString &child : design.children(card.subnetId))
            QVERIFY2(!card.rect.intersects(layout.value(child)), qPrintable(where + QStringLiteral(" lies on ") + child));
        for (const Card &other : cards) {
            if (other.subnetId == card.subnetId && other.id != card.id)
                QVERIFY2(!card.rect.intersects(other.rect), qPrintable(where + QStringLiteral(" lies on ") + other.id));
        }
    }
}
} // namespace

class TestDeployment : public QObject
{
    Q_OBJECT

private slots:
    void taskCardInEachListedSubnet();
    void desiredCountDefaultsToOne();
    void unknownSubnetsGetNoCard();
    void standbyInAnotherZone_data();
    void standbyInAnotherZone();
    void fixedOrder();
    void placedAfterTheChildren_data();
    void placedAfterTheChildren();
    void emptySubnetGetsRoomForItsCards();
    void storedSubnetGrowsForItsCards();
    void manyCardsInOneSubnet_data();
    void manyCardsInOneSubnet();
    void cardsFitAfterAutomaticLayout_data();
    void cardsFitAfterAutomaticLayout();
};

void TestDeployment::taskCardInEachListedSubnet()
{
    Design d = network();
    d.insert(component("svc", "ecs_service", "cluster", {{"subnets", {"subnet-a", "subnet-c"}}, {"desired_count", 3}}));
    const std::vector<Card> cards = Deployment::cards(d);
    QCOMPARE(idsOf(cards), QStringList({s("svc@subnet-a"), s("svc@subnet-c")}));
    for (const Card &card : cards) {
        QCOMPARE(card.componentId, s("svc"));
        QCOMPARE(card.role, CardRole::Task);
    }
    // three tasks over two subnets, spread evenly as ECS does: the first listed subnet runs two
    QCOMPARE(cards[0].count, 2);
    QCOMPARE(cards[1].count, 1);
    QCOMPARE(cards[0].subnetId, s("subnet-a"));
    QCOMPARE(cards[1].subnetId, s("subnet-c"));
}

void TestDeployment::desiredCountDefaultsToOne()
{
    Design d = network();
    d.insert(component("svc", "ecs_service", "cluster", {{"subnets", {"subnet-c"}}}));
    const std::vector<Card> cards = Deployment::cards(d);
    QCOMPARE(idsOf(cards), QStringList({s("svc@subnet-c")}));
    QCOMPARE(cards[0].count, 1);
}

void TestDeployment::unknownSubnetsGetNoCard()
{
    Design d = network();
    // a missing id, a component that is not a subnet, and a subnet listed twice
    d.insert(component("svc", "ecs_service", "cluster", {{"subnets", {"nowhere", "subnet-a", "vpc", "subnet-a"}}}));
    d.insert(component("idle", "ecs_service", "cluster"));
    QCOMPARE(idsOf(Deployment::cards(d)), QStringList({s("svc@subnet-a")}));
}

void TestDeployment::standbyInAnotherZone_data()
{
    QTest::addColumn<QString>("primary");
    QTest::addColumn<int>("multiAz"); // -1: not set
    QTest::addColumn<QStringList>("group");
    QTest::addColumn<QStringList>("expected");
    const QStringList ac = {s("subnet-a"), s("subnet-c")};
    QTest::newRow("multi-az, group over a and c") << s("subnet-a") << 1 << ac << QStringList({s("db@subnet-c")});
    QTest::newRow("primary in c: standby in a") << s("subnet-c") << 1 << ac << QStringList({s("db@subnet-a")});
    QTest::newRow("first subnet of another zone in list order")
        << s("subnet-c") << 1 << QStringList({s("subnet-c"), s("subnet-a2"), s("subnet-a")}) << QStringList({s("db@subnet-a2")});
    QTest::newRow("single-AZ") << s("subnet-a") << 0 << ac << QStringList();
    QTest::newRow("multi_az not set") << s("subnet-a") << -1 << ac << QStringList();
    QTest::newRow("group in one zone") << s("subnet-a") << 1 << QStringList({s("subnet-a"), s("subnet-a2")}) << QStringList();
    QTest::newRow("group of unknown ids") << s("subnet-a") << 1 << QStringList({s("gone"), s("vpc")}) << QStringList();
    QTest::newRow("no group") << s("subnet-a") << 1 << QStringList() << QStringList();
}

void TestDeployment::standbyInAnotherZone()
{
    QFETCH(QString, primary);
    QFETCH(int, multiAz);
    QFETCH(QStringList, group);
    QFETCH(QStringList, expected);
    Design d = network();
    Component db = component("db", "rds_instance", "");
    db.parent = primary;
    if (multiAz >= 0)
        db.props["multi_az"] = multiAz == 1;
    if (!group.isEmpty()) {
        db.props["subnets"] = nlohmann::json::array();
        for (const QString &subnet : group)
            db.props["subnets"].push_back(subnet.toStdString());
    }
    d.insert(db);
    const std::vector<Card> cards = Deployment::cards(d);
    QCOMPARE(idsOf(cards), expected);
    for (const Card &card : cards) {
        QCOMPARE(card.role, CardRole::Standby);
        QCOMPARE(card.componentId, s("db"));
        QCOMPARE(card.subnetId, card.id.section(QLatin1Char('@'), 1));
        QCOMPARE(card.count, 1);
    }
}

void TestDeployment::fixedOrder()
{
    Design d = network();
    d.insert(component("db", "rds_instance", "subnet-a", {{"multi_az", true}, {"subnets", {"subnet-a", "subnet-c"}}}));
    // a read replica is no standby unless it is Multi-AZ itself
    d.insert(component("replica", "rds_instance", "subnet-c", {{"replicate_source", "db"}, {"subnets", {"subnet-a", "subnet-c"}}}));
    d.insert(component("replica2", "rds_instance", "subnet-c",
                       {{"replicate_source", "db"}, {"multi_az", true}, {"subnets", {"subnet-a", "subnet-c"}}}));
    d.insert(component("web", "ecs_service", "cluster", {{"subnets", {"subnet-c", "subnet-a"}}}));
    d.insert(component("api", "ecs_service", "cluster", {{"subnets", {"subnet-c"}}}));
    // by subnet, then by component
    const QStringList expected = {s("replica2@subnet-a"), s("web@subnet-a"), s("api@subnet-c"), s("db@subnet-c"), s("web@subnet-c")};
    QCOMPARE(idsOf(Deployment::cards(d)), expected);
    QCOMPARE(idsOf(Deployment::place(d, {})), expected);
}

void TestDeployment::placedAfterTheChildren_data()
{
    storedOrGiven("stored geometry", "given geometry");
}

void TestDeployment::placedAfterTheChildren()
{
    QFETCH(bool, stored);
    const QHash<QString, QRectF> rects = {{s("subnet-a"), QRectF(20, 40, 420, 320)},
                                          {s("web"), QRectF(16, 40, 168, 76)},
                                          {s("nat"), QRectF(220, 140, 168, 76)}};
    Design d = network();
    d.insert(component("web", "ec2_instance", "subnet-a", {{"ami", "ami-0123456789abcdef0"}}));
    d.insert(component("nat", "nat_gateway", "subnet-a"));
    for (const char *id : {"svc1", "svc2", "svc3"})
        d.insert(component(id, "ecs_service", "cluster", {{"subnets", {"subnet-a"}}}));
    if (stored) {
        for (auto it = rects.cbegin(); it != rects.cend(); ++it)
            d.mutableComponent(it.key())->geometry = it.value();
    }
    const QHash<QString, QRectF> placed = rectsOf(Deployment::place(d, stored ? QHash<QString, QRectF>() : rects));
    // keep-out areas (16 around): web (0, 24)-(200, 132), nat (204, 124)-(404, 232); columns
    // from 16 to 420 - 16 = 404 on the right. svc1: beside web in its row, at x = 200
    QCOMPARE(placed.value(s("svc1@subnet-a")), QRectF(200, 40, 168, 76));
    // svc2: nothing more in the first row; the next row would start at 132, a gap below web,
    // but lines up with nat at 140; left of nat there is room
    QCOMPARE(placed.value(s("svc2@subnet-a")), QRectF(16, 140, 168, 76));
    // svc3: below svc2 and nat, at 216 + 16
    QCOMPARE(placed.value(s("svc3@subnet-a")), QRectF(16, 232, 168, 76));
}

void TestDeployment::emptySubnetGetsRoomForItsCards()
{
    Design d = network();
    const QHash<QString, QRectF> before = AutoLayout::compute(d);
    // an empty subnet: the title strip and one leaf's height
    QCOMPARE(before.value(s("subnet-a")).height(), 34.0 + 76);
    d.insert(component("svc", "ecs_service", "cluster", {{"subnets", {"subnet-a"}}}));
    const QHash<QString, QRectF> after = AutoLayout::compute(d);
    // one row of cards: title 34, card 76, padding 20
    QCOMPARE(after.value(s("subnet-a")).height(), 34.0 + 76 + 20);
    QCOMPARE(after.size(), before.size() + 1); // the service; cards are no components
    // the other subnet of the same tier row keeps the row's height
    QCOMPARE(after.value(s("subnet-c")).height(), after.value(s("subnet-a")).height());
    const std::vector<Card> cards = Deployment::place(d, after);
    QCOMPARE(rectsOf(cards).value(s("svc@subnet-a")), QRectF(16, 40, 168, 76));
    checkCardsFit(d, after, cards);
}

void TestDeployment::storedSubnetGrowsForItsCards()
{
    Design d = network();
    d.insert(component("web", "ec2_instance", "subnet-a", {{"ami", "ami-0123456789abcdef0"}}));
    for (const char *id : {"svc1", "svc2"})
        d.insert(component(id, "ecs_service", "cluster", {{"subnets", {"subnet-a"}}}));
    d.mutableComponent(s("subnet-a"))->geometry = QRectF(20, 40, 260, 120);
    d.mutableComponent(s("web"))->geometry = QRectF(20, 40, 168, 76);
    AutoLayout::apply(d);
    // the subnet keeps its place and grows to hold web and the two cards in a row
    const QRectF subnet = *d.component(s("subnet-a"))->geometry;
    QCOMPARE(subnet.topLeft(), QPointF(20, 40));
    QVERIFY2(subnet.width() >= 20 + 3 * 168 + 2 * 20 + 20, qPrintable(QString::number(subnet.width())));
    const std::vector<Card> cards = Deployment::place(d, {});
    QHash<QString, QRectF> layout;
    for (const Component *c : d.components())
        layout.insert(c->id, *c->geometry);
    checkCardsFit(d, layout, cards);
    // in web's row: a gap after web (188 + 16), then a gap after the first card
    QCOMPARE(rectsOf(cards).value(s("svc1@subnet-a")), QRectF(204, 40, 168, 76));
    QCOMPARE(rectsOf(cards).value(s("svc2@subnet-a")), QRectF(388, 40, 168, 76));
}

void TestDeployment::manyCardsInOneSubnet_data()
{
    storedOrGiven("hand-placed children", "laid out");
}

void TestDeployment::manyCardsInOneSubnet()
{
    QFETCH(bool, stored);
    Design d = network();
    for (int i = 0; i < 400; ++i) {
        const std::string n = std::to_string(i);
        d.insert(component(("svc" + n).c_str(), "ecs_service", "cluster", {{"subnets", {"subnet-a"}}, {"desired_count", i}}));
        Component vm = component(("vm" + n).c_str(), "ec2_instance", "subnet-a", {{"ami", "ami-0123456789abcdef0"}});
        if (stored) // scattered, some touching the title or the border
            vm.geometry = QRectF((i * 137) % 1900, 20 + (i * 71) % 2400, 168 + i % 3 * 40, 76);
        d.insert(vm);
    }
    QHash<QString, QRectF> layout = AutoLayout::compute(d);
    const std::vector<Card> cards = Deployment::place(d, layout);
    QCOMPARE(qsizetype(cards.size()), 400);
    checkCardsFit(d, layout, cards);
}

void TestDeployment::cardsFitAfterAutomaticLayout_data()
{
    QTest::addColumn<QString>("source");
    QTest::addColumn<int>("size");
    QTest::newRow("three-tier") << s("three-tier") << 0;
    QTest::newRow("web-server") << s("web-server") << 0;
    for (int n : {50, 200, 1000})
        QTest::newRow(qPrintable(QStringLiteral("generated %1").arg(n))) << s("generated") << n;
}

void TestDeployment::cardsFitAfterAutomaticLayout()
{
    QFETCH(QString, source);
    QFETCH(int, size);
    Design design = source == QLatin1String("generated") ? testing::generateDesign(size, 3) : *Templates::load(source).design;
    const QHash<QString, QRectF> layout = AutoLayout::compute(design);
    const std::vector<Card> cards = Deployment::place(design, layout);
    checkCardsFit(design, layout, cards);
    if (source == QLatin1String("three-tier")) {
        // both services in both application subnets, the database's standby in the other zone;
        // the read replica (not Multi-AZ) has none
        QCOMPARE(idsOf(cards), QStringList({s("api-svc@app-a"), s("web-svc@app-a"), s("api-svc@app-c"), s("web-svc@app-c"),
                                            s("db@db-c")}));
        for (const Card &card : cards)
            QCOMPARE(card.count, 1); // two tasks per service over two zones: one in each; a standby is one
    } else if (source == QLatin1String("generated")) {
        QVERIFY(!cards.empty());
    }
    // the same spots once the layout is stored in the design
    AutoLayout::apply(design);
    const std::vector<Card> again = Deployment::place(design, {});
    QCOMPARE(rectsOf(again), rectsOf(cards));
}

KUMO_TEST_GUILESS_MAIN(TestDeployment)
#include "tst_deployment.moc"
