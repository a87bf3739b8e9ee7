#pragma once

#include "costestimate.h"
#include "pricesnapshot.h"
#include "usagequantities.h"

namespace kumo {

class Design;

/// The monthly cost of a design from a price snapshot: always-on items at 730 hours a month,
/// usage items at the given quantities (0 until given), in USD. Free tiers are ignored.
namespace CostEstimator {

CostEstimate estimate(const Design &design, const UsageQuantities &usage = UsageQuantities(),
                      const PriceSnapshot &prices = PriceSnapshot::bundled());

} // namespace CostEstimator

} // namespace kumo
