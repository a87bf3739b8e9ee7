#include "incrementalvalidator.h"

#include "design.h"
#include "ruleregistry.h"
#include "validationcontext.h"
#include "validator.h"

#include <algorithm>

namespace kumo {

IncrementalValidator::IncrementalValidator() = default;
IncrementalValidator::~IncrementalValidator() = default;

void IncrementalValidator::validateAll(const Design &design)
{
    m_design = &design;
    m_context = std::make_unique<ValidationContext>(design);
    const auto &rules = RuleRegistry::instance().rules();
    m_byRule.assign(rules.size(), {});
    for (size_t i = 0; i < rules.size(); ++i) {
        FindingSink sink(rules[i].id, rules[i].severity, m_byRule[i]);
        rules[i].check(*m_context, sink);
    }
    m_rulesRun = int(rules.size());
    collect();
}

void IncrementalValidator::update(const Design &design, const ChangeEvent &event)
{
    if (m_design != &design || !m_context) {
        validateAll(design);
        return;
    }
    switch (event.type) {
    case ChangeEvent::Type::PropertyChanged:
        for (const QString &id : event.ids)
            propertyChanged(id);
        collect();
        break;
    case ChangeEvent::Type::GeometryChanged:
    case ChangeEvent::Type::UsageChanged:
        m_rulesRun = 0; // geometry and cost quantities are not validated
        break;
    default:
        validateAll(design);
        break;
    }
}

void IncrementalValidator::propertyChanged(const QString &componentId)
{
    const Component *changed = m_design->component(componentId);
    if (!changed) {
        validateAll(*m_design);
        return;
    }
    const auto &rules = RuleRegistry::instance().rules();
    m_rulesRun = 0;
    for (size_t i = 0; i < rules.size(); ++i) {
        const Rule &rule = rules[i];
        const bool readsKind = rule.reads.contains(changed->kind) || rule.reads.contains(QStringLiteral("*"));
        if (!readsKind)
            continue;
        ++m_rulesRun;
        std::vector<Finding> &cached = m_byRule[i];
        const bool perComponent = rule.checkComponent
                                  && (rule.componentKinds.contains(changed->kind) || rule.componentKinds.contains(QStringLiteral("*")));
        if (perComponent) {
            // drop what this component's own check reported, then check it again
            cached.erase(std::remove_if(cached.begin(), cached.end(),
                                        [&](const Finding &f) { return !f.components.isEmpty() && f.components.first() == componentId; }),
                         cached.end());
            FindingSink sink(rule.id, rule.severity, cached);
            rule.checkComponent(*m_context, *changed, sink);
        } else {
            cached.clear();
            FindingSink sink(rule.id, rule.severity, cached);
            rule.check(*m_context, sink);
        }
    }
}

void IncrementalValidator::collect()
{
    m_findings.clear();
    for (const auto &ruleFindings : m_byRule)
        m_findings.insert(m_findings.end(), ruleFindings.begin(), ruleFindings.end());
    Validator::sortFindings(m_findings);
}

} // namespace kumo
