#pragma once

#include "priceunit.h"

#include <QByteArray>
#include <QString>

#include <optional>
#include <vector>

namespace kumo {

/// Registers the bundled snapshot and usage presets (":/prices/...") of the static library.
void ensurePriceResources();

/// One sourced on-demand list price of the snapshot.
struct Price
{
    QString region;    ///< AWS region code, or "global" for global services (Route 53, CloudFront, ...)
    QString service;   ///< the Price List offer, e.g. "AmazonEC2"
    QString usageType; ///< the AWS usage type with its regional prefix, e.g. "APN1-NatGateway-Hours"
    QString engine;    ///< database engine for RDS instance prices, else empty
    QString tier;      ///< e.g. "first 10 TB" for tiered prices, else empty
    PriceUnit unit = PriceUnit::Hour;
    double usd = 0;    ///< USD per unit (for PriceUnit::Factor: the multiplier)
    QString source;    ///< key of the snapshot's sources table
    QString date;      ///< date of the source ("2026-07-20", "2026-09", "undated")
    QString derived;   ///< how it was derived from another price, if it was
    bool assumed = false; ///< taken over from another region without a source of its own
};

/// The bundled price snapshot (resources/prices/aws.json): sourced prices, each with region, usage
/// type, unit, USD amount, source and date. Missing or conflicting prices are simply absent; the
/// snapshot's "unpriced" list says why, and the estimate reports them as "no price".
class PriceSnapshot
{
public:
    /// Reads a snapshot; refuses it (naming the place in @p error) when anything is malformed,
    /// a unit is unknown, or two prices claim the same item.
    static std::optional<PriceSnapshot> fromJson(const QByteArray &utf8, QString *error);
    /// The snapshot compiled into the application.
    static const PriceSnapshot &bundled();

    QString date() const { return m_date; }
    /// Hours in a month for always-on items (730).
    double hoursPerMonth() const { return m_hoursPerMonth; }
    /// The snapshot's dated JPY per USD rate, if it has one.
    std::optional<double> usdJpy() const { return m_usdJpy; }
    QString usdJpyDate() const { return m_usdJpyDate; }

    /// Whether the snapshot has prices for @p region ("global" always counts).
    bool coversRegion(const QString &region) const;
    /// The usage type as AWS writes it in @p region: "NatGateway-Hours" -> "APN1-NatGateway-Hours".
    QString regionalUsageType(const QString &region, const QString &usageType) const;
    /// The price of @p usageType (given without regional prefix) in @p region, the first tier when
    /// tiered; null when the snapshot has none.
    const Price *find(const QString &region, const QString &service, const QString &usageType,
                      const QString &engine = QString()) const;
    /// Why the snapshot has no such price (its "unpriced" list), or an empty string.
    QString absenceReason(const QString &region, const QString &service, const QString &usageType,
                          const QString &engine = QString()) const;

    const std::vector<Price> &prices() const { return m_prices; }

private:
    struct Absence
    {
        QString region, service, usageType, engine, reason;
    };
    struct RegionInfo
    {
        QString code, prefix;
    };

    QString m_date;
    double m_hoursPerMonth = 730;
    std::optional<double> m_usdJpy;
    QString m_usdJpyDate;
    std::vector<RegionInfo> m_regions;
    std::vector<Price> m_prices;
    std::vector<Absence> m_absent;
};

} // namespace kumo
