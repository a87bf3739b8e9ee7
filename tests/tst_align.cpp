// Align and distribute, against rectangles worked out by hand.
#include "support/testregistry.h"
#include "layout/align.h"

#include <QtTest>

using namespace kumo;

class TestAlign : public QObject
{
    Q_OBJECT

private slots:
    void alignEdges();
    void distributeEvenly();
    void snapToGrid();
};

void TestAlign::alignEdges()
{
    const QHash<QString, QRectF> rects = {{QStringLiteral("a"), QRectF(10, 10, 100, 50)},
                                          {QStringLiteral("b"), QRectF(40, 100, 60, 30)},
                                          {QStringLiteral("c"), QRectF(200, 50, 40, 40)}};
    // the selection spans x 10..240 and y 10..130
    auto left = Align::align(rects, Align::Edge::Left);
    QCOMPARE(left.value(QStringLiteral("c")), QRectF(10, 50, 40, 40));
    QCOMPARE(left.value(QStringLiteral("b")), QRectF(10, 100, 60, 30));
    auto right = Align::align(rects, Align::Edge::Right);
    QCOMPARE(right.value(QStringLiteral("a")), QRectF(140, 10, 100, 50));
    auto centre = Align::align(rects, Align::Edge::HorizontalCentre); // centre x = 125
    QCOMPARE(centre.value(QStringLiteral("b")), QRectF(95, 100, 60, 30));
    auto top = Align::align(rects, Align::Edge::Top);
    QCOMPARE(top.value(QStringLiteral("b")), QRectF(40, 10, 60, 30));
    auto bottom = Align::align(rects, Align::Edge::Bottom);
    QCOMPARE(bottom.value(QStringLiteral("a")), QRectF(10, 80, 100, 50));
    auto middle = Align::align(rects, Align::Edge::VerticalCentre); // centre y = 70
    QCOMPARE(middle.value(QStringLiteral("c")), QRectF(200, 50, 40, 40));
}

void TestAlign::distributeEvenly()
{
    // widths 20 + 30 + 10 = 60 over a span of 0..100: two gaps of 20
    const QHash<QString, QRectF> rects = {{QStringLiteral("x"), QRectF(0, 0, 20, 10)},
                                          {QStringLiteral("y"), QRectF(70, 5, 30, 10)},
                                          {QStringLiteral("z"), QRectF(25, 9, 10, 10)}};
    auto spread = Align::distribute(rects, Qt::Horizontal);
    QCOMPARE(spread.value(QStringLiteral("x")), QRectF(0, 0, 20, 10));
    QCOMPARE(spread.value(QStringLiteral("z")), QRectF(40, 9, 10, 10));
    QCOMPARE(spread.value(QStringLiteral("y")), QRectF(70, 5, 30, 10));
    // two rectangles: nothing to spread
    QHash<QString, QRectF> two = rects;
    two.remove(QStringLiteral("z"));
    QCOMPARE(Align::distribute(two, Qt::Vertical), two);
}

void TestAlign::snapToGrid()
{
    QCOMPARE(Align::snap(14), 10.0);
    QCOMPARE(Align::snap(15), 20.0);
    QCOMPARE(Align::snap(-6), -10.0);
    QCOMPARE(Align::snap(33, 25), 25.0);
}

KUMO_TEST_GUILESS_MAIN(TestAlign)
#include "tst_align.moc"
