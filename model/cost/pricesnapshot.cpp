#include "pricesnapshot.h"

#include "component.h"

#include <QFile>

#include <nlohmann/json.hpp>

#include <set>
#include <tuple>

// The snapshot is compiled into the static model library; make sure its resources are registered.
static void registerPriceResources()
{
    static const bool registered = [] {
        Q_INIT_RESOURCE(prices);
        return true;
    }();
    Q_UNUSED(registered);
}

namespace kumo {

void ensurePriceResources()
{
    registerPriceResources();
}

namespace {

using nlohmann::json;

QString field(const json &object, const char *key)
{
    const auto it = object.find(key);
    return it != object.end() && it->is_string() ? QString::fromStdString(it->get<std::string>()) : QString();
}

} // namespace

std::optional<PriceSnapshot> PriceSnapshot::fromJson(const QByteArray &utf8, QString *error)
{
    const json root = json::parse(utf8.constBegin(), utf8.constEnd(), nullptr, false);
    auto fail = [error](const QString &message) {
        if (error)
            *error = message;
        return std::optional<PriceSnapshot>();
    };
    if (root.is_discarded() || !root.is_object())
        return fail(QStringLiteral("the price snapshot is not a JSON object"));
    if (field(root, "format") != QLatin1String("kumo-prices"))
        return fail(QStringLiteral("format: expected \"kumo-prices\""));
    PriceSnapshot s;
    s.m_date = field(root, "snapshot_date");
    if (s.m_date.isEmpty())
        return fail(QStringLiteral("snapshot_date: missing"));
    if (root.contains("hours_per_month")) {
        if (!root["hours_per_month"].is_number() || root["hours_per_month"].get<double>() <= 0)
            return fail(QStringLiteral("hours_per_month: expected a positive number"));
        s.m_hoursPerMonth = root["hours_per_month"].get<double>();
    }
    if (root.contains("usd_jpy") && !root["usd_jpy"].is_null()) {
        if (!root["usd_jpy"].is_number() || root["usd_jpy"].get<double>() <= 0)
            return fail(QStringLiteral("usd_jpy: expected a positive number or null"));
        s.m_usdJpy = root["usd_jpy"].get<double>();
        s.m_usdJpyDate = field(root, "usd_jpy_date");
        if (s.m_usdJpyDate.isEmpty())
            return fail(QStringLiteral("usd_jpy_date: a rate needs its date"));
    }
    if (!root.contains("regions") || !root["regions"].is_object())
        return fail(QStringLiteral("regions: expected an object"));
    for (auto it = root["regions"].begin(); it != root["regions"].end(); ++it)
        s.m_regions.push_back({QString::fromStdString(it.key()), field(it.value(), "usage_type_prefix")});

    if (!root.contains("prices") || !root["prices"].is_array())
        return fail(QStringLiteral("prices: expected an array"));
    std::set<std::tuple<QString, QString, QString, QString, QString>> seen;
    int index = 0;
    for (const json &p : root["prices"]) {
        const QString place = QStringLiteral("prices[%1]").arg(index++);
        if (!p.is_object())
            return fail(place + QStringLiteral(": expected an object"));
        Price price;
        price.region = field(p, "region");
        price.service = field(p, "service");
        price.usageType = field(p, "usage_type");
        price.engine = field(p, "engine");
        price.tier = field(p, "tier");
        price.source = field(p, "source");
        price.date = field(p, "date");
        price.derived = field(p, "derived");
        price.assumed = p.value("assumed", false);
        for (const auto &[name, value] : {std::pair{"region", price.region}, {"service", price.service},
                                          {"usage_type", price.usageType}, {"source", price.source}, {"date", price.date}}) {
            if (value.isEmpty())
                return fail(place + QStringLiteral(".%1: missing").arg(QLatin1String(name)));
        }
        const auto unit = PriceUnits::parse(field(p, "unit"));
        if (!unit)
            return fail(place + QStringLiteral(".unit: unknown unit '%1'").arg(field(p, "unit")));
        price.unit = *unit;
        if (!p.contains("usd") || !p["usd"].is_number() || p["usd"].get<double>() < 0)
            return fail(place + QStringLiteral(".usd: expected a number of at least 0"));
        price.usd = p["usd"].get<double>();
        if (price.region != QLatin1String("global") && !s.coversRegion(price.region))
            return fail(place + QStringLiteral(".region: '%1' is not in the regions table").arg(price.region));
        if (!seen.insert({price.region, price.service, price.usageType, price.engine, price.tier}).second)
            return fail(place + QStringLiteral(": a second price for %1 %2 in %3: conflicting prices must be left out")
                                    .arg(price.service, price.usageType, price.region));
        s.m_prices.push_back(price);
    }
    if (root.contains("unpriced")) {
        if (!root["unpriced"].is_array())
            return fail(QStringLiteral("unpriced: expected an array"));
        for (const json &u : root["unpriced"]) {
            if (!u.is_object())
                return fail(QStringLiteral("unpriced: expected objects"));
            s.m_absent.push_back({field(u, "region"), field(u, "service"), field(u, "usage_type"), field(u, "engine"), field(u, "reason")});
        }
    }
    return s;
}

const PriceSnapshot &PriceSnapshot::bundled()
{
    static const PriceSnapshot snapshot = [] {
        ensurePriceResources();
        QFile file(QStringLiteral(":/prices/aws.json"));
        QString error;
        std::optional<PriceSnapshot> s;
        if (file.open(QIODevice::ReadOnly))
            s = fromJson(file.readAll(), &error);
        if (!s)
            qFatal("the bundled price snapshot is broken: %s", qPrintable(error));
        return *s;
    }();
    return snapshot;
}

bool PriceSnapshot::coversRegion(const QString &region) const
{
    if (region == QLatin1String("global"))
        return true;
    for (const RegionInfo &r : m_regions) {
        if (r.code == region)
            return true;
    }
    return false;
}

QString PriceSnapshot::regionalUsageType(const QString &region, const QString &usageType) const
{
    for (const RegionInfo &r : m_regions) {
        if (r.code == region)
            return r.prefix + usageType;
    }
    return usageType;
}

const Price *PriceSnapshot::find(const QString &region, const QString &service, const QString &usageType,
                                 const QString &engine) const
{
    const QString wanted = regionalUsageType(region, usageType);
    for (const Price &p : m_prices) { // tiers are listed in order: the first match is the first tier
        if (p.region == region && p.service == service && p.usageType == wanted && p.engine == engine)
            return &p;
    }
    return nullptr;
}

QString PriceSnapshot::absenceReason(const QString &region, const QString &service, const QString &usageType,
                                     const QString &engine) const
{
    const QString wanted = regionalUsageType(region, usageType);
    for (const Absence &a : m_absent) {
        if (a.region != region || a.service != service || a.engine != engine)
            continue;
        const bool wildcard = a.usageType.endsWith(QLatin1Char('*'));
        if (wildcard ? wanted.startsWith(a.usageType.chopped(1)) : wanted == a.usageType)
            return a.reason;
    }
    return QString();
}

} // namespace kumo
