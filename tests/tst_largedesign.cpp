// A whole estate opens: a generated design of 50,000 components with geometry, larger than the
// 12 MB design files used to be limited to, saves and opens again unchanged, and validates.
#include "support/testregistry.h"
#include "autolayout.h"
#include "designfile.h"
#include "designlimits.h"
#include "support/designgenerator.h"
#include "validator.h"

#include <QFileInfo>
#include <QTemporaryDir>
#include <QtTest>

using namespace kumo;

class TestLargeDesign : public QObject
{
    Q_OBJECT

private slots:
    void fiftyThousandComponentsOpen();
};

void TestLargeDesign::fiftyThousandComponentsOpen()
{
    Design design = testing::generateDesign(50000, 1);
    QVERIFY(design.componentCount() >= 50000);
    AutoLayout::apply(design);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("estate.kumo"));
    QString error;
    QVERIFY2(DesignFile::save(design, path, &error), qPrintable(error));
    const qint64 size = QFileInfo(path).size();
    QVERIFY2(size > 12 * 1024 * 1024, qPrintable(QString::number(size))); // beyond the old limit
    QVERIFY(size < DesignLimits::maximumFileBytes);

    const DesignReadResult read = DesignFile::load(path);
    QVERIFY2(read.ok(), qPrintable(read.error.message));
    QCOMPARE(read.design->componentCount(), design.componentCount());
    QVERIFY(*read.design == design);
    // the generated estate is valid apart from warnings and hints
    const std::vector<Finding> findings = Validator::validate(*read.design);
    QVERIFY(std::none_of(findings.begin(), findings.end(), [](const Finding &f) { return f.severity == Severity::Error; }));
}

KUMO_TEST_GUILESS_MAIN(TestLargeDesign)
#include "tst_largedesign.moc"
