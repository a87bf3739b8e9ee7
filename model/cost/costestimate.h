#pragma once

#include "priceunit.h"

#include <QString>
#include <QStringList>

#include <vector>

namespace kumo {

/// Always-on items run the whole month; usage items cost what the given quantities cost.
enum class CostKind { AlwaysOn, Usage };

/// One priced line of an estimate, in USD. monthly = quantity × unit price, always: the quantity
/// is already expressed in the price's unit (730 hours, 20 GB-months, 12.5 × 10,000 requests).
struct CostLine
{
    QString component;   ///< component id
    QString description; ///< what the line is, e.g. "NAT gateway hours"
    QString explanation; ///< what is charged and why, for people learning
    double quantity = 0; ///< in units of @ref unit
    PriceUnit unit = PriceUnit::Hour;
    double unitPriceUsd = 0;
    CostKind kind = CostKind::AlwaysOn;
    QString usageQuantity; ///< the usage quantity that feeds a usage line ("data_processed_gb"), else empty
    bool assumed = false;  ///< the quantity (workshop defaults) or the price is an assumption
    QString source;        ///< the price's source key and date, e.g. "KARP 2026-07-20"

    double monthlyUsd() const { return quantity * unitPriceUsd; }
};

/// A component (or part of one) that costs money but has no price in the snapshot.
struct UnpricedItem
{
    QString component;
    QString reason; ///< e.g. "no price for eu-west-1"
};

/// The monthly estimate of a design, in USD.
struct CostEstimate
{
    QString snapshotDate;
    std::vector<CostLine> lines;
    std::vector<UnpricedItem> unpriced;

    double totalUsd() const
    {
        double sum = 0;
        for (const CostLine &l : lines)
            sum += l.monthlyUsd();
        return sum;
    }
    double componentTotalUsd(const QString &id) const
    {
        double sum = 0;
        for (const CostLine &l : lines) {
            if (l.component == id)
                sum += l.monthlyUsd();
        }
        return sum;
    }
};

} // namespace kumo
