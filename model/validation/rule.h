#pragma once

#include "finding.h"

#include <QString>
#include <QStringList>

#include <functional>
#include <vector>

namespace kumo {

class ValidationContext;
struct Component;

/// Collects the findings of one rule; the rule's id and severity are filled in for it.
class FindingSink
{
public:
    FindingSink(const QString &rule, Severity severity, std::vector<Finding> &out)
        : m_rule(rule), m_severity(severity), m_out(out) {}
    void report(QStringList components, QString message)
    {
        m_out.push_back(Finding{m_rule, m_severity, std::move(components), std::move(message)});
    }

private:
    QString m_rule;
    Severity m_severity;
    std::vector<Finding> &m_out;
};

/// One validation rule: its contract (id, severity), its teaching text, and its check.
struct Rule
{
    QString id;
    Severity severity = Severity::Error;
    const char *title = "";       ///< source text of a short title ("kumo::rules" context)
    const char *explanation = ""; ///< source text of the teaching explanation ("kumo::rules" context)
    /// Kinds whose properties the check reads: a property change on another kind cannot change
    /// its result. "*" means any kind; an empty list means the rule reads only the structure
    /// (ids, kinds, parents), which property changes never touch.
    QStringList reads;
    /// The whole check, over the design.
    std::function<void(const ValidationContext &, FindingSink &)> check;
    /// Optional: the findings about one component alone (each listing that component first).
    /// When a property of a component of one of componentKinds changes, only that component is
    /// re-checked instead of running check() again.
    std::function<void(const ValidationContext &, const Component &, FindingSink &)> checkComponent = {};
    QStringList componentKinds = {}; ///< "*" for every kind

    QString translatedTitle() const;
    QString translatedExplanation() const;
};

} // namespace kumo
