// Diagram export through the command line: SVG with real text, PNG at a scale, vector PDF.
#include "designfile.h"

#include <QImage>
#include <QProcess>
#include <QTemporaryDir>
#include <QXmlStreamReader>
#include <QtTest>

using namespace kumo;

namespace {
int runKumo(const QStringList &arguments)
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("DISPLAY"));
    p.setProcessEnvironment(env);
    p.start(QStringLiteral(KUMO_EXECUTABLE), arguments);
    p.waitForFinished(60000);
    return p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
}

QString design(const char *name)
{
    const QString templ = QStringLiteral(KUMO_TEMPLATES "/%1.kumo").arg(QString::fromLatin1(name));
    return QFileInfo::exists(templ) ? templ : QStringLiteral(KUMO_TEST_DATA "/%1.kumo").arg(QString::fromLatin1(name));
}
} // namespace

class TestDiagram : public QObject
{
    Q_OBJECT

private slots:
    void svgKeepsEveryNameAsText_data();
    void svgKeepsEveryNameAsText();
    void pngFollowsTheScale();
    void pdfIsVector();
    void wrongArguments();
    void exportsSpeakTheChosenLanguage();

private:
    QTemporaryDir m_dir;
};

void TestDiagram::svgKeepsEveryNameAsText_data()
{
    QTest::addColumn<QString>("name");
    QTest::newRow("web-server") << "web-server";
    QTest::newRow("japanese and markup characters") << "diagram-names";
}

void TestDiagram::svgKeepsEveryNameAsText()
{
    QFETCH(QString, name);
    const QString out = m_dir.filePath(name + QStringLiteral(".svg"));
    QCOMPARE(runKumo({QStringLiteral("export"), QStringLiteral("svg"), design(qPrintable(name)), QStringLiteral("-o"), out}), 0);
    QFile file(out);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QXmlStreamReader xml(&file);
    QStringList texts;
    bool image = false;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement() && xml.name() == QLatin1String("text"))
            texts << xml.readElementText(QXmlStreamReader::IncludeChildElements).trimmed();
        if (xml.isStartElement() && (xml.name() == QLatin1String("image") || xml.name() == QLatin1String("foreignObject")))
            image = true;
    }
    QVERIFY2(!xml.hasError(), qPrintable(xml.errorString())); // well-formed: every string escaped
    QVERIFY(!image);
    const DesignReadResult loaded = DesignFile::load(design(qPrintable(name)));
    for (const Component *c : loaded.design->components())
        QVERIFY2(texts.contains(c->displayName()), qPrintable(c->displayName()));
}

void TestDiagram::pngFollowsTheScale()
{
    const QString one = m_dir.filePath(QStringLiteral("one.png"));
    const QString three = m_dir.filePath(QStringLiteral("three.png"));
    QCOMPARE(runKumo({QStringLiteral("export"), QStringLiteral("png"), design("web-server"), QStringLiteral("-o"), one, QStringLiteral("--scale"), QStringLiteral("1")}), 0);
    QCOMPARE(runKumo({QStringLiteral("export"), QStringLiteral("png"), design("web-server"), QStringLiteral("-o"), three, QStringLiteral("--scale"), QStringLiteral("3"),
                   QStringLiteral("--transparent")}), 0);
    const QImage a(one);
    const QImage b(three);
    QVERIFY(!a.isNull() && !b.isNull());
    QVERIFY(qAbs(b.width() - 3 * a.width()) <= 2);
    QVERIFY(qAbs(b.height() - 3 * a.height()) <= 2);
    QCOMPARE(a.pixelColor(1, 1), QColor(Qt::white));
    QCOMPARE(b.pixelColor(1, 1).alpha(), 0);
}

void TestDiagram::pdfIsVector()
{
    const QString out = m_dir.filePath(QStringLiteral("d.pdf"));
    QCOMPARE(runKumo({QStringLiteral("export"), QStringLiteral("pdf"), design("three-tier"), QStringLiteral("-o"), out}), 0);
    QFile file(out);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray pdf = file.readAll();
    QVERIFY(pdf.startsWith("%PDF"));
    QVERIFY(!pdf.contains("/Subtype /Image")); // drawn, not a picture of a drawing
    QVERIFY(pdf.contains("/Font"));            // text is text
}

void TestDiagram::wrongArguments()
{
    QCOMPARE(runKumo({QStringLiteral("export"), QStringLiteral("png"), design("web-server")}), 2);
    QCOMPARE(runKumo({QStringLiteral("export"), QStringLiteral("png"), design("web-server"), QStringLiteral("-o"), m_dir.filePath(QStringLiteral("x.png")),
                   QStringLiteral("--scale"), QStringLiteral("9")}), 2);
    QCOMPARE(runKumo({QStringLiteral("export"), QStringLiteral("svg"), QStringLiteral(KUMO_TEST_DATA "/bad/not-json.kumo"), QStringLiteral("-o"),
                   m_dir.filePath(QStringLiteral("x.svg"))}), 2);
}

void TestDiagram::exportsSpeakTheChosenLanguage()
{
    // handouts for a Japanese class: kind names in Japanese with --lang ja, English with --lang en
    auto svgText = [&](const QString &lang) {
        const QString out = m_dir.filePath(QStringLiteral("lang-%1.svg").arg(lang));
        if (runKumo({QStringLiteral("export"), QStringLiteral("svg"), design("web-server"), QStringLiteral("-o"), out, QStringLiteral("--lang"), lang}) != 0)
            return QString();
        QFile f(out);
        return f.open(QIODevice::ReadOnly) ? QString::fromUtf8(f.readAll()) : QString();
    };
    const QString japanese = svgText(QStringLiteral("ja"));
    QVERIFY(japanese.contains(QStringLiteral("(パブリック)")));
    QVERIFY(japanese.contains(QStringLiteral("インバウンドルール")));
    QVERIFY(!japanese.contains(QStringLiteral("(public)")));
    const QString english = svgText(QStringLiteral("en"));
    QVERIFY(english.contains(QStringLiteral("(public)")));
    QVERIFY(english.contains(QStringLiteral("Internet gateway")));
    QCOMPARE(runKumo({QStringLiteral("export"), QStringLiteral("svg"), design("web-server"), QStringLiteral("-o"), m_dir.filePath(QStringLiteral("x.svg")),
                      QStringLiteral("--lang"), QStringLiteral("fr")}),
             2);
}

QTEST_GUILESS_MAIN(TestDiagram)
#include "tst_diagram.moc"
