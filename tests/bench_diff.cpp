// Prints how long the semantic diff and the three-way merge take on two generated designs of
// 10,000 components (the target: under 0.5 s each). Not a test: the figures depend on the machine.
// Run: ./build/tests/kumo_bench_diff [--quick]
#include "diff/designdiff.h"
#include "diff/designmerge.h"
#include "support/benchtiming.h"
#include "support/designgenerator.h"

#include <QCoreApplication>

#include <cstdio>

using namespace kumo;

namespace {

/// A copy of @p design with every @p step-th component edited, starting at @p offset: a name, a
/// property, a move to the top level for some, and a few removed.
Design edited(const Design &design, int step, int offset)
{
    Design copy = design;
    int i = 0;
    for (const Component *c : design.components()) {
        if (++i % step != offset)
            continue;
        if (i % (step * 7) == offset && copy.children(c->id).isEmpty()) {
            copy.take(c->id);
            continue;
        }
        Component *m = copy.mutableComponent(c->id);
        m->name = m->displayName() + QStringLiteral(" (edited)");
        m->props["bench_note"] = i;
        if (m->geometry)
            m->geometry->translate(10, 0);
    }
    return copy;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const bool quick = argc > 1 && QByteArray(argv[1]) == "--quick";
    const int n = quick ? 500 : 10000;
    const Design base = testing::generateDesign(n);
    const Design ours = edited(base, 50, 1);
    const Design theirs = edited(base, 50, 17);
    diff::DesignDiff difference;
    const double diffMs = testing::medianMs(5, [&] { difference = diff::compare(base, ours); });
    diff::MergeResult result;
    const double mergeMs = testing::medianMs(5, [&] { result = diff::merge(base, ours, theirs); });
    std::printf("%-34s %10s %10s %s\n", "operation", "components", "median ms", "result");
    std::printf("%-34s %10lld %10.1f %lld added, %lld removed, %zu changed\n", "diff two designs", qlonglong(base.componentCount()), diffMs,
                qlonglong(difference.added.size()), qlonglong(difference.removed.size()), difference.changed.size());
    std::printf("%-34s %10lld %10.1f %lld components, %zu conflicts\n", "three-way merge", qlonglong(base.componentCount()), mergeMs,
                qlonglong(result.merged.componentCount()), result.conflicts.size());
    return 0;
}
