// Files that once crashed `kumo validate` and every export (a number too large for a double,
// 200,000 levels of nesting in a property kept for round trips) are refused by every subcommand
// with exit code 2 and a message naming the file, line and column.
#include "support/testregistry.h"
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

namespace {

struct Run
{
    int exitCode = -1;
    bool crashed = false;
    QString err;
};

Run kumo(const QStringList &arguments)
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("DISPLAY"));
    env.remove(QStringLiteral("QT_QPA_PLATFORM"));
    process.setProcessEnvironment(env);
    process.start(QStringLiteral(KUMO_EXECUTABLE), arguments);
    if (!process.waitForFinished(120000))
        qFatal("kumo did not finish");
    return {process.exitCode(), process.exitStatus() == QProcess::CrashExit, QString::fromUtf8(process.readAllStandardError())};
}

} // namespace

class TestCliRefusals : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        // the exact input of the report: "x-future": [[[[...]]]] with 200,000 levels
        QFile deep(m_dir.filePath(QStringLiteral("deep.kumo")));
        QVERIFY(deep.open(QIODevice::WriteOnly));
        deep.write("{\n  \"format\": \"kumo-design\",\n  \"version\": 1,\n  \"x-future\": ");
        deep.write(QByteArray(200000, '[') + QByteArray(200000, ']'));
        deep.write(",\n  \"components\": []\n}\n");
    }

    void refusedEverywhere_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("place");
        QTest::addColumn<QStringList>("subcommand");
        const QString overflow = QStringLiteral(KUMO_TEST_DATA "/crashes/number-overflow.kumo");
        const QString deep = m_dir.filePath(QStringLiteral("deep.kumo"));
        const QString out = m_dir.filePath(QStringLiteral("out"));
        const QList<QStringList> subcommands = {
            {QStringLiteral("validate")},
            {QStringLiteral("validate"), QStringLiteral("--format"), QStringLiteral("json")},
            {QStringLiteral("export"), QStringLiteral("terraform"), QStringLiteral("-o"), out},
            {QStringLiteral("export"), QStringLiteral("svg"), QStringLiteral("-o"), out + QStringLiteral(".svg")},
            {QStringLiteral("export"), QStringLiteral("png"), QStringLiteral("-o"), out + QStringLiteral(".png")},
            {QStringLiteral("export"), QStringLiteral("pdf"), QStringLiteral("-o"), out + QStringLiteral(".pdf")},
        };
        for (const QStringList &s : subcommands) {
            // '  "x-big": ' is 11 characters: the number starts in column 12
            QTest::newRow(qPrintable(QStringLiteral("number overflow, ") + s.mid(0, 2).join(QLatin1Char(' '))))
                << overflow << QStringLiteral(":4:12: ") << s;
            // '  "x-future": ' is 14 characters and the document's brace is level 1: the 64th '['
            // (column 15 + 63) is the 65th level
            QTest::newRow(qPrintable(QStringLiteral("deep nesting, ") + s.mid(0, 2).join(QLatin1Char(' '))))
                << deep << QStringLiteral(":4:78: ") << s;
        }
    }

    void refusedEverywhere()
    {
        QFETCH(QString, file);
        QFETCH(QString, place);
        QFETCH(QStringList, subcommand);
        const qsizetype words = subcommand.first() == QStringLiteral("export") ? 2 : 1; // "export svg", "validate"
        const QStringList arguments = subcommand.mid(0, words) + QStringList{file} + subcommand.mid(words);
        const Run run = kumo(arguments);
        QVERIFY2(!run.crashed, qPrintable(run.err));
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains(file + place), qPrintable(run.err));
        QVERIFY(!QFile::exists(m_dir.filePath(QStringLiteral("out.svg"))));
    }

private:
    QTemporaryDir m_dir;
};

KUMO_TEST_GUILESS_MAIN(TestCliRefusals)
#include "tst_clirefusals.moc"
