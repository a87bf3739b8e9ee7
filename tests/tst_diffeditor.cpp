// Designs in git, in the editor: File › Compare With… (a file, a git revision) draws the visual
// diff over the canvas and lists the differences, rows select their components, Escape closes it;
// a design written by `kumo merge` with conflicts lists them, each resolved as one undo step, and
// the last one resolved leaves a file that saves without its conflict record.
#include "support/testregistry.h"
#include "comparewithdialog.h"
#include "componentitem.h"
#include "conflictspanel.h"
#include "designfile.h"
#include "designscene.h"
#include "designview.h"
#include "differencespanel.h"
#include "diff/designmerge.h"
#include "diffoverlay.h"
#include "document.h"
#include "changepropertycommand.h"
#include "mainwindow.h"
#include "support/diffdesigns.h"

#include <QLabel>
#include <QDockWidget>
#include <QGraphicsRectItem>
#include <QMenuBar>
#include <QProcess>
#include <QPushButton>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTreeWidget>
#include <QtTest>

using namespace kumo;
using kumo::testing::componentIn;
using kumo::testing::editedDesign;
using nlohmann::json;

namespace {

/// The open side of the comparisons: the base design with a bucket removed, one added, the
/// instance's type changed and the instance moved into the app subnet, the gateway moved on the
/// canvas; every component placed (so that the editor opens it without laying it out).
Design editedSide()
{
    return editedDesign([](json &d) {
        auto &list = d["components"];
        list.erase(std::remove_if(list.begin(), list.end(), [](const json &c) { return c["id"] == "assets"; }), list.end());
        list.push_back({{"id", "logs"}, {"kind", "s3_bucket"}, {"name", "log-archive"}, {"parent", "tokyo"},
                        {"props", {{"bucket", "kumo-diff-logs"}}}, {"geometry", {{"x", 500}, {"y", 0}, {"w", 160}, {"h", 40}}}});
        componentIn(d, "web")["props"]["instance_type"] = "t3.large";
        componentIn(d, "web")["parent"] = "app-a";
        componentIn(d, "igw")["geometry"]["x"] = 60;
        // placed here, not in the base: a place the other side leaves open is no difference
        componentIn(d, "users")["geometry"] = {{"x", 950}, {"y", 0}, {"w", 120}, {"h", 60}};
    });
}

bool git(const QString &dir, const QStringList &arguments)
{
    QProcess p;
    p.setWorkingDirectory(dir);
    p.start(QStringLiteral("git"), arguments);
    p.waitForFinished(30000);
    return p.exitStatus() == QProcess::NormalExit && p.exitCode() == 0;
}

/// The overlay's rectangles drawn with @p colour (the outlines), in scene coordinates.
QList<QRectF> outlines(DesignScene *scene, const QColor &colour)
{
    QList<QRectF> rects;
    for (QGraphicsItem *item : scene->items()) {
        auto *rect = qgraphicsitem_cast<QGraphicsRectItem *>(item);
        if (rect && rect->pen().color() == colour && rect->pen().widthF() == 4)
            rects << rect->sceneBoundingRect().adjusted(2, 2, -2, -2); // without the pen
    }
    return rects;
}

QTreeWidgetItem *rowFor(QTreeWidget *tree, const QString &change, const QString &titleStart)
{
    for (int i = 0; i < tree->topLevelItemCount(); ++i) {
        QTreeWidgetItem *row = tree->topLevelItem(i);
        if (row->text(0) == change && row->text(1).startsWith(titleStart))
            return row;
    }
    return nullptr;
}

QStringList detailsOf(QTreeWidgetItem *row)
{
    QStringList lines;
    for (int i = 0; row && i < row->childCount(); ++i)
        lines << row->child(i)->text(1);
    return lines;
}

} // namespace

class TestDiffEditor : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void init();
    void cleanup();
    void compareWithFileDrawsAndLists();
    void rowSelectsItsComponent();
    void comparisonFollowsEdits();
    void escapeAndTheButtonClose();
    void compareWithGitRevision();
    void dialogWithoutGitOffersFilesOnly();
    void badChoicesKeepTheDialogOpen();
    void conflictsListedAndResolvedOneStepEach();
    void conflictButtonsAndSavingClean();

private:
    MainWindow *m_window = nullptr;
    QTemporaryDir m_dir;
    QString m_basePath;
    QString m_openPath;
};

void TestDiffEditor::init()
{
    m_basePath = m_dir.filePath(QStringLiteral("base.kumo"));
    m_openPath = m_dir.filePath(QStringLiteral("infra.kumo"));
    QVERIFY(DesignFile::save(editedDesign(), m_basePath));
    QVERIFY(DesignFile::save(editedSide(), m_openPath));
    m_window = new MainWindow;
    m_window->resize(1400, 900);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window));
    QVERIFY(m_window->openFile(m_openPath));
}

void TestDiffEditor::cleanup()
{
    m_window->document()->undoStack()->setClean();
    delete m_window;
    m_window = nullptr;
}

void TestDiffEditor::compareWithFileDrawsAndLists()
{
    CompareWithDialog dialog(m_openPath, m_window);
    dialog.chooseFile(m_basePath);
    dialog.accept();
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QCOMPARE(dialog.label(), QStringLiteral("base.kumo"));
    m_window->compareWith(dialog.design(), dialog.label());

    DifferencesPanel *panel = m_window->differencesPanel();
    QVERIFY(panel->isComparing());
    QVERIFY(m_window->findChild<QDockWidget *>(QStringLiteral("differences"))->isVisible());
    // one row per component, whatever happened to it
    QTreeWidget *tree = panel->tree();
    QCOMPARE(tree->topLevelItemCount(), 4);
    QCOMPARE(tree->topLevelItem(0)->text(0), QStringLiteral("Added"));
    QVERIFY(tree->topLevelItem(0)->text(1).startsWith(QStringLiteral("log-archive (")));
    QCOMPARE(detailsOf(tree->topLevelItem(0)), QStringList{QStringLiteral("In tokyo")});
    QCOMPARE(tree->topLevelItem(1)->text(0), QStringLiteral("Removed"));
    QVERIFY(tree->topLevelItem(1)->text(1).startsWith(QStringLiteral("assets (")));
    QCOMPARE(tree->topLevelItem(2)->text(0), QStringLiteral("Changed"));
    QVERIFY(tree->topLevelItem(2)->text(1).startsWith(QStringLiteral("web-server (")));
    QCOMPARE(detailsOf(tree->topLevelItem(2)),
             (QStringList{QStringLiteral("Instance type: t3.micro → t3.large"), QStringLiteral("Moved from public-a to app-a")}));
    QCOMPARE(tree->topLevelItem(3)->text(0), QStringLiteral("Moved on the canvas"));
    QVERIFY(tree->topLevelItem(3)->text(1).startsWith(QStringLiteral("igw (")));
    QCOMPARE(panel->summaryText(), QStringLiteral("Compared with base.kumo: 1 added, 1 removed, 1 changed, 1 moved on the canvas only"));

    // the canvas: green around the added bucket, red where the removed one was, amber around the instance
    DesignScene *scene = m_window->scene();
    const QRectF logs = scene->item(QStringLiteral("logs"))->sceneBoundingRect();
    QCOMPARE(outlines(scene, QColor(0x2e, 0x9e, 0x44)), QList<QRectF>{logs.adjusted(-4, -4, 4, 4)});
    QCOMPARE(outlines(scene, QColor(0xd3, 0x3a, 0x2c)), QList<QRectF>{QRectF(696, -4, 168, 48)}); // tokyo at 0,0; the bucket at 700,0 160×40
    const QRectF web = scene->item(QStringLiteral("web"))->sceneBoundingRect();
    QCOMPARE(outlines(scene, QColor(0xe6, 0x9b, 0x00)), QList<QRectF>{web.adjusted(-4, -4, 4, 4)});
    const QStringList texts = panel->overlay()->texts();
    QVERIFY2(texts.contains(QStringLiteral("removed: assets")), qPrintable(texts.join(QLatin1Char('|'))));
    QVERIFY(texts.contains(QStringLiteral("Instance type: t3.micro → t3.large\nMoved from public-a to app-a")));
    QVERIFY(texts.contains(QStringLiteral("Added")) && texts.contains(QStringLiteral("Changed")));
    // the drawing never takes the mouse: the canvas stays editable underneath
    for (QGraphicsItem *item : scene->items()) {
        if (qgraphicsitem_cast<QGraphicsRectItem *>(item) && item->zValue() >= 1e6)
            QCOMPARE(item->acceptedMouseButtons(), Qt::NoButton);
    }
}

void TestDiffEditor::rowSelectsItsComponent()
{
    m_window->compareWith(editedDesign(), QStringLiteral("base"));
    QTreeWidget *tree = m_window->differencesPanel()->tree();
    QTreeWidgetItem *changed = rowFor(tree, QStringLiteral("Changed"), QStringLiteral("web-server"));
    QVERIFY(changed);
    QTest::mouseClick(tree->viewport(), Qt::LeftButton, {}, tree->visualItemRect(changed).center());
    QCOMPARE(m_window->scene()->selectedIds(), QStringList{QStringLiteral("web")});
    // a detail line selects its component too
    QTreeWidgetItem *added = rowFor(tree, QStringLiteral("Added"), QStringLiteral("log-archive"));
    QTest::mouseClick(tree->viewport(), Qt::LeftButton, {}, tree->visualItemRect(added->child(0)).center());
    QCOMPARE(m_window->scene()->selectedIds(), QStringList{QStringLiteral("logs")});
    // a removed component is not on the canvas: the view goes to its red outline
    QTreeWidgetItem *removed = rowFor(tree, QStringLiteral("Removed"), QStringLiteral("assets"));
    m_window->view()->centerOn(-3000, -3000);
    QTest::mouseClick(tree->viewport(), Qt::LeftButton, {}, tree->visualItemRect(removed).center());
    QVERIFY(m_window->scene()->selectedIds().isEmpty());
    const QRectF seen = m_window->view()->mapToScene(m_window->view()->viewport()->rect()).boundingRect();
    QVERIFY(seen.contains(QPointF(780, 20)));
    // and selecting on the canvas finds the row
    m_window->scene()->selectIds({QStringLiteral("igw")});
    QCOMPARE(tree->currentItem(), rowFor(tree, QStringLiteral("Moved on the canvas"), QStringLiteral("igw")));
}

void TestDiffEditor::comparisonFollowsEdits()
{
    m_window->compareWith(editedDesign(), QStringLiteral("base"));
    DifferencesPanel *panel = m_window->differencesPanel();
    Document *document = m_window->document();
    // the instance type set back: the instance differs only by its move now
    document->undoStack()->push(new ChangePropertyCommand(document, QStringLiteral("web"), QStringLiteral("instance_type"), json("t3.micro")));
    QTRY_COMPARE(detailsOf(rowFor(panel->tree(), QStringLiteral("Moved"), QStringLiteral("web-server"))),
                 QStringList{QStringLiteral("Moved from public-a to app-a")});
    QVERIFY(!panel->overlay()->texts().contains(QStringLiteral("Instance type: t3.micro → t3.large\nMoved from public-a to app-a")));
    QVERIFY(panel->overlay()->texts().contains(QStringLiteral("Moved from public-a to app-a")));
    // comparing with itself: nothing to list
    m_window->compareWith(document->design(), QStringLiteral("now"));
    QCOMPARE(panel->tree()->topLevelItemCount(), 0);
    QCOMPARE(panel->summaryText(), QStringLiteral("Compared with now: no differences"));
}

void TestDiffEditor::escapeAndTheButtonClose()
{
    m_window->compareWith(editedDesign(), QStringLiteral("base"));
    DifferencesPanel *panel = m_window->differencesPanel();
    QVERIFY(panel->overlay()->isShown());
    QVERIFY(QTest::qWaitForWindowActive(m_window));
    // Escape on the canvas with a selection only deselects
    m_window->scene()->selectIds({QStringLiteral("web")});
    m_window->view()->setFocus();
    QTest::keyClick(m_window->view(), Qt::Key_Escape);
    QVERIFY(m_window->scene()->selectedIds().isEmpty());
    QVERIFY(panel->isComparing());
    // then it closes the comparison
    QTest::keyClick(m_window->view(), Qt::Key_Escape);
    QVERIFY(!panel->isComparing());
    QVERIFY(!panel->overlay()->isShown());
    QVERIFY(outlines(m_window->scene(), QColor(0x2e, 0x9e, 0x44)).isEmpty());
    QVERIFY(!m_window->findChild<QDockWidget *>(QStringLiteral("differences"))->isVisible());
    // with no comparison Escape is the canvas's again
    m_window->scene()->selectIds({QStringLiteral("web")});
    QTest::keyClick(m_window->view(), Qt::Key_Escape);
    QVERIFY(m_window->scene()->selectedIds().isEmpty());

    m_window->compareWith(editedDesign(), QStringLiteral("base"));
    QVERIFY(panel->overlay()->isShown());
    QPushButton *close = nullptr;
    for (QPushButton *b : panel->findChildren<QPushButton *>()) {
        if (b->text() == QLatin1String("Close Comparison"))
            close = b;
    }
    QVERIFY(close);
    QTest::mouseClick(close, Qt::LeftButton);
    QVERIFY(!panel->isComparing());
    QVERIFY(!panel->overlay()->isShown());
    // opening another design ends a comparison too
    m_window->compareWith(editedDesign(), QStringLiteral("base"));
    QVERIFY(m_window->openFile(m_basePath));
    QVERIFY(!panel->isComparing());
}

void TestDiffEditor::compareWithGitRevision()
{
    QTemporaryDir repo;
    const QString path = repo.filePath(QStringLiteral("infra.kumo"));
    QVERIFY(git(repo.path(), {QStringLiteral("init"), QStringLiteral("-q")}));
    git(repo.path(), {QStringLiteral("config"), QStringLiteral("user.email"), QStringLiteral("t@example.com")});
    git(repo.path(), {QStringLiteral("config"), QStringLiteral("user.name"), QStringLiteral("Tester")});
    QVERIFY(DesignFile::save(editedDesign(), path));
    QVERIFY(git(repo.path(), {QStringLiteral("add"), QStringLiteral("infra.kumo")}));
    QVERIFY(git(repo.path(), {QStringLiteral("commit"), QStringLiteral("-qm"), QStringLiteral("First design")}));
    QVERIFY(DesignFile::save(editedDesign([](json &d) { componentIn(d, "web")["props"]["instance_type"] = "m5.large"; }), path));
    QVERIFY(git(repo.path(), {QStringLiteral("commit"), QStringLiteral("-qam"), QStringLiteral("Bigger web server")}));
    QVERIFY(DesignFile::save(editedSide(), path)); // and edits not committed yet
    QVERIFY(m_window->openFile(path));

    CompareWithDialog dialog(path, m_window);
    QVERIFY(dialog.hasHistory());
    QTreeWidget *history = dialog.historyList();
    QCOMPARE(history->topLevelItemCount(), 2);
    QCOMPARE(history->topLevelItem(0)->text(3), QStringLiteral("Bigger web server"));
    QCOMPARE(history->topLevelItem(1)->text(3), QStringLiteral("First design"));
    QCOMPARE(history->topLevelItem(0)->text(2), QStringLiteral("Tester"));
    QCOMPARE(history->currentItem(), history->topLevelItem(0)); // the last commit is offered first
    // the older commit, chosen from the list
    history->setCurrentItem(history->topLevelItem(1));
    dialog.accept();
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QVERIFY(dialog.label().endsWith(QStringLiteral(" · First design")));
    QCOMPARE(dialog.design(), editedDesign());
    m_window->compareWith(dialog.design(), dialog.label());
    QTreeWidget *tree = m_window->differencesPanel()->tree();
    QCOMPARE(detailsOf(rowFor(tree, QStringLiteral("Changed"), QStringLiteral("web-server"))).first(),
             QStringLiteral("Instance type: t3.micro → t3.large"));

    // a revision typed in
    CompareWithDialog typed(path, m_window);
    typed.chooseRevision(QStringLiteral("HEAD"));
    typed.accept();
    QCOMPARE(typed.result(), int(QDialog::Accepted));
    QCOMPARE(typed.label(), QStringLiteral("HEAD"));
    m_window->compareWith(typed.design(), typed.label());
    QCOMPARE(detailsOf(rowFor(tree, QStringLiteral("Changed"), QStringLiteral("web-server"))).first(),
             QStringLiteral("Instance type: m5.large → t3.large"));
}

void TestDiffEditor::dialogWithoutGitOffersFilesOnly()
{
    // the temporary folder is no git repository
    CompareWithDialog dialog(m_openPath, m_window);
    QVERIFY(!dialog.hasHistory());
    QCOMPARE(dialog.historyList()->topLevelItemCount(), 0);
    QVERIFY(!dialog.historyList()->isEnabled());
    bool explained = false;
    for (QLabel *label : dialog.findChildren<QLabel *>())
        explained |= label->text().startsWith(QStringLiteral("No git history to choose from: "));
    QVERIFY(explained);
    // an unsaved design has no history either
    CompareWithDialog unsaved(QString(), m_window);
    QVERIFY(!unsaved.hasHistory());
}

void TestDiffEditor::badChoicesKeepTheDialogOpen()
{
    CompareWithDialog dialog(m_openPath, m_window);
    dialog.chooseFile(m_dir.filePath(QStringLiteral("missing.kumo")));
    dialog.accept();
    QVERIFY(dialog.result() != QDialog::Accepted);
    QVERIFY2(dialog.problem().contains(QStringLiteral("missing.kumo")), qPrintable(dialog.problem()));
    QFile broken(m_dir.filePath(QStringLiteral("broken.kumo")));
    QVERIFY(broken.open(QIODevice::WriteOnly));
    broken.write("{\"format\": \"kumo-design\", \"version\": 1,\n \"components\": [ {\"id\": 3} ]}");
    broken.close();
    dialog.chooseFile(broken.fileName());
    dialog.accept();
    QVERIFY(dialog.result() != QDialog::Accepted);
    QVERIFY2(dialog.problem().startsWith(QStringLiteral("broken.kumo:")), qPrintable(dialog.problem()));

    QTemporaryDir repo;
    const QString path = repo.filePath(QStringLiteral("infra.kumo"));
    QVERIFY(git(repo.path(), {QStringLiteral("init"), QStringLiteral("-q")}));
    git(repo.path(), {QStringLiteral("config"), QStringLiteral("user.email"), QStringLiteral("t@example.com")});
    git(repo.path(), {QStringLiteral("config"), QStringLiteral("user.name"), QStringLiteral("Tester")});
    QVERIFY(DesignFile::save(editedDesign(), path));
    QVERIFY(git(repo.path(), {QStringLiteral("add"), QStringLiteral("infra.kumo")}));
    QVERIFY(git(repo.path(), {QStringLiteral("commit"), QStringLiteral("-qm"), QStringLiteral("only")}));
    CompareWithDialog revisions(path, m_window);
    // an option in place of a revision must not reach git as an option (it would write the file)
    const QString written = repo.filePath(QStringLiteral("written-by-git"));
    for (const QString &bad : {QStringLiteral("no-such-branch"), QStringLiteral("HEAD~5"), QString(QStringLiteral("--output=") + written)}) {
        revisions.chooseRevision(bad);
        revisions.accept();
        QVERIFY(revisions.result() != QDialog::Accepted);
        QVERIFY2(revisions.problem().contains(bad), qPrintable(revisions.problem()));
    }
    QVERIFY(!QFile::exists(written));
}

namespace {

/// Two conflicts: the instance type changed two ways, the bucket removed by us and changed by them.
QString writeConflictedMerge(const QString &path)
{
    const Design base = editedDesign();
    const Design ours = editedDesign([](json &d) {
        componentIn(d, "web")["props"]["instance_type"] = "t3.large";
        auto &list = d["components"];
        list.erase(std::remove_if(list.begin(), list.end(), [](const json &c) { return c["id"] == "assets"; }), list.end());
    });
    const Design theirs = editedDesign([](json &d) {
        componentIn(d, "web")["props"]["instance_type"] = "m5.large";
        componentIn(d, "assets")["props"]["versioning"] = true;
    });
    const diff::MergeResult merged = diff::merge(base, ours, theirs);
    if (merged.conflicts.size() != 2 || !DesignFile::save(merged.merged, path))
        return {};
    return path;
}

int rowOf(ConflictsPanel *panel, const QString &path)
{
    for (size_t i = 0; i < panel->conflicts().size(); ++i) {
        if (panel->conflicts()[i].path == path)
            return int(i);
    }
    return -1;
}

} // namespace

void TestDiffEditor::conflictsListedAndResolvedOneStepEach()
{
    const QString path = writeConflictedMerge(m_dir.filePath(QStringLiteral("merged.kumo")));
    QVERIFY(!path.isEmpty());
    QVERIFY(m_window->openFile(path));
    ConflictsPanel *panel = m_window->conflictsPanel();
    QVERIFY(m_window->findChild<QDockWidget *>(QStringLiteral("conflicts"))->isVisible());
    QCOMPARE(int(panel->conflicts().size()), 2);
    QTreeWidget *tree = panel->tree();
    QCOMPARE(tree->topLevelItemCount(), 2);
    const int typeRow = rowOf(panel, QStringLiteral("props.instance_type"));
    QVERIFY(typeRow >= 0);
    const QTreeWidgetItem *type = tree->topLevelItem(typeRow);
    QCOMPARE(type->text(0), QStringLiteral("web-server"));
    QCOMPARE(type->text(1), QStringLiteral("Instance type"));
    QCOMPARE(type->text(2), QStringLiteral("t3.large"));
    QCOMPARE(type->text(3), QStringLiteral("m5.large"));
    QCOMPARE(type->text(4), QStringLiteral("t3.micro")); // the base left it at its default
    const QTreeWidgetItem *bucket = tree->topLevelItem(rowOf(panel, QString()));
    QCOMPARE(bucket->text(0), QStringLiteral("assets"));
    QCOMPARE(bucket->text(1), QStringLiteral("The whole component"));
    QCOMPARE(bucket->text(2), QStringLiteral("(removed)"));
    QCOMPARE(bucket->text(3), QStringLiteral("Versioning: true"));

    Document *document = m_window->document();
    const Design merged = document->design();
    QVERIFY(panel->resolve(typeRow, diff::Side::Theirs));
    QCOMPARE(document->undoStack()->count(), 1);
    QCOMPARE(document->undoStack()->undoText(), QStringLiteral("Take theirs: Instance type of web-server"));
    QCOMPARE(document->design().component(QStringLiteral("web"))->stringProp("instance_type"), QStringLiteral("m5.large"));
    QCOMPARE(int(panel->conflicts().size()), 1);
    QCOMPARE(tree->topLevelItemCount(), 1);
    // undone: the value and the conflict come back
    document->undoStack()->undo();
    QCOMPARE(document->design(), merged);
    QCOMPARE(int(panel->conflicts().size()), 2);
    document->undoStack()->redo();
    QCOMPARE(int(panel->conflicts().size()), 1);
    // our side of the bucket: it goes (and its conflict with it)
    QVERIFY(panel->resolve(0, diff::Side::Ours));
    QCOMPARE(document->undoStack()->count(), 2);
    QVERIFY(!document->design().contains(QStringLiteral("assets")));
    QVERIFY(panel->conflicts().empty());
    QVERIFY(!document->design().extra.contains(diff::conflictsKey));
    QCOMPARE(panel->summaryText(), QStringLiteral("No merge conflicts left in this design."));
}

void TestDiffEditor::conflictButtonsAndSavingClean()
{
    const QString path = writeConflictedMerge(m_dir.filePath(QStringLiteral("merged.kumo")));
    QVERIFY(m_window->openFile(path));
    ConflictsPanel *panel = m_window->conflictsPanel();
    QPushButton *ours = nullptr;
    QPushButton *theirs = nullptr;
    for (QPushButton *b : panel->findChildren<QPushButton *>()) {
        if (b->text() == QLatin1String("Keep Ours"))
            ours = b;
        if (b->text() == QLatin1String("Take Theirs"))
            theirs = b;
    }
    QVERIFY(ours && theirs);
    QTreeWidget *tree = panel->tree();
    // choosing a row selects its component
    tree->setCurrentItem(tree->topLevelItem(rowOf(panel, QStringLiteral("props.instance_type"))));
    QCOMPARE(m_window->scene()->selectedIds(), QStringList{QStringLiteral("web")});
    QTest::mouseClick(ours, Qt::LeftButton);
    QCOMPARE(m_window->document()->design().component(QStringLiteral("web"))->stringProp("instance_type"), QStringLiteral("t3.large"));
    QCOMPARE(tree->topLevelItemCount(), 1);
    tree->setCurrentItem(tree->topLevelItem(0));
    QTest::mouseClick(theirs, Qt::LeftButton); // their bucket, with versioning, comes back
    QVERIFY(m_window->document()->design().component(QStringLiteral("assets"))->boolProp("versioning"));
    QCOMPARE(tree->topLevelItemCount(), 0);
    QVERIFY(!ours->isEnabled());
    QVERIFY(m_window->saveTo(path));
    QFile saved(path);
    QVERIFY(saved.open(QIODevice::ReadOnly));
    QVERIFY(!saved.readAll().contains("merge_conflicts"));
    // opened again: nothing to resolve, no panel
    QVERIFY(m_window->openFile(path));
    QVERIFY(!m_window->findChild<QDockWidget *>(QStringLiteral("conflicts"))->isVisible());
}

KUMO_TEST_MAIN(TestDiffEditor)
#include "tst_diffeditor.moc"
