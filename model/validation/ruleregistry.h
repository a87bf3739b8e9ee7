#pragma once

#include "rule.h"

#include <vector>

namespace kumo {

/// Every validation rule, registered in one place (ruleregistry.cpp).
class RuleRegistry
{
public:
    static const RuleRegistry &instance();
    const std::vector<Rule> &rules() const { return m_rules; }
    const Rule *rule(const QString &id) const;

private:
    RuleRegistry();
    std::vector<Rule> m_rules;
};

} // namespace kumo
