// Automatic layout: on generated designs of every size, siblings never overlap, every child lies
// inside its parent, and the same design always gets the same layout.
#include "layout/autolayout.h"
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

QTEST_GUILESS_MAIN(TestLayout)
#include "tst_layout.moc"
