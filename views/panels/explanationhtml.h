#pragma once

#include "finding.h"

#include <QString>

#include <vector>

namespace kumo {

struct Component;
struct Rule;

/// The texts of the Explanation panel, as HTML: why a finding matters, or what a component is.
namespace ExplanationHtml {

/// A finding: the rule's title, the finding's message, the teaching explanation, id and severity.
QString finding(const Rule &rule, const QString &message);

/// A component: what its kind is (the concept), where it belongs and what it may hold, and the
/// checks Kumo runs on it, each marked as passing or failing for this component.
QString component(const Component &component, const std::vector<Finding> &findings);

} // namespace ExplanationHtml

} // namespace kumo
