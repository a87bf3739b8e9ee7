// Diagram export through the command line: SVG with real text, PNG at a scale, vector PDF.
#include "support/testregistry.h"
#include "designfile.h"
#include "layout/deployment.h"
#include "designjson.h"
#include "support/designgenerator.h"

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
    void svgDefinesEachIconOnce();
    void pngFollowsTheScale();
    void hugePngIsRefused();
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

void TestDiagram::svgDefinesEachIconOnce()
{
    // many components of the same kinds: each icon's drawing is written once and referred to
    const Design generated = testing::generateDesign(150, 3);
    const QString input = m_dir.filePath(QStringLiteral("generated.kumo"));
    QVERIFY(DesignFile::writeAtomically(input, DesignJson::write(generated), nullptr));
    const QString out = m_dir.filePath(QStringLiteral("generated.svg"));
    QCOMPARE(runKumo({QStringLiteral("export"), QStringLiteral("svg"), input, QStringLiteral("-o"), out}), 0);
    QFile file(out);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QXmlStreamReader xml(&file);
    QStringList texts;
    QHash<QString, QHash<QString, int>> iconPaths; // icon id -> its path data -> how often
    QHash<QString, int> pathsOutside;              // path data drawn outside the definitions
    QSet<QString> defined;                         // ids of the icon definitions
    QHash<QString, int> uses;                      // icon id -> how often it is used
    int defsDepth = 0;
    QString icon;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement()) {
            if (xml.name() == QLatin1String("defs"))
                ++defsDepth;
            if (defsDepth > 0 && xml.attributes().value(QStringLiteral("id")).startsWith(QLatin1String("icon-"))) {
                icon = xml.attributes().value(QStringLiteral("id")).toString();
                defined << icon;
            }
            if (xml.name() == QLatin1String("path")) {
                const QString d = xml.attributes().value(QStringLiteral("d")).toString();
                if (defsDepth > 0)
                    ++iconPaths[icon][d];
                else
                    ++pathsOutside[d];
            }
            if (xml.name() == QLatin1String("use")) {
                const QString href = xml.attributes().value(QStringLiteral("http://www.w3.org/1999/xlink"), QStringLiteral("href")).toString();
                QVERIFY2(href.startsWith(QLatin1Char('#')), qPrintable(href));
                ++uses[href.mid(1)];
            }
            if (xml.name() == QLatin1String("text"))
                texts << xml.readElementText(QXmlStreamReader::IncludeChildElements).trimmed();
        } else if (xml.isEndElement() && xml.name() == QLatin1String("defs")) {
            --defsDepth;
        }
    }
    QVERIFY2(!xml.hasError(), qPrintable(xml.errorString()));
    // every component shows its kind's icon (containers its glyph): one reference each, and so
    // does each card of the deployment view (drawn by default)
    QHash<QString, int> components;
    for (const Component *c : generated.components())
        ++components[c->kind];
    const std::vector<Deployment::Card> cards = Deployment::cards(generated);
    int totalUses = 0;
    for (auto it = uses.cbegin(); it != uses.cend(); ++it) {
        QVERIFY2(defined.contains(it.key()), qPrintable(it.key()));
        totalUses += it.value();
    }
    QCOMPARE(totalUses, int(generated.componentCount() + qsizetype(cards.size())));
    QCOMPARE(uses.value(QStringLiteral("icon-ec2_instance")), components.value(QStringLiteral("ec2_instance")));
    QCOMPARE(uses.value(QStringLiteral("icon-subnet-glyph")), components.value(QStringLiteral("subnet")));
    QVERIFY(components.value(QStringLiteral("ec2_instance")) > 10);
    // each icon's drawing occurs once in the file: in its definition, not where it is used
    QCOMPARE(defined.size(), uses.size());
    QVERIFY(iconPaths.contains(QStringLiteral("icon-ec2_instance")));
    for (auto it = iconPaths.cbegin(); it != iconPaths.cend(); ++it) {
        QVERIFY2(defined.contains(it.key()), qPrintable(it.key()));
        for (auto d = it->cbegin(); d != it->cend(); ++d) {
            QVERIFY2(d.value() <= 2, qPrintable(it.key())); // a shape may be filled, then stroked
            QVERIFY2(!pathsOutside.contains(d.key()), qPrintable(it.key() + QStringLiteral(": ") + d.key().left(80)));
        }
    }
    // text stays text: every name is there
    for (const Component *c : generated.components())
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

void TestDiagram::hugePngIsRefused()
{
    // 1,000 generated components at scale 4 would be hundreds of millions of pixels (gigabytes)
    const QString file = m_dir.filePath(QStringLiteral("large.kumo"));
    QFile f(file);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(DesignJson::write(testing::generateDesign(1000, 1)));
    f.close();
    const QString out = m_dir.filePath(QStringLiteral("large.png"));
    QCOMPARE(runKumo({QStringLiteral("export"), QStringLiteral("png"), file, QStringLiteral("-o"), out, QStringLiteral("--scale"), QStringLiteral("4")}), 2);
    QVERIFY(!QFile::exists(out));
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

KUMO_TEST_GUILESS_MAIN(TestDiagram)
#include "tst_diagram.moc"
