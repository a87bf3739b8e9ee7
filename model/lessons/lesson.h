#pragma once

#include <QString>
#include <QStringList>

#include <nlohmann/json.hpp>

#include <vector>

namespace kumo {

/// A text written in both languages a lesson must carry.
struct LessonText
{
    QString en;
    QString ja;
    /// The text in @p language ("ja" or "en"); English for any other language.
    QString in(const QString &language) const { return language == QLatin1String("ja") && !ja.isEmpty() ? ja : en; }
};

/// One step of a lesson: what to do, how to tell it is done, and what doing it adds.
struct LessonStep
{
    QString id;
    LessonText title;
    LessonText instructions;
    LessonText hint;
    QStringList concepts;    ///< kind ids of the catalog or glossary ids (Glossary: see lessonconcepts.h)
    nlohmann::json check;    ///< checked by LessonJson when loaded; evaluated by LessonChecker
    nlohmann::json solution; ///< {"components": [...], "connections": [...]} in the design-format shape
};

/// A guided exercise (a `.kumo-lesson` file, format version 1; see the README and lessons.md).
struct Lesson
{
    QString id;
    LessonText title;
    LessonText summary;
    int level = 1;
    /// Place in the course (lessons.md: optional `order`, a whole number); lessons are listed by it,
    /// those without one after those with one. 0 when the file gives none.
    int order = 0;
    nlohmann::json start = nlohmann::json::object(); ///< {"template": NAME} or {"design": {...}}
    std::vector<LessonStep> steps;
    QString source; ///< where it was read from (a resource path or a file path)

    /// Index of the step with @p id, or -1.
    int stepIndex(const QString &stepId) const;
};

} // namespace kumo
