#pragma once

#include "validation/rule.h"

#include <vector>

// Each area of rules lives in its own file and hands its rules to the registry.
namespace kumo::rules {

std::vector<Rule> structureRules();
std::vector<Rule> addressingRules();
std::vector<Rule> firewallRules();
std::vector<Rule> loadBalancingRules();
std::vector<Rule> containerRules();
std::vector<Rule> dataRules();
std::vector<Rule> dnsRules();
std::vector<Rule> identityRules();
std::vector<Rule> pipelineRules();
std::vector<Rule> exposureRules();
std::vector<Rule> deploymentRules();

} // namespace kumo::rules
