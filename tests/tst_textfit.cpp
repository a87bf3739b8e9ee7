// Every kind's texts fit on the canvas in English and in Japanese, measured with the canvas font:
// kind names and the subtitles the templates show wrap to at most two lines of a service box,
// never cut ("インターネットゲ…" was); container titles fit their width.
#include "support/testregistry.h"
#include "canvasstyle.h"
#include "catalog.h"
#include "componentitem.h"
#include "language.h"
#include "layout/autolayout.h"
#include "templates.h"
#include "textfit.h"

#include <QApplication>
#include <QtTest>

using namespace kumo;

class TestTextFit : public QObject
{
    Q_OBJECT

private slots:
    void breaksIntoLines();
    void everyKindNameFits_data();
    void everyKindNameFits();
    void templateTextsFit_data();
    void templateTextsFit();
    void cleanupTestCase() { Language::apply(QStringLiteral("en"), false); }
};

void TestTextFit::breaksIntoLines()
{
    QFont font = ComponentItem::serviceDetailFont();
    // a width of about five Japanese characters at 11 pixels: a long name takes several lines,
    // the third of which is cut only when at most two are allowed
    const QString name = QStringLiteral("インターネットゲートウェイ");
    const QStringList two = TextFit::lines(name, font, 60, 2);
    QCOMPARE(two.size(), 2);
    QVERIFY(two.last().endsWith(QChar(0x2026)));
    const QStringList all = TextFit::lines(name, font, 60, 10);
    QVERIFY(all.size() >= 3);
    QCOMPARE(all.join(QString()), name); // nothing lost, nothing added
    QVERIFY(!TextFit::fits(name, font, 60, 2));
    QVERIFY(TextFit::fits(name, font, 200, 1));
    // English breaks between words
    const QStringList words = TextFit::lines(QStringLiteral("internet-facing · :443, :80"), font, 90, 2);
    QCOMPARE(words.size(), 2);
    QVERIFY(!words.last().endsWith(QChar(0x2026)));
}

void TestTextFit::everyKindNameFits_data()
{
    QTest::addColumn<QString>("language");
    QTest::newRow("English") << QStringLiteral("en");
    QTest::newRow("Japanese") << QStringLiteral("ja");
}

void TestTextFit::everyKindNameFits()
{
    QFETCH(QString, language);
    QVERIFY(Language::apply(language, false));
    const double width = ComponentItem::serviceTextWidth(AutoLayout::kLeafWidth);
    for (const KindSpec &k : Catalog::instance().kinds()) {
        // a service box without a subtitle of its own shows its kind's name there
        QVERIFY2(TextFit::fits(k.displayName(), ComponentItem::serviceDetailFont(), width, 2), qPrintable(language + QLatin1Char(' ') + k.id));
    }
    // the security group's subtitle in every plural form
    for (int n : {0, 1, 2, 12}) {
        const QString rules = QCoreApplication::translate("kumo::CanvasStyle", "%n inbound rule(s)", nullptr, n);
        QVERIFY2(TextFit::fits(rules, ComponentItem::serviceDetailFont(), width, 2), qPrintable(rules));
    }
}

void TestTextFit::templateTextsFit_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("templateId");
    for (const char *lang : {"en", "ja"}) {
        for (const TemplateInfo &t : Templates::list())
            QTest::newRow(qPrintable(QStringLiteral("%1 %2").arg(QString::fromLatin1(lang), t.id))) << QString::fromLatin1(lang) << t.id;
    }
}

void TestTextFit::templateTextsFit()
{
    QFETCH(QString, language);
    QFETCH(QString, templateId);
    QVERIFY(Language::apply(language, false));
    DesignReadResult loaded = Templates::load(templateId);
    QVERIFY(loaded.ok());
    Design design = std::move(*loaded.design);
    AutoLayout::apply(design);
    const Catalog &catalog = Catalog::instance();
    for (const Component *c : design.components()) {
        const QString detail = CanvasStyle::keyProperty(*c);
        if (catalog.isContainer(c->kind)) {
            // the container's title fits its laid-out width on one line (badge and margins aside)
            QVERIFY2(TextFit::fits(c->displayName(), ComponentItem::serviceNameFont(), c->geometry->width() - 48, 1),
                     qPrintable(c->id + QStringLiteral(": ") + c->displayName()));
            continue;
        }
        const double width = ComponentItem::serviceTextWidth(c->geometry ? c->geometry->width() : AutoLayout::kLeafWidth);
        QVERIFY2(TextFit::fits(c->displayName(), ComponentItem::serviceNameFont(), width, 2), qPrintable(c->id + QStringLiteral(": ") + c->displayName()));
        const QString shown = detail.isEmpty() || detail == c->displayName() ? catalog.displayName(c->kind) : detail;
        QVERIFY2(TextFit::fits(shown, ComponentItem::serviceDetailFont(), width, 2), qPrintable(c->id + QStringLiteral(": ") + shown));
    }
}

KUMO_TEST_MAIN(TestTextFit)
#include "tst_textfit.moc"
