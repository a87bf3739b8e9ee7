// The Lesson panel: the checklist follows the design, "Show me" is one undo step, and a design
// built differently from the reference is replaced by the reference after the step (also undoable).
#include "support/testregistry.h"
#include "designfile.h"
#include "document.h"
#include "lessonpanel.h"
#include "lessonpresenter.h"
#include "lessons/lessonlibrary.h"
#include "lessons/lessonsolution.h"
#include "language.h"
#include "mainwindow.h"
#include "classprogressdialog.h"

#include <QPushButton>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTemporaryDir>

#include <QDockWidget>
#include <QDir>

#include <QUndoStack>
#include <QtTest>

using namespace kumo;

class TestLessonPanel : public QObject
{
    Q_OBJECT

private slots:
    void checklistAndShowMe_data();
    void checklistAndShowMe();
    void showMeOnADesignBuiltDifferently();
    void wholeLessonInJapanese();
    void presentation();
    void resumeAtFirstOpenStep();
    void lessonLayoutRestored();
    void nextLessonOffered();
    void classProgressLive();
};

void TestLessonPanel::checklistAndShowMe_data()
{
    QTest::addColumn<QString>("lesson");
    for (const char *id : {"vpc-network", "web-server", "alb-fargate", "rds-multi-az", "static-site-cdn", "iam-basics", "cicd-pipeline"})
        QTest::newRow(id) << QString::fromLatin1(id);
}

void TestLessonPanel::checklistAndShowMe()
{
    QFETCH(QString, lesson);
    const LessonReadResult read = LessonLibrary::find(lesson);
    QVERIFY(read.ok());
    Document document;
    document.reset(*LessonSolution::startDesign(*read.lesson));
    LessonPanel panel(&document);
    panel.setLesson(*read.lesson);
    const int steps = int(read.lesson->steps.size());
    QCOMPARE(int(panel.done().size()), steps);
    QCOMPARE(panel.currentStep(), 0);
    QVERIFY(!panel.done()[0]);
    // "show me" through every step: each is one undo step, and the checklist ticks
    for (int i = 0; i < steps; ++i) {
        QCOMPARE(panel.currentStep(), i);
        const int before = document.undoStack()->count();
        QVERIFY(panel.showMe());
        QCOMPARE(document.undoStack()->count(), before + 1);
        panel.evaluate();
        for (int k = 0; k <= i; ++k)
            QVERIFY2(panel.done()[size_t(k)], qPrintable(QStringLiteral("step %1 after show me %2").arg(k).arg(i)));
    }
    // the same design as the reference solution
    QCOMPARE(document.design().componentCount(), LessonSolution::designAfter(*read.lesson, -1)->componentCount());
    // undo takes the last step back
    document.undoStack()->undo();
    panel.evaluate();
    QVERIFY(!panel.done()[size_t(steps - 1)]);
}

void TestLessonPanel::showMeOnADesignBuiltDifferently()
{
    const LessonReadResult read = LessonLibrary::find(QStringLiteral("vpc-network"));
    QVERIFY(read.ok());
    Document document;
    // the learner's own region and VPC, with ids the reference does not use
    DesignReadResult own = DesignJson::read(R"({"format": "kumo-design", "version": 1, "components": [
        {"id": "my-region", "kind": "region", "props": {"region": "ap-northeast-1"}},
        {"id": "my-vpc", "kind": "vpc", "parent": "my-region", "props": {"cidr": "10.1.0.0/16"}}]})");
    QVERIFY(own.ok());
    document.reset(*own.design);
    LessonPanel panel(&document);
    panel.setLesson(*read.lesson);
    QCOMPARE(panel.currentStep(), 2); // region and VPC are done already
    QVERIFY(panel.showMe());
    panel.evaluate();
    QVERIFY(panel.done()[2]);
    QVERIFY(document.design().contains(QStringLiteral("az-a")));
    QCOMPARE(document.undoStack()->count(), 1);
    document.undoStack()->undo();
    QVERIFY(document.design().contains(QStringLiteral("my-vpc")));
    QVERIFY(!document.design().contains(QStringLiteral("az-a")));
}

// A whole lesson in the editor, in Japanese: Help › Lessons starts it, each "show me" ticks the next
// step. With KUMO_SCREENSHOTS=DIR set, the window is saved after every step (to look at them).
void TestLessonPanel::wholeLessonInJapanese()
{
    Language::apply(QStringLiteral("ja"), false);
    MainWindow window;
    window.resize(1600, 1150);
    window.show();
    const LessonReadResult read = LessonLibrary::find(QStringLiteral("web-server"));
    QVERIFY(read.ok());
    QVERIFY(window.openFile(read.lesson->source)); // File › Open of a lesson starts it
    auto *dock = window.findChild<QDockWidget *>(QStringLiteral("lesson"));
    QVERIFY(dock && dock->isVisible());
    QCOMPARE(dock->windowTitle(), QStringLiteral("レッスン"));
    auto *panel = qobject_cast<LessonPanel *>(dock->widget());
    QVERIFY(panel);
    const QString shots = qEnvironmentVariable("KUMO_SCREENSHOTS");
    const auto shoot = [&](int n) {
        if (shots.isEmpty())
            return;
        QDir().mkpath(shots);
        QCoreApplication::processEvents();
        window.grab().save(QDir(shots).filePath(QStringLiteral("lesson-%1.png").arg(n)));
    };
    shoot(0);
    for (int i = 0; i < int(read.lesson->steps.size()); ++i) {
        QVERIFY(panel->showMe());
        QTest::qWait(200); // the panel re-evaluates on its timer, as when the learner edits
        QVERIFY2(panel->done()[size_t(i)], qPrintable(QString::number(i)));
        shoot(i + 1);
    }
    Language::apply(QStringLiteral("en"), false);
}

void TestLessonPanel::presentation()
{
    const LessonReadResult read = LessonLibrary::find(QStringLiteral("vpc-network"));
    QVERIFY(read.ok());
    Document document;
    document.reset(*LessonSolution::startDesign(*read.lesson));
    QWidget window;
    LessonPanel panel(&document, &window);
    panel.setLesson(*read.lesson);
    window.show();
    auto *presenter = qobject_cast<LessonPresenter *>(panel.present());
    QVERIFY(presenter);
    QVERIFY(QTest::qWaitForWindowExposed(presenter));
    QCOMPARE(presenter->step(), 0);
    QTest::keyClick(presenter, Qt::Key_Right);
    QCOMPARE(presenter->step(), 1);
    QCOMPARE(presenter->highlighted(), QStringList{QStringLiteral("tokyo")});
    QTest::keyClick(presenter, Qt::Key_Right);
    QTest::keyClick(presenter, Qt::Key_Right);
    QCOMPARE(presenter->step(), 3);
    QCOMPARE(presenter->highlighted(), (QStringList{QStringLiteral("az-a"), QStringLiteral("az-c")}));
    if (const QString shots = qEnvironmentVariable("KUMO_SCREENSHOTS"); !shots.isEmpty()) {
        QTest::qWait(50);
        presenter->grab().save(QDir(shots).filePath(QStringLiteral("present-3.png")));
    }
    QTest::keyClick(presenter, Qt::Key_Left);
    QCOMPARE(presenter->step(), 2);
    for (int i = 0; i < 20; ++i)
        QTest::keyClick(presenter, Qt::Key_Right);
    QCOMPARE(presenter->step(), int(read.lesson->steps.size())); // stops at the last step
    QPointer<QWidget> alive(presenter);
    QTest::keyClick(presenter, Qt::Key_Escape);
    QTRY_VERIFY(alive.isNull()); // closed and deleted
}

namespace {
/// The design of @p lessonId after the solutions of @p steps steps, saved (with its `lesson` field) to @p path.
void saveAfter(const QString &lessonId, int steps, const QString &path)
{
    const LessonReadResult read = LessonLibrary::find(lessonId);
    QVERIFY(read.ok());
    auto design = LessonSolution::designAfter(*read.lesson, steps);
    QVERIFY(design);
    design->extra["lesson"] = lessonId.toStdString();
    QVERIFY(DesignFile::save(*design, path));
}

QStringList visibleDocks(const QMainWindow &window)
{
    QStringList names;
    for (const QDockWidget *d : window.findChildren<QDockWidget *>()) {
        if (d->isVisible())
            names << d->objectName();
    }
    names.sort();
    return names;
}
} // namespace

void TestLessonPanel::resumeAtFirstOpenStep()
{
    // a learner saved after three steps, quit, and opens the design again after lunch
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("after-lunch.kumo"));
    saveAfter(QStringLiteral("web-server"), 3, path);
    MainWindow window;
    window.show();
    QVERIFY(window.openFile(path));
    auto *panel = window.findChild<LessonPanel *>();
    QVERIFY(panel && panel->isVisible());
    QVERIFY(panel->lesson());
    QCOMPARE(panel->lesson()->id, QStringLiteral("web-server"));
    QCOMPARE(panel->currentStep(), 3);
    QVERIFY(panel->done()[2] && !panel->done()[3]);

    // a lesson started from the menu writes its id into the design it saves
    QVERIFY(window.startLesson(LessonLibrary::find(QStringLiteral("vpc-network")).lesson->source, false));
    QCOMPARE(window.document()->design().extra.value("lesson", std::string()), std::string("vpc-network"));
    const QString saved = dir.filePath(QStringLiteral("vpc.kumo"));
    QVERIFY(window.saveTo(saved));
    QCOMPARE(DesignFile::load(saved).design->extra.value("lesson", std::string()), std::string("vpc-network"));

    // a design that names no lesson ends the lesson
    Design plain;
    QVERIFY(DesignFile::save(plain, dir.filePath(QStringLiteral("plain.kumo"))));
    QVERIFY(window.openFile(dir.filePath(QStringLiteral("plain.kumo"))));
    QVERIFY(!panel->isVisible());
}

void TestLessonPanel::lessonLayoutRestored()
{
    MainWindow window;
    window.resize(1366, 740);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    const QStringList before = visibleDocks(window);
    QVERIFY(before.contains(QStringLiteral("minimap")));
    QVERIFY(window.startLesson(LessonLibrary::find(QStringLiteral("web-server")).lesson->source, false));
    QTest::qWait(50);
    const QStringList during = visibleDocks(window);
    QVERIFY(during.contains(QStringLiteral("lesson")));
    QVERIFY(during.contains(QStringLiteral("properties")));
    QVERIFY(during.contains(QStringLiteral("palette")));
    QVERIFY(!during.contains(QStringLiteral("minimap")));
    QVERIFY(!during.contains(QStringLiteral("history")));
    auto *lesson = window.findChild<QDockWidget *>(QStringLiteral("lesson"));
    auto *properties = window.findChild<QDockWidget *>(QStringLiteral("properties"));
    // the lesson sits over the properties in one column, and both have room
    QCOMPARE(window.dockWidgetArea(lesson), Qt::RightDockWidgetArea);
    QCOMPARE(window.dockWidgetArea(properties), Qt::RightDockWidgetArea);
    QVERIFY(lesson->geometry().bottom() <= properties->geometry().top());
    QVERIFY2(lesson->height() >= 330, qPrintable(QString::number(lesson->height())));
    QVERIFY2(properties->height() >= 300, qPrintable(QString::number(properties->height())));
    // ending the lesson puts everything back
    auto *end = window.findChild<QPushButton *>(QStringLiteral("endLesson"));
    QVERIFY(end);
    end->click();
    QTest::qWait(50);
    QCOMPARE(visibleDocks(window), before);
}

void TestLessonPanel::nextLessonOffered()
{
    MainWindow window;
    window.show();
    QVERIFY(window.startLesson(LessonLibrary::find(QStringLiteral("web-server")).lesson->source, false));
    auto *panel = window.findChild<LessonPanel *>();
    auto *next = window.findChild<QPushButton *>(QStringLiteral("nextLesson"));
    QVERIFY(panel && next);
    QVERIFY(!next->isVisible());
    for (size_t i = 0; i < panel->lesson()->steps.size(); ++i)
        QVERIFY(panel->showMe());
    QTRY_VERIFY(next->isVisible());
    QVERIFY(next->text().contains(LessonLibrary::find(QStringLiteral("rds-multi-az")).lesson->title.en));
    QTemporaryDir dir;
    QVERIFY(window.saveTo(dir.filePath(QStringLiteral("web.kumo")))); // saved: moving on asks nothing
    next->click();
    QCOMPARE(panel->lesson()->id, QStringLiteral("rds-multi-az"));
    QCOMPARE(panel->currentStep(), 0);
}

void TestLessonPanel::classProgressLive()
{
    QTemporaryDir dir;
    saveAfter(QStringLiteral("vpc-network"), 2, dir.filePath(QStringLiteral("aiko.kumo")));
    saveAfter(QStringLiteral("vpc-network"), 7, dir.filePath(QStringLiteral("ben.kumo")));
    ClassProgressDialog dialog{QString()};
    dialog.setFolder(dir.path());
    QCOMPARE(dialog.lesson(), QStringLiteral("vpc-network")); // the lesson the designs name
    QTableWidget *learners = dialog.learnersTable();
    QCOMPARE(learners->rowCount(), 2);
    QCOMPARE(learners->item(0, 0)->text(), QStringLiteral("aiko.kumo"));
    QCOMPARE(learners->item(0, 1)->text(), QStringLiteral("2 / 7"));
    QCOMPARE(learners->item(1, 1)->text(), QStringLiteral("7 / 7"));
    QCOMPARE(dialog.stepsTable()->item(0, 1)->text(), QStringLiteral("2 / 2"));
    QCOMPARE(dialog.stepsTable()->item(2, 1)->text(), QStringLiteral("1 / 2"));
    // a learner saves, another joins with a broken file: the table follows
    saveAfter(QStringLiteral("vpc-network"), 4, dir.filePath(QStringLiteral("aiko.kumo")));
    QFile broken(dir.filePath(QStringLiteral("chika.kumo")));
    QVERIFY(broken.open(QIODevice::WriteOnly));
    broken.write("{");
    broken.close();
    QTRY_COMPARE_WITH_TIMEOUT(learners->rowCount(), 3, 5000);
    QTRY_COMPARE_WITH_TIMEOUT(learners->item(0, 1)->text(), QStringLiteral("4 / 7"), 5000);
    QVERIFY(learners->item(2, 3)->text().contains(QStringLiteral("chika.kumo")));
    // a learner's design is a double-click away
    QSignalSpy chosen(&dialog, &ClassProgressDialog::designChosen);
    emit learners->cellActivated(1, 0);
    QCOMPARE(chosen.count(), 1);
    QCOMPARE(chosen.at(0).at(0).toString(), dir.filePath(QStringLiteral("ben.kumo")));
}

KUMO_TEST_MAIN(TestLessonPanel)
#include "tst_lessonpanel.moc"
