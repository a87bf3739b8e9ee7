#include "clicost.h"

#include "clisupport.h"
#include "costestimator.h"
#include "costreport.h"
#include "pricesnapshot.h"
#include "usagequantities.h"

#include <QCommandLineParser>

#include <cmath>

namespace kumo::cli {

namespace {

/// The bundled "workshop defaults" preset, given as --usage preset:workshop.
const QString kWorkshopPreset = QStringLiteral("preset:workshop");

} // namespace

int costCommand(const QStringList &arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption currency(QStringLiteral("currency"), tr("USD or JPY"), QStringLiteral("CURRENCY"), QStringLiteral("USD"));
    const QCommandLineOption rate(QStringLiteral("rate"), tr("yen per US dollar"), QStringLiteral("JPY_PER_USD"));
    const QCommandLineOption format(QStringLiteral("format"), tr("text, json or csv"), QStringLiteral("FORMAT"));
    const QCommandLineOption usage(QStringLiteral("usage"), tr("monthly usage quantities (a JSON file, or preset:workshop)"),
                                   QStringLiteral("USAGE.json"));
    const QCommandLineOption tax(QStringLiteral("tax"), tr("add 10% Japanese consumption tax"));
    const QCommandLineOption output = outputOption(QStringLiteral("OUT"));
    parser.addOptions({currency, rate, format, usage, tax, output});
    if (!parse(parser, arguments, 2))
        return BadInput;
    bool ok = false;
    const QString fmt = formatOption(parser, format, {QStringLiteral("text"), QStringLiteral("json"), QStringLiteral("csv")}, &ok);
    if (!ok)
        return BadInput;

    CostPresentation presentation;
    presentation.currency = parser.value(currency).toUpper();
    if (presentation.currency != QLatin1String("USD") && presentation.currency != QLatin1String("JPY"))
        return usageError(tr("unknown currency '%1' (expected USD or JPY)").arg(parser.value(currency)));
    const PriceSnapshot &prices = PriceSnapshot::bundled();
    if (parser.isSet(rate)) {
        const double r = parser.value(rate).toDouble(&ok);
        if (!ok || !std::isfinite(r) || r < CostPresentation::minimumRate || r > CostPresentation::maximumRate)
            return usageError(tr("--rate must be a number of yen per US dollar from %1 to %2, not '%3'")
                                  .arg(CostPresentation::minimumRate)
                                  .arg(CostPresentation::maximumRate)
                                  .arg(parser.value(rate)));
        if (presentation.currency != QLatin1String("JPY"))
            return usageError(tr("--rate applies to --currency JPY only"));
        presentation.rate = r;
        presentation.rateSource = tr("given with --rate");
    } else if (presentation.currency == QLatin1String("JPY")) {
        if (!prices.usdJpy())
            return usageError(tr("the price snapshot of %1 has no dated yen rate; give one with --rate JPY_PER_USD").arg(prices.date()));
        presentation.rate = *prices.usdJpy();
        presentation.rateSource = tr("the snapshot's rate of %1").arg(prices.usdJpyDate());
    }
    if (parser.isSet(tax))
        presentation.taxRate = 0.10;

    const QString path = parser.positionalArguments().at(1);
    const auto design = loadOrReport(path);
    if (!design)
        return BadInput;
    QString error;
    std::optional<UsageQuantities> quantities = UsageQuantities::fromDesign(*design, &error);
    if (!quantities) {
        err(QStringLiteral("%1: %2").arg(path, error));
        return BadInput;
    }
    if (parser.isSet(usage)) {
        if (parser.value(usage) == kWorkshopPreset) {
            quantities->fillWorkshopDefaults(*design);
        } else {
            const auto fromFile = UsageQuantities::fromFile(parser.value(usage), *design, &error);
            if (!fromFile) {
                err(error);
                return BadInput;
            }
            quantities->overrideWith(*fromFile);
        }
    }

    const CostEstimate estimate = CostEstimator::estimate(*design, *quantities, prices);
    const QByteArray report = fmt == QLatin1String("json")  ? jsonBytes(CostReport::toJson(estimate, presentation))
                              : fmt == QLatin1String("csv") ? CostReport::toCsv(estimate, presentation).toUtf8()
                                                            : CostReport::toText(estimate, presentation, path).toUtf8();
    return writeOutput(outputPath(parser, output), report) ? Success : BadInput;
}

} // namespace kumo::cli
