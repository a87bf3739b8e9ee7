// The cost usage file (`kumo cost --usage`) on any bytes, against the three-tier template: usage
// quantities or a refusal naming the place, never a crash; what is accepted gives a finite,
// non-negative estimate in dollars and in yen at the highest rate accepted.
#include "costestimator.h"
#include "costreport.h"
#include "fuzzcheck.h"
#include "templates.h"
#include "usagequantities.h"

#include <cmath>

using namespace kumo;

extern "C" int LLVMFuzzerTestOneInput(const unsigned char *data, size_t size)
{
    static const Design design = *Templates::load(QStringLiteral("three-tier")).design;
    QString error;
    const std::optional<UsageQuantities> usage = UsageQuantities::fromBytes(fuzz::bytes(data, size), QStringLiteral("usage.json"), design, &error);
    if (!usage) {
        fuzz::check(error.startsWith(QStringLiteral("usage.json")), "a refusal names the file");
        return 0;
    }
    UsageQuantities quantities = *usage;
    quantities.fillWorkshopDefaults(design);
    const CostEstimate estimate = CostEstimator::estimate(design, quantities);
    fuzz::check(std::isfinite(estimate.totalUsd()) && estimate.totalUsd() >= 0, "a finite, non-negative total");
    CostPresentation yen;
    yen.currency = QStringLiteral("JPY");
    yen.rate = CostPresentation::maximumRate;
    yen.taxRate = 0.10;
    const QString text = CostReport::toText(estimate, yen, QStringLiteral("design.kumo"));
    fuzz::check(!text.contains(QStringLiteral("inf")) && !text.contains(QStringLiteral("nan")), "money is printed as numbers");
    CostReport::toJson(estimate, yen);
    CostReport::toCsv(estimate, yen);
    return 0;
}
