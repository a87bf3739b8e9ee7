#pragma once

#include "finding.h"

#include <QAbstractListModel>

#include <vector>

namespace kumo {

/// A thin list model over the validator's findings.
class FindingsModel : public QAbstractListModel
{
    Q_OBJECT

public:
    static constexpr int ComponentsRole = Qt::UserRole + 1;
    static constexpr int RuleRole = Qt::UserRole + 2;

    using QAbstractListModel::QAbstractListModel;

    void setFindings(std::vector<Finding> findings);
    const std::vector<Finding> &findings() const { return m_findings; }

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;

private:
    std::vector<Finding> m_findings;
};

} // namespace kumo
