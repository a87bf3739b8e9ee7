// Prints how long validation, loading, saving and automatic layout take on generated designs. Not a test: the
// figures depend on the machine. Run: ./build/tests/kumo_bench
#include "changeevent.h"
#include "designjson.h"
#include "exposureanalysis.h"
#include "designlimits.h"
#include "incrementalvalidator.h"
#include "layout/autolayout.h"
#include "ruleregistry.h"
#include "support/benchtiming.h"
#include "support/designgenerator.h"
#include "validationcontext.h"
#include "validator.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QRandomGenerator>

#include <algorithm>
#include <ctime>
#include <cstdio>
#include <functional>

using namespace kumo;

using testing::medianMs;

/// The slowest rules on one design, to see where a full pass spends its time.
void printSlowestRules(const Design &design)
{
    const ValidationContext context(design);
    std::vector<std::pair<double, QString>> perRule;
    for (const Rule &rule : RuleRegistry::instance().rules()) {
        std::vector<Finding> sink;
        FindingSink collector(rule.id, rule.severity, sink);
        // forgetDerived: a rule that shares a derived result (the exposure analysis) pays for it here
        perRule.push_back({medianMs(5, [&] { sink.clear(); context.forgetDerived(); rule.check(context, collector); }), rule.id});
    }
    std::sort(perRule.rbegin(), perRule.rend());
    std::printf("\nslowest rules on %lld components:\n", static_cast<long long>(design.componentCount()));
    for (size_t i = 0; i < 8 && i < perRule.size(); ++i)
        std::printf("  %-32s %8.3f ms\n", qPrintable(perRule[i].second), perRule[i].first);
    std::printf("  %-32s %8.3f ms\n", "(building the indexes)", medianMs(5, [&] { ValidationContext c(design); }));
}

/// A generated design opened up so that the exposure search has work to do: each load balancer's
/// group admits its listener's port 80, and the application group admits MySQL from itself and
/// guards the database, so every service reaches its database and every server laterally.
Design exposedDesign(int componentCount)
{
    Design design = testing::generateDesign(componentCount, 1);
    const nlohmann::json http = {{"protocol", "tcp"}, {"from_port", 80}, {"to_port", 80}, {"cidr", "0.0.0.0/0"}};
    for (const Component *c : design.components()) {
        Component *m = design.mutableComponent(c->id);
        if (c->id.startsWith(QLatin1String("alb-sg-"))) {
            m->props["ingress"].push_back(http);
        } else if (c->id.startsWith(QLatin1String("app-sg-"))) {
            m->props["ingress"].push_back({{"protocol", "tcp"}, {"from_port", 3306}, {"to_port", 3306}, {"source", c->id.toStdString()}});
        } else if (c->kind == QLatin1String("rds_instance")) {
            m->props["security_groups"] = {QStringLiteral("app-sg-%1").arg(c->id.section(QLatin1Char('-'), 1)).toStdString()};
        }
    }
    return design;
}

/// How long the largest files the loader accepts (DesignLimits::maximumFileBytes) take to load:
/// generated designs of many small components, the most work per byte. CPU time is what an idle
/// machine's wall-clock time would be (loading is single-threaded).
void printLargestFileLoad()
{
    const int sample = 10000;
    const qsizetype bytesPerComponent = DesignJson::write(testing::generateDesign(sample, 1)).size() / sample;
    std::printf("\nloading big files (limit %.1f MB):\n", double(DesignLimits::maximumFileBytes) / (1024 * 1024));
    for (const int percent : {25, 50, 100}) {
        const int n = int(DesignLimits::maximumFileBytes / bytesPerComponent * percent * 95 / 10000);
        const QByteArray bytes = DesignJson::write(testing::generateDesign(n, 1));
        double cpuMs = 0;
        const double wallMs = medianMs(3, [&] {
            const std::clock_t start = std::clock();
            (void)DesignJson::read(bytes);
            cpuMs = double(std::clock() - start) * 1000 / CLOCKS_PER_SEC;
        });
        std::printf("  %7d components, %5.1f MB: %7.0f ms (CPU %7.0f ms)\n", n, double(bytes.size()) / (1024 * 1024), wallMs, cpuMs);
        std::fflush(stdout);
    }
}

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    if (app.arguments().contains(QStringLiteral("--largest-file"))) {
        printLargestFileLoad();
        return 0;
    }
    std::printf("%-12s %10s %10s %12s %14s %10s %10s %10s\n", "components", "findings", "full ms", "property ms", "rules re-run", "load ms",
                "save ms", "layout ms");
    for (int n : {1000, 5000, 10000, 20000}) {
        Design design = testing::generateDesign(n, 1);
        std::vector<Finding> findings;
        const double full = medianMs(9, [&] { findings = Validator::validate(design); });

        IncrementalValidator incremental;
        incremental.validateAll(design);
        const auto components = design.components();
        QRandomGenerator rng(7);
        int rulesRun = 0;
        int changes = 0;
        const double property = medianMs(201, [&] {
            // a typical edit: a subnet's CIDR, an instance type, a port
            const Component *c = components[rng.bounded(int(components.size()))];
            QString key = QStringLiteral("name");
            nlohmann::json value = "edited";
            if (c->kind == QLatin1String("subnet")) {
                key = QStringLiteral("cidr");
                value = c->stringProp(key).toStdString();
            } else if (c->kind == QLatin1String("ec2_instance")) {
                key = QStringLiteral("instance_type");
                value = "t3.small";
            }
            design.mutableComponent(c->id)->props[key.toStdString()] = value;
            incremental.update(design, ChangeEvent{ChangeEvent::Type::PropertyChanged, {c->id}, key});
            rulesRun += incremental.rulesRunLastTime();
            ++changes;
        });

        const QByteArray bytes = DesignJson::write(design);
        const double load = medianMs(5, [&] { (void)DesignJson::read(bytes); });
        const double save = medianMs(5, [&] { (void)DesignJson::write(design); });
        const double layout = medianMs(3, [&] { (void)AutoLayout::compute(design); });
        std::printf("%-12lld %10zu %10.2f %12.3f %14.1f %10.2f %10.2f %10.1f\n", static_cast<long long>(design.componentCount()),
                    findings.size(), full, property, double(rulesRun) / changes, load, save, layout);
        std::fflush(stdout);
    }
    // the exposure analysis on its own: every path from the internet, built from scratch
    std::printf("\n%-12s %12s %10s\n", "components", "exposure ms", "paths");
    for (int n : {1000, 10000}) {
        const Design design = exposedDesign(n);
        size_t paths = 0;
        const double ms = medianMs(9, [&] { paths = exposure::Analysis::analyze(design).reachable.size(); });
        std::printf("%-12lld %12.2f %10zu\n", static_cast<long long>(design.componentCount()), ms, paths);
    }
    printSlowestRules(testing::generateDesign(10000, 1));
    printLargestFileLoad();
    return 0;
}
