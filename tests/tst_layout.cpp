// Automatic layout: on generated designs of every size, siblings never overlap, every child lies
// inside its parent, and the same design always gets the same layout.
#include "support/testregistry.h"
#include "layout/autolayout.h"
#include "layout/layoutlinks.h"
#include "support/designgenerator.h"
#include "templates.h"

#include <QtTest>

using namespace kumo;

class TestLayout : public QObject
{
    Q_OBJECT

private slots:
    void invariants_data();
    void invariants();
    void keepsExistingGeometry();
    void countsCrossings();
    void noMoreCrossingsThanByKindAlone_data();
    void noMoreCrossingsThanByKindAlone();
    void tiersLineUpAcrossZones();
    void globalServicesAroundTheRegions();
    void manyVpcsWrapIntoRows();
};

void TestLayout::invariants_data()
{
    QTest::addColumn<QString>("source");
    QTest::addColumn<int>("size");
    for (int n : {10, 50, 200, 1000, 5000})
        QTest::newRow(qPrintable(QStringLiteral("generated %1").arg(n))) << QStringLiteral("generated") << n;
    QTest::newRow("three-tier") << QStringLiteral("three-tier") << 0;
    QTest::newRow("web-server") << QStringLiteral("web-server") << 0;
}

void TestLayout::invariants()
{
    QFETCH(QString, source);
    QFETCH(int, size);
    const Design design = source == QLatin1String("generated") ? testing::generateDesign(size, 3) : *Templates::load(source).design;
    QVERIFY(AutoLayout::needsLayout(design));
    const QHash<QString, QRectF> layout = AutoLayout::compute(design);
    QCOMPARE(qsizetype(layout.size()), design.componentCount());
    QCOMPARE(AutoLayout::compute(design), layout); // deterministic
    for (const Component *c : design.components()) {
        const QRectF r = layout.value(c->id);
        QVERIFY2(r.width() > 0 && r.height() > 0, qPrintable(c->id));
        if (const Component *parent = design.component(c->parent)) {
            // geometry is relative to the parent: inside means within 0..parent size
            const QRectF p = layout.value(parent->id);
            QVERIFY2(r.left() >= 0 && r.top() >= 0 && r.right() <= p.width() && r.bottom() <= p.height(),
                     qPrintable(QStringLiteral("%1 sticks out of %2").arg(c->id, parent->id)));
        }
    }
    // siblings (including the top level) do not overlap
    QHash<QString, QStringList> siblings;
    for (const Component *c : design.components())
        siblings[c->parent] << c->id;
    for (const QStringList &group : siblings) {
        std::vector<QRectF> rects;
        for (const QString &id : group)
            rects.push_back(layout.value(id));
        std::vector<size_t> order(rects.size());
        std::iota(order.begin(), order.end(), 0);
        std::sort(order.begin(), order.end(), [&](size_t a, size_t b) { return rects[a].left() < rects[b].left(); });
        for (size_t i = 0; i < order.size(); ++i) {
            for (size_t j = i + 1; j < order.size() && rects[order[j]].left() < rects[order[i]].right(); ++j)
                QVERIFY2(!rects[order[i]].intersects(rects[order[j]]),
                         qPrintable(QStringLiteral("%1 overlaps %2").arg(group[qsizetype(order[i])], group[qsizetype(order[j])])));
        }
    }
}

void TestLayout::keepsExistingGeometry()
{
    Design design = *Templates::load(QStringLiteral("web-server")).design;
    design.mutableComponent(QStringLiteral("web"))->geometry = QRectF(30, 40, 200, 90);
    AutoLayout::apply(design);
    QCOMPARE(*design.component(QStringLiteral("web"))->geometry, QRectF(30, 40, 200, 90));
    // the Elastic IP next to it was placed around it, not on it
    QVERIFY(!design.component(QStringLiteral("web-ip"))->geometry->intersects(QRectF(30, 40, 200, 90)));
    // its subnet grew to hold it
    const QRectF subnet = *design.component(QStringLiteral("public-a"))->geometry;
    QVERIFY(subnet.width() >= 230 && subnet.height() >= 130);
    QVERIFY(!AutoLayout::needsLayout(design));
}

void TestLayout::countsCrossings()
{
    // an X, a T that only touches, two parallel lines, and two arrows sharing an end
    const QHash<QString, QRectF> at = {
        {QStringLiteral("a"), QRectF(0, 0, 2, 2)},     {QStringLiteral("b"), QRectF(100, 100, 2, 2)},
        {QStringLiteral("c"), QRectF(100, 0, 2, 2)},   {QStringLiteral("d"), QRectF(0, 100, 2, 2)},
        {QStringLiteral("e"), QRectF(200, 0, 2, 2)},   {QStringLiteral("f"), QRectF(300, 0, 2, 2)},
        {QStringLiteral("g"), QRectF(200, 50, 2, 2)},  {QStringLiteral("h"), QRectF(300, 50, 2, 2)},
    };
    using Links = std::vector<std::pair<QString, QString>>;
    auto link = [](const char *a, const char *b) { return std::make_pair(QString::fromLatin1(a), QString::fromLatin1(b)); };
    QCOMPARE(LayoutLinks::crossings(Links{link("a", "b"), link("c", "d")}, at), 1);
    QCOMPARE(LayoutLinks::crossings(Links{link("e", "f"), link("g", "h")}, at), 0);
    QCOMPARE(LayoutLinks::crossings(Links{link("a", "b"), link("a", "c")}, at), 0);
    QCOMPARE(LayoutLinks::crossings(Links{link("a", "b"), link("c", "d"), link("e", "h"), link("g", "f")}, at), 2);
}

void TestLayout::noMoreCrossingsThanByKindAlone_data()
{
    QTest::addColumn<QString>("source");
    QTest::addColumn<int>("size");
    QTest::addColumn<bool>("strictly");
    QTest::newRow("three-tier") << QStringLiteral("three-tier") << 0 << true;
    QTest::newRow("generated 200") << QStringLiteral("generated") << 200 << false;
    QTest::newRow("generated 1000") << QStringLiteral("generated") << 1000 << false;
}

void TestLayout::noMoreCrossingsThanByKindAlone()
{
    QFETCH(QString, source);
    QFETCH(int, size);
    QFETCH(bool, strictly);
    const Design design = source == QLatin1String("generated") ? testing::generateDesign(size, 3) : *Templates::load(source).design;
    const auto links = LayoutLinks::links(design);
    const int ordered = LayoutLinks::crossings(links, LayoutLinks::absolute(design, AutoLayout::compute(design)));
    AutoLayout::Options byKind;
    byKind.orderByLinks = false;
    const int plain = LayoutLinks::crossings(links, LayoutLinks::absolute(design, AutoLayout::compute(design, byKind)));
    qInfo("%s: %d crossings ordered by links, %d by kind alone", qPrintable(source), ordered, plain);
    // the search keeps the best arrangement it finds, so it never does worse than kind order
    QVERIFY(ordered <= plain);
    if (strictly)
        QVERIFY(ordered < plain);
}

void TestLayout::tiersLineUpAcrossZones()
{
    const Design design = *Templates::load(QStringLiteral("three-tier")).design;
    const QHash<QString, QRectF> layout = AutoLayout::compute(design);
    // same tier, same row: public on top, then app, then db (by address), in both zones
    for (const char *tier : {"public", "app", "db"}) {
        const QRectF a = layout.value(QStringLiteral("%1-a").arg(QLatin1String(tier)));
        const QRectF c = layout.value(QStringLiteral("%1-c").arg(QLatin1String(tier)));
        QCOMPARE(a.top(), c.top());
        QCOMPARE(a.height(), c.height());
    }
    QVERIFY(layout.value(QStringLiteral("public-a")).bottom() < layout.value(QStringLiteral("app-a")).top());
    QVERIFY(layout.value(QStringLiteral("app-a")).bottom() < layout.value(QStringLiteral("db-a")).top());
    // zones side by side, in zone order, with one height
    const QRectF zoneA = layout.value(QStringLiteral("az-a"));
    const QRectF zoneC = layout.value(QStringLiteral("az-c"));
    QCOMPARE(zoneA.top(), zoneC.top());
    QCOMPARE(zoneA.height(), zoneC.height());
    QVERIFY(zoneA.right() < zoneC.left());
}

void TestLayout::globalServicesAroundTheRegions()
{
    const Design design = *Templates::load(QStringLiteral("three-tier")).design;
    const QHash<QString, QRectF> layout = AutoLayout::compute(design);
    QRectF regions;
    for (const QString &id : design.children(QString())) {
        if (design.component(id)->kind == QLatin1String("region"))
            regions = regions.united(layout.value(id));
    }
    for (const QString &id : design.children(QString())) {
        const Component *c = design.component(id);
        const QRectF r = layout.value(id);
        if (c->kind.startsWith(QLatin1String("iam_")))
            QVERIFY2(r.top() > regions.bottom(), qPrintable(id + QStringLiteral(": identity goes below the regions")));
        else if (c->kind == QLatin1String("internet"))
            QVERIFY2(r.right() < regions.left(), qPrintable(id + QStringLiteral(": the internet is on the left")));
        else if (c->kind == QLatin1String("route53_zone") || c->kind == QLatin1String("cloudfront_distribution"))
            QVERIFY2(r.bottom() < regions.top(), qPrintable(id + QStringLiteral(": DNS and delivery go above")));
    }
    // inside the region, the VPC comes first and the regional services below it
    const QRectF vpc = layout.value(QStringLiteral("vpc"));
    for (const char *id : {"web-repo", "static", "pipeline", "app-build"}) {
        QVERIFY2(design.contains(QString::fromLatin1(id)), id);
        QVERIFY2(layout.value(QString::fromLatin1(id)).top() > vpc.bottom(), id);
    }
}

void TestLayout::manyVpcsWrapIntoRows()
{
    const Design design = testing::generateDesign(200, 3);
    const QHash<QString, QRectF> canvas = LayoutLinks::absolute(design, AutoLayout::compute(design));
    QRectF all;
    for (const QRectF &r : canvas)
        all = all.united(r);
    // five VPCs in one region: not one long strip but a block fit for a page
    QVERIFY2(all.width() < 3 * all.height(), qPrintable(QStringLiteral("%1 x %2").arg(all.width()).arg(all.height())));
    QVERIFY2(all.height() < 3 * all.width(), qPrintable(QStringLiteral("%1 x %2").arg(all.width()).arg(all.height())));
}

KUMO_TEST_GUILESS_MAIN(TestLayout)
#include "tst_layout.moc"
