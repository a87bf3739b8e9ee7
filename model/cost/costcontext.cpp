#include "costcontext.h"

#include "design.h"

namespace kumo::cost {

CostContext::CostContext(const Design &design, const UsageQuantities &usage, const PriceSnapshot &prices, CostEstimate &out)
    : m_design(design), m_usage(usage), m_prices(prices), m_out(out)
{
}

QString CostContext::regionOf(const Component &c, bool global) const
{
    if (global)
        return QStringLiteral("global");
    const Component *region = c.kind == QLatin1String("region") ? &c : m_design.ancestorOfKind(c.id, QStringLiteral("region"));
    return region ? region->stringProp("region").trimmed() : QString();
}

bool CostContext::hasElasticIp(const QString &instance)
{
    if (!m_withElasticIp) {
        m_withElasticIp.emplace();
        for (const Component *eip : m_design.componentsOfKind(QStringLiteral("elastic_ip")))
            m_withElasticIp->insert(eip->stringProp("instance"));
    }
    return m_withElasticIp->contains(instance);
}

bool CostContext::regionPriced(const Component &c, const QString &region)
{
    if (!region.isEmpty() && m_prices.coversRegion(region))
        return true;
    if (!m_reportedRegion.contains(c.id)) {
        m_reportedRegion.insert(c.id);
        unpriced(c, region.isEmpty() ? QCoreApplication::translate("kumo::cost", "not placed in a region, so no price applies")
                                     : QCoreApplication::translate("kumo::cost", "no price for %1").arg(region));
    }
    return false;
}

const Price *CostContext::price(const Component &c, const QString &region, const PricedItem &item)
{
    if (!regionPriced(c, region))
        return nullptr;
    const Price *p = m_prices.find(region, item.service, item.usageType, item.engine);
    if (!p) {
        const QString reason = m_prices.absenceReason(region, item.service, item.usageType, item.engine);
        const QString where = region == QLatin1String("global") ? QString() : QCoreApplication::translate("kumo::cost", " in %1").arg(region);
        unpriced(c, reason.isEmpty() ? QCoreApplication::translate("kumo::cost", "no price for %1%2").arg(item.description, where)
                                     : QCoreApplication::translate("kumo::cost", "no price for %1%2: %3").arg(item.description, where, reason));
        return nullptr;
    }
    if (p->unit != item.unit) {
        unpriced(c, QCoreApplication::translate("kumo::cost", "no price for %1: the snapshot gives it per %2, expected per %3")
                        .arg(item.description, PriceUnits::name(p->unit), PriceUnits::name(item.unit)));
        return nullptr;
    }
    return p;
}

CostLine *CostContext::alwaysOn(const Component &c, const QString &region, const PricedItem &item, double count)
{
    if (count < 0) { // a negative size or count (the validator reports it): never a negative cost
        unpriced(c, QCoreApplication::translate("kumo::cost", "no price for %1: a negative amount (%2) cannot be priced")
                        .arg(item.description).arg(count));
        return nullptr;
    }
    const Price *p = price(c, region, item);
    if (!p)
        return nullptr;
    double quantity = count;
    switch (PriceUnits::period(p->unit)) {
    case UnitPeriod::PerHour: quantity = count * m_prices.hoursPerMonth(); break;
    case UnitPeriod::PerMonth:
    case UnitPeriod::None: break;
    case UnitPeriod::PerUse:
        unpriced(c, QCoreApplication::translate("kumo::cost", "no price for %1: a %2 price cannot be always on").arg(item.description, PriceUnits::name(p->unit)));
        return nullptr;
    }
    CostLine line;
    line.component = c.id;
    line.description = item.description;
    line.explanation = item.explanation;
    line.quantity = quantity;
    line.unit = p->unit;
    line.unitPriceUsd = p->usd;
    line.kind = CostKind::AlwaysOn;
    line.assumed = p->assumed;
    line.source = p->source + QLatin1Char(' ') + p->date;
    m_out.lines.push_back(line);
    return &m_out.lines.back();
}

void CostContext::usage(const Component &c, const QString &region, const PricedItem &item, const QString &quantity)
{
    const Price *p = price(c, region, item);
    if (!p)
        return;
    const std::optional<UsageValue> given = m_usage.value(c.id, quantity);
    const double value = given ? given->value : 0;
    double amount = 0;
    switch (PriceUnits::period(p->unit)) {
    case UnitPeriod::PerHour: amount = value * m_prices.hoursPerMonth(); break; // an average amount held all month
    case UnitPeriod::PerMonth: amount = value; break;
    case UnitPeriod::PerUse: amount = value / PriceUnits::perUnit(p->unit); break;
    case UnitPeriod::None:
        unpriced(c, QCoreApplication::translate("kumo::cost", "no price for %1: a %2 is not a usage price").arg(item.description, PriceUnits::name(p->unit)));
        return;
    }
    CostLine line;
    line.component = c.id;
    line.description = item.description;
    line.explanation = item.explanation;
    line.quantity = amount;
    line.unit = p->unit;
    line.unitPriceUsd = p->usd;
    line.kind = CostKind::Usage;
    line.usageQuantity = quantity;
    line.assumed = p->assumed || (given && given->assumed);
    if (given && given->assumed)
        line.description += QCoreApplication::translate("kumo::cost", " (assumed: workshop defaults)");
    line.source = p->source + QLatin1Char(' ') + p->date;
    m_out.lines.push_back(line);
}

void CostContext::unpriced(const Component &c, const QString &reason)
{
    m_out.unpriced.push_back({c.id, reason});
}

} // namespace kumo::cost
