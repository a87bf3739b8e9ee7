#include "incrementalvalidator.h"

#include "design.h"
#include "propertyreads.h"
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
    m_readsByRule.assign(rules.size(), {});
    for (size_t i = 0; i < rules.size(); ++i) {
        FindingSink sink(rules[i].id, rules[i].severity, m_byRule[i]);
        const PropertyReads::Recording recording(m_readsByRule[i]);
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
        m_rulesRun = 0;
        for (const QString &id : event.ids) {
            if (!propertyChanged(id, event.property))
                return; // validated from scratch
        }
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

bool IncrementalValidator::propertyChanged(const QString &componentId, const QString &key)
{
    const Component *changed = m_design->component(componentId);
    if (!changed || key.isEmpty()) {
        validateAll(*m_design);
        return false;
    }
    // A rule's result can only change when its last run read this key on a component of this
    // kind: until then it followed the same steps on the same values (PropertyReads).
    m_context->forgetDerivedReading(changed->kind, key);
    const auto &rules = RuleRegistry::instance().rules();
    for (size_t i = 0; i < rules.size(); ++i) {
        const Rule &rule = rules[i];
        const bool readsKind = rule.reads.contains(changed->kind) || rule.reads.contains(QStringLiteral("*"));
        if (!readsKind || !m_readsByRule[i].contains(changed->kind, key))
            continue;
        ++m_rulesRun;
        std::vector<Finding> &cached = m_byRule[i];
        const bool perComponent = rule.checkComponent
                                  && (rule.componentKinds.contains(changed->kind) || rule.componentKinds.contains(QStringLiteral("*")));
        if (perComponent) {
            // drop what this component's own check reported, then check it again; what the other
            // components' checks read stays recorded
            cached.erase(std::remove_if(cached.begin(), cached.end(),
                                        [&](const Finding &f) { return !f.components.isEmpty() && f.components.first() == componentId; }),
                         cached.end());
            FindingSink sink(rule.id, rule.severity, cached);
            const PropertyReads::Recording recording(m_readsByRule[i]);
            rule.checkComponent(*m_context, *changed, sink);
        } else {
            cached.clear();
            m_readsByRule[i] = {};
            FindingSink sink(rule.id, rule.severity, cached);
            const PropertyReads::Recording recording(m_readsByRule[i]);
            rule.check(*m_context, sink);
        }
    }
    return true;
}

void IncrementalValidator::collect()
{
    m_findings.clear();
    for (const auto &ruleFindings : m_byRule)
        m_findings.insert(m_findings.end(), ruleFindings.begin(), ruleFindings.end());
    Validator::sortFindings(m_findings);
}

} // namespace kumo
