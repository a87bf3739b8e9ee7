// No lost work: an editor killed with SIGKILL loses at most the autosave interval and offers the
// edits on the next start; a save interrupted half-way leaves the previous file intact; saving
// into a read-only folder, onto a directory or onto a full disk says why and keeps the design
// open and modified; files Kumo cannot read (newer version, damaged) are refused untouched.
//
// The editor and the interrupted saver run as real child processes: this executable started
// again with --editor-child or --save-loop (the same MainWindow and save code as app/kumo).
#include "autosave.h"
#include "changepropertycommand.h"
#include "designlock.h"
#include "designfile.h"
#include "designjson.h"
#include "document.h"
#include "mainwindow.h"
#include "support/designgenerator.h"
#include "support/testregistry.h"

#include <QAbstractButton>
#include <QApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QMessageBox>
#include <QProcess>
#include <QTemporaryDir>
#include <QTimer>
#include <QtTest>

#include <csignal>
#include <cstdio>
#include <fcntl.h>
#include <linux/fs.h>
#include <sys/ioctl.h>
#include <sys/resource.h>
#include <unistd.h>

using namespace kumo;

namespace {

const QString editedName = QStringLiteral("renamed before the crash");
const QString kTestName = QStringLiteral("tst_nolostwork"); // kumo_tests runs the children under this name
constexpr int autosaveIntervalMs = 20000; // MainWindow's interval (README: "What Kumo guarantees")

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

/// Answers the next message box with @p button, keeping its text in @p text.
void answerNextMessageBox(QMessageBox::StandardButton button, QString *text)
{
    auto *timer = new QTimer;
    timer->setInterval(20);
    QObject::connect(timer, &QTimer::timeout, [timer, button, text] {
        auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
        if (!box)
            return;
        if (text)
            *text = box->text();
        timer->stop();
        timer->deleteLater();
        box->button(button)->click();
    });
    timer->start();
}

/// The editor as app/kumo runs it: opens FILE, makes two edits a user would make through the
/// property panel, says so on stdout and keeps running until killed.
int editorChild(int argc, char **argv)
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("Kumo"));
    QApplication::setOrganizationName(QStringLiteral("Kumo"));
    MainWindow window;
    window.show();
    if (!window.openFile(QString::fromLocal8Bit(argv[2])))
        return 3;
    Document *document = window.document();
    document->undoStack()->push(new RenameComponentCommand(document, QStringLiteral("vpc"), editedName));
    document->undoStack()->push(new ChangePropertyCommand(document, QStringLiteral("vpc"), QStringLiteral("enable_dns_hostnames"), false));
    std::printf("edited\n");
    std::fflush(stdout);
    return app.exec();
}

/// Saves two different designs over FILE, one after the other, until killed.
int saveLoop(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QString path = QString::fromLocal8Bit(argv[2]);
    const QByteArray versions[2] = {DesignJson::write(testing::generateDesign(3000, 1)), DesignJson::write(testing::generateDesign(3000, 2))};
    std::printf("saving\n");
    std::fflush(stdout);
    for (int i = 0;; ++i) {
        if (!DesignFile::writeAtomically(path, versions[i % 2]))
            return 3;
        std::printf("saved\n");
        std::fflush(stdout);
    }
}

/// Makes a folder read-only even for root (chmod alone does not stop root): the immutable flag.
class ReadOnlyFolder
{
public:
    explicit ReadOnlyFolder(const QString &path)
        : m_path(path)
    {
        QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::ExeOwner);
        if (geteuid() == 0)
            m_immutable = setImmutable(true);
    }
    ~ReadOnlyFolder()
    {
        if (m_immutable)
            setImmutable(false);
        QFile::setPermissions(m_path, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    }
    /// False when running as root on a file system without the immutable flag.
    bool isReadOnly() const { return geteuid() != 0 || m_immutable; }

private:
    bool setImmutable(bool on)
    {
        const int fd = ::open(QFile::encodeName(m_path).constData(), O_RDONLY | O_DIRECTORY);
        if (fd < 0)
            return false;
        int flags = 0;
        bool ok = ::ioctl(fd, FS_IOC_GETFLAGS, &flags) == 0;
        flags = on ? (flags | FS_IMMUTABLE_FL) : (flags & ~FS_IMMUTABLE_FL);
        ok = ok && ::ioctl(fd, FS_IOC_SETFLAGS, &flags) == 0;
        ::close(fd);
        return ok;
    }
    QString m_path;
    bool m_immutable = false;
};

/// Lets files grow to at most @p bytes, as a nearly full disk would (writes beyond fail).
class FileSizeLimit
{
public:
    explicit FileSizeLimit(rlim_t bytes)
    {
        std::signal(SIGXFSZ, SIG_IGN); // a failed write, not a killed process
        getrlimit(RLIMIT_FSIZE, &m_saved);
        rlimit limit = m_saved;
        limit.rlim_cur = bytes;
        setrlimit(RLIMIT_FSIZE, &limit);
    }
    ~FileSizeLimit() { setrlimit(RLIMIT_FSIZE, &m_saved); }

private:
    rlimit m_saved{};
};

} // namespace

class TestNoLostWork : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void killedEditorOffersItsEdits();
    void twoWindowsKeepTheirAutosavesApart();
    void aSecondWindowSaysTheFileIsOpenElsewhere();
    void interruptedSaveKeepsThePreviousFile();
    void saveFailures_data();
    void saveFailures();
    void unreadableFilesAreRefusedUntouched_data();
    void unreadableFilesAreRefusedUntouched();

private:
    QTemporaryDir m_home;
    QString m_design; ///< a copy of the web-server template
};

void TestNoLostWork::initTestCase()
{
    QApplication::setApplicationName(QStringLiteral("Kumo"));
    QApplication::setOrganizationName(QStringLiteral("Kumo"));
    QVERIFY(m_home.isValid());
    // autosaves, settings and recent files of this test (and its children) stay in m_home
    qputenv("XDG_DATA_HOME", QFile::encodeName(m_home.filePath(QStringLiteral("data"))));
    qputenv("XDG_CONFIG_HOME", QFile::encodeName(m_home.filePath(QStringLiteral("config"))));
    m_design = m_home.filePath(QStringLiteral("shop.kumo"));
    QVERIFY(QFile::copy(QStringLiteral(KUMO_TEMPLATES "/web-server.kumo"), m_design));
    QFile::setPermissions(m_design, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
}

void TestNoLostWork::killedEditorOffersItsEdits()
{
    const QByteArray before = readAll(m_design);
    QVERIFY(!Autosave::findLeftOver());

    QProcess editor;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    editor.setProcessEnvironment(env);
    editor.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    editor.start(QCoreApplication::applicationFilePath(), {kTestName, QStringLiteral("--editor-child"), m_design});
    QVERIFY(editor.waitForStarted());
    QTRY_VERIFY_WITH_TIMEOUT(editor.canReadLine() || editor.state() == QProcess::NotRunning, 60000);
    QCOMPARE(editor.readLine().trimmed(), QByteArray("edited"));
    QElapsedTimer sinceEdit;
    sinceEdit.start();

    // within the autosave interval, the edits are on disk (plus slack for a busy machine)
    const auto autosaved = [] {
        for (const QFileInfo &file : QDir(Autosave::defaultDirectory()).entryInfoList({QStringLiteral("*.kumo")}, QDir::Files)) {
            if (readAll(file.filePath()).contains(editedName.toUtf8()))
                return true;
        }
        return false;
    };
    QTRY_VERIFY_WITH_TIMEOUT(autosaved(), autosaveIntervalMs + 20000);
    qInfo("the edits were autosaved %lld ms after they were made", sinceEdit.elapsed());
    QVERIFY(sinceEdit.elapsed() <= autosaveIntervalMs + 5000);

    // a second window while the editor runs: its autosave is not work left behind, and its file
    // is open elsewhere
    QVERIFY(!Autosave::findLeftOver());
    {
        MainWindow second;
        QVERIFY(!second.offerRecovery()); // no question asked: nothing to recover
        qint64 holder = 0;
        QVERIFY(DesignLock::isHeldElsewhere(m_design, &holder));
        QCOMPARE(holder, editor.processId());
        QString question;
        answerNextMessageBox(QMessageBox::Cancel, &question);
        QVERIFY(!second.openFile(m_design));
        QVERIFY2(question.contains(QStringLiteral("shop.kumo is already open in another Kumo window (process %1)").arg(editor.processId())),
                 qPrintable(question));
        QCOMPARE(second.document()->filePath(), QString());
    }

    editor.kill(); // SIGKILL: no chance to clean up
    QVERIFY(editor.waitForFinished());
    QCOMPARE(editor.exitStatus(), QProcess::CrashExit);
    QCOMPARE(readAll(m_design), before); // unsaved edits never reach the file itself
    QVERIFY(!DesignLock::isHeldElsewhere(m_design)); // a killed editor's mark is stale
    std::optional<Autosave::Recovered> leftOver = Autosave::findLeftOver();
    QVERIFY(leftOver && readAll(leftOver->file).contains(editedName.toUtf8()));
    leftOver.reset(); // let the next window claim it

    // the next start offers the work, as the design it belongs to, unsaved
    MainWindow window;
    QString question;
    answerNextMessageBox(QMessageBox::Yes, &question);
    QVERIFY(window.offerRecovery());
    QVERIFY2(question.contains(QStringLiteral("shop.kumo")), qPrintable(question));
    const Design &recovered = window.document()->design();
    QCOMPARE(recovered.component(QStringLiteral("vpc"))->name, editedName);
    QCOMPARE(recovered.component(QStringLiteral("vpc"))->props.value("enable_dns_hostnames", true), false);
    QCOMPARE(window.document()->filePath(), m_design);
    QVERIFY(window.document()->isModified());
    // and keeps it safe until it is saved (in an autosave of its own, locked while it lives)
    QVERIFY(autosaved());
    QVERIFY(!Autosave::findLeftOver());
    QVERIFY(window.saveTo(m_design));
    QVERIFY(!autosaved());
    QVERIFY(!Autosave::findLeftOver());
    QVERIFY(DesignFile::load(m_design).design->component(QStringLiteral("vpc"))->name == editedName);
}

void TestNoLostWork::twoWindowsKeepTheirAutosavesApart()
{
    QVERIFY(!Autosave::findLeftOver());
    const Design design = *DesignFile::load(m_design).design;
    {
        // two live windows: neither autosave is offered to a third
        Autosave first;
        Autosave second;
        QVERIFY(first.write(design, m_design));
        QVERIFY(second.write(design, QString()));
        QCOMPARE(QDir(Autosave::defaultDirectory()).entryList({QStringLiteral("*.kumo")}, QDir::Files).size(), 2);
        QVERIFY(!Autosave::findLeftOver());
        MainWindow third;
        QVERIFY(!third.offerRecovery());
        first.discard();
        QVERIFY(!Autosave::findLeftOver());
        // the second window goes away without cleaning up (as a crash would): its work is left over,
        // and two windows starting at once cannot both claim it
        QVERIFY(second.write(design, QString()));
    }
    std::optional<Autosave::Recovered> claimed = Autosave::findLeftOver();
    QVERIFY(claimed);
    QVERIFY(claimed->originalPath.isEmpty());
    QVERIFY(!Autosave::findLeftOver()); // claimed by the first
    QFile::remove(claimed->file);
    QFile::remove(claimed->file + QStringLiteral(".path"));
    claimed.reset();
    QVERIFY(!Autosave::findLeftOver());
}

void TestNoLostWork::aSecondWindowSaysTheFileIsOpenElsewhere()
{
    MainWindow first;
    QVERIFY(first.openFile(m_design));
    QVERIFY(DesignLock::isHeldElsewhere(m_design));
    {
        MainWindow second;
        QString question;
        answerNextMessageBox(QMessageBox::Cancel, &question);
        QVERIFY(!second.openFile(m_design));
        QVERIFY2(question.contains(QStringLiteral("shop.kumo is already open in another window")), qPrintable(question));
        QCOMPARE(second.document()->filePath(), QString());
        // the same file by another spelling is the same file
        const QString otherSpelling = QFileInfo(m_design).absolutePath() + QStringLiteral("/./") + QFileInfo(m_design).fileName();
        answerNextMessageBox(QMessageBox::Cancel, &question);
        QVERIFY(!second.openFile(otherSpelling));
        // the user may still open it
        answerNextMessageBox(QMessageBox::Open, &question);
        QVERIFY(second.openFile(m_design));
        QCOMPARE(second.document()->filePath(), m_design);
    }
    // a window that closes lets the file go
    QVERIFY(first.close());
    QVERIFY(!DesignLock::isHeldElsewhere(m_design));
    MainWindow next;
    QVERIFY(next.openFile(m_design)); // no question: a question unanswered would block here
    // saving under another name moves the mark
    QTemporaryDir dir;
    const QString copy = dir.filePath(QStringLiteral("copy.kumo"));
    QVERIFY(next.saveTo(copy));
    QVERIFY(DesignLock::isHeldElsewhere(copy));
    QVERIFY(!DesignLock::isHeldElsewhere(m_design));
}

void TestNoLostWork::interruptedSaveKeepsThePreviousFile()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("big.kumo"));
    const QByteArray versions[2] = {DesignJson::write(testing::generateDesign(3000, 1)), DesignJson::write(testing::generateDesign(3000, 2))};
    QVERIFY(versions[0] != versions[1]);
    QVERIFY(DesignFile::writeAtomically(path, versions[0]));
    int saves = 0;
    for (int round = 0; round < 6; ++round) {
        QProcess saver;
        saver.start(QCoreApplication::applicationFilePath(), {kTestName, QStringLiteral("--save-loop"), path});
        QTRY_VERIFY_WITH_TIMEOUT(saver.canReadLine() || saver.state() == QProcess::NotRunning, 60000);
        QCOMPARE(saver.readLine().trimmed(), QByteArray("saving"));
        // kill it while it writes: saving is all it does, one save after the other
        QTRY_VERIFY_WITH_TIMEOUT(saver.canReadLine() || saver.state() == QProcess::NotRunning, 60000);
        QTest::qWait(7 * round);
        saver.kill();
        QVERIFY(saver.waitForFinished());
        QCOMPARE(saver.exitStatus(), QProcess::CrashExit);
        saves += int(saver.readAllStandardOutput().count("saved\n")) + 1;
        // the file is one complete version, never a mix or a cut-off
        const QByteArray now = readAll(path);
        QVERIFY2(now == versions[0] || now == versions[1], qPrintable(QStringLiteral("%1 bytes").arg(now.size())));
        QVERIFY(DesignFile::load(path).ok());
        // a save killed between writing and renaming may leave its finished temporary copy
        // beside the design, never in its place
        for (const QString &name : QDir(dir.path()).entryList(QDir::Files | QDir::Hidden))
            QVERIFY2(name == QStringLiteral("big.kumo") || name.startsWith(QStringLiteral("big.kumo.")), qPrintable(name));
    }
    qInfo("6 savers killed after %d complete saves in all", saves);
}

void TestNoLostWork::saveFailures_data()
{
    QTest::addColumn<QString>("failure");
    QTest::newRow("read-only folder") << QStringLiteral("read-only");
    QTest::newRow("a directory's path") << QStringLiteral("directory");
    QTest::newRow("full disk") << QStringLiteral("full");
}

void TestNoLostWork::saveFailures()
{
    QFETCH(QString, failure);
    QTemporaryDir dir;
    const QString folder = dir.filePath(QStringLiteral("folder"));
    QVERIFY(QDir().mkpath(folder));
    QString target = folder + QStringLiteral("/design.kumo");
    const QByteArray previous = readAll(QStringLiteral(KUMO_TEMPLATES "/three-tier.kumo"));
    QVERIFY(DesignFile::writeAtomically(target, previous));

    MainWindow window;
    QVERIFY(window.openFile(m_design));
    Document *document = window.document();
    document->undoStack()->push(new RenameComponentCommand(document, QStringLiteral("vpc"), QStringLiteral("unsaved")));
    QVERIFY(document->isModified());

    std::unique_ptr<ReadOnlyFolder> readOnly;
    std::unique_ptr<FileSizeLimit> fullDisk;
    if (failure == QStringLiteral("read-only")) {
        readOnly = std::make_unique<ReadOnlyFolder>(folder);
        if (!readOnly->isReadOnly())
            target = QStringLiteral("/sys/design.kumo"); // read-only for root too
    } else if (failure == QStringLiteral("directory")) {
        target = folder;
    } else {
        fullDisk = std::make_unique<FileSizeLimit>(1024);
    }
    QString message;
    answerNextMessageBox(QMessageBox::Ok, &message);
    QVERIFY(!window.saveTo(target));
    fullDisk.reset();
    readOnly.reset();

    qInfo("%s", qPrintable(message));
    QVERIFY2(message.contains(target), qPrintable(message)); // says which file
    QVERIFY2(message.size() > target.size() + 15, qPrintable(message)); // and why
    QVERIFY(document->isModified());
    QCOMPARE(document->filePath(), m_design);
    QCOMPARE(document->design().component(QStringLiteral("vpc"))->name, QStringLiteral("unsaved"));
    if (failure != QStringLiteral("directory"))
        QCOMPARE(readAll(folder + QStringLiteral("/design.kumo")), previous);
    QVERIFY(QFileInfo(folder).isDir());
    QCOMPARE(QDir(folder).entryList(QDir::Files), QStringList{QStringLiteral("design.kumo")}); // no debris
}

void TestNoLostWork::unreadableFilesAreRefusedUntouched_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("place");
    QTest::addColumn<QString>("reason");
    QTest::newRow("newer version") << QStringLiteral(KUMO_TEST_DATA "/bad/newer-version.kumo") << QString() << QStringLiteral("newer");
    QTest::newRow("number too large") << QStringLiteral(KUMO_TEST_DATA "/crashes/number-overflow.kumo") << QStringLiteral(":4:12:")
                                      << QStringLiteral("-1e999");
}

void TestNoLostWork::unreadableFilesAreRefusedUntouched()
{
    QFETCH(QString, file);
    QFETCH(QString, place);
    QFETCH(QString, reason);
    QTemporaryDir dir;
    const QString path = dir.filePath(QFileInfo(file).fileName());
    QVERIFY(QFile::copy(file, path));
    const QByteArray bytes = readAll(path);
    const QDateTime modified = QFileInfo(path).lastModified();

    MainWindow window;
    QVERIFY(window.openFile(m_design));
    Document *document = window.document();
    document->undoStack()->push(new RenameComponentCommand(document, QStringLiteral("vpc"), QStringLiteral("unsaved")));
    QString message;
    answerNextMessageBox(QMessageBox::Ok, &message);
    QVERIFY(!window.openFile(path));
    QVERIFY2(message.contains(QFileInfo(path).fileName() + place) && message.contains(reason), qPrintable(message));
    // the window keeps the design it had, unsaved
    QCOMPARE(document->filePath(), m_design);
    QVERIFY(document->isModified());
    QCOMPARE(document->design().component(QStringLiteral("vpc"))->name, QStringLiteral("unsaved"));
    // and the refused file is not touched
    QCOMPARE(readAll(path), bytes);
    QCOMPARE(QFileInfo(path).lastModified(), modified);
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden), QStringList{QFileInfo(path).fileName()});
}

/// The children this test starts; -1 when the arguments name none (then the test itself runs).
int childMain(int argc, char **argv)
{
    if (argc >= 3 && qstrcmp(argv[1], "--editor-child") == 0)
        return editorChild(argc, argv);
    if (argc >= 3 && qstrcmp(argv[1], "--save-loop") == 0)
        return saveLoop(argc, argv);
    return -1;
}

KUMO_TEST_MAIN_WITH_CHILD(TestNoLostWork, childMain)

#include "tst_nolostwork.moc"
