// What `kumo merge` (and `kumo diff`) do with whatever loads. The input is BASE, or BASE, OURS and
// THEIRS separated by a line "@@"; with fewer parts, OURS and THEIRS are derived from BASE (some
// components removed, some renamed and lifted to the top level) so that every seed design merges
// with real edits. Promises: the merge never leaves a parent or reference dangling that an input
// could satisfy, never loops parents, writes a file that loads again, and every recorded conflict
// can be resolved with any side without breaking those promises.
#include "designjson.h"
#include "diff/designdiff.h"
#include "diff/designmerge.h"
#include "fuzzcheck.h"
#include "references.h"

#include <QCoreApplication>

using namespace kumo;

namespace {

Design derived(const Design &base, int which)
{
    Design d = base;
    int i = 0;
    for (const Component *c : base.components()) {
        ++i;
        if (which == 0 && i % 2 == 1 && d.children(c->id).isEmpty()) {
            d.take(c->id);
        } else if (which == 1 && i % 3 == 0) {
            d.mutableComponent(c->id)->name = QStringLiteral("renamed");
            d.setParent(c->id, QString());
        }
    }
    return d;
}

void checkNoDangling(const Design &merged, const std::vector<const Design *> &inputs)
{
    const auto satisfiable = [&](const QString &id) {
        for (const Design *d : inputs) {
            if (d->contains(id))
                return true;
        }
        return false;
    };
    for (const Component *c : merged.components()) {
        fuzz::check(c->parent.isEmpty() || merged.contains(c->parent) || !satisfiable(c->parent), "no dangling parent");
        forEachReference(*c, [&](const Reference &r) {
            fuzz::check(merged.contains(r.target) || !satisfiable(r.target), "no dangling reference");
        });
    }
    fuzz::check(qsizetype(merged.components().size()) == merged.componentCount(), "no parent loop");
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    static QCoreApplication app(*argc, *argv);
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const unsigned char *data, size_t size)
{
    const QList<QByteArray> parts = fuzz::bytes(data, size).split('\n');
    QList<QByteArray> documents{QByteArray()};
    for (const QByteArray &line : parts) {
        if (line == "@@")
            documents.push_back(QByteArray());
        else
            documents.back() += line + '\n';
    }
    std::vector<Design> designs;
    for (const QByteArray &doc : documents.mid(0, 3)) {
        DesignReadResult r = DesignJson::read(doc);
        if (!r.ok())
            return 0;
        designs.push_back(std::move(*r.design));
    }
    if (designs.size() < 3) {
        designs.resize(1);
        designs.push_back(derived(designs[0], 0));
        designs.push_back(derived(designs[0], 1));
    }
    const std::vector<const Design *> inputs{&designs[0], &designs[1], &designs[2]};
    const diff::MergeResult result = diff::merge(designs[0], designs[1], designs[2]);
    checkNoDangling(result.merged, inputs);
    const DesignReadResult reread = DesignJson::read(DesignJson::write(result.merged));
    fuzz::check(reread.ok(), "the merged design loads");
    fuzz::check(diff::recordedConflicts(*reread.design).size() >= result.conflicts.size(), "the conflicts are recorded");
    for (diff::Side side : {diff::Side::Base, diff::Side::Ours, diff::Side::Theirs}) {
        Design resolved = *reread.design;
        for (const diff::MergeConflict &c : diff::recordedConflicts(*reread.design))
            (void)diff::resolveConflict(resolved, c, side);
        fuzz::check(qsizetype(resolved.components().size()) == resolved.componentCount(), "resolving makes no parent loop");
        fuzz::check(DesignJson::read(DesignJson::write(resolved)).ok(), "a resolved design loads");
    }
    (void)diff::compare(designs[0], result.merged);
    fuzz::check(diff::compare(result.merged, result.merged).isEmpty(), "a design does not differ from itself");
    return 0;
}
