// The editor's side of the import: the report dialog and importing files away from the window's thread.
#include "support/testregistry.h"
#include "terraformimport.h"

#include "document.h"
#include "mainwindow.h"

#include <QApplication>
#include <QDir>
#include <QHeaderView>
#include <QMessageBox>
#include <QMimeData>
#include <QPlainTextEdit>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QtTest>

using namespace kumo;

namespace {

void write(const QString &path, const QByteArray &text)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(text);
}

/// A configuration of one VPC with two subnets in two zones, and one file that does not parse.
void writeConfiguration(const QString &dir)
{
    write(dir + QStringLiteral("/main.tf"), R"(provider "aws" { region = "eu-west-1" }
resource "aws_vpc" "main" { cidr_block = "10.1.0.0/16" }
resource "aws_subnet" "app" {
  count             = 2
  vpc_id            = aws_vpc.main.id
  cidr_block        = cidrsubnet(aws_vpc.main.cidr_block, 8, count.index)
  availability_zone = ["eu-west-1a", "eu-west-1b"][count.index]
}
)");
    write(dir + QStringLiteral("/broken.tf"), "locals {\n  x = [1, 2\n}\n");
}

int countOf(const Design &design, const char *kind)
{
    int n = 0;
    for (const Component *c : design.components())
        n += c->kind == QLatin1String(kind);
    return n;
}

/// Closes every modal dialog that opens (the report, a warning), keeping the text of message boxes.
class ModalCloser : public QObject
{
public:
    QStringList messages;
    ModalCloser()
    {
        connect(&m_timer, &QTimer::timeout, this, [this] {
            if (QWidget *modal = QApplication::activeModalWidget()) {
                if (auto *box = qobject_cast<QMessageBox *>(modal))
                    messages << box->text();
                modal->close();
            }
        });
        m_timer.start(30);
    }

private:
    QTimer m_timer;
};

} // namespace

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
        QTemporaryDir dir;
        QVERIFY(isTerraformFolder(dir.path()));
        QVERIFY(!isTerraformFolder(QStringLiteral(KUMO_TEST_DATA "/import/network.tfstate")));
    }

    void importsAConfigurationFolder()
    {
        QTemporaryDir dir;
        const QString folder = dir.filePath(QStringLiteral("web-stack"));
        writeConfiguration(folder);
        tfimport::ImportReport report;
        const std::optional<Design> design = importTerraformFiles(nullptr, {folder}, &report);
        QVERIFY(design);
        QCOMPARE(design->name, QStringLiteral("Imported from web-stack"));
        QCOMPARE(countOf(*design, "vpc"), 1);
        QCOMPARE(countOf(*design, "subnet"), 2);
        QCOMPARE(countOf(*design, "availability_zone"), 2);
        for (const Component *c : design->components())
            QVERIFY2(c->geometry.has_value(), qPrintable(c->id));
        // the file that does not parse is named with its place, in the report the window shows
        ImportReportDialog dialog(report);
        auto *details = dialog.findChild<QPlainTextEdit *>(QStringLiteral("importDetails"));
        QVERIFY(details);
        QVERIFY2(details->toPlainText().contains(QStringLiteral("Not read: ") + folder + QStringLiteral("/broken.tf:3:1:")), qPrintable(details->toPlainText()));
    }

    void refusesAFolderWithoutConfigurationNamingIt()
    {
        QTemporaryDir dir;
        write(dir.filePath(QStringLiteral("notes.txt")), "not terraform\n");
        ModalCloser closer;
        tfimport::ImportReport report;
        QVERIFY(!importTerraformFiles(nullptr, {dir.path()}, &report));
        QCOMPARE(closer.messages.size(), 1);
        QVERIFY2(closer.messages[0].startsWith(dir.path() + QStringLiteral(": ")), qPrintable(closer.messages[0]));
        QVERIFY2(closer.messages[0].contains(QStringLiteral("no Terraform configuration")), qPrintable(closer.messages[0]));
        QVERIFY(!QApplication::overrideCursor()); // the wait cursor is gone
    }

    void refusalListsTheFilesThatDidNotParse()
    {
        QTemporaryDir dir;
        write(dir.filePath(QStringLiteral("only.tf")), "resource \"aws_vpc\" \"v\" {\n  cidr_block = \"10.0.0.0/16\"\n");
        ModalCloser closer;
        tfimport::ImportReport report;
        QVERIFY(!importTerraformFiles(nullptr, {dir.path()}, &report));
        QCOMPARE(closer.messages.size(), 1);
        QVERIFY2(closer.messages[0].contains(dir.path() + QStringLiteral("/only.tf:3:1: ")), qPrintable(closer.messages[0]));
    }

    void droppingAFolderImportsIt()
    {
        QTemporaryDir dir;
        writeConfiguration(dir.path());
        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QMimeData data;
        data.setUrls({QUrl::fromLocalFile(dir.path())});
        QDragEnterEvent enter(QPoint(100, 100), Qt::CopyAction, &data, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(&window, &enter);
        QVERIFY(enter.isAccepted());
        ModalCloser closer; // the import report
        QDropEvent drop(QPointF(100, 100), Qt::CopyAction, &data, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(&window, &drop);
        QCOMPARE(countOf(window.document()->design(), "subnet"), 2);
        QVERIFY(closer.messages.isEmpty());
        window.document()->undoStack()->setClean();
    }
};

KUMO_TEST_MAIN(TestImportDialog)
#include "tst_importdialog.moc"
