#pragma once

#include "validation/rule.h"

#include <vector>

// Each area of rules lives in its own file and hands its rules to the registry.
namespace kumo::rules {

std::vector<Rule> structureRules();
std::vector<Rule> addressingRules();

} // namespace kumo::rules
