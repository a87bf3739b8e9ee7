#include "ruleregistry.h"

#include "rules/rulesets.h"

namespace kumo {

const RuleRegistry &RuleRegistry::instance()
{
    static const RuleRegistry registry;
    return registry;
}

RuleRegistry::RuleRegistry()
{
    for (auto set : {rules::addressingRules, rules::firewallRules, rules::loadBalancingRules, rules::containerRules,
                     rules::dataRules, rules::dnsRules, rules::identityRules, rules::pipelineRules, rules::structureRules,
                     rules::exposureRules, rules::deploymentRules}) {
        for (Rule &r : set())
            m_rules.push_back(std::move(r));
    }
}

const Rule *RuleRegistry::rule(const QString &id) const
{
    for (const Rule &r : m_rules) {
        if (r.id == id)
            return &r;
    }
    return nullptr;
}

} // namespace kumo
