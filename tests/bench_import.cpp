// Prints how long `kumo import terraform` takes on generated states (import.md: 10,000 resources in well
// under a second, whole process) and on the configuration folders of tests/data/hcl (each well under a
// second). Not a test: the figures depend on the machine.
// Run: ./build/tests/kumo_bench_import (or --write N FILE to keep a generated state of N resources)
#include "support/benchtiming.h"
#include "support/stategenerator.h"
#include "terraformimporter.h"

#include <QCoreApplication>
#include <QProcess>
#include <QTemporaryDir>

#include <cstdio>

using namespace kumo;

using kumo::testing::generateState;

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    if (argc == 4 && QByteArray(argv[1]) == "--write") { // keep a generated state for timing by hand
        QFile f(QString::fromLocal8Bit(argv[3]));
        return f.open(QIODevice::WriteOnly) && f.write(generateState(QByteArray(argv[2]).toInt())) > 0 ? 0 : 1;
    }
    QTemporaryDir dir;
    std::printf("%-12s %10s %14s %18s\n", "resources", "MB", "in-process ms", "whole process ms");
    for (int n : {1000, 10000, 20000}) {
        const QByteArray state = generateState(n);
        const QString input = dir.filePath(QStringLiteral("state-%1.tfstate").arg(n));
        QFile f(input);
        if (!f.open(QIODevice::WriteOnly))
            return 1;
        f.write(state);
        f.close();
        const double inProcess = testing::medianMs(3, [&] {
            (void)tfimport::TerraformImporter::import({{input, state}}, QStringLiteral("bench"));
        });
        const QString out = dir.filePath(QStringLiteral("out.kumo"));
        const double whole = testing::medianMs(3, [&] {
            QProcess kumo;
            kumo.start(QStringLiteral(KUMO_EXECUTABLE), {QStringLiteral("import"), QStringLiteral("terraform"), input, QStringLiteral("-o"), out,
                                                         QStringLiteral("--force")});
            kumo.waitForFinished(120000);
            if (kumo.exitCode() != 0)
                std::fprintf(stderr, "kumo import failed: %s\n", kumo.readAllStandardError().constData());
        });
        std::printf("%-12d %10.1f %14.1f %18.1f\n", n, double(state.size()) / 1e6, inProcess, whole);
    }
    // configuration folders (no state): the realistic stacks of the tests, read, evaluated and imported
    std::printf("\n%-40s %14s %18s\n", "configuration (tests/data/hcl)", "in-process ms", "whole process ms");
    for (const char *folder : {"three-tier-two-regions", "modules-outside/live/prod", "registry-modules-stack"}) {
        const QString input = QStringLiteral(KUMO_TEST_DATA "/hcl/") + QLatin1String(folder);
        const double inProcess = testing::medianMs(5, [&] {
            (void)tfimport::TerraformImporter::import({{input, {}, true}}, QStringLiteral("bench"));
        });
        const QString out = dir.filePath(QStringLiteral("out.kumo"));
        const double whole = testing::medianMs(5, [&] {
            QProcess kumo;
            kumo.start(QStringLiteral(KUMO_EXECUTABLE), {QStringLiteral("import"), QStringLiteral("terraform"), input, QStringLiteral("-o"), out,
                                                         QStringLiteral("--force")});
            kumo.waitForFinished(120000);
        });
        std::printf("%-40s %14.1f %18.1f\n", folder, inProcess, whole);
    }
    return 0;
}
