// The Lesson panel: the checklist follows the design, "Show me" is one undo step, and a design
// built differently from the reference is replaced by the reference after the step (also undoable).
#include "designfile.h"
#include "document.h"
#include "lessonpanel.h"
#include "lessonpresenter.h"
#include "lessons/lessonlibrary.h"
#include "lessons/lessonsolution.h"
#include "language.h"
#include "mainwindow.h"

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

QTEST_MAIN(TestLessonPanel)
#include "tst_lessonpanel.moc"
