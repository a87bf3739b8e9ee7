#pragma once

#include "costestimate.h"

#include <QString>
#include <QStringList>

#include <nlohmann/json.hpp>

#include <vector>

namespace kumo {

/// How an estimate is shown: the currency, the rate used for yen, and the optional consumption tax.
struct CostPresentation
{
    QString currency = QStringLiteral("USD"); ///< "USD" or "JPY"
    double rate = 1;                          ///< units of the currency per USD (JPY per USD for yen)
    QString rateSource;                       ///< where the rate comes from ("--rate", "snapshot 2026-..."), for JPY
    double taxRate = 0;                       ///< 0.10 adds Japanese consumption tax

    /// The yen rates accepted (`kumo cost --rate`, the Cost panel): every rate the yen has had
    /// since 1949 (360 to about 76) with room either side, so that money stays finite and meaningful.
    static constexpr double minimumRate = 1;
    static constexpr double maximumRate = 1000;

    double convert(double usd) const { return usd * rate; }
};

/// The lines of one component, and their sum.
struct ComponentCost
{
    QString component;
    double monthlyUsd = 0;
    std::vector<const CostLine *> lines;
};

/// Text, JSON and CSV renderings of an estimate (cost.md).
namespace CostReport {

/// Lines grouped by component, the most expensive component first (ties by id).
std::vector<ComponentCost> byComponent(const CostEstimate &estimate);
/// An amount of money in the presentation's currency: "$1,234.56", "¥185,219".
QString money(double usd, const CostPresentation &presentation);
/// A unit price, with the decimals it needs: "$0.0136", "¥2.04".
QString unitPrice(double usd, const CostPresentation &presentation);
/// Total with tax, in the presentation's currency.
double totalMonthly(const CostEstimate &estimate, const CostPresentation &presentation);
/// What every estimate must say: snapshot date, 730 hours, usage at 0 until given, free tiers ignored.
QStringList notes(const CostEstimate &estimate, const CostPresentation &presentation);

nlohmann::ordered_json toJson(const CostEstimate &estimate, const CostPresentation &presentation);
QString toCsv(const CostEstimate &estimate, const CostPresentation &presentation);
QString toText(const CostEstimate &estimate, const CostPresentation &presentation, const QString &fileName);

} // namespace CostReport

} // namespace kumo
