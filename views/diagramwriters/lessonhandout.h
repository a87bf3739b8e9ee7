#pragma once

#include <QString>

namespace kumo {

struct Lesson;

/// A printable handout of a lesson: a cover page (title, summary, the steps), then one page per
/// step with its title, instructions and hint, and the diagram of the reference design after that
/// step. The diagrams share one layout (that of the whole solution), so a component stays in the
/// same place from page to page. Vector PDF; needs a QApplication (the diagrams are drawn by the
/// canvas).
namespace LessonHandout {

/// Writes the handout in @p language ("en" or "ja") to @p path (atomically).
bool write(const Lesson &lesson, const QString &language, const QString &path, QString *error = nullptr);

} // namespace LessonHandout

} // namespace kumo
