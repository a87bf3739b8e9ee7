#pragma once

#include "lesson.h"

#include <QByteArray>
#include <QString>

#include <optional>

namespace kumo {

/// Why a lesson file was refused, and where.
struct LessonLoadError
{
    QString message; ///< what is wrong, for people
    int line = 0;    ///< 1-based; 0 when unknown
    int column = 0;  ///< 1-based; 0 when unknown
    QString stepId;  ///< the step concerned, if any
    QString field;   ///< where inside the step (or the document): "check.all[1].exists.props.cidr"

    /// "FILE:LINE:COLUMN: step 'x', 'field': message" with the known parts only.
    QString toString(const QString &fileName) const;
};

struct LessonReadResult
{
    std::optional<Lesson> lesson;
    LessonLoadError error;
    bool ok() const { return lesson.has_value(); }
};

/// Reading `.kumo-lesson` documents (format version 1). Everything is checked when read: the
/// texts in both languages, the concepts, every check against the check vocabulary (and its
/// property paths against the catalog), and that every step's solution builds a loadable design.
/// A lesson that passes can be evaluated without further checks.
namespace LessonJson {

inline constexpr int currentVersion = 1;
inline constexpr const char *formatTag = "kumo-lesson";
inline constexpr const char *suffix = "kumo-lesson";
/// Deepest nesting of checks, selectors and matches a lesson may use.
inline constexpr int maxDepth = 24;

LessonReadResult read(const QByteArray &utf8);

/// Checks one check object (as found under a step's "check"); empty when it is well formed,
/// otherwise the message, with @p where set to the place below @p path.
QString checkProblem(const nlohmann::json &check, const QString &path, QString *where);

} // namespace LessonJson

} // namespace kumo
