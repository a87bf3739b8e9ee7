#pragma once

#include "finding.h"

#include <QString>

#include <vector>

namespace kumo {
class Design;
}

namespace kumo::diff {

/// The monthly cost of one component before and after, in USD.
struct CostChange
{
    QString id;
    double before = 0;
    double after = 0;
    /// Why a part of it has no price on that side ("no price for db.m5.large in ap-northeast-1"):
    /// its cost there is then more than the figure says. Empty when everything is priced.
    QString unpricedBefore;
    QString unpricedAfter;
    double delta() const { return after - before; }
};

/// Something the internet reaches on one side only.
struct ExposureChange
{
    QString component;
    int port = 0;
    QString sourceRange; ///< "0.0.0.0/0" or a narrower public range
    QString path;        ///< "internet -> web-alb 443 -> db 3306"
};

/// What a change does, beyond what it edits: money, reachability from the internet, findings.
struct DiffImpact
{
    double costBefore = 0; ///< USD a month, from the bundled prices and each side's usage
    double costAfter = 0;
    std::vector<CostChange> costChanges; ///< components whose monthly cost differs, by id
    std::vector<ExposureChange> opened;  ///< reachable after, not before
    std::vector<ExposureChange> closed;  ///< reachable before, not after
    std::vector<Finding> newFindings;    ///< found after, not before
    std::vector<Finding> fixedFindings;  ///< found before, not after

    double costDelta() const { return costAfter - costBefore; }
    bool isEmpty() const;
};

DiffImpact assessImpact(const Design &before, const Design &after);

} // namespace kumo::diff
