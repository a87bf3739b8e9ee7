// The canvas draws the same diagram as the exports: the same boxes (components and deployment
// cards) and the same orthogonal routes, and its arrows follow when components move.
#include "support/testregistry.h"
#include "carditem.h"
#include "componentitem.h"
#include "designscene.h"
#include "diagram/diagramlayout.h"
#include "document.h"
#include "geometrycommand.h"
#include "layout/deployment.h"
#include "linkitem.h"
#include "routing/orthogonalrouter.h"
#include "templates.h"

#include <QApplication>
#include <QTest>

using namespace kumo;

namespace {

std::vector<LinkItem *> linkItems(const DesignScene &scene)
{
    std::vector<LinkItem *> links;
    for (QGraphicsItem *i : scene.items()) {
        if (auto *l = qgraphicsitem_cast<LinkItem *>(i))
            links.push_back(l);
    }
    return links;
}

QStringList routingFaults(const DesignScene &scene)
{
    std::vector<Routing::Box> boxes;
    for (const DiagramBox &b : scene.boxes())
        boxes.push_back({b.id, b.parent, b.rect, b.container});
    std::vector<Routing::Link> links;
    std::vector<Routing::Route> routes;
    for (const LinkItem *l : linkItems(scene)) {
        links.push_back({l->fromId(), l->toId(), {}});
        routes.push_back({l->points(), l->labelBox()});
    }
    return Routing::violations(boxes, links, routes);
}

} // namespace

class TestCanvasRouting : public QObject
{
    Q_OBJECT

private slots:
    void canvasAndExportAgree()
    {
        const DesignReadResult loaded = Templates::load(QStringLiteral("three-tier"));
        QVERIFY(loaded.design);
        Document document;
        document.reset(Design(*loaded.design));
        DesignScene scene(&document);
        const DiagramLayout layout = Diagram::compute(*loaded.design, DiagramView::Deployment, &LinkItem::labelSize);

        QHash<QString, QRectF> canvasBoxes;
        for (const DiagramBox &b : scene.boxes())
            canvasBoxes.insert(b.id, b.rect);
        QCOMPARE(canvasBoxes.size(), qsizetype(layout.boxes.size()));
        for (const DiagramBox &b : layout.boxes)
            QVERIFY2(canvasBoxes.value(b.id) == b.rect, qPrintable(b.id));

        QHash<QString, std::vector<QPointF>> canvasRoutes;
        for (const LinkItem *l : linkItems(scene))
            canvasRoutes.insert(l->fromId() + QStringLiteral("→") + l->toId() + l->connectionId(), l->points());
        QCOMPARE(canvasRoutes.size(), qsizetype(layout.arrows.size()));
        for (const DiagramArrow &a : layout.arrows)
            QVERIFY2(canvasRoutes.value(a.from + QStringLiteral("→") + a.to + a.connectionId) == a.points, qPrintable(a.from + QStringLiteral(" → ") + a.to));
        QVERIFY2(routingFaults(scene).isEmpty(), qPrintable(routingFaults(scene).join(QLatin1Char('\n'))));
    }

    void theDeploymentViewShowsWhereTasksRun()
    {
        const DesignReadResult loaded = Templates::load(QStringLiteral("three-tier"));
        Document document;
        document.reset(Design(*loaded.design));
        DesignScene scene(&document);
        const size_t expected = Deployment::cards(*loaded.design).size();
        QVERIFY(expected > 0); // the template's services list their subnets
        auto cards = [&] {
            int count = 0;
            for (QGraphicsItem *i : scene.items())
                count += i->type() == CardItem::Type;
            return count;
        };
        QCOMPARE(size_t(cards()), expected);
        // each card has an arrow to what it stands for
        int cardArrows = 0;
        for (const LinkItem *l : linkItems(scene))
            cardArrows += l->fromId().contains(QLatin1Char('@'));
        QCOMPARE(size_t(cardArrows), expected);
        scene.setView(DiagramView::Logical);
        QCOMPARE(cards(), 0);
        for (const LinkItem *l : linkItems(scene))
            QVERIFY(!l->fromId().contains(QLatin1Char('@')));
        scene.setView(DiagramView::Deployment);
        QCOMPARE(size_t(cards()), expected);
    }

    void arrowsFollowAMove()
    {
        const DesignReadResult loaded = Templates::load(QStringLiteral("web-server"));
        Document document;
        document.reset(Design(*loaded.design));
        DesignScene scene(&document);
        const std::vector<LinkItem *> before = linkItems(scene);
        QVERIFY(!before.empty());
        // move the start of the first arrow 200 points down inside its container
        const QString moved = before.front()->fromId();
        const std::vector<QPointF> oldRoute = before.front()->points();
        const ComponentItem *item = scene.item(moved);
        QVERIFY(item);
        const QRectF rect(item->pos(), item->size());
        document.undoStack()->push(new GeometryCommand(&document, {{moved, rect.translated(0, 200)}}, QStringLiteral("Move")));
        LinkItem *after = nullptr;
        for (LinkItem *l : linkItems(scene)) {
            if (l->fromId() == moved)
                after = l;
        }
        QVERIFY(after);
        QVERIFY(after->points() != oldRoute);
        QVERIFY2(routingFaults(scene).isEmpty(), qPrintable(routingFaults(scene).join(QLatin1Char('\n'))));
    }
};

KUMO_TEST_MAIN(TestCanvasRouting)
#include "tst_canvasrouting.moc"
