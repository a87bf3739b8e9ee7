#pragma once

#include "design.h"
#include "lesson.h"

#include <QString>

#include <optional>

namespace kumo {

/// Building designs from a lesson: its start, and its steps' solutions applied in order.
///
/// A solution holds components and connections in the design-format shape. A component whose id
/// is not in the design yet is added; one whose id is there already updates that component: its
/// props are merged key by key (a null value removes the key), other keys replace the old ones.
namespace LessonSolution {

/// The design a learner starts from ({"template": NAME}, "empty" for none, or {"design": {...}}).
std::optional<Design> startDesign(const Lesson &lesson, QString *error = nullptr);
/// Applies one solution to @p design; on failure leaves it unchanged and explains why.
bool apply(Design &design, const nlohmann::json &solution, QString *error = nullptr);
/// The start design with the solutions of the first @p stepCount steps applied (all for -1).
/// On failure @p failedStep (if given) receives the index of the step whose solution failed
/// (-1 when the start design failed).
std::optional<Design> designAfter(const Lesson &lesson, int stepCount, QString *error = nullptr, int *failedStep = nullptr);

} // namespace LessonSolution

} // namespace kumo
