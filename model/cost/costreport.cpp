#include "costreport.h"

#include "costcontext.h"

#include <QLocale>

#include <algorithm>
#include <cmath>
#include <map>

namespace kumo::CostReport {

namespace {


/// Rounds away floating-point noise (0.1 + 0.2) without losing a meaningful digit.
double clean(double value)
{
    return std::round(value * 1e6) / 1e6;
}

bool isYen(const CostPresentation &p)
{
    return p.currency == QLatin1String("JPY");
}

QString symbol(const CostPresentation &p)
{
    return isYen(p) ? QStringLiteral("¥") : QStringLiteral("$");
}

QString grouped(double value, int decimals)
{
    QLocale locale = QLocale::c();
    locale.setNumberOptions(QLocale::DefaultNumberOptions); // with group separators: "1,234.56"
    return locale.toString(value, 'f', decimals);
}

QString csvField(const QString &text)
{
    if (!text.contains(QLatin1Char(',')) && !text.contains(QLatin1Char('"')) && !text.contains(QLatin1Char('\n')))
        return text;
    QString quoted = text;
    quoted.replace(QLatin1String("\""), QLatin1String("\"\""));
    return QLatin1Char('"') + quoted + QLatin1Char('"');
}

QString plainNumber(double value)
{
    return QString::number(clean(value), 'g', 15);
}

const char *kindName(CostKind kind)
{
    return kind == CostKind::AlwaysOn ? "always-on" : "usage";
}

} // namespace

std::vector<ComponentCost> byComponent(const CostEstimate &estimate)
{
    std::vector<ComponentCost> groups;
    std::map<QString, std::size_t> index;
    for (const CostLine &line : estimate.lines) {
        auto [it, added] = index.try_emplace(line.component, groups.size());
        if (added)
            groups.push_back({line.component, 0, {}});
        ComponentCost &g = groups[it->second];
        g.monthlyUsd += line.monthlyUsd();
        g.lines.push_back(&line);
    }
    std::stable_sort(groups.begin(), groups.end(), [](const ComponentCost &a, const ComponentCost &b) {
        const double ca = clean(a.monthlyUsd), cb = clean(b.monthlyUsd);
        return ca != cb ? ca > cb : a.component < b.component;
    });
    return groups;
}

QString money(double usd, const CostPresentation &p)
{
    return symbol(p) + grouped(p.convert(usd), isYen(p) ? 0 : 2);
}

QString unitPrice(double usd, const CostPresentation &p)
{
    QString text = QString::number(clean(p.convert(usd)), 'f', 6);
    while (text.endsWith(QLatin1Char('0')))
        text.chop(1);
    const int decimals = int(text.size() - text.indexOf(QLatin1Char('.')) - 1);
    if (decimals < 2)
        text = QString::number(clean(p.convert(usd)), 'f', 2);
    return symbol(p) + text;
}

double totalMonthly(const CostEstimate &estimate, const CostPresentation &p)
{
    return p.convert(estimate.totalUsd()) * (1 + p.taxRate);
}

QStringList notes(const CostEstimate &estimate, const CostPresentation &p)
{
    QStringList n;
    n << QCoreApplication::translate("kumo::cost", "Prices: on-demand list prices of the bundled snapshot of %1 (USD); always-on items run 730 hours a month.")
             .arg(estimate.snapshotDate);
    if (isYen(p))
        n << QCoreApplication::translate("kumo::cost", "Yen at %1 JPY per USD (%2).").arg(QString::number(p.rate, 'g', 10), p.rateSource);
    n << QCoreApplication::translate("kumo::cost", "Usage-based items cost nothing until a quantity is given (the design's \"usage\" object or --usage FILE); "
            "they show their unit price.");
    n << QCoreApplication::translate("kumo::cost", "Free tiers are ignored: they belong to the AWS account, not to the design.");
    if (p.taxRate > 0)
        n << QCoreApplication::translate("kumo::cost", "Includes %1% consumption tax.").arg(p.taxRate * 100);
    else
        n << QCoreApplication::translate("kumo::cost", "Without consumption tax.");
    return n;
}

nlohmann::ordered_json toJson(const CostEstimate &estimate, const CostPresentation &p)
{
    nlohmann::ordered_json out;
    out["currency"] = p.currency.toStdString();
    out["rate"] = p.rate;
    out["snapshot_date"] = estimate.snapshotDate.toStdString();
    out["total_monthly"] = clean(totalMonthly(estimate, p));
    nlohmann::ordered_json items = nlohmann::ordered_json::array();
    for (const ComponentCost &group : byComponent(estimate)) {
        for (const CostLine *line : group.lines) {
            nlohmann::ordered_json item;
            item["component"] = line->component.toStdString();
            item["description"] = line->description.toStdString();
            item["quantity"] = clean(line->quantity);
            item["unit"] = PriceUnits::name(line->unit).toStdString();
            item["unit_price"] = clean(p.convert(line->unitPriceUsd));
            item["monthly"] = clean(p.convert(line->monthlyUsd()));
            item["kind"] = kindName(line->kind);
            items.push_back(item);
        }
    }
    out["items"] = items;
    nlohmann::ordered_json unpriced = nlohmann::ordered_json::array();
    for (const UnpricedItem &u : estimate.unpriced)
        unpriced.push_back({{"component", u.component.toStdString()}, {"reason", u.reason.toStdString()}});
    out["unpriced"] = unpriced;
    if (p.taxRate > 0) {
        out["tax_rate"] = p.taxRate;
        out["tax"] = clean(p.convert(estimate.totalUsd()) * p.taxRate);
    }
    nlohmann::ordered_json notesJson = nlohmann::ordered_json::array();
    for (const QString &note : notes(estimate, p))
        notesJson.push_back(note.toStdString());
    out["notes"] = notesJson;
    return out;
}

QString toCsv(const CostEstimate &estimate, const CostPresentation &p)
{
    QString out = QStringLiteral("component,description,quantity,unit,unit_price,monthly,kind\n");
    for (const ComponentCost &group : byComponent(estimate)) {
        for (const CostLine *line : group.lines) {
            out += QStringList{csvField(line->component), csvField(line->description), plainNumber(line->quantity),
                               csvField(PriceUnits::name(line->unit)), plainNumber(p.convert(line->unitPriceUsd)),
                               plainNumber(p.convert(line->monthlyUsd())), QString::fromLatin1(kindName(line->kind))}
                       .join(QLatin1Char(','))
                   + QLatin1Char('\n');
        }
    }
    return out;
}

QString toText(const CostEstimate &estimate, const CostPresentation &p, const QString &fileName)
{
    QList<QStringList> rows;
    rows << QStringList{QCoreApplication::translate("kumo::cost", "COMPONENT"), QCoreApplication::translate("kumo::cost", "ITEM"), QCoreApplication::translate("kumo::cost", "QUANTITY"), QCoreApplication::translate("kumo::cost", "UNIT"), QCoreApplication::translate("kumo::cost", "UNIT PRICE"), QCoreApplication::translate("kumo::cost", "MONTHLY")};
    bool anyUsage = false;
    for (const ComponentCost &group : byComponent(estimate)) {
        for (const CostLine *line : group.lines) {
            const bool usage = line->kind == CostKind::Usage;
            anyUsage = anyUsage || usage;
            rows << QStringList{line->component, line->description + (usage ? QStringLiteral(" *") : QString()),
                                QString::number(clean(line->quantity), 'g', 12), PriceUnits::name(line->unit),
                                unitPrice(line->unitPriceUsd, p), money(line->monthlyUsd(), p)};
        }
    }
    QList<qsizetype> widths(6, 0);
    for (const QStringList &row : rows) {
        for (int i = 0; i < 6; ++i)
            widths[i] = std::max(widths[i], row.at(i).size());
    }
    QString out = QCoreApplication::translate("kumo::cost", "Monthly cost estimate of %1 (%2)\n").arg(fileName, p.currency);
    for (const QStringList &row : rows) {
        QString line;
        for (int i = 0; i < 6; ++i) {
            const bool right = i == 2 || i >= 4;
            line += right ? row.at(i).rightJustified(widths[i]) : row.at(i).leftJustified(widths[i]);
            if (i < 5)
                line += QStringLiteral("  ");
        }
        while (line.endsWith(QLatin1Char(' ')))
            line.chop(1);
        out += line + QLatin1Char('\n');
    }
    if (anyUsage)
        out += QCoreApplication::translate("kumo::cost", "* usage-based: 0 until a quantity is given\n");
    if (!estimate.unpriced.empty()) {
        out += QCoreApplication::translate("kumo::cost", "No price (not included in the total):\n");
        for (const UnpricedItem &u : estimate.unpriced)
            out += QStringLiteral("  %1: %2\n").arg(u.component, u.reason);
    }
    for (const QString &note : notes(estimate, p))
        out += note + QLatin1Char('\n');
    if (p.taxRate > 0)
        out += QCoreApplication::translate("kumo::cost", "Consumption tax %1%: %2\n").arg(p.taxRate * 100).arg(money(estimate.totalUsd() * p.taxRate, p));
    out += QCoreApplication::translate("kumo::cost", "Total per month: %1\n").arg(money(estimate.totalUsd() * (1 + p.taxRate), p));
    return out;
}

} // namespace kumo::CostReport
