#include "validator.h"

#include "ruleregistry.h"
#include "validationcontext.h"

#include <algorithm>

namespace kumo {
namespace Validator {

std::vector<Finding> validate(const Design &design)
{
    const ValidationContext context(design);
    std::vector<Finding> findings;
    for (const Rule &rule : RuleRegistry::instance().rules()) {
        FindingSink sink(rule.id, rule.severity, findings);
        rule.check(context, sink);
    }
    sortFindings(findings);
    return findings;
}

void sortFindings(std::vector<Finding> &findings)
{
    std::stable_sort(findings.begin(), findings.end(), [](const Finding &a, const Finding &b) {
        if (a.severity != b.severity)
            return a.severity < b.severity;
        if (a.rule != b.rule)
            return a.rule < b.rule;
        if (a.components != b.components)
            return a.components < b.components;
        return a.message < b.message;
    });
}

Counts count(const std::vector<Finding> &findings)
{
    Counts counts;
    for (const Finding &f : findings) {
        switch (f.severity) {
        case Severity::Error: ++counts.errors; break;
        case Severity::Warning: ++counts.warnings; break;
        case Severity::Info: ++counts.infos; break;
        }
    }
    return counts;
}

} // namespace Validator
} // namespace kumo
