// Every input and every output of the command line (issue 27), run as a user and a hostile tester
// would: every export into a named pipe and to standard output (`-o -`), byte for byte what it
// writes into a file; every writer onto /dev/full, a nearly full disk, a read-only file and a
// folder that does not exist (exit 2, the file named, the previous file whole, no debris);
// every reader on /dev/zero, on standard input fed from /dev/zero and on a file one byte over its
// limit (refused quickly with the place named); money bounded (--rate, --usage quantities) and
// port 0 refused.
#include "support/testregistry.h"
#include "designlimits.h"
#include "inputfile.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QtTest>

#include <cmath>
#include <csignal>
#include <fcntl.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <thread>
#include <unistd.h>

using namespace kumo;

namespace {

const QString kDesign = QStringLiteral(KUMO_TEMPLATES "/three-tier.kumo");
const QString kCostDesign = QStringLiteral(KUMO_TEST_DATA "/cost/usage-in-design.kumo");
const QString kState = QStringLiteral(KUMO_TEST_DATA "/import/network.tfstate");
const QString kLesson = QStringLiteral("web-server");
const QString kOut = QStringLiteral("OUT"); // replaced by the output of each case

struct Run
{
    int exitCode = -1;
    bool crashed = false;
    QByteArray out;
    QString err;
    qint64 ms = 0;
};

struct Setup
{
    QString stdinFile;
    QString stdoutFile;
    rlim_t fileSizeLimit = 0; ///< 0: none
};

Run runKumo(const QStringList &arguments, const Setup &setup = {})
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("DISPLAY"));
    env.remove(QStringLiteral("QT_QPA_PLATFORM"));
    process.setProcessEnvironment(env);
    if (!setup.stdinFile.isEmpty())
        process.setStandardInputFile(setup.stdinFile);
    if (!setup.stdoutFile.isEmpty())
        process.setStandardOutputFile(setup.stdoutFile);
    if (setup.fileSizeLimit > 0) {
        const rlim_t limit = setup.fileSizeLimit;
        // a nearly full disk: writes past the limit fail (EFBIG) instead of killing the process
        process.setChildProcessModifier([limit] {
            std::signal(SIGXFSZ, SIG_IGN);
            rlimit r{limit, limit};
            setrlimit(RLIMIT_FSIZE, &r);
        });
    }
    QElapsedTimer timer;
    timer.start();
    process.start(QStringLiteral(KUMO_EXECUTABLE), arguments);
    if (!process.waitForFinished(120000)) {
        process.kill();
        process.waitForFinished();
        return {-1, true, {}, QStringLiteral("kumo did not finish within 120 s: ") + arguments.join(QLatin1Char(' ')), timer.elapsed()};
    }
    return {process.exitCode(), process.exitStatus() == QProcess::CrashExit, process.readAllStandardOutput(),
            QString::fromUtf8(process.readAllStandardError()), timer.elapsed()};
}

QStringList withOutput(QStringList arguments, const QString &out)
{
    arguments.replaceInStrings(QRegularExpression(QStringLiteral("^OUT$")), out);
    return arguments;
}

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

/// Two outputs of one command are the same bytes; PDFs carry the moment they were made and
/// order their font subsets differently each time: both are then whole PDFs of about one size.
bool same(const QByteArray &a, const QByteArray &b)
{
    if (!b.startsWith("%PDF-"))
        return a == b;
    return a.startsWith("%PDF-") && a.trimmed().endsWith("%%EOF") && b.trimmed().endsWith("%%EOF")
           && std::abs(a.size() - b.size()) <= b.size() / 50;
}

bool isCharacterDevice(const QString &path)
{
    struct stat st {};
    return ::stat(QFile::encodeName(path).constData(), &st) == 0 && S_ISCHR(st.st_mode);
}

bool isFifo(const QString &path)
{
    struct stat st {};
    return ::lstat(QFile::encodeName(path).constData(), &st) == 0 && S_ISFIFO(st.st_mode);
}

/// Every subcommand that writes, with OUT where its output goes.
void addWriters()
{
    QTest::addColumn<QStringList>("arguments");
    const QList<std::pair<const char *, QStringList>> writers = {
        {"export svg", {QStringLiteral("export"), QStringLiteral("svg"), kDesign, QStringLiteral("-o"), kOut}},
        {"export png", {QStringLiteral("export"), QStringLiteral("png"), kDesign, QStringLiteral("--scale"), QStringLiteral("1"), QStringLiteral("-o"), kOut}},
        {"export pdf", {QStringLiteral("export"), QStringLiteral("pdf"), kDesign, QStringLiteral("-o"), kOut}},
        {"export drawio", {QStringLiteral("export"), QStringLiteral("drawio"), kDesign, QStringLiteral("-o"), kOut}},
        {"export layout", {QStringLiteral("export"), QStringLiteral("layout"), kDesign, QStringLiteral("-o"), kOut}},
        {"validate text", {QStringLiteral("validate"), kDesign, QStringLiteral("-o"), kOut}},
        {"validate json", {QStringLiteral("validate"), kDesign, QStringLiteral("--format"), QStringLiteral("json"), QStringLiteral("-o"), kOut}},
        {"validate sarif", {QStringLiteral("validate"), kDesign, QStringLiteral("--format"), QStringLiteral("sarif"), QStringLiteral("-o"), kOut}},
        {"cost text", {QStringLiteral("cost"), kDesign, QStringLiteral("-o"), kOut}},
        {"cost json", {QStringLiteral("cost"), kDesign, QStringLiteral("--format"), QStringLiteral("json"), QStringLiteral("-o"), kOut}},
        {"cost csv", {QStringLiteral("cost"), kDesign, QStringLiteral("--format"), QStringLiteral("csv"), QStringLiteral("-o"), kOut}},
        {"exposure text", {QStringLiteral("exposure"), kDesign, QStringLiteral("-o"), kOut}},
        {"exposure json", {QStringLiteral("exposure"), kDesign, QStringLiteral("--format"), QStringLiteral("json"), QStringLiteral("-o"), kOut}},
        {"lesson handout", {QStringLiteral("lesson"), QStringLiteral("handout"), kLesson, QStringLiteral("-o"), kOut}},
        {"lesson solution", {QStringLiteral("lesson"), QStringLiteral("solution"), kLesson, QStringLiteral("-o"), kOut}},
        {"new", {QStringLiteral("new"), QStringLiteral("--template"), QStringLiteral("web-server"), QStringLiteral("--force"), QStringLiteral("-o"), kOut}},
        {"import terraform", {QStringLiteral("import"), QStringLiteral("terraform"), kState, QStringLiteral("--force"), QStringLiteral("-o"), kOut}},
    };
    for (const auto &[name, arguments] : writers)
        QTest::newRow(name) << arguments;
}

} // namespace

class TestInputOutput : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY(isCharacterDevice(QStringLiteral("/dev/full")));
    }

    void pipesAndStandardOutputGetWhatAFileGets_data() { addWriters(); }
    void pipesAndStandardOutputGetWhatAFileGets()
    {
        QFETCH(QStringList, arguments);
        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("out"));
        const Run toFile = runKumo(withOutput(arguments, file));
        QVERIFY2(toFile.exitCode == 0, qPrintable(toFile.err));
        const QByteArray expected = readAll(file);
        QVERIFY(expected.size() > 100);

        // -o -: standard output, and nothing else on it
        const Run toStdout = runKumo(withOutput(arguments, QStringLiteral("-")));
        QVERIFY2(toStdout.exitCode == 0, qPrintable(toStdout.err));
        QVERIFY2(same(toStdout.out, expected), qPrintable(QStringLiteral("%1 bytes on standard output, %2 in the file").arg(toStdout.out.size()).arg(expected.size())));
        QVERIFY(!QFile::exists(QStringLiteral("-")));

        // a named pipe is written into, and stays a pipe
        const QString fifo = dir.filePath(QStringLiteral("pipe"));
        QCOMPARE(::mkfifo(QFile::encodeName(fifo).constData(), 0600), 0);
        QByteArray received;
        std::thread reader([&] {
            QFile in(fifo);
            if (in.open(QIODevice::ReadOnly))
                received = in.readAll();
        });
        const Run toFifo = runKumo(withOutput(arguments, fifo));
        // a reader still waiting (kumo never opened the pipe) is let go
        const int unblock = ::open(QFile::encodeName(fifo).constData(), O_WRONLY | O_NONBLOCK);
        if (unblock >= 0)
            ::close(unblock);
        reader.join();
        QVERIFY2(toFifo.exitCode == 0, qPrintable(toFifo.err));
        QVERIFY2(same(received, expected), qPrintable(QStringLiteral("%1 bytes through the pipe, %2 in the file").arg(received.size()).arg(expected.size())));
        QVERIFY(isFifo(fifo));
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::System | QDir::Hidden), (QStringList{QStringLiteral("out"), QStringLiteral("pipe")}));
    }

    void fullDeviceIsAFailure_data() { addWriters(); }
    void fullDeviceIsAFailure()
    {
        QFETCH(QStringList, arguments);
        const Run run = runKumo(withOutput(arguments, QStringLiteral("/dev/full")));
        QVERIFY2(!run.crashed, qPrintable(run.err));
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains(QStringLiteral("cannot write /dev/full: No space left on device")), qPrintable(run.err));
        QVERIFY(isCharacterDevice(QStringLiteral("/dev/full"))); // never replaced by a file

        // standard output on a full device
        Setup full;
        full.stdoutFile = QStringLiteral("/dev/full");
        const Run toStdout = runKumo(withOutput(arguments, QStringLiteral("-")), full);
        QCOMPARE(toStdout.exitCode, 2);
        QVERIFY2(toStdout.err.contains(QStringLiteral("cannot write standard output: No space left on device")), qPrintable(toStdout.err));
    }

    void standardOutputOfEveryPrintingCommandIsChecked_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::newRow("validate") << QStringList{QStringLiteral("validate"), kDesign};
        QTest::newRow("cost") << QStringList{QStringLiteral("cost"), kDesign};
        QTest::newRow("exposure") << QStringList{QStringLiteral("exposure"), kDesign};
        QTest::newRow("kinds") << QStringList{QStringLiteral("kinds"), QStringLiteral("--format"), QStringLiteral("json")};
        QTest::newRow("templates") << QStringList{QStringLiteral("templates")};
        QTest::newRow("lessons") << QStringList{QStringLiteral("lessons")};
        QTest::newRow("lesson check") << QStringList{QStringLiteral("lesson"), QStringLiteral("check"), kLesson, kDesign};
        QTest::newRow("--help") << QStringList{QStringLiteral("--help")};
    }
    void standardOutputOfEveryPrintingCommandIsChecked()
    {
        QFETCH(QStringList, arguments);
        Setup full;
        full.stdoutFile = QStringLiteral("/dev/full");
        const Run run = runKumo(arguments, full);
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains(QStringLiteral("cannot write standard output: No space left on device")), qPrintable(run.err));
    }

    void failedWritesKeepThePreviousFile_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("failure");
        QTest::addColumn<QString>("name");
        const QStringList failures = {QStringLiteral("full disk"), QStringLiteral("read-only file"), QStringLiteral("vanished folder")};
        const QList<std::pair<const char *, QStringList>> writers = {
            {"export svg", {QStringLiteral("export"), QStringLiteral("svg"), kDesign, QStringLiteral("-o"), kOut}},
            {"export png", {QStringLiteral("export"), QStringLiteral("png"), kDesign, QStringLiteral("--scale"), QStringLiteral("1"), QStringLiteral("-o"), kOut}},
            {"export pdf", {QStringLiteral("export"), QStringLiteral("pdf"), kDesign, QStringLiteral("-o"), kOut}},
            {"export drawio", {QStringLiteral("export"), QStringLiteral("drawio"), kDesign, QStringLiteral("-o"), kOut}},
            {"export layout", {QStringLiteral("export"), QStringLiteral("layout"), kDesign, QStringLiteral("-o"), kOut}},
            {"validate sarif", {QStringLiteral("validate"), kDesign, QStringLiteral("--format"), QStringLiteral("sarif"), QStringLiteral("-o"), kOut}},
            {"cost csv", {QStringLiteral("cost"), kDesign, QStringLiteral("--format"), QStringLiteral("csv"), QStringLiteral("-o"), kOut}},
            {"exposure json", {QStringLiteral("exposure"), kDesign, QStringLiteral("--format"), QStringLiteral("json"), QStringLiteral("-o"), kOut}},
            {"lesson handout", {QStringLiteral("lesson"), QStringLiteral("handout"), kLesson, QStringLiteral("-o"), kOut}},
            {"lesson solution", {QStringLiteral("lesson"), QStringLiteral("solution"), kLesson, QStringLiteral("-o"), kOut}},
            {"new", {QStringLiteral("new"), QStringLiteral("--template"), QStringLiteral("web-server"), QStringLiteral("--force"), QStringLiteral("-o"), kOut}},
            {"import terraform", {QStringLiteral("import"), QStringLiteral("terraform"), kState, QStringLiteral("--force"), QStringLiteral("-o"), kOut}},
            {"import --report", {QStringLiteral("import"), QStringLiteral("terraform"), kState, QStringLiteral("--force"), QStringLiteral("-o"),
                                 QStringLiteral("/dev/null"), QStringLiteral("--report"), kOut}},
            {"export terraform", {QStringLiteral("export"), QStringLiteral("terraform"), kDesign, QStringLiteral("-o"), kOut}},
        };
        for (const QString &failure : failures) {
            for (const auto &[name, arguments] : writers) {
                if (qstrcmp(name, "export terraform") == 0 && failure == QStringLiteral("vanished folder"))
                    continue; // -o DIR is created when missing
                QTest::newRow(qPrintable(QStringLiteral("%1, %2").arg(QLatin1String(name), failure))) << arguments << failure << QString::fromLatin1(name);
            }
        }
    }
    void failedWritesKeepThePreviousFile()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, failure);
        QFETCH(QString, name);
        QTemporaryDir dir;
        const bool folderOutput = name == QStringLiteral("export terraform"); // writes main.tf and others into a folder
        const QString folder = dir.filePath(QStringLiteral("target"));
        QVERIFY(QDir().mkpath(folder));
        const QString previousFile = folderOutput ? folder + QStringLiteral("/versions.tf") : folder + QStringLiteral("/out");
        const QByteArray previous = "the previous version\n";
        {
            QFile file(previousFile);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write(previous);
        }
        QString out = folderOutput ? folder : previousFile;
        Setup setup;
        if (failure == QStringLiteral("full disk")) {
            setup.fileSizeLimit = 64; // every output here is larger
        } else if (failure == QStringLiteral("read-only file")) {
            QVERIFY(QFile::setPermissions(previousFile, QFileDevice::ReadOwner | QFileDevice::ReadGroup | QFileDevice::ReadOther));
        } else {
            out = dir.filePath(QStringLiteral("gone/out"));
        }
        const Run run = runKumo(withOutput(arguments, out), setup);
        QVERIFY2(!run.crashed, qPrintable(run.err));
        QCOMPARE(run.exitCode, 2);
        qInfo("%s", qPrintable(run.err.trimmed().split(QLatin1Char('\n')).last()));
        // a Terraform export fails at its first file (the full disk) or at the protected one
        const QString named = folderOutput && failure == QStringLiteral("full disk") ? folder + QStringLiteral("/")
                              : folderOutput                                        ? previousFile
                                                                                    : out;
        QVERIFY2(run.err.contains(QStringLiteral("cannot write ") + named + (named.endsWith(QLatin1Char('/')) ? QString() : QStringLiteral(": "))), qPrintable(run.err));
        if (failure == QStringLiteral("read-only file"))
            QVERIFY2(run.err.contains(QStringLiteral("read-only")), qPrintable(run.err));
        if (failure == QStringLiteral("full disk"))
            QVERIFY2(run.err.contains(QStringLiteral("File too large")), qPrintable(run.err));
        QCOMPARE(readAll(previousFile), previous);
        const QStringList left = QDir(folder).entryList(QDir::Files | QDir::Hidden | QDir::System);
        if (folderOutput) { // the files before the failing one are complete and new; no temporary file is left
            for (const QString &file : left)
                QVERIFY2(QRegularExpression(QStringLiteral("^[a-z0-9_]+\\.tf$")).match(file).hasMatch(), qPrintable(file));
        } else {
            QCOMPARE(left, QStringList{QFileInfo(previousFile).fileName()}); // no temporary file, no half-written one
        }
        QVERIFY(!QFileInfo::exists(dir.filePath(QStringLiteral("gone"))));
    }

    void readersAreCapped_data()
    {
        QTest::addColumn<QStringList>("arguments"); // INPUT: the capped input
        QTest::addColumn<qint64>("limit");
        const QString input = QStringLiteral("INPUT");
        QTest::newRow("terraform state") << QStringList{QStringLiteral("import"), QStringLiteral("terraform"), input, QStringLiteral("-o"), QStringLiteral("/dev/null")}
                                         << InputLimits::terraformJsonBytes;
        QTest::newRow("usage file") << QStringList{QStringLiteral("cost"), kCostDesign, QStringLiteral("--usage"), input} << InputLimits::usageFileBytes;
        QTest::newRow("lesson validate") << QStringList{QStringLiteral("lesson"), QStringLiteral("validate"), input} << InputLimits::lessonFileBytes;
        QTest::newRow("design") << QStringList{QStringLiteral("validate"), input} << qint64(DesignLimits::maximumFileBytes);
    }
    void readersAreCapped()
    {
        QFETCH(QStringList, arguments);
        QFETCH(qint64, limit);
        const auto inputIs = [&](const QString &path) {
            QStringList a = arguments;
            a.replaceInStrings(QRegularExpression(QStringLiteral("^INPUT$")), path);
            return a;
        };
        // an endless device
        const Run zero = runKumo(inputIs(QStringLiteral("/dev/zero")));
        QVERIFY2(!zero.crashed, qPrintable(zero.err));
        QCOMPARE(zero.exitCode, 2);
        QVERIFY2(zero.err.contains(QStringLiteral("/dev/zero: ")) && zero.err.contains(QStringLiteral("too large"))
                     && zero.err.contains(QString::number(limit)),
                 qPrintable(zero.err));
        qInfo("/dev/zero refused after %lld ms", zero.ms);

        // standard input from an endless device
        Setup fromZero;
        fromZero.stdinFile = QStringLiteral("/dev/zero");
        const Run stdinZero = runKumo(inputIs(QStringLiteral("-")), fromZero);
        QCOMPARE(stdinZero.exitCode, 2);
        QVERIFY2(stdinZero.err.contains(QStringLiteral("standard input: ")) && stdinZero.err.contains(QStringLiteral("too large")),
                 qPrintable(stdinZero.err));

        // a regular file one byte over the limit (sparse: takes no disk space)
        const QString big = m_dir.filePath(QStringLiteral("big.input"));
        {
            QFile file(big);
            QVERIFY(file.open(QIODevice::WriteOnly));
            QVERIFY(file.resize(limit + 1));
        }
        const Run over = runKumo(inputIs(big));
        QCOMPARE(over.exitCode, 2);
        QVERIFY2(over.err.contains(big + QStringLiteral(": ")) && over.err.contains(QStringLiteral("too large"))
                     && over.err.contains(QString::number(limit + 1)) && over.err.contains(QString::number(limit)),
                 qPrintable(over.err));
        QFile::remove(big);
    }

    void readersTakeStandardInput_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("input");
        QTest::newRow("terraform state") << QStringList{QStringLiteral("import"), QStringLiteral("terraform"), QStringLiteral("-"), QStringLiteral("-o"), QStringLiteral("-")} << kState;
        QTest::newRow("design") << QStringList{QStringLiteral("validate"), QStringLiteral("-")} << kDesign;
        QTest::newRow("usage file") << QStringList{QStringLiteral("cost"), kCostDesign, QStringLiteral("--usage"), QStringLiteral("-")}
                                    << QStringLiteral(KUMO_TEST_DATA "/cost/usage-override.json");
    }
    void readersTakeStandardInput()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, input);
        Setup setup;
        setup.stdinFile = input;
        const Run run = runKumo(arguments, setup);
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QVERIFY(run.out.size() > 20);
    }

    void crashInputsAreRefused()
    {
        // found by fuzz_terraformimport: a number beyond a double ended the process
        const QString state = QStringLiteral(KUMO_TEST_DATA "/crashes/number-overflow.tfstate");
        const Run run = runKumo({QStringLiteral("import"), QStringLiteral("terraform"), state, QStringLiteral("-o"), QStringLiteral("/dev/null")});
        QVERIFY2(!run.crashed, qPrintable(run.err));
        QCOMPARE(run.exitCode, 2);
        // '    "values": { "cidr_block": "10.0.0.0/16", "x": ' is 50 characters: the number ends in column 55
        QVERIFY2(run.err.contains(state + QStringLiteral(": 4:")) && run.err.contains(QStringLiteral("number overflow")), qPrintable(run.err));
        const QString usage = QStringLiteral(KUMO_TEST_DATA "/crashes/number-overflow.usage.json");
        const Run cost = runKumo({QStringLiteral("cost"), kCostDesign, QStringLiteral("--usage"), usage});
        QCOMPARE(cost.exitCode, 2);
        QVERIFY2(cost.err.contains(usage + QStringLiteral(": not valid JSON: a number is too large")), qPrintable(cost.err));
    }

    void moneyStaysFiniteAndMeaningful_data()
    {
        QTest::addColumn<QStringList>("options");
        QTest::addColumn<QString>("usage"); // a --usage file's text, or empty
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("message");
        const QStringList jpy = {QStringLiteral("--currency"), QStringLiteral("JPY"), QStringLiteral("--rate")};
        for (const char *rate : {"1e308", "inf", "-inf", "nan", "0", "-150", "0.5", "1000.01", "1e4"})
            QTest::newRow(qPrintable(QStringLiteral("--rate %1").arg(QLatin1String(rate)))) << (jpy + QStringList{QString::fromLatin1(rate)}) << QString() << 2
                                                                                         << QStringLiteral("--rate must be a number of yen per US dollar from 1 to 1000");
        QTest::newRow("--rate 1") << (jpy + QStringList{QStringLiteral("1")}) << QString() << 0 << QString();
        QTest::newRow("--rate 1000") << (jpy + QStringList{QStringLiteral("1000")}) << QString() << 0 << QString();
        for (const char *value : {"1e308", "1e13", "1000000000001", "-1", "1e999"})
            QTest::newRow(qPrintable(QStringLiteral("usage %1").arg(QLatin1String(value))))
                << QStringList{} << QStringLiteral("{ \"nat\": { \"data_processed_gb\": %1 } }").arg(QLatin1String(value)) << 2
                << (qstrcmp(value, "1e999") == 0 ? QStringLiteral("a number is too large") : QStringLiteral("nat.data_processed_gb: expected a number from 0 to 1000000000000"));
        QTest::newRow("usage 1e12, yen at 1000") << (jpy + QStringList{QStringLiteral("1000")}) << QStringLiteral("{ \"nat\": { \"data_processed_gb\": 1e12 } }") << 0 << QString();
    }
    void moneyStaysFiniteAndMeaningful()
    {
        QFETCH(QStringList, options);
        QFETCH(QString, usage);
        QFETCH(int, exitCode);
        QFETCH(QString, message);
        QStringList arguments = QStringList{QStringLiteral("cost"), kCostDesign, QStringLiteral("--format"), QStringLiteral("json")} + options;
        QString usageFile;
        if (!usage.isEmpty()) {
            usageFile = m_dir.filePath(QStringLiteral("usage.json"));
            QFile file(usageFile);
            QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
            file.write(usage.toUtf8());
            arguments << QStringLiteral("--usage") << usageFile;
        }
        const Run run = runKumo(arguments);
        QCOMPARE(run.exitCode, exitCode);
        if (exitCode != 0) {
            QVERIFY2(run.err.contains(message), qPrintable(run.err));
            if (!usageFile.isEmpty())
                QVERIFY2(run.err.contains(usageFile + QStringLiteral(": ")), qPrintable(run.err));
            return;
        }
        const QJsonObject report = QJsonDocument::fromJson(run.out).object();
        const double total = report.value(QStringLiteral("total_monthly")).toDouble(-1);
        QVERIFY2(std::isfinite(total) && total > 0, run.out.constData());
        if (!usage.isEmpty()) // 1e12 GB through a NAT gateway at $0.062 per GB, 1000 yen per dollar
            QVERIFY2(total > 0.062e12 * 1000 && total < 0.07e12 * 1000, run.out.constData());
        QVERIFY(!run.out.contains("inf") && !run.out.contains("nan"));
    }

    void portZeroIsRefused_data()
    {
        QTest::addColumn<QString>("port");
        QTest::addColumn<int>("exitCode");
        QTest::newRow("0") << QStringLiteral("0") << 2;
        QTest::newRow("65536") << QStringLiteral("65536") << 2;
        QTest::newRow("-1") << QStringLiteral("-1") << 2;
        QTest::newRow("1") << QStringLiteral("1") << 0;
        QTest::newRow("443") << QStringLiteral("443") << 0;
        QTest::newRow("65535") << QStringLiteral("65535") << 0;
    }
    void portZeroIsRefused()
    {
        QFETCH(QString, port);
        QFETCH(int, exitCode);
        const Run run = runKumo({QStringLiteral("exposure"), kDesign, QStringLiteral("--port"), port});
        QCOMPARE(run.exitCode, exitCode);
        if (exitCode != 0)
            QVERIFY2(run.err.contains(QStringLiteral("--port must be a number from 1 to 65535, not '%1'").arg(port)), qPrintable(run.err));
    }

    void binaryOutputIsNotWrittenToATerminal()
    {
        // the test has no terminal of its own; /dev/ptmx gives one only when pseudo-terminals exist
        const int master = ::posix_openpt(O_RDWR | O_NOCTTY);
        if (master < 0 || ::grantpt(master) != 0 || ::unlockpt(master) != 0)
            QSKIP("no pseudo-terminal here");
        const QString terminal = QString::fromLocal8Bit(::ptsname(master));
        Setup setup;
        setup.stdoutFile = terminal;
        const Run run = runKumo({QStringLiteral("export"), QStringLiteral("png"), kDesign, QStringLiteral("-o"), QStringLiteral("-")}, setup);
        ::close(master);
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains(QStringLiteral("not writing a PNG image to a terminal")), qPrintable(run.err));
    }

private:
    QTemporaryDir m_dir;
};

KUMO_TEST_GUILESS_MAIN(TestInputOutput)
#include "tst_inputoutput.moc"
