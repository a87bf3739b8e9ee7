#pragma once

#include <QStringList>

namespace kumo::cli {

/// `kumo diff OLD NEW [--format text|json] [--ignore-geometry] [-o OUT.svg|png|pdf]`,
/// `kumo diff DESIGN STATE|PLAN|DIR` (drift) and `kumo diff --textconv FILE` (for git).
int diffCommand(const QStringList &arguments);
/// `kumo merge BASE OURS THEIRS -o OUT`: a three-way merge, usable as a git merge driver.
int mergeCommand(const QStringList &arguments);
/// Whether a diff command draws a picture (and so needs the rendering platform).
bool diffNeedsRendering(const QStringList &arguments);

} // namespace kumo::cli
