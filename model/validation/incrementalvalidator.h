#pragma once

#include "changeevent.h"
#include "finding.h"
#include "propertyreads.h"

#include <memory>
#include <vector>

namespace kumo {

class Design;
class ValidationContext;

/// Keeps the findings of a design up to date as it changes, re-running as little as it can.
///
/// A property change on one component re-runs only the rules whose last run read that property
/// on a component of its kind (PropertyReads), and re-checks only that component for
/// per-component rules, reusing the indexes and the shared analyses (exposure) of the last pass
/// unless they read the property. Anything that changes the structure (components added, removed or moved to another
/// parent, connections, renames) runs a full pass. The result always equals Validator::validate().
class IncrementalValidator
{
public:
    IncrementalValidator();
    ~IncrementalValidator();

    /// Validates @p design from scratch. The design must stay alive (and at the same address)
    /// while it is updated through update().
    void validateAll(const Design &design);
    /// Brings the findings up to date after @p event on the design given to validateAll().
    void update(const Design &design, const ChangeEvent &event);

    /// All findings, sorted like Validator::validate().
    const std::vector<Finding> &findings() const { return m_findings; }
    /// How many rules the last validateAll() or update() ran (for the benchmark and tests).
    int rulesRunLastTime() const { return m_rulesRun; }

private:
    /// False when it had to validate from scratch instead.
    bool propertyChanged(const QString &componentId, const QString &key);
    void collect();

    const Design *m_design = nullptr;
    std::unique_ptr<ValidationContext> m_context;
    std::vector<std::vector<Finding>> m_byRule; ///< in registry order
    std::vector<PropertyReads> m_readsByRule;   ///< what each rule read, in registry order
    std::vector<Finding> m_findings;
    int m_rulesRun = 0;
};

} // namespace kumo
