#pragma once

#include <QStringList>

namespace kumo::cli {

/// `kumo lessons [--format text|json]`: the bundled and installed lessons.
int lessonsCommand(const QStringList &arguments);
/// `kumo lesson check|solution|validate|handout ...` (lessons.md).
int lessonCommand(const QStringList &arguments);
/// True for `kumo lesson handout`, which draws diagrams.
bool lessonNeedsRendering(const QStringList &arguments);

} // namespace kumo::cli
