#pragma once

#include "lesson.h"
#include "lessonchecker.h"

#include <QString>
#include <QStringList>

#include <nlohmann/json.hpp>

#include <vector>

namespace kumo {

/// How far one learner's design has come in a lesson.
struct LearnerProgress
{
    QString file;      ///< the design file, as found or given
    int done = 0;      ///< steps done
    int total = 0;     ///< steps in the lesson
    QString next;      ///< id of the first step not done; empty when every step is done or the file is unreadable
    QString why;       ///< why that step is not done yet
    QString error;     ///< why the file could not be read; empty when it was
    std::vector<StepResult> steps; ///< step by step (empty for an unreadable file)
};

/// One step across the class.
struct StepProgress
{
    QString id;
    int done = 0; ///< how many readable designs have done it
    QString why;  ///< the most common reason it is not done yet (empty when every design has done it)
};

/// A class's progress in one lesson (`kumo lesson report`, File › Class Progress…).
struct ClassProgress
{
    QString lesson;
    std::vector<StepProgress> steps;
    std::vector<LearnerProgress> learners;
};

/// The instructor's view of the room: every learner's design checked against one lesson.
/// An unreadable design is a row with its error, never a failure of the report.
namespace LessonReport {

/// The design files a report covers: every `*.kumo` file directly inside a folder argument (by
/// name), and every other argument as given (a missing file becomes a row with its error).
QStringList designFiles(const QStringList &arguments);
/// The lesson most of @p files were started from (their top-level `lesson` field); empty when none names one.
QString commonLesson(const QStringList &files);
/// One learner's design checked against @p lesson; @p language ("en", "ja") of the why texts.
LearnerProgress learner(const Lesson &lesson, const QString &file, const QString &language = QStringLiteral("en"));
/// Every design of @p files, with the per-step counts.
ClassProgress build(const Lesson &lesson, const QStringList &files, const QString &language = QStringLiteral("en"));

/// `{"lesson", "steps": [{"id", "done", "why"}], "learners": [{"file", "done", "total", "next", "why",
/// "error"}]}`; absent values are null.
nlohmann::ordered_json toJson(const ClassProgress &progress);
/// Columns for people; one line per learner, then one per step.
QString toText(const ClassProgress &progress);
/// One row per learner (file, done, total, next, why, error, then one column per step: 1 done, 0
/// not, empty for an unreadable file) and a last row "steps done" with the counts.
QString toCsv(const ClassProgress &progress);
/// A standalone page with both tables.
QString toHtml(const ClassProgress &progress, const QString &title);

} // namespace LessonReport

} // namespace kumo
