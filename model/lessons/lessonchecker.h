#pragma once

#include "design.h"
#include "finding.h"
#include "lesson.h"
#include "lessonpath.h"

#include <QHash>
#include <QSet>
#include <QString>

#include <nlohmann/json.hpp>

#include <optional>
#include <unordered_map>
#include <vector>

namespace kumo {

/// Whether one step of a lesson is done, and if not, why.
struct StepResult
{
    QString id;
    bool done = false;
    QString why; ///< empty when done
};

/// Evaluates lesson checks over a design (lessons.md: exists, distinct, ref, rule, no_errors,
/// all, any, not; selectors with kind, props, in, count).
///
/// Checks are semantic: they look at kinds, property values (absent ones read as the catalog's
/// defaults), containment, references and validation findings, never at ids or names. The
/// checker indexes the design once, so evaluating every step of a lesson over a design of a
/// thousand components takes well under a millisecond plus, when a check asks for findings and
/// none were given, one validation pass.
class LessonChecker
{
public:
    /// @p findings: the design's current findings (e.g. from an IncrementalValidator); when null,
    /// the checker validates the design itself the first time a check needs findings.
    /// @p language: "en" or "ja", for the texts a lesson writes itself ("why").
    explicit LessonChecker(const Design &design, const std::vector<Finding> *findings = nullptr,
                           QString language = QStringLiteral("en"));

    /// True when @p check holds; otherwise @p why (if given) says what is missing.
    bool holds(const nlohmann::json &check, QString *why = nullptr) const;
    /// Every step of @p lesson, in order.
    std::vector<StepResult> evaluate(const Lesson &lesson) const;

private:
    struct Outcome
    {
        bool ok = false;
        QString why;
    };
    Outcome evaluate(const nlohmann::json &check, int depth) const;
    Outcome exists(const nlohmann::json &selector, int depth) const;
    Outcome distinct(const nlohmann::json &body, int depth) const;
    Outcome ref(const nlohmann::json &body, int depth) const;
    Outcome rule(const QString &ruleId, bool fires) const;
    Outcome noErrors() const;

    /// Components a selector may match, judged by kind alone.
    std::vector<const Component *> candidates(const nlohmann::json &selector) const;
    bool matches(const Component &c, const nlohmann::json &selector, int depth) const;
    bool valueMatches(const nlohmann::json &value, const nlohmann::json &match, const PropertySpec *spec, int depth) const;
    bool entryMatches(const nlohmann::json &entry, const nlohmann::json &fields, const PropertySpec *spec, int depth) const;
    /// Ids a value names: a ref, a list of refs, an image "repo:tag", strings that are ids.
    QStringList referencedIds(const nlohmann::json &value) const;
    /// The first reason why @p c does not match @p selector, for "why" messages.
    QString mismatch(const Component &c, const nlohmann::json &selector) const;
    QString describe(const nlohmann::json &selector) const;
    QString describeMatch(const nlohmann::json &match) const;
    const std::vector<Finding> &findings() const;
    /// Parsed property paths, cached: the same few paths are read on many components.
    const LessonPath *path(const nlohmann::json &text) const;
    const LessonPath *path(const std::string &text) const;
    QString lessonText(const nlohmann::json &text) const;

    const Design &m_design;
    const std::vector<Finding> *m_givenFindings;
    mutable std::optional<std::vector<Finding>> m_ownFindings;
    QString m_language;
    QHash<QString, std::vector<const Component *>> m_byKind;
    mutable std::unordered_map<std::string, std::optional<LessonPath>> m_paths;
    /// For each `referenced_by` selector (and depth): the ids the components it matches refer to,
    /// found once instead of once per candidate.
    mutable std::unordered_map<std::string, QSet<QString>> m_referenced;
    std::vector<const Component *> m_all;
};

} // namespace kumo
