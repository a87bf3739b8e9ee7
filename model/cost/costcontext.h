#pragma once
// What the per-kind pricing functions share: the design, the prices, the usage quantities and the
// estimate they add lines to.

#include "costestimate.h"
#include "pricesnapshot.h"
#include "usagequantities.h"

#include <QCoreApplication>
#include <QSet>

#include <optional>

namespace kumo {
class Design;
struct Component;
} // namespace kumo

namespace kumo::cost {

inline QString tr(const char *text, const char *disambiguation = nullptr, int n = -1)
{
    return QCoreApplication::translate("kumo::cost", text, disambiguation, n);
}

/// One thing to price: which price of the snapshot, in which unit it must be, and what to say.
struct PricedItem
{
    QString service;   ///< e.g. "AmazonEC2"
    QString usageType; ///< without regional prefix, e.g. "NatGateway-Hours"
    PriceUnit unit;    ///< the unit the code expects; a snapshot price in another unit is refused
    QString description;
    QString explanation;
    QString engine = QString();
};

class CostContext
{
public:
    CostContext(const Design &design, const UsageQuantities &usage, const PriceSnapshot &prices, CostEstimate &out);

    const Design &design() const { return m_design; }
    const PriceSnapshot &prices() const { return m_prices; }

    /// The region a component is billed in: its region ancestor's code; "global" for global
    /// services (@p global true); empty when a regional component is drawn outside any region.
    QString regionOf(const Component &c, bool global = false) const;
    /// False (and one "no price for REGION" entry for @p c) when the snapshot lacks the region.
    bool regionPriced(const Component &c, const QString &region);

    /// Adds an always-on line: @p count items for the whole month, that is count × 730 hours for
    /// an hourly price and count months for a monthly one.
    /// Returns the line added (valid until the next line is added), or null when unpriced.
    CostLine *alwaysOn(const Component &c, const QString &region, const PricedItem &item, double count);
    /// Adds a usage line fed by @p quantity of the usage quantities (0 until given): GB, requests
    /// (converted to the price's 1,000 or 10,000), minutes, or an average amount for hourly prices.
    void usage(const Component &c, const QString &region, const PricedItem &item, const QString &quantity);
    void unpriced(const Component &c, const QString &reason);

    /// Whether an Elastic IP of the design is attached to @p instance (one pass over the design).
    bool hasElasticIp(const QString &instance);

    /// The price of @p item in @p region in the expected unit; otherwise null and an unpriced entry.
    const Price *price(const Component &c, const QString &region, const PricedItem &item);

private:
    const Design &m_design;
    const UsageQuantities &m_usage;
    const PriceSnapshot &m_prices;
    CostEstimate &m_out;
    QSet<QString> m_reportedRegion; ///< components already listed as "no price for REGION"
    std::optional<QSet<QString>> m_withElasticIp; ///< instances an Elastic IP is attached to
};

} // namespace kumo::cost
