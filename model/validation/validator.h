#pragma once

#include "finding.h"

#include <vector>

namespace kumo {

class Design;

/// Runs the registered rules over a design.
namespace Validator {

/// All findings, sorted: errors first, then by rule id, components and message.
std::vector<Finding> validate(const Design &design);
void sortFindings(std::vector<Finding> &findings);

struct Counts
{
    int errors = 0;
    int warnings = 0;
    int infos = 0;
};
Counts count(const std::vector<Finding> &findings);

} // namespace Validator

} // namespace kumo
