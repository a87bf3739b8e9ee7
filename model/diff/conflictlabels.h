#pragma once

#include "designmerge.h"

#include <QString>

namespace kumo::diff {

/// A recorded merge conflict in the interface's words, for the editor's list and undo texts.
namespace ConflictLabels {

/// What the conflict is about: "web-server", "the arrow Users → web-server", "the design".
QString subject(const Design &design, const MergeConflict &conflict);
/// Which value: "Instance type", "Container", "Name", "The whole component", "The arrow".
QString what(const Design &design, const MergeConflict &conflict);
/// One side's value as people read it: "t3.large", "(removed)", "public-a", "(not set)".
QString value(const Design &design, const MergeConflict &conflict, Side side);

} // namespace ConflictLabels

} // namespace kumo::diff
