// The editor on the offscreen platform: drops, reparenting by drag, property edits with undo,
// refused values, findings that select their component, save and open through the window.
#include "support/testregistry.h"
#include "autosave.h"
#include "catalog.h"
#include "changepropertycommand.h"
#include "componentitem.h"
#include "designfile.h"
#include "designjson.h"
#include "designscene.h"
#include "designview.h"
#include "document.h"
#include "exportdiagramdialog.h"
#include "findingsmodel.h"
#include "connectioncommands.h"
#include "geometrycommand.h"
#include "glossarydialog.h"
#include "linkitem.h"
#include "language.h"
#include "diagram/diagramlayout.h"
#include "mainwindow.h"
#include "outlinemodel.h"
#include "propertypanel.h"
#include "removecomponentscommand.h"
#include "reparentcomponentcommand.h"
#include "templates.h"
#include "validator.h"
#include "welcomewidget.h"

#include <QApplication>
#include <QComboBox>
#include <QDockWidget>
#include <QMenu>
#include <QMenuBar>
#include <QToolBar>
#include <QScrollBar>
#include <QStatusBar>
#include <QTextBrowser>
#include <QTreeView>
#include <QXmlStreamReader>
#include <QLineEdit>
#include <QGroupBox>
#include <QListView>
#include <QPushButton>
#include <QRandomGenerator>
#include <QStandardPaths>
#include <QtTest>

using namespace kumo;

namespace {
/// Sends a mouse event with the buttons set, as a real mouse would (QTest::mouseMove does not).
void mouse(QWidget *viewport, QEvent::Type type, QPoint at, Qt::MouseButtons buttons)
{
    QMouseEvent event(type, QPointF(at), viewport->mapToGlobal(QPointF(at)), type == QEvent::MouseMove ? Qt::NoButton : Qt::LeftButton,
                      buttons, Qt::NoModifier);
    QApplication::sendEvent(viewport, &event);
}

QPointF centreOf(ComponentItem *item)
{
    return item->mapToScene(QPointF(item->size().width() / 2, item->size().height() / 2));
}
} // namespace

class TestEditor : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); } // settings and autosaves stay out of the user's folders
    void init();
    void cleanup();
    void dropEveryKind_data();
    void dropEveryKind();
    void reparentByDrag();
    void refusedDragGoesBack();
    void propertyEditAndUndo();
    void invalidValuesAreRefused();
    void findingSelectsComponent();
    void saveAndOpenRoundTrip();
    void copyPasteRemapsReferences();
    void drawLinks();
    void labelAndDeleteConnections();
    void autosaveKeepsUnsavedWork();
    void alignSiblings();
    void editStructuredListsWithCards();
    void findSelectsMatches();
    void tidyLayoutIsOneStep();
    void arrowKeysNudge();
    void reopensTheLastSession();
    void glossaryExplainsTheBasics();
    void welcomePageOnAnEmptyCanvas();
    void reloadsWhenAnotherProgramChangesTheFile();
    void explanationTeachesTheSelectedComponent();
    void findingsGroupedBySeverity();
    void switchLanguageAtRunTime();
    void canvasFollowsEditsLikeAFreshCanvas();
    void exportSelectionAsDiagram();
    void exportDialogFollowsTheFormat();

private:
    MainWindow *m_window = nullptr;
};

void TestEditor::init()
{
    m_window = new MainWindow;
    m_window->resize(1400, 900);
    m_window->show();
    m_window->setDesign(*Templates::load(QStringLiteral("three-tier")).design, QString());
    m_window->view()->setZoom(1.0);
    QVERIFY(QTest::qWaitForWindowExposed(m_window));
}

void TestEditor::cleanup()
{
    m_window->document()->undoStack()->setClean(); // no "unsaved changes" question
    delete m_window;
    m_window = nullptr;
}

void TestEditor::dropEveryKind_data()
{
    QTest::addColumn<QString>("kind");
    for (const KindSpec &k : Catalog::instance().kinds())
        QTest::newRow(qPrintable(k.id)) << k.id;
}

void TestEditor::dropEveryKind()
{
    QFETCH(QString, kind);
    DesignScene *scene = m_window->scene();
    const Design &design = m_window->document()->design();
    const qsizetype before = design.componentCount();
    // a container where it may go, and one where it may not
    QString validParent;
    QString invalidParent;
    for (const Component *c : design.components()) {
        if (!Catalog::instance().isContainer(c->kind) || !scene->item(c->id))
            continue;
        const bool ok = Catalog::instance().canContain(c->kind, kind);
        if (ok && validParent.isEmpty() && scene->item(c->id)->childItems().isEmpty() == false)
            validParent = c->id;
        if (!ok && invalidParent.isEmpty())
            invalidParent = c->id;
    }
    if (!validParent.isEmpty()) {
        ComponentItem *target = scene->item(validParent);
        // a free spot inside the container: just below its title, at its left edge
        const QPointF spot = target->mapToScene(QPointF(target->size().width() - 20, target->size().height() - 10));
        QString why;
        QVERIFY2(scene->addComponentAt(kind, spot, &why), qPrintable(why));
        QCOMPARE(design.componentCount(), before + 1);
        const QString added = scene->selectedIds().value(0);
        QCOMPARE(design.component(added)->kind, kind);
        QCOMPARE(design.component(added)->parent, validParent);
        m_window->document()->undoStack()->undo();
        QCOMPARE(design.componentCount(), before);
    }
    if (!invalidParent.isEmpty()) {
        ComponentItem *target = scene->item(invalidParent);
        const QPointF spot = target->mapToScene(QPointF(target->size().width() - 6, target->size().height() - 6));
        QString why;
        const bool added = scene->addComponentAt(kind, spot, &why);
        QVERIFY(!added);
        QVERIFY(!why.isEmpty());
        QCOMPARE(design.componentCount(), before);
    }
}

void TestEditor::reparentByDrag()
{
    DesignScene *scene = m_window->scene();
    DesignView *view = m_window->view();
    ComponentItem *nat = scene->item(QStringLiteral("nat-a"));
    ComponentItem *target = scene->item(QStringLiteral("public-c"));
    QVERIFY(nat && target);
    view->centerOn(target);
    QApplication::processEvents();
    const QPoint from = view->mapFromScene(centreOf(nat));
    // aim at an empty spot of public-c: its lower right corner
    const QPoint to = view->mapFromScene(target->mapToScene(QPointF(target->size().width() - 12, target->size().height() - 8)));
    mouse(view->viewport(), QEvent::MouseButtonPress, from, Qt::LeftButton);
    for (int i = 1; i <= 10; ++i)
        mouse(view->viewport(), QEvent::MouseMove, from + (to - from) * i / 10, Qt::LeftButton);
    mouse(view->viewport(), QEvent::MouseButtonRelease, to, Qt::NoButton);
    const Design &design = m_window->document()->design();
    QCOMPARE(design.component(QStringLiteral("nat-a"))->parent, QStringLiteral("public-c"));
    m_window->document()->undoStack()->undo();
    QCOMPARE(design.component(QStringLiteral("nat-a"))->parent, QStringLiteral("public-a"));
}

void TestEditor::refusedDragGoesBack()
{
    DesignScene *scene = m_window->scene();
    DesignView *view = m_window->view();
    ComponentItem *db = scene->item(QStringLiteral("db"));
    ComponentItem *region = scene->item(QStringLiteral("tokyo"));
    view->centerOn(db);
    QApplication::processEvents();
    const QPoint from = view->mapFromScene(centreOf(db));
    // the region's own area, outside the VPC: a database may not sit directly in a region
    const QPoint to = view->mapFromScene(region->mapToScene(QPointF(20, region->size().height() - 12)));
    mouse(view->viewport(), QEvent::MouseButtonPress, from, Qt::LeftButton);
    for (int i = 1; i <= 10; ++i)
        mouse(view->viewport(), QEvent::MouseMove, from + (to - from) * i / 10, Qt::LeftButton);
    mouse(view->viewport(), QEvent::MouseButtonRelease, to, Qt::NoButton);
    QCOMPARE(m_window->document()->design().component(QStringLiteral("db"))->parent, QStringLiteral("db-a"));
    QCOMPARE(m_window->document()->undoStack()->count(), 0);
}

void TestEditor::propertyEditAndUndo()
{
    m_window->scene()->selectIds({QStringLiteral("vpc")});
    PropertyPanel *panel = m_window->propertyPanel();
    QCOMPARE(panel->componentId(), QStringLiteral("vpc"));
    QLineEdit *cidr = nullptr;
    for (QLineEdit *e : panel->findChildren<QLineEdit *>()) {
        if (e->text() == QLatin1String("10.0.0.0/16"))
            cidr = e;
    }
    QVERIFY(cidr);
    cidr->setText(QStringLiteral("10.9.0.0/16"));
    emit cidr->editingFinished();
    const Design &design = m_window->document()->design();
    QCOMPARE(design.component(QStringLiteral("vpc"))->stringProp("cidr"), QStringLiteral("10.9.0.0/16"));
    QCOMPARE(m_window->document()->undoStack()->count(), 1);
    QVERIFY(m_window->isWindowModified());
    // the subnets are now outside the VPC: the findings say so after the short pause
    QTRY_VERIFY(m_window->findingsModel()->rowCount() > 0);
    m_window->document()->undoStack()->undo();
    QCOMPARE(design.component(QStringLiteral("vpc"))->stringProp("cidr"), QStringLiteral("10.0.0.0/16"));
    QTRY_COMPARE(m_window->findingsModel()->rowCount(), 1); // back to the template's hints only
    m_window->document()->undoStack()->redo();
    QCOMPARE(design.component(QStringLiteral("vpc"))->stringProp("cidr"), QStringLiteral("10.9.0.0/16"));
}

void TestEditor::invalidValuesAreRefused()
{
    m_window->scene()->selectIds({QStringLiteral("public-a")});
    PropertyPanel *panel = m_window->propertyPanel();
    QLineEdit *cidr = nullptr;
    for (QLineEdit *e : panel->findChildren<QLineEdit *>()) {
        if (e->text() == QLatin1String("10.0.1.0/24"))
            cidr = e;
    }
    QVERIFY(cidr);
    cidr->setText(QStringLiteral("10.0.1.5/24"));
    emit cidr->editingFinished();
    QCOMPARE(m_window->document()->design().component(QStringLiteral("public-a"))->stringProp("cidr"), QStringLiteral("10.0.1.0/24"));
    QCOMPARE(m_window->document()->undoStack()->count(), 0);
    QVERIFY(panel->errorText().contains(QStringLiteral("host bits")));
    QCOMPARE(cidr->text(), QStringLiteral("10.0.1.0/24"));
}

void TestEditor::findingSelectsComponent()
{
    Document *doc = m_window->document();
    doc->undoStack()->push(new ChangePropertyCommand(doc, QStringLiteral("artifacts"), QStringLiteral("bucket"), "Bad_Name"));
    QTRY_VERIFY(m_window->findingsModel()->rowCount() > 0);
    int row = -1;
    for (int i = 0; i < int(m_window->findingsModel()->findings().size()); ++i) {
        if (m_window->findingsModel()->findings()[size_t(i)].rule == QLatin1String("s3.bucket-name"))
            row = i;
    }
    QVERIFY(row >= 0);
    m_window->activateFinding(row);
    // the finding becomes the current row of the panel, and the explanation is the rule's
    QCOMPARE(m_window->findingsModel()->findingAt(m_window->findingsView()->currentIndex()), row);
    QCOMPARE(m_window->scene()->selectedIds(), QStringList{QStringLiteral("artifacts")});
    QCOMPARE(m_window->propertyPanel()->componentId(), QStringLiteral("artifacts"));
    QVERIFY(m_window->scene()->item(QStringLiteral("artifacts"))->toolTip().size() > 0);
}

void TestEditor::saveAndOpenRoundTrip()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("design.kumo"));
    QVERIFY(m_window->saveTo(path));
    QVERIFY(!m_window->isWindowModified());
    const QByteArray saved = DesignJson::write(m_window->document()->design());
    QVERIFY(m_window->openFile(path));
    QCOMPARE(DesignJson::write(m_window->document()->design()), saved);
    QCOMPARE(m_window->document()->filePath(), path);
    QVERIFY(m_window->windowTitle().startsWith(QStringLiteral("design.kumo")));
}

void TestEditor::copyPasteRemapsReferences()
{
    const Design &design = m_window->document()->design();
    const qsizetype before = design.componentCount();
    // the cluster with its task definitions and services
    m_window->scene()->selectIds({QStringLiteral("cluster")});
    m_window->copySelection();
    m_window->paste();
    QCOMPARE(design.componentCount(), before + 5);
    const QStringList selected = m_window->scene()->selectedIds();
    QCOMPARE(selected.size(), 1);
    const QString cluster = selected.first();
    QVERIFY(cluster != QLatin1String("cluster"));
    const QStringList children = design.children(cluster);
    QCOMPARE(children.size(), 4);
    for (const QString &id : children) {
        const Component *c = design.component(id);
        QVERIFY(!QStringList({QStringLiteral("web-task"), QStringLiteral("web-svc"), QStringLiteral("api-task"), QStringLiteral("api-svc")}).contains(id));
        if (c->kind == QLatin1String("ecs_service")) {
            // the copied service runs the copied task definition, and still uses the original target group
            const QString task = c->stringProp("task_definition");
            QVERIFY(children.contains(task));
            QVERIFY(c->stringProp("target_group") == QLatin1String("web-tg") || c->stringProp("target_group") == QLatin1String("api-tg"));
        }
    }
    // the copy lands next to the original, on no sibling, inside its container
    const Component *copied = design.component(cluster);
    const QRectF placed = *copied->geometry;
    for (const QString &sibling : design.children(copied->parent)) {
        if (sibling != cluster && design.component(sibling)->geometry)
            QVERIFY2(!placed.intersects(*design.component(sibling)->geometry), qPrintable(sibling));
    }
    if (!copied->parent.isEmpty()) {
        const QRectF container = *design.component(copied->parent)->geometry;
        QVERIFY(placed.left() >= 0 && placed.top() >= 34 && placed.right() <= container.width() && placed.bottom() <= container.height());
    }
    m_window->document()->undoStack()->undo();
    QCOMPARE(design.componentCount(), before);
    // duplicate a subnet: fresh id, same container
    m_window->scene()->selectIds({QStringLiteral("db-a")});
    m_window->duplicateSelection();
    const QString copy = m_window->scene()->selectedIds().value(0);
    QVERIFY(copy != QLatin1String("db-a"));
    QCOMPARE(design.component(copy)->parent, QStringLiteral("az-a"));
    QCOMPARE(design.children(copy).size(), 1); // the database inside came along
}

void TestEditor::drawLinks()
{
    DesignScene *scene = m_window->scene();
    DesignView *view = m_window->view();
    const Design &design = m_window->document()->design();
    auto drag = [&](const QString &fromId, const QString &toId) {
        scene->selectIds({fromId});
        ComponentItem *from = scene->item(fromId);
        ComponentItem *to = scene->item(toId);
        view->centerOn(from);
        QApplication::processEvents();
        const QPoint start = view->mapFromScene(from->mapToScene(from->connectorRect().center()));
        const QPoint end = view->mapFromScene(centreOf(to));
        mouse(view->viewport(), QEvent::MouseButtonPress, start, Qt::LeftButton);
        for (int i = 1; i <= 8; ++i)
            mouse(view->viewport(), QEvent::MouseMove, start + (end - start) * i / 8, Qt::LeftButton);
        mouse(view->viewport(), QEvent::MouseButtonRelease, end, Qt::NoButton);
    };
    // a pair with a reference: the service now sends to the other target group
    drag(QStringLiteral("web-svc"), QStringLiteral("api-task"));
    QCOMPARE(design.connections().size(), size_t(4)); // service -> task definition has no reference: an annotation
    m_window->document()->undoStack()->undo();
    QCOMPARE(design.connections().size(), size_t(3));
    drag(QStringLiteral("web-svc"), QStringLiteral("web-tg"));
    QCOMPARE(design.component(QStringLiteral("web-svc"))->stringProp("target_group"), QStringLiteral("web-tg"));
    m_window->document()->setProperty(QStringLiteral("web-svc"), QStringLiteral("target_group"), nullptr);
    drag(QStringLiteral("web-svc"), QStringLiteral("web-tg"));
    QCOMPARE(design.component(QStringLiteral("web-svc"))->stringProp("target_group"), QStringLiteral("web-tg"));
    QCOMPARE(m_window->document()->undoStack()->undoText(), QStringLiteral("Link web to web-tg"));
}

void TestEditor::labelAndDeleteConnections()
{
    DesignScene *scene = m_window->scene();
    Document *doc = m_window->document();
    const Design &design = doc->design();
    const QString id = design.connections().begin()->first;
    const QString before = design.connections().begin()->second.label;
    auto linkItem = [&]() -> LinkItem * {
        for (QGraphicsItem *i : scene->items()) {
            if (auto *link = qgraphicsitem_cast<LinkItem *>(i); link && link->connectionId() == id)
                return link;
        }
        return nullptr;
    };
    QVERIFY(linkItem());
    QVERIFY(linkItem()->flags() & QGraphicsItem::ItemIsSelectable);
    scene->relabelConnection(id, QStringLiteral("  TLS 1.3 "));
    QCOMPARE(design.connection(id)->label, QStringLiteral("TLS 1.3"));
    QCOMPARE(linkItem()->label(), QStringLiteral("TLS 1.3")); // the canvas follows
    scene->relabelConnection(id, QStringLiteral("TLS 1.3")); // unchanged: no undo step
    QCOMPARE(doc->undoStack()->count(), 1);
    doc->undoStack()->undo();
    QCOMPARE(design.connection(id)->label, before);

    // a selected connection is deleted with Delete, alone, and comes back with undo
    const size_t count = design.connections().size();
    scene->clearSelection();
    linkItem()->setSelected(true);
    scene->deleteSelection();
    QCOMPARE(design.connections().size(), count - 1);
    QVERIFY(!design.connection(id));
    QCOMPARE(design.componentCount(), Templates::load(QStringLiteral("three-tier")).design->componentCount());
    doc->undoStack()->undo();
    QVERIFY(design.connection(id));
}

void TestEditor::autosaveKeepsUnsavedWork()
{
    QTemporaryDir dir;
    QVERIFY(!Autosave::findLeftOver(dir.path()));
    const Design &design = m_window->document()->design();
    {
        Autosave autosave(dir.path());
        QVERIFY(autosave.write(design, QStringLiteral("/home/someone/shop.kumo")));
        // the autosave of a window that is still open is never offered to another one
        QVERIFY(!Autosave::findLeftOver(dir.path()));
    } // the window is gone without discarding it, as after a crash
    const auto leftOver = Autosave::findLeftOver(dir.path());
    QVERIFY(leftOver);
    QCOMPARE(leftOver->originalPath, QStringLiteral("/home/someone/shop.kumo"));
    const DesignReadResult recovered = DesignFile::load(leftOver->file);
    QVERIFY(recovered.ok());
    QVERIFY(*recovered.design == design);
    QFile::remove(leftOver->file); // recovered: what the window does after taking it
    QFile::remove(leftOver->file + QStringLiteral(".path"));
    QVERIFY(!Autosave::findLeftOver(dir.path()));
}

void TestEditor::alignSiblings()
{
    const Design &design = m_window->document()->design();
    const QStringList groups = {QStringLiteral("alb-sg"), QStringLiteral("app-sg"), QStringLiteral("db-sg")};
    const double before = design.component(QStringLiteral("app-sg"))->geometry->left();
    double leftmost = 1e9;
    for (const QString &id : groups)
        leftmost = std::min(leftmost, design.component(id)->geometry->left());
    m_window->scene()->selectIds(groups);
    m_window->scene()->alignSelection(Align::Edge::Left);
    for (const QString &id : groups)
        QCOMPARE(design.component(id)->geometry->left(), leftmost);
    QCOMPARE(m_window->document()->undoStack()->count(), 1);
    m_window->document()->undoStack()->undo();
    QCOMPARE(design.component(QStringLiteral("app-sg"))->geometry->left(), before);
}

void TestEditor::findingsGroupedBySeverity()
{
    Document *doc = m_window->document();
    FindingsModel *model = m_window->findingsModel();
    // the template is clean: its only findings are hints (how a request reaches each database)
    QTRY_COMPARE(model->rowCount(), 1);
    QVERIFY(model->groupIndex(Severity::Info).isValid());
    // an error (overlapping subnets) and a warning (SSH open to the world)
    doc->undoStack()->push(new ChangePropertyCommand(doc, QStringLiteral("app-c"), QStringLiteral("cidr"), "10.0.11.0/24"));
    nlohmann::json ingress = doc->design().component(QStringLiteral("app-sg"))->prop("ingress");
    ingress.push_back({{"protocol", "tcp"}, {"from_port", 22}, {"to_port", 22}, {"cidr", "0.0.0.0/0"}});
    doc->undoStack()->push(new ChangePropertyCommand(doc, QStringLiteral("app-sg"), QStringLiteral("ingress"), ingress));
    QTRY_VERIFY(model->groupIndex(Severity::Warning).isValid());
    const QModelIndex errors = model->groupIndex(Severity::Error);
    const QModelIndex warnings = model->groupIndex(Severity::Warning);
    QVERIFY(errors.isValid());
    QCOMPARE(errors.row(), 0); // errors first
    QVERIFY(errors.row() < warnings.row());
    int errorCount = 0;
    for (const Finding &f : model->findings())
        errorCount += f.severity == Severity::Error ? 1 : 0;
    QCOMPARE(model->rowCount(errors), errorCount);
    QVERIFY(errors.data().toString().contains(QString::number(errorCount)));
    for (int i = 0; i < model->rowCount(errors); ++i)
        QCOMPARE(model->findings()[size_t(model->findingAt(model->index(i, 0, errors)))].severity, Severity::Error);
    QVERIFY(model->findings()[size_t(model->findingAt(model->index(0, 0, warnings)))].rule == QLatin1String("sg.ssh-open-world"));
    QCOMPARE(model->findingAt(errors), -1);
    QCOMPARE(model->indexOfFinding(0), model->index(0, 0, errors));

    // folding a group survives the next validation
    QTreeView *view = m_window->findingsView();
    QVERIFY(view->isExpanded(warnings));
    view->collapse(warnings);
    doc->undoStack()->push(new ChangePropertyCommand(doc, QStringLiteral("artifacts"), QStringLiteral("bucket"), "Bad_Name"));
    QTRY_VERIFY(model->findings().size() > size_t(errorCount + 1));
    QVERIFY(!view->isExpanded(model->groupIndex(Severity::Warning)));
    QVERIFY(view->isExpanded(model->groupIndex(Severity::Error)));
}

namespace {
/// Everything a canvas shows, in a form two canvases can be compared by.
QStringList describeCanvas(DesignScene *scene)
{
    QStringList lines;
    for (QGraphicsItem *i : scene->items()) {
        if (auto *c = qgraphicsitem_cast<ComponentItem *>(i)) {
            auto *parent = qgraphicsitem_cast<ComponentItem *>(c->parentItem());
            lines << QStringLiteral("item %1 in %2 at %3,%4 size %5x%6")
                         .arg(c->id(), parent ? parent->id() : QStringLiteral("-"))
                         .arg(c->pos().x())
                         .arg(c->pos().y())
                         .arg(c->size().width())
                         .arg(c->size().height());
        } else if (auto *l = qgraphicsitem_cast<LinkItem *>(i)) {
            lines << QStringLiteral("link %1 -> %2 %3 '%4'").arg(l->fromId(), l->toId(), l->connectionId(), l->label());
        }
    }
    lines.sort();
    return lines;
}
} // namespace

/// The outline as indented lines, in its order.
QStringList describeOutline(const QAbstractItemModel *model, const QModelIndex &parent = {}, int depth = 0)
{
    QStringList lines;
    for (int row = 0; row < model->rowCount(parent); ++row) {
        const QModelIndex name = model->index(row, 0, parent);
        lines << QString(depth * 2, QLatin1Char(' ')) + name.data(OutlineModel::IdRole).toString() + QLatin1Char(' ')
                     + name.data().toString() + QLatin1Char(' ') + model->index(row, 1, parent).data().toString();
        lines << describeOutline(model, name, depth + 1);
    }
    return lines;
}

void TestEditor::canvasFollowsEditsLikeAFreshCanvas()
{
    // the canvas updates itself piece by piece; after every edit (and undo) it must show what a
    // canvas built from scratch shows
    Document *doc = m_window->document();
    QUndoStack *stack = doc->undoStack();
    QRandomGenerator rng(11);
    auto pick = [&]() {
        const auto all = doc->design().components();
        return all[size_t(rng.bounded(int(all.size())))];
    };
    for (int step = 0; step < 80; ++step) {
        switch (rng.bounded(7)) {
        case 0:
            stack->push(new RemoveComponentsCommand(doc, {pick()->id}));
            break;
        case 1:
            m_window->scene()->selectIds({pick()->id});
            m_window->duplicateSelection();
            break;
        case 2: { // move a subnet to another zone
            const Component *subnet = doc->design().component(rng.bounded(2) ? QStringLiteral("app-a") : QStringLiteral("db-c"));
            if (subnet)
                stack->push(new ReparentComponentCommand(doc, subnet->id, subnet->parent == QLatin1String("az-a") ? QStringLiteral("az-c") : QStringLiteral("az-a"),
                                                         QRectF(20, 400, 300, 120)));
            break;
        }
        case 3:
            if (doc->design().contains(QStringLiteral("web-svc")))
                stack->push(new ChangePropertyCommand(doc, QStringLiteral("web-svc"), QStringLiteral("target_group"),
                                                      rng.bounded(2) ? "api-tg" : "web-tg"));
            break;
        case 4:
            if (rng.bounded(2))
                stack->push(new RenameComponentCommand(doc, pick()->id, QStringLiteral("renamed %1").arg(step)));
            else
                stack->push(new ConnectCommand(doc, Connection{{}, pick()->id, pick()->id, QStringLiteral("step %1").arg(step), {}}));
            break;
        case 5:
        case 6:
            if (stack->canUndo())
                stack->undo();
            break;
        }
        Document fresh;
        fresh.reset(doc->design());
        DesignScene freshScene(&fresh);
        QCOMPARE(describeCanvas(m_window->scene()), describeCanvas(&freshScene));
        OutlineModel freshOutline(&fresh);
        QCOMPARE(describeOutline(m_window->outlineModel()), describeOutline(&freshOutline));
    }
}

void TestEditor::switchLanguageAtRunTime()
{
    Document *doc = m_window->document();
    doc->undoStack()->push(new ChangePropertyCommand(doc, QStringLiteral("app-c"), QStringLiteral("cidr"), "10.0.11.0/24"));
    QTRY_VERIFY(m_window->findingsModel()->rowCount() > 0);
    m_window->scene()->selectIds({QStringLiteral("vpc")});
    auto menuTitles = [this] {
        QStringList titles;
        for (QAction *a : m_window->menuBar()->actions())
            titles << a->text();
        return titles;
    };
    auto overlapMessage = [this] {
        for (const Finding &f : m_window->findingsModel()->findings()) {
            if (f.rule == QLatin1String("subnet.overlap"))
                return f.message;
        }
        return QString();
    };
    QCOMPARE(menuTitles().first(), QStringLiteral("&File"));
    QVERIFY(overlapMessage().contains(QStringLiteral("overlaps")));

    m_window->setLanguage(QStringLiteral("ja"));
    QCOMPARE(Language::current(), QStringLiteral("ja"));
    QCOMPARE(menuTitles().first(), QStringLiteral("ファイル(&F)"));
    QVERIFY2(overlapMessage().contains(QStringLiteral("重なっています")), qPrintable(overlapMessage()));
    QCOMPARE(Catalog::instance().displayName(QStringLiteral("subnet")), QStringLiteral("サブネット"));
    QVERIFY(m_window->findingsModel()->index(0, 0).data().toString().startsWith(QStringLiteral("エラー")));
    // the panels follow: dock titles, the property panel of the selected VPC
    QCOMPARE(m_window->findChild<QDockWidget *>(QStringLiteral("properties"))->windowTitle(), QStringLiteral("プロパティ"));
    QCOMPARE(m_window->propertyPanel()->componentId(), QStringLiteral("vpc"));
    // one menu bar, one toolbar with the search box, undo still works
    QCOMPARE(m_window->findChildren<QToolBar *>().size(), 1);
    QLineEdit *search = nullptr;
    for (QLineEdit *e : m_window->findChildren<QLineEdit *>()) {
        if (e->placeholderText().contains(QStringLiteral("CIDR")))
            search = e;
    }
    QVERIFY(search);
    QVERIFY(m_window->findChildren<QToolBar *>().first()->isAncestorOf(search));
    QVERIFY(search->placeholderText().startsWith(QStringLiteral("名前")));
    doc->undoStack()->undo();
    QTRY_COMPARE(m_window->findingsModel()->rowCount(), 1); // the template's hints only

    m_window->setLanguage(QStringLiteral("en"));
    QCOMPARE(menuTitles().first(), QStringLiteral("&File"));
    QCOMPARE(Catalog::instance().displayName(QStringLiteral("subnet")), QStringLiteral("Subnet"));
}

void TestEditor::explanationTeachesTheSelectedComponent()
{
    Document *doc = m_window->document();
    auto explanation = [this] { return m_window->findChild<QTextBrowser *>()->toPlainText(); };
    m_window->scene()->selectIds({QStringLiteral("app-c")});
    QVERIFY(explanation().contains(QStringLiteral("slice of the VPC")));
    QVERIFY(explanation().contains(QStringLiteral("Overlapping subnets")));
    QVERIFY(explanation().contains(QStringLiteral("✓")));
    QVERIFY(!explanation().contains(QStringLiteral("✗"))); // the template passes every check
    // break it: the same panel now marks the failing check
    doc->undoStack()->push(new ChangePropertyCommand(doc, QStringLiteral("app-c"), QStringLiteral("cidr"), "10.0.11.0/24"));
    QTRY_VERIFY(explanation().contains(QStringLiteral("✗")));
    // choosing a finding explains the finding instead
    m_window->activateFinding(0);
    QVERIFY(explanation().contains(QStringLiteral("subnet.overlap")));
    QVERIFY(!explanation().contains(QStringLiteral("slice of the VPC")));
    // in Japanese
    m_window->setLanguage(QStringLiteral("ja"));
    m_window->scene()->clearSelection();
    m_window->scene()->selectIds({QStringLiteral("vpc")});
    QVERIFY2(explanation().contains(QStringLiteral("VPC の範囲の重なり")), qPrintable(explanation()));
    QVERIFY(explanation().contains(QStringLiteral("自分専用のプライベートネットワーク")));
    m_window->setLanguage(QStringLiteral("en"));
}

void TestEditor::reloadsWhenAnotherProgramChangesTheFile()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("shared.kumo"));
    QVERIFY(m_window->saveTo(path));
    // Kumo's own saves are not news
    QVERIFY(m_window->saveTo(path));
    QTest::qWait(300);
    QVERIFY(m_window->statusBar()->currentMessage().startsWith(QStringLiteral("Saved")));
    // a colleague's editor writes a smaller design into the same file
    QVERIFY(DesignFile::save(*Templates::load(QStringLiteral("web-server")).design, path));
    const qsizetype expected = Templates::load(QStringLiteral("web-server")).design->componentCount();
    QTRY_COMPARE(m_window->document()->design().componentCount(), expected);
    QCOMPARE(m_window->document()->filePath(), path);
    QVERIFY(m_window->statusBar()->currentMessage().contains(QStringLiteral("Reloaded")));
    // removed: the design stays, marked unsaved
    QFile::remove(path);
    QTRY_VERIFY(m_window->document()->isModified());
    QCOMPARE(m_window->document()->design().componentCount(), expected);
}

void TestEditor::welcomePageOnAnEmptyCanvas()
{
    auto *welcome = m_window->findChild<WelcomeWidget *>();
    QVERIFY(welcome);
    QVERIFY(!welcome->isVisible()); // a design is open
    m_window->setDesign(Design(), QString());
    QVERIFY(welcome->isVisible());
    // centred across the canvas, whatever the docks did to its size, and it stays put when the
    // canvas scrolls
    const QRect canvas = m_window->view()->viewport()->geometry();
    QVERIFY(qAbs(welcome->geometry().center().x() - canvas.center().x()) <= 2);
    QVERIFY(canvas.contains(welcome->geometry()));
    // a class starts from here: every bundled lesson is one click away
    auto *lessons = welcome->findChild<QPushButton *>(QStringLiteral("lessons"));
    QVERIFY(lessons && lessons->menu());
    int lessonCount = 0;
    for (QAction *a : lessons->menu()->actions())
        lessonCount += a->isSeparator() ? 0 : 1;
    QVERIFY(lessonCount >= 7);
    const QPoint before = welcome->pos();
    m_window->view()->horizontalScrollBar()->setValue(m_window->view()->horizontalScrollBar()->value() + 50);
    QCOMPARE(welcome->pos(), before);
    // the first component hides it
    QVERIFY(m_window->scene()->addComponentAt(QStringLiteral("region"), QPointF(0, 0)));
    QVERIFY(!welcome->isVisible());
}

void TestEditor::glossaryExplainsTheBasics()
{
    {
        GlossaryDialog glossary;
        // the general ideas of the notes Kumo grew from, each with its own entry
        for (const char *term : {"Server", "Network", "Cloud", "IP address", "CIDR", "Port", "Domain name", "DNS", "TLS certificate", "SSH",
                                 "Public-key authentication", "Firewall", "Container", "Fargate", "Task", "Health check", "Artifact"})
            QVERIFY2(glossary.showTerm(QString::fromLatin1(term)), term);
        QVERIFY(glossary.showTerm(QStringLiteral("CIDR")));
        QVERIFY(glossary.shownText().contains(QStringLiteral("65,536")));
        // searching finds terms by their explanation too
        auto *search = glossary.findChild<QLineEdit *>();
        search->setText(QStringLiteral("resolver"));
        QVERIFY(glossary.shownText().startsWith(QStringLiteral("DNS")));
    }
    m_window->setLanguage(QStringLiteral("ja"));
    {
        GlossaryDialog glossary;
        QVERIFY(glossary.showTerm(QStringLiteral("公開鍵認証")));
        QVERIFY(glossary.shownText().contains(QStringLiteral("秘密鍵")));
    }
    m_window->setLanguage(QStringLiteral("en"));
}

void TestEditor::reopensTheLastSession()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("last.kumo"));
    QVERIFY(m_window->saveTo(path));
    QVERIFY(m_window->close());
    MainWindow next;
    QVERIFY(next.restoreLastSession());
    QCOMPARE(next.document()->filePath(), path);
    QCOMPARE(next.document()->design().componentCount(), m_window->document()->design().componentCount());
    // a last file that has gone away leaves the welcome page
    QFile::remove(path);
    MainWindow after;
    QVERIFY(!after.restoreLastSession());
}

void TestEditor::arrowKeysNudge()
{
    const Design &design = m_window->document()->design();
    const QRectF before = *design.component(QStringLiteral("alb-sg"))->geometry;
    m_window->scene()->selectIds({QStringLiteral("alb-sg")});
    m_window->view()->setFocus();
    QTest::keyClick(m_window->view(), Qt::Key_Right, Qt::ShiftModifier);
    QTest::keyClick(m_window->view(), Qt::Key_Down);
    QCOMPARE(design.component(QStringLiteral("alb-sg"))->geometry->topLeft(), before.topLeft() + QPointF(10, 1));
    QCOMPARE(m_window->scene()->item(QStringLiteral("alb-sg"))->pos(), before.topLeft() + QPointF(10, 1));
    QCOMPARE(m_window->document()->undoStack()->count(), 2);
    m_window->document()->undoStack()->undo();
    m_window->document()->undoStack()->undo();
    QCOMPARE(*design.component(QStringLiteral("alb-sg"))->geometry, before);
    QTest::keyClick(m_window->view(), Qt::Key_Escape);
    QVERIFY(m_window->scene()->selectedIds().isEmpty());
}

void TestEditor::tidyLayoutIsOneStep()
{
    Document *document = m_window->document();
    const Design &design = document->design();
    document->undoStack()->push(GeometryCommand::move(document, {QStringLiteral("db-sg"), QStringLiteral("alice")}, QPointF(333, 77)));
    const Design moved = design;
    m_window->tidyLayout();
    QCOMPARE(document->undoStack()->count(), 2);
    // the whole design laid out afresh, and the canvas follows
    const QHash<QString, QRectF> expected = Diagram::tidyPlacement(moved);
    for (const Component *c : design.components())
        QCOMPARE(*c->geometry, expected.value(c->id));
    QCOMPARE(m_window->scene()->item(QStringLiteral("db-sg"))->pos(), expected.value(QStringLiteral("db-sg")).topLeft());
    document->undoStack()->undo();
    QVERIFY(design == moved);
}

namespace {
QStringList svgTexts(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QXmlStreamReader xml(&file);
    QStringList texts;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement() && xml.name() == QLatin1String("text"))
            texts << xml.readElementText(QXmlStreamReader::IncludeChildElements).trimmed();
    }
    return xml.hasError() ? QStringList() : texts;
}
} // namespace

void TestEditor::exportSelectionAsDiagram()
{
    QTemporaryDir dir;
    m_window->scene()->selectIds({QStringLiteral("db-a"), QStringLiteral("alice")});
    DiagramRenderer::Options options;
    options.only = m_window->scene()->selectedIds();
    const QString part = dir.filePath(QStringLiteral("part.svg"));
    QVERIFY(m_window->writeDiagram(part, DiagramRenderer::Format::Svg, options));
    const QStringList texts = svgTexts(part);
    // the chosen subnet with its database, the chosen user; nothing else
    for (const char *name : {"db-a", "app-db", "alice"})
        QVERIFY2(texts.contains(QString::fromLatin1(name)), name);
    for (const char *name : {"db-c", "web-alb", "developers", "main"})
        QVERIFY2(!texts.contains(QString::fromLatin1(name)), name);

    const QString whole = dir.filePath(QStringLiteral("whole.svg"));
    QVERIFY(m_window->writeDiagram(whole, DiagramRenderer::Format::Svg, {}));
    QVERIFY(svgTexts(whole).contains(QStringLiteral("web-alb")));
    QVERIFY(m_window->statusBar()->currentMessage().contains(QStringLiteral("whole.svg")));

    // PNG: a transparent background on request, and the selection is smaller than the whole
    options.transparent = true;
    options.scale = 1;
    const QString png = dir.filePath(QStringLiteral("part.png"));
    QVERIFY(m_window->writeDiagram(png, DiagramRenderer::Format::Png, options));
    const QImage partImage(png);
    QCOMPARE(partImage.pixelColor(1, 1).alpha(), 0);
    options.only.clear();
    QVERIFY(m_window->writeDiagram(png, DiagramRenderer::Format::Png, options));
    QVERIFY(QImage(png).width() > partImage.width());
}

void TestEditor::exportDialogFollowsTheFormat()
{
    ExportDiagramDialog dialog(QStringLiteral("/tmp/plan.png"), {QStringLiteral("vpc")});
    QCOMPARE(dialog.format(), DiagramRenderer::Format::Png);
    QCOMPARE(dialog.options().only, QStringList{QStringLiteral("vpc")}); // the selection by default when there is one
    auto *format = dialog.findChild<QComboBox *>();
    format->setCurrentIndex(format->findData(int(DiagramRenderer::Format::Svg)));
    QCOMPARE(dialog.path(), QStringLiteral("/tmp/plan.svg"));
    QCOMPARE(DiagramRenderer::formatForPath(QStringLiteral("a/b.PDF")), DiagramRenderer::Format::Pdf);
    ExportDiagramDialog nothingSelected(QStringLiteral("/tmp/plan.pdf"), {});
    QCOMPARE(nothingSelected.format(), DiagramRenderer::Format::Pdf);
    QVERIFY(nothingSelected.options().only.isEmpty());
}

void TestEditor::editStructuredListsWithCards()
{
    const Design &design = m_window->document()->design();
    m_window->scene()->selectIds({QStringLiteral("db-sg")});
    PropertyPanel *panel = m_window->propertyPanel();
    auto button = [&](const QString &text) -> QPushButton * {
        for (QPushButton *b : panel->findChildren<QPushButton *>()) {
            if (b->text() == text)
                return b;
        }
        return nullptr;
    };
    QVERIFY(button(QStringLiteral("Add inbound rule")));
    // adding a rule offers ready-made ones, each valid as it stands; take the custom one
    QMenu *presets = button(QStringLiteral("Add inbound rule"))->menu();
    QVERIFY(presets && presets->actions().size() >= 6);
    const int findingsBefore = int(Validator::validate(design).size());
    presets->actions().last()->trigger();
    QCOMPARE(design.component(QStringLiteral("db-sg"))->prop("ingress").size(), size_t(2));
    QCOMPARE(design.component(QStringLiteral("db-sg"))->prop("ingress")[1]["protocol"], "tcp");
    QCOMPARE(design.component(QStringLiteral("db-sg"))->prop("ingress")[1]["cidr"], "10.0.0.0/16"); // the VPC's range
    QCOMPARE(m_window->document()->undoStack()->undoText(), QStringLiteral("Add inbound rule"));
    QCOMPARE(int(Validator::validate(design).size()), findingsBefore); // a new rule starts valid
    // the panel shows the new card; set the new rule's port range through it
    auto findCard = [&]() -> QGroupBox * {
        for (QGroupBox *g : panel->findChildren<QGroupBox *>()) {
            if (g->title() == QLatin1String("Inbound rule 2"))
                return g;
        }
        return nullptr;
    };
    QTRY_VERIFY(findCard());
    QGroupBox *card = findCard();
    const QList<QLineEdit *> edits = card->findChildren<QLineEdit *>();
    QVERIFY(edits.size() >= 3); // from_port, to_port, cidr, description
    edits[0]->setText(QStringLiteral("5432"));
    emit edits[0]->editingFinished();
    QCOMPARE(design.component(QStringLiteral("db-sg"))->prop("ingress")[1]["from_port"], 5432);
    edits[1]->setText(QStringLiteral("5432"));
    emit edits[1]->editingFinished();
    // each field is an undo step of its own: one undo takes back only the last field
    const int steps = m_window->document()->undoStack()->index();
    m_window->document()->undoStack()->undo();
    QCOMPARE(design.component(QStringLiteral("db-sg"))->prop("ingress")[1]["to_port"], 8080);
    QCOMPARE(design.component(QStringLiteral("db-sg"))->prop("ingress")[1]["from_port"], 5432);
    m_window->document()->undoStack()->redo();
    QCOMPARE(m_window->document()->undoStack()->index(), steps);
    QTRY_VERIFY(findCard());
    card = findCard();
    const QList<QLineEdit *> again = card->findChildren<QLineEdit *>();
    QVERIFY(again.size() >= 3);
    // a bad CIDR in a card is refused like anywhere else
    again[2]->setText(QStringLiteral("10.0.0.1/16"));
    emit again[2]->editingFinished();
    QCOMPARE(design.component(QStringLiteral("db-sg"))->prop("ingress")[1]["cidr"], "10.0.0.0/16"); // kept
    QVERIFY(panel->errorText().contains(QStringLiteral("host bits")));
    // remove the first rule
    button(QStringLiteral("Remove inbound rule"))->click();
    QCOMPARE(design.component(QStringLiteral("db-sg"))->prop("ingress").size(), size_t(1));
    QCOMPARE(design.component(QStringLiteral("db-sg"))->prop("ingress")[0]["from_port"], 5432);
    // every change was an undo step; undo them all and the original rule is back
    while (m_window->document()->undoStack()->canUndo())
        m_window->document()->undoStack()->undo();
    QCOMPARE(design.component(QStringLiteral("db-sg"))->prop("ingress")[0]["source"], "app-sg");
}

void TestEditor::findSelectsMatches()
{
    QCOMPARE(m_window->find(QStringLiteral("10.0.1")), 3); // by CIDR: public-a 10.0.1.0/24, app-a 10.0.11.0/24, app-c 10.0.12.0/24
    QCOMPARE(m_window->find(QStringLiteral("security group")), 3);
    QCOMPARE(m_window->scene()->selectedIds(), QStringList({QStringLiteral("alb-sg"), QStringLiteral("app-sg"), QStringLiteral("db-sg")}));
    QCOMPARE(m_window->find(QStringLiteral("nothing-like-this")), 0);
}

KUMO_TEST_MAIN(TestEditor)
#include "tst_editor.moc"
