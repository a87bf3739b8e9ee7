// The editor's side of the import: the report dialog and importing files away from the window's thread.
#include "terraformimport.h"

#include <QHeaderView>
#include <QPlainTextEdit>
#include <QTableWidget>
#include <QtTest>

using namespace kumo;

class TestImportDialog : public QObject
{
    Q_OBJECT

private slots:
    void importsFilesLaidOut()
    {
        tfimport::ImportReport report;
        const std::optional<Design> design =
            importTerraformFiles(nullptr, {QStringLiteral(KUMO_TEST_DATA "/import/network.tfstate")}, &report);
        QVERIFY(design);
        QCOMPARE(int(design->componentCount()), 12);
        for (const Component *c : design->components())
            QVERIFY2(c->geometry.has_value(), qPrintable(c->id)); // laid out before the window gets it
        QCOMPARE(report.count(tfimport::Outcome::Folded), 7);
        QCOMPARE(design->name, QStringLiteral("Imported from network.tfstate"));
    }

    void reportDialogShowsCountsByType()
    {
        tfimport::ImportReport report;
        QVERIFY(importTerraformFiles(nullptr, {QStringLiteral(KUMO_TEST_DATA "/import/network.tfstate")}, &report));
        ImportReportDialog dialog(report);
        auto *table = dialog.findChild<QTableWidget *>(QStringLiteral("importCounts"));
        QVERIFY(table);
        // aws_ami, aws_db_instance, aws_db_subnet_group, aws_eip, aws_instance, aws_internet_gateway, aws_route_table,
        // aws_route_table_association, aws_security_group, aws_subnet, aws_vpc, aws_vpc_security_group_ingress_rule, random_password
        QCOMPARE(table->rowCount(), 13);
        int associations = -1;
        for (int row = 0; row < table->rowCount(); ++row) {
            if (table->item(row, 0)->text() == QLatin1String("aws_route_table_association"))
                associations = row;
        }
        QVERIFY(associations >= 0);
        QCOMPARE(table->item(associations, 2)->text(), QStringLiteral("3")); // folded
        QVERIFY(table->item(associations, 1)->text().isEmpty());              // none mapped
        auto *details = dialog.findChild<QPlainTextEdit *>(QStringLiteral("importDetails"));
        QVERIFY(details);
        QVERIFY(details->toPlainText().contains(QStringLiteral("random_password.db")));
        QVERIFY(details->toPlainText().contains(QStringLiteral("password")));
        QVERIFY(!details->toPlainText().contains(QStringLiteral("hunter2")));
    }

    void recognisesTerraformFiles()
    {
        QVERIFY(isTerraformFile(QStringLiteral("/x/terraform.tfstate")));
        QVERIFY(isTerraformFile(QStringLiteral("/x/terraform.tfstate.backup")));
        QVERIFY(isTerraformFile(QStringLiteral("/x/plan.json")));
        QVERIFY(!isTerraformFile(QStringLiteral("/x/design.kumo")));
        QVERIFY(!isTerraformFile(QStringLiteral("/x/main.tf")));
    }
};

QTEST_MAIN(TestImportDialog)
#include "tst_importdialog.moc"
