// Orthogonal connector routing: routes worked out by hand on small arrangements, the checker
// catching bad routes, and the invariants on the layout JSON (`kumo export layout`) of the bundled
// templates and of generated designs of 50 to 5,000 components, with the figures printed so that a
// change making them worse is seen.
#include "support/testregistry.h"
#include "design.h"
#include "designfile.h"
#include "diagram/diagramlayout.h"
#include "diagram/layoutjson.h"
#include "routing/orthogonalrouter.h"
#include "support/designgenerator.h"
#include "templates.h"

#include <QDir>
#include <QDirIterator>
#include <QFileInfo>
#include <QTest>

using namespace kumo;
using namespace Qt::Literals::StringLiterals;
using Routing::Box;
using Routing::Link;
using Routing::Route;

namespace {

using Points = std::vector<QPointF>;

Box leaf(const QString &id, QRectF rect, const QString &parent = {})
{
    return {id, parent, rect, false};
}

Box container(const QString &id, QRectF rect, const QString &parent = {})
{
    return {id, parent, rect, true};
}

bool orthogonal(const Points &points)
{
    for (size_t k = 0; k + 1 < points.size(); ++k) {
        if (points[k].x() != points[k + 1].x() && points[k].y() != points[k + 1].y())
            return false;
    }
    return points.size() >= 2;
}

QString describe(const Points &points)
{
    QStringList parts;
    for (const QPointF &p : points)
        parts << QStringLiteral("(%1,%2)").arg(p.x()).arg(p.y());
    return parts.join(QLatin1Char(' '));
}

/// A design's diagram as `kumo export layout` writes it, read back: its boxes, arrows and routes.
struct ReadLayout
{
    std::vector<Box> boxes;
    std::vector<Link> links;
    std::vector<Route> routes;
};

ReadLayout readLayout(const Design &design)
{
    const QByteArray text = LayoutJson::write(Diagram::compute(design, DiagramView::Deployment), DiagramView::Deployment);
    const nlohmann::json json = nlohmann::json::parse(text.constData(), text.constData() + text.size());
    ReadLayout read;
    for (const nlohmann::json &b : json.at("boxes")) {
        const QString parent = b.at("parent").is_null() ? QString() : QString::fromStdString(b.at("parent").get<std::string>());
        read.boxes.push_back({QString::fromStdString(b.at("id").get<std::string>()), parent,
                              QRectF(b.at("x").get<double>(), b.at("y").get<double>(), b.at("w").get<double>(), b.at("h").get<double>()),
                              b.at("container").get<bool>()});
    }
    for (const nlohmann::json &a : json.at("arrows")) {
        read.links.push_back({QString::fromStdString(a.at("from").get<std::string>()), QString::fromStdString(a.at("to").get<std::string>()), {}});
        Route route;
        if (a.contains("labelBox")) {
            const nlohmann::json &l = a.at("labelBox");
            route.labelBox = QRectF(l.at("x").get<double>(), l.at("y").get<double>(), l.at("w").get<double>(), l.at("h").get<double>());
        }
        for (const nlohmann::json &p : a.at("points"))
            route.points.push_back(QPointF(p.at(0).get<double>(), p.at(1).get<double>()));
        read.routes.push_back(route);
    }
    return read;
}

/// What the checks of one design found, for the bounds of its test.
struct Figures
{
    Routing::Quality quality;
    int links = 0;
    int detours = 0;
    int nearSides = 0;   ///< segments within the clearance of a container's side
    int sharedLines = 0; ///< pairs of arrows with no common end on one line
    double bendsPerArrow() const { return double(quality.bends) / std::max(quality.arrows, 1); }
};

// The figures reached, held so that a change making them worse fails. The targets are
// 20 crossings and 2.0 bends per arrow on the three-tier template (ELK on the same boxes: 14 and
// 1.79) and no segment near a container's side, no shared line: not reached yet where corridors
// are narrower than the arrows through them need (the layout does not widen them).
constexpr int kThreeTierCrossings = 43;
constexpr double kThreeTierBendsPerArrow = 2.0;
constexpr int kThreeTierUnclear = 8; ///< near a side or on one line
constexpr double kGeneratedBendsPerArrow = 3.6;
constexpr double kGeneratedCrossingsPerArrow = 6.5;
constexpr double kUnclearPerArrow = 0.6;

/// The definition of done for a design's diagram: valid routes (orthogonal, on their ends' sides,
/// through no foreign box) and no label on a box, an arrow or a label (asserted); segments within
/// the clearance of a container's side and arrows that share no end on one line (counted, for the
/// caller to bound). Prints the figures.
Figures checkReadable(const Design &design, const QString &name)
{
    const auto [boxes, links, routes] = readLayout(design);
    Figures f;
    f.links = int(links.size());
    const QStringList faults = Routing::violations(boxes, links, routes);
    [&] { QVERIFY2(faults.isEmpty(), qPrintable(QStringLiteral("%1 faults, first: %2").arg(faults.size()).arg(faults.value(0)))); }();
    QStringList labels;
    for (const QString &fault : Routing::legibilityFaults(boxes, links, routes)) {
        if (fault.contains(u"from a side of"_s))
            ++f.nearSides;
        else if (fault.contains(u"lie on one line"_s))
            ++f.sharedLines;
        else
            labels << fault;
    }
    [&] { QVERIFY2(labels.isEmpty(), qPrintable(labels.join(u'\n'))); }();
    f.quality = Routing::measure(routes);
    f.detours = Routing::detours(boxes, links, routes);
    qInfo("%s: %d arrows, %d crossings, %.2f bends per arrow, %d longer than 1.5x their ends' distance, %d segments near a "
          "container's side, %d shared lines, mean length %.0f",
          qPrintable(name), f.quality.arrows, f.quality.crossings, f.bendsPerArrow(), f.detours, f.nearSides, f.sharedLines,
          f.quality.length / std::max(f.quality.arrows, 1));
    return f;
}

/// The reached bound on segments near a side and shared lines, relative to the arrows.
void verifyFewUnclear(const Figures &f)
{
    QVERIFY2(f.nearSides + f.sharedLines <= kUnclearPerArrow * f.quality.arrows,
             qPrintable(QStringLiteral("%1 near a side, %2 shared lines").arg(f.nearSides).arg(f.sharedLines)));
}

} // namespace

class TestRouting : public QObject
{
    Q_OBJECT

private slots:
    void straightWhenNothingIsInTheWay()
    {
        // side by side at the same height: one horizontal segment from side to side
        const std::vector<Box> boxes = {leaf(u"a"_s, QRectF(0, 0, 100, 50)), leaf(u"b"_s, QRectF(300, 0, 100, 50))};
        const std::vector<Route> routes = Routing::route(boxes, {{u"a"_s, u"b"_s, {}}});
        QCOMPARE(routes.at(0).points, (Points{{100, 25}, {300, 25}}));
    }

    void goesAroundABoxOnTheShorterSide()
    {
        // c stands between a and b, reaching 50 above their tops and 150 below their bottoms.
        // Over the top with the 8-point margin: leave a's top (50,0), up to y = -50 - 8 = -58,
        // across to x = 350 and down into b's top: 58 + 300 + 58 = 416 long with 2 bends. Leaving
        // by the right side instead needs 4 bends (366 long): with 150 per bend, the top wins (716 against 966).
        const std::vector<Box> boxes = {leaf(u"a"_s, QRectF(0, 0, 100, 50)), leaf(u"c"_s, QRectF(150, -50, 100, 250)),
                                        leaf(u"b"_s, QRectF(300, 0, 100, 50))};
        const std::vector<Route> routes = Routing::route(boxes, {{u"a"_s, u"b"_s, {}}});
        QCOMPARE(routes.at(0).points, (Points{{50, 0}, {50, -58}, {350, -58}, {350, 0}}));
        QVERIFY(Routing::violations(boxes, {{u"a"_s, u"b"_s, {}}}, routes).isEmpty());
        const Routing::Quality quality = Routing::measure(routes);
        QCOMPARE(quality.bends, 2);
        QCOMPARE(quality.length, 416.0);
    }

    void entersOnlyTheContainersOfItsEnds()
    {
        // a in container p, b in container q, and an unrelated container r between p and q at
        // the same height: the arrow leaves p, goes around r (above or below) and enters q.
        const std::vector<Box> boxes = {
            container(u"p"_s, QRectF(0, 0, 200, 200)),   leaf(u"a"_s, QRectF(20, 60, 100, 50), u"p"_s),
            container(u"r"_s, QRectF(260, 0, 200, 200)), leaf(u"inside-r"_s, QRectF(280, 60, 100, 50), u"r"_s),
            container(u"q"_s, QRectF(520, 0, 200, 200)), leaf(u"b"_s, QRectF(560, 60, 100, 50), u"q"_s),
        };
        const std::vector<Link> links = {{u"a"_s, u"b"_s, {}}};
        const std::vector<Route> routes = Routing::route(boxes, links);
        QVERIFY2(orthogonal(routes.at(0).points), qPrintable(describe(routes.at(0).points)));
        const QStringList faults = Routing::violations(boxes, links, routes);
        QVERIFY2(faults.isEmpty(), qPrintable(faults.join(QLatin1Char('\n'))));
        // out of a's bottom (70,110), down below p, r and q at r's margin (y = 200 + 8: 8 points
        // off p's and q's bottoms, clear of the 6 points kept from a crossed container's side),
        // across and up into b's bottom (610,110): 98 + 540 + 98 = 736 long with 2 bends (1036 at
        // 150 per bend). Over r through the gaps instead (out of a's right side at y = 85, up the
        // middle of the gap at x = 230, over r at y = -8, down at x = 490, into b's left side):
        // 110 + 93 + 260 + 93 + 70 = 626 with 4 bends, 1226.
        QCOMPARE(routes.at(0).points, (Points{{70, 110}, {70, 208}, {610, 208}, {610, 110}}));
    }

    void joinsAContainerFromInsideThroughItsTitle()
    {
        const std::vector<Box> boxes = {container(u"p"_s, QRectF(0, 0, 300, 200)), leaf(u"a"_s, QRectF(100, 100, 100, 50), u"p"_s)};
        const std::vector<Link> links = {{u"a"_s, u"p"_s, {}}};
        const std::vector<Route> routes = Routing::route(boxes, links);
        // from a's top (150,100) straight up to the bottom of p's title strip (y = 34)
        QCOMPARE(routes.at(0).points, (Points{{150, 100}, {150, 34}}));
        QVERIFY(Routing::violations(boxes, links, routes).isEmpty());
    }

    void arrowsSharingACorridorAreSpreadApart()
    {
        // two arrows with the same ends would lie on top of each other at y = 25: they are moved
        // 3 points up and down (6 apart)
        const std::vector<Box> boxes = {leaf(u"a"_s, QRectF(0, 0, 100, 50)), leaf(u"b"_s, QRectF(300, 0, 100, 50))};
        const std::vector<Route> routes = Routing::route(boxes, {{u"a"_s, u"b"_s, {}}, {u"a"_s, u"b"_s, {}}});
        QCOMPARE(routes.at(0).points, (Points{{100, 22}, {300, 22}}));
        QCOMPARE(routes.at(1).points, (Points{{100, 28}, {300, 28}}));
    }

    void endsMeetingOneSideAreSpreadAlongIt()
    {
        // a (100 × 100) and b below to the right: each arrow leaves a's bottom (50,100), goes down
        // to b's middle height (225) and right into b's left side (400,225): 125 + 350 long with one
        // bend. Two such arrows share both sides: their ends move 7 either side of the middle
        // (14 apart). On a's bottom both turn east with the same length: the first keeps x = 43.
        // At b's left side the second now has the shorter run (400 - 57 < 400 - 43) and turns
        // north towards a: the shorter goes higher (y = 218), so the two do not cross.
        const std::vector<Box> boxes = {leaf(u"a"_s, QRectF(0, 0, 100, 100)), leaf(u"b"_s, QRectF(400, 200, 100, 50))};
        const std::vector<Route> routes = Routing::route(boxes, {{u"a"_s, u"b"_s, {}}, {u"a"_s, u"b"_s, {}}});
        QCOMPARE(routes.at(0).points, (Points{{43, 100}, {43, 232}, {400, 232}}));
        QCOMPARE(routes.at(1).points, (Points{{57, 100}, {57, 218}, {400, 218}}));
        QCOMPARE(Routing::measure(routes).crossings, 0);
    }

    void labelsCoverNoBox()
    {
        const std::vector<Box> boxes = {leaf(u"a"_s, QRectF(0, 0, 100, 50)), leaf(u"b"_s, QRectF(400, 0, 100, 50)),
                                        leaf(u"c"_s, QRectF(200, 10, 60, 30))};
        const std::vector<Link> links = {{u"a"_s, u"b"_s, QSizeF(80, 18)}};
        const std::vector<Route> routes = Routing::route(boxes, links);
        const QRectF label = routes.at(0).labelBox;
        QCOMPARE(label.size(), QSizeF(80, 18));
        for (const Box &b : boxes)
            QVERIFY2(!label.intersects(b.rect), qPrintable(b.id));
    }

    void theCheckerFindsBadRoutes()
    {
        const std::vector<Box> boxes = {leaf(u"a"_s, QRectF(0, 0, 100, 50)), leaf(u"c"_s, QRectF(150, 0, 50, 50)),
                                        leaf(u"b"_s, QRectF(300, 0, 100, 50)), container(u"q"_s, QRectF(120, 200, 100, 100))};
        const std::vector<Link> links = {{u"a"_s, u"b"_s, {}}};
        // straight through c
        QCOMPARE(Routing::violations(boxes, links, {{{{100, 25}, {300, 25}}, {}}}).size(), 1);
        // a diagonal
        QVERIFY(Routing::violations(boxes, links, {{{{100, 25}, {300, 30}}, {}}}).join(u' ').contains(u"neither horizontal"_s));
        // through the container q, which holds neither end
        const Points throughQ{{50, 50}, {50, 250}, {350, 250}, {350, 50}};
        QVERIFY(Routing::violations(boxes, links, {{throughQ, {}}}).join(u' ').contains(u"passes through q"_s));
        // not starting on a's side
        QVERIFY(Routing::violations(boxes, links, {{{{110, 25}, {300, 25}}, {}}}).join(u' ').contains(u"does not start"_s));
    }

    void templatesAreRoutedCleanly_data()
    {
        QTest::addColumn<QString>("id");
        for (const TemplateInfo &t : Templates::list())
            QTest::newRow(qPrintable(t.id)) << t.id;
    }

    void templatesAreRoutedCleanly()
    {
        QFETCH(QString, id);
        const DesignReadResult loaded = Templates::load(id);
        QVERIFY(loaded.design.has_value());
        const Figures f = checkReadable(*loaded.design, id);
        if (QTest::currentTestFailed())
            return;
        // the bounds reached on the three-tier template (ELK on the same boxes: 14 crossings,
        // 1.79 bends per arrow); the target is 20 and 2.0
        if (id == u"three-tier"_s) {
            QVERIFY2(f.quality.crossings <= kThreeTierCrossings, qPrintable(QString::number(f.quality.crossings)));
            QVERIFY2(f.bendsPerArrow() <= kThreeTierBendsPerArrow, qPrintable(QString::number(f.bendsPerArrow())));
            QVERIFY(f.nearSides + f.sharedLines <= kThreeTierUnclear);
        } else {
            QCOMPARE(f.nearSides + f.sharedLines, 0);
        }
    }

    void testDesignsAreRoutedCleanly_data()
    {
        QTest::addColumn<QString>("path");
        QDirIterator it(QStringLiteral(KUMO_TEST_DATA), {QStringLiteral("*.kumo")}, QDir::Files, QDirIterator::Subdirectories);
        QStringList paths;
        while (it.hasNext()) {
            const QString path = it.next();
            // the broken files are for the readers: they have no diagram
            if (!path.contains(u"/bad/"_s) && !path.contains(u"/crashes/"_s))
                paths << path;
        }
        paths.sort();
        QVERIFY(paths.size() >= 3);
        for (const QString &path : paths)
            QTest::newRow(qPrintable(QDir(QStringLiteral(KUMO_TEST_DATA)).relativeFilePath(path))) << path;
    }

    void testDesignsAreRoutedCleanly()
    {
        QFETCH(QString, path);
        const DesignReadResult loaded = DesignFile::load(path);
        if (!loaded.design)
            QSKIP("not a readable design");
        const Figures f = checkReadable(*loaded.design, QFileInfo(path).fileName());
        if (!QTest::currentTestFailed())
            verifyFewUnclear(f);
    }

    void generatedDesignsAreRoutedCleanly_data()
    {
        QTest::addColumn<int>("size");
        for (int n : {50, 200, 1000, 5000})
            QTest::newRow(qPrintable(QString::number(n))) << n;
    }

    void generatedDesignsAreRoutedCleanly()
    {
        QFETCH(int, size);
        const Design design = testing::generateDesign(size, 7);
        if (size > 1000) { // the legibility checks are quadratic in places: the largest design is checked for validity only
            const auto [boxes, links, routes] = readLayout(design);
            const QStringList faults = Routing::violations(boxes, links, routes);
            QVERIFY2(faults.isEmpty(), qPrintable(QStringLiteral("%1 faults, first: %2").arg(faults.size()).arg(faults.value(0))));
            QCOMPARE(Routing::measure(routes).arrows, int(links.size()));
            return;
        }
        const Figures f = checkReadable(design, QStringLiteral("%1 components").arg(size));
        if (QTest::currentTestFailed())
            return;
        QCOMPARE(f.quality.arrows, f.links);
        // bounds reached (the generated designs' fans were thousands of crossings before)
        QVERIFY2(f.bendsPerArrow() <= kGeneratedBendsPerArrow, qPrintable(QString::number(f.bendsPerArrow())));
        QVERIFY2(f.quality.crossings <= kGeneratedCrossingsPerArrow * f.quality.arrows, qPrintable(QString::number(f.quality.crossings)));
        verifyFewUnclear(f);
    }
};

KUMO_TEST_GUILESS_MAIN(TestRouting)
#include "tst_routing.moc"
