#include "diffimpact.h"

#include "costestimator.h"
#include "exposureanalysis.h"
#include "exposurenetwork.h"
#include "validator.h"

#include <QSet>

#include <algorithm>
#include <cmath>
#include <map>

namespace kumo::diff {

namespace {

CostEstimate estimateOf(const Design &design)
{
    QString error;
    const std::optional<UsageQuantities> usage = UsageQuantities::fromDesign(design, &error);
    return CostEstimator::estimate(design, usage.value_or(UsageQuantities()));
}

using ExposureKey = std::tuple<QString, int, QString>;

std::map<ExposureKey, ExposureChange> exposureOf(const Design &design)
{
    const exposure::Network network(design);
    const exposure::ExposureReport report = exposure::Analysis::analyze(network);
    std::map<ExposureKey, ExposureChange> result;
    for (const exposure::ReachablePath &p : report.reachable)
        result.emplace(ExposureKey{p.component, p.port, p.sourceRange},
                       ExposureChange{p.component, p.port, p.sourceRange, exposure::Analysis::pathText(network, p.hops)});
    return result;
}

std::vector<ExposureChange> onlyIn(const std::map<ExposureKey, ExposureChange> &a, const std::map<ExposureKey, ExposureChange> &b)
{
    std::vector<ExposureChange> list;
    for (const auto &[key, change] : a) {
        if (!b.contains(key))
            list.push_back(change);
    }
    return list;
}

QString findingKey(const Finding &f)
{
    return f.rule + QLatin1Char('\x1f') + f.components.join(QLatin1Char(',')) + QLatin1Char('\x1f') + f.message;
}

std::vector<Finding> onlyIn(const std::vector<Finding> &a, const std::vector<Finding> &b)
{
    QSet<QString> keys;
    for (const Finding &f : b)
        keys.insert(findingKey(f));
    std::vector<Finding> list;
    for (const Finding &f : a) {
        if (!keys.contains(findingKey(f)))
            list.push_back(f);
    }
    return list;
}

} // namespace

bool DiffImpact::isEmpty() const
{
    return costChanges.empty() && opened.empty() && closed.empty() && newFindings.empty() && fixedFindings.empty();
}

DiffImpact assessImpact(const Design &before, const Design &after)
{
    DiffImpact impact;
    const CostEstimate costBefore = estimateOf(before);
    const CostEstimate costAfter = estimateOf(after);
    impact.costBefore = costBefore.totalUsd();
    impact.costAfter = costAfter.totalUsd();
    std::map<QString, CostChange> perComponent;
    for (const CostLine &l : costBefore.lines)
        perComponent[l.component].before += l.monthlyUsd();
    for (const CostLine &l : costAfter.lines)
        perComponent[l.component].after += l.monthlyUsd();
    const auto reasons = [](const CostEstimate &estimate, const QString &id) {
        QStringList list;
        for (const UnpricedItem &u : estimate.unpriced) {
            if (u.component == id && !list.contains(u.reason))
                list << u.reason;
        }
        return list.join(QStringLiteral("; "));
    };
    for (const UnpricedItem &u : costBefore.unpriced)
        perComponent[u.component];
    for (const UnpricedItem &u : costAfter.unpriced)
        perComponent[u.component];
    for (auto &[id, change] : perComponent) {
        change.id = id;
        change.unpricedBefore = reasons(costBefore, id);
        change.unpricedAfter = reasons(costAfter, id);
        // below half a cent it rounds to nothing; a price lost or found is a change of its own
        if (std::abs(change.delta()) >= 0.005 || change.unpricedBefore != change.unpricedAfter)
            impact.costChanges.push_back(change);
    }

    const auto reachableBefore = exposureOf(before);
    const auto reachableAfter = exposureOf(after);
    impact.opened = onlyIn(reachableAfter, reachableBefore);
    impact.closed = onlyIn(reachableBefore, reachableAfter);

    const std::vector<Finding> findingsBefore = Validator::validate(before);
    const std::vector<Finding> findingsAfter = Validator::validate(after);
    impact.newFindings = onlyIn(findingsAfter, findingsBefore);
    impact.fixedFindings = onlyIn(findingsBefore, findingsAfter);
    return impact;
}

} // namespace kumo::diff
