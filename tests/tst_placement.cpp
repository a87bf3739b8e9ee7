// Placement of added, dropped, moved and pasted components, against rectangles worked out by
// hand: inside the container below its title, on no sibling, containers (and their ancestors)
// grown to hold the result, neighbours moved along when a container grows into them.
#include "support/testregistry.h"
#include "component.h"
#include "design.h"
#include "layout/placement.h"

#include <QtTest>

using namespace kumo;

namespace {
Component box(const char *id, const char *kind, const char *parent, QRectF rect)
{
    Component c;
    c.id = QString::fromLatin1(id);
    c.kind = QString::fromLatin1(kind);
    c.parent = QString::fromLatin1(parent);
    c.geometry = rect;
    return c;
}

QString s(const char *text)
{
    return QString::fromLatin1(text);
}
} // namespace

class TestPlacement : public QObject
{
    Q_OBJECT

private slots:
    void freeWishIsKept();
    void wishAboveTheTitleIsPushedInside();
    void nearestSpotBesideASibling();
    void containersGrowUpToTheTop();
    void growingContainerMovesItsNeighbours();
    void topLevelStaysInSight();
    void pastedCopiesAvoidEachOther();
    void everySpotIsInsideAndFree_data();
    void everySpotIsInsideAndFree();
};

void TestPlacement::freeWishIsKept()
{
    Design d;
    d.insert(box("vpc", "vpc", "", QRectF(0, 0, 500, 300)));
    const QRectF r = Placement::freeSpot(d, s("vpc"), QSizeF(168, 76), QPointF(400, 250));
    QCOMPARE(r, QRectF(400, 250, 168, 76));
}

void TestPlacement::wishAboveTheTitleIsPushedInside()
{
    Design d;
    d.insert(box("vpc", "vpc", "", QRectF(0, 0, 500, 300)));
    // the content area starts at (16, 40): padding 16, title 34 + 6; the grid rounds 16 to 20
    const QRectF r = Placement::freeSpot(d, s("vpc"), QSizeF(168, 76), QPointF(-50, -50));
    QCOMPARE(r, QRectF(20, 40, 168, 76));
}

void TestPlacement::nearestSpotBesideASibling()
{
    Design d;
    d.insert(box("p", "vpc", "", QRectF(0, 0, 600, 400)));
    d.insert(box("a", "internet_gateway", "p", QRectF(20, 40, 168, 76)));
    // a's keep-out area is (4, 24)-(204, 132); below it (30, 140) is 90 away from the wish
    // (30, 50), right of it (210, 50) is 180 away
    const QRectF r = Placement::freeSpot(d, s("p"), QSizeF(168, 76), QPointF(30, 50));
    QCOMPARE(r, QRectF(30, 140, 168, 76));
}

void TestPlacement::containersGrowUpToTheTop()
{
    Design d;
    d.insert(box("region", "region", "", QRectF(0, 0, 600, 400)));
    d.insert(box("vpc", "vpc", "region", QRectF(20, 40, 500, 300)));
    // a leaf at (400, 250) in the VPC reaches 568 x 326; with the padding 584 x 342, on the
    // grid 590 x 350. The VPC then reaches 610 x 390 in the region: 626 x 406 → 630 x 410.
    const QHash<QString, QRectF> grown = Placement::grownContainers(d, s("vpc"), QRectF(400, 250, 168, 76));
    QCOMPARE(grown.size(), 2);
    QCOMPARE(grown.value(s("vpc")), QRectF(20, 40, 590, 350));
    QCOMPARE(grown.value(s("region")), QRectF(0, 0, 630, 410));
    // a leaf that fits changes nothing
    QVERIFY(Placement::grownContainers(d, s("vpc"), QRectF(40, 60, 168, 76)).isEmpty());
}

void TestPlacement::growingContainerMovesItsNeighbours()
{
    Design d;
    d.insert(box("vpc", "vpc", "", QRectF(0, 0, 700, 300)));
    d.insert(box("az-a", "availability_zone", "vpc", QRectF(20, 40, 300, 200)));
    d.insert(box("az-c", "availability_zone", "vpc", QRectF(340, 40, 300, 200)));
    // a leaf at (200, 100) in az-a reaches 368: az-a grows to 390 wide (right edge 410), into
    // az-c (left 340), which moves right by 90 to 430. The VPC must reach 730 + 16 → 750.
    const QHash<QString, QRectF> grown = Placement::grownContainers(d, s("az-a"), QRectF(200, 100, 168, 76));
    QCOMPARE(grown.value(s("az-a")), QRectF(20, 40, 390, 200));
    QCOMPARE(grown.value(s("az-c")), QRectF(430, 40, 300, 200));
    QCOMPARE(grown.value(s("vpc")), QRectF(0, 0, 750, 300));
}

void TestPlacement::topLevelStaysInSight()
{
    Design d;
    // dropped near the lower-right corner of the visible area: the region is pulled into sight
    const QRectF visible(0, 0, 1000, 800);
    const QRectF r = Placement::freeSpot(d, QString(), QSizeF(640, 420), QPointF(900, 700), {}, visible);
    QCOMPARE(r, QRectF(360, 380, 640, 420));
}

void TestPlacement::pastedCopiesAvoidEachOther()
{
    Design d;
    d.insert(box("p", "vpc", "", QRectF(0, 0, 600, 400)));
    d.insert(box("a", "internet_gateway", "p", QRectF(20, 40, 168, 76)));
    std::vector<Component> copies = {box("a2", "internet_gateway", "p", QRectF(30, 50, 168, 76)),
                                     box("b2", "internet_gateway", "p", QRectF(30, 50, 168, 76))};
    const QHash<QString, QRectF> grown = Placement::placeNew(d, copies);
    // the first goes below a (see nearestSpotBesideASibling); the second may not touch either
    QCOMPARE(*copies[0].geometry, QRectF(30, 140, 168, 76));
    const QRectF second = *copies[1].geometry;
    QVERIFY(!second.intersects(QRectF(20, 40, 168, 76)));
    QVERIFY(!second.intersects(*copies[0].geometry));
    QVERIFY(second.left() >= 16 && second.top() >= 40);
    // and the container holds them all
    const QRectF container = grown.value(s("p"), QRectF(0, 0, 600, 400));
    QVERIFY(container.width() >= second.right() + 16 && container.height() >= second.bottom() + 16);
}

void TestPlacement::everySpotIsInsideAndFree_data()
{
    QTest::addColumn<int>("siblings");
    for (int n : {0, 1, 5, 20, 60})
        QTest::newRow(qPrintable(QStringLiteral("%1 siblings").arg(n))) << n;
}

void TestPlacement::everySpotIsInsideAndFree()
{
    QFETCH(int, siblings);
    Design d;
    d.insert(box("p", "vpc", "", QRectF(0, 0, 800, 600)));
    std::vector<QRectF> taken;
    for (int i = 0; i < siblings; ++i) {
        const QRectF r = Placement::freeSpot(d, s("p"), QSizeF(168, 76), QPointF(100 + 37 * (i % 7), 90 + 23 * (i % 5)));
        QVERIFY2(r.left() >= 16 && r.top() >= 40, "inside, below the title");
        for (const QRectF &t : taken)
            QVERIFY2(!r.adjusted(-15, -15, 15, 15).intersects(t), "clear of every sibling");
        taken.push_back(r);
        const QString id = QStringLiteral("c%1").arg(i);
        Component c = box("x", "internet_gateway", "p", r);
        c.id = id;
        d.insert(c);
    }
}

KUMO_TEST_GUILESS_MAIN(TestPlacement)
#include "tst_placement.moc"
