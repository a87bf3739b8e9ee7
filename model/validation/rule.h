#pragma once

#include "finding.h"

#include <QString>
#include <QStringList>

#include <functional>
#include <vector>

namespace kumo {

class ValidationContext;

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
    const char *title = "";       ///< source text of a short title ("kumo::Rules" context)
    const char *explanation = ""; ///< source text of the teaching explanation ("kumo::Rules" context)
    /// Kinds whose components the check reads; a change to another kind cannot change its result.
    /// Empty means "any kind".
    QStringList reads;
    std::function<void(const ValidationContext &, FindingSink &)> check;

    QString translatedTitle() const;
    QString translatedExplanation() const;
};

} // namespace kumo
