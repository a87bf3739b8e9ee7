#pragma once

#include "changeevent.h"
#include "finding.h"

#include <memory>
#include <vector>

namespace kumo {

class Design;
class ValidationContext;

/// Keeps the findings of a design up to date as it changes, re-running as little as it can.
///
/// A property change on one component re-runs only the rules that read properties of its kind
/// (and re-checks only that component for per-component rules), reusing the indexes of the last
/// pass. Anything that changes the structure (components added, removed or moved to another
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
    void propertyChanged(const QString &componentId);
    void collect();

    const Design *m_design = nullptr;
    std::unique_ptr<ValidationContext> m_context;
    std::vector<std::vector<Finding>> m_byRule; ///< in registry order
    std::vector<Finding> m_findings;
    int m_rulesRun = 0;
};

} // namespace kumo
