// The Cost panel follows the document live: switching the database to Single-AZ and adding a
// NAT gateway change the total (amounts worked out by hand from the bundled snapshot).
#include "support/testregistry.h"
#include "changepropertycommand.h"
#include "costpanel.h"
#include "designjson.h"
#include "document.h"

#include <QFile>
#include <QSignalSpy>
#include <QTreeWidget>
#include <QtTest>

using namespace kumo;

class TestCostPanel : public QObject
{
    Q_OBJECT

private slots:
    void followsTheDocument();
};

void TestCostPanel::followsTheDocument()
{
    QFile file(QStringLiteral(KUMO_TEMPLATES "/three-tier.kumo"));
    QVERIFY(file.open(QIODevice::ReadOnly));
    DesignReadResult read = DesignJson::read(file.readAll());
    QVERIFY(read.ok());
    Document document;
    document.reset(std::move(*read.design));
    CostPanel panel(&document);
    panel.show(); // the lines are built when the panel can be seen
    QVERIFY(QTest::qWaitForWindowExposed(&panel));
    // tests/data/cost/three-tier.expected: $304.7129
    QCOMPARE(panel.totalText(), QStringLiteral("Total per month: $304.71"));
    // the most expensive component first: db, 2 × 730 h × $0.052 = $75.92
    auto *tree = panel.findChild<QTreeWidget *>();
    QVERIFY(tree);
    QCOMPARE(tree->topLevelItem(0)->data(0, Qt::UserRole).toString(), QStringLiteral("db"));
    QCOMPARE(tree->topLevelItem(0)->text(3), QStringLiteral("$75.92"));

    panel.showSelection({QStringLiteral("db")});
    QCOMPARE(panel.selectionText(), QStringLiteral("app-db: $75.92 per month, and parts without a price"));

    // Single-AZ: the database costs 730 h × $0.052 = $37.96 instead of $75.92: 304.7129 - 37.96 = 266.7529
    document.undoStack()->push(new ChangePropertyCommand(&document, QStringLiteral("db"), QStringLiteral("multi_az"), false));
    QTRY_COMPARE(panel.totalText(), QStringLiteral("Total per month: $266.75"));
    QCOMPARE(panel.selectionText(), QStringLiteral("app-db: $37.96 per month, and parts without a price"));

    // a third NAT gateway: + 730 h × $0.062 + 730 h × $0.005 = 45.26 + 3.65 = 48.91 -> 315.6629
    Component nat;
    nat.id = QStringLiteral("nat-x");
    nat.kind = QStringLiteral("nat_gateway");
    nat.parent = QStringLiteral("public-a");
    document.insertComponents({nat});
    QTRY_COMPARE(panel.totalText(), QStringLiteral("Total per month: $315.66"));

    // 100 GB through nat-a, one undo step: + 100 × $0.062 = 6.20 -> 321.8629
    panel.setUsage(QStringLiteral("nat-a"), QStringLiteral("data_processed_gb"), 100);
    QTRY_COMPARE(panel.totalText(), QStringLiteral("Total per month: $321.86"));
    QCOMPARE(document.design().extra["usage"]["nat-a"]["data_processed_gb"].get<double>(), 100.0);
    panel.setUsage(QStringLiteral("nat-a"), QStringLiteral("data_processed_gb"), 10); // merges: 315.66 + 0.62
    QTRY_COMPARE(panel.totalText(), QStringLiteral("Total per month: $316.28"));
    document.undoStack()->undo();
    QTRY_COMPARE(panel.totalText(), QStringLiteral("Total per month: $315.66"));
    QVERIFY(!document.design().extra.contains("usage"));

    // undo both: back to the template
    document.takeComponents({QStringLiteral("nat-x")});
    document.undoStack()->undo();
    QTRY_COMPARE(panel.totalText(), QStringLiteral("Total per month: $304.71"));
}

KUMO_TEST_MAIN(TestCostPanel)
#include "tst_costpanel.moc"
