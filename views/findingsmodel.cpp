#include "findingsmodel.h"

#include <QApplication>
#include <QStyle>

namespace kumo {

void FindingsModel::setFindings(std::vector<Finding> findings)
{
    beginResetModel();
    m_findings = std::move(findings);
    endResetModel();
}

int FindingsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_findings.size());
}

QVariant FindingsModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= int(m_findings.size()))
        return {};
    const Finding &f = m_findings[size_t(index.row())];
    switch (role) {
    case Qt::DisplayRole:
        return f.message;
    case Qt::ToolTipRole:
        return f.rule;
    case Qt::DecorationRole: {
        const QStyle::StandardPixmap icon = f.severity == Severity::Error     ? QStyle::SP_MessageBoxCritical
                                            : f.severity == Severity::Warning ? QStyle::SP_MessageBoxWarning
                                                                               : QStyle::SP_MessageBoxInformation;
        return QApplication::style()->standardIcon(icon);
    }
    case ComponentsRole:
        return f.components;
    case RuleRole:
        return f.rule;
    default:
        return {};
    }
}

} // namespace kumo
