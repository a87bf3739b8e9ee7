#pragma once

#include "finding.h"

#include <QAbstractItemModel>

#include <vector>

namespace kumo {

/// The validator's findings grouped by severity: one top-level row per severity that has
/// findings ("Errors (3)"), the findings under it. Findings are kept in severity order, so a
/// finding's number is its position in findings().
class FindingsModel : public QAbstractItemModel
{
    Q_OBJECT

public:
    static constexpr int ComponentsRole = Qt::UserRole + 1;
    static constexpr int RuleRole = Qt::UserRole + 2;
    static constexpr int SeverityRole = Qt::UserRole + 3; ///< int(Severity), on groups and findings
    static constexpr int FindingRole = Qt::UserRole + 4;  ///< the finding's number, -1 on groups

    using QAbstractItemModel::QAbstractItemModel;

    void setFindings(std::vector<Finding> findings);
    const std::vector<Finding> &findings() const { return m_findings; }

    /// The index of finding number @p finding, or an invalid index.
    QModelIndex indexOfFinding(int finding) const;
    /// The finding number an index stands for, or -1 for a group or an invalid index.
    int findingAt(const QModelIndex &index) const;
    /// The group row of a severity, or an invalid index when it has no findings.
    QModelIndex groupIndex(Severity severity) const;

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;

private:
    struct Group
    {
        Severity severity;
        int first; ///< number of its first finding
        int count;
    };
    QVariant groupData(const Group &group, int role) const;
    QVariant findingData(int finding, int role) const;

    std::vector<Finding> m_findings;
    std::vector<Group> m_groups;
};

} // namespace kumo
