#include "findingsmodel.h"

#include <QApplication>
#include <QFont>
#include <QStyle>

#include <algorithm>

namespace kumo {

namespace {
// internal ids: 0 for group rows, group number + 1 for the findings under a group
constexpr quintptr kGroupRow = 0;

QIcon severityIcon(Severity severity)
{
    const QStyle::StandardPixmap icon = severity == Severity::Error     ? QStyle::SP_MessageBoxCritical
                                        : severity == Severity::Warning ? QStyle::SP_MessageBoxWarning
                                                                        : QStyle::SP_MessageBoxInformation;
    return QApplication::style()->standardIcon(icon);
}
} // namespace

void FindingsModel::setFindings(std::vector<Finding> findings)
{
    beginResetModel();
    m_findings = std::move(findings);
    std::stable_sort(m_findings.begin(), m_findings.end(), [](const Finding &a, const Finding &b) { return a.severity < b.severity; });
    m_groups.clear();
    for (int i = 0; i < int(m_findings.size()); ++i) {
        if (m_groups.empty() || m_groups.back().severity != m_findings[size_t(i)].severity)
            m_groups.push_back({m_findings[size_t(i)].severity, i, 0});
        ++m_groups.back().count;
    }
    endResetModel();
}

QModelIndex FindingsModel::indexOfFinding(int finding) const
{
    for (size_t g = 0; g < m_groups.size(); ++g) {
        if (finding >= m_groups[g].first && finding < m_groups[g].first + m_groups[g].count)
            return createIndex(finding - m_groups[g].first, 0, quintptr(g + 1));
    }
    return {};
}

int FindingsModel::findingAt(const QModelIndex &index) const
{
    if (!index.isValid() || index.internalId() == kGroupRow || index.internalId() > m_groups.size())
        return -1;
    return m_groups[index.internalId() - 1].first + index.row();
}

QModelIndex FindingsModel::groupIndex(Severity severity) const
{
    for (size_t g = 0; g < m_groups.size(); ++g) {
        if (m_groups[g].severity == severity)
            return createIndex(int(g), 0, kGroupRow);
    }
    return {};
}

QModelIndex FindingsModel::index(int row, int column, const QModelIndex &parent) const
{
    if (column != 0 || row < 0)
        return {};
    if (!parent.isValid())
        return row < int(m_groups.size()) ? createIndex(row, 0, kGroupRow) : QModelIndex();
    if (parent.internalId() != kGroupRow || parent.row() >= int(m_groups.size()) || row >= m_groups[size_t(parent.row())].count)
        return {};
    return createIndex(row, 0, quintptr(parent.row() + 1));
}

QModelIndex FindingsModel::parent(const QModelIndex &child) const
{
    if (!child.isValid() || child.internalId() == kGroupRow)
        return {};
    return createIndex(int(child.internalId() - 1), 0, kGroupRow);
}

int FindingsModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return int(m_groups.size());
    if (parent.internalId() == kGroupRow && parent.row() < int(m_groups.size()))
        return m_groups[size_t(parent.row())].count;
    return 0;
}

int FindingsModel::columnCount(const QModelIndex &) const
{
    return 1;
}

QVariant FindingsModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid())
        return {};
    if (index.internalId() == kGroupRow)
        return index.row() < int(m_groups.size()) ? groupData(m_groups[size_t(index.row())], role) : QVariant();
    const int finding = findingAt(index);
    return finding >= 0 && finding < int(m_findings.size()) ? findingData(finding, role) : QVariant();
}

QVariant FindingsModel::groupData(const Group &group, int role) const
{
    switch (role) {
    case Qt::DisplayRole:
        switch (group.severity) {
        case Severity::Error: return tr("Errors — AWS would reject (%n)", nullptr, group.count);
        case Severity::Warning: return tr("Warnings — insecure or fragile (%n)", nullptr, group.count);
        case Severity::Info: return tr("Hints — worth knowing (%n)", nullptr, group.count);
        }
        return {};
    case Qt::DecorationRole:
        return severityIcon(group.severity);
    case Qt::FontRole: {
        QFont font;
        font.setBold(true);
        return font;
    }
    case SeverityRole:
        return int(group.severity);
    case FindingRole:
        return -1;
    default:
        return {};
    }
}

QVariant FindingsModel::findingData(int finding, int role) const
{
    const Finding &f = m_findings[size_t(finding)];
    switch (role) {
    case Qt::DisplayRole:
        return f.message;
    case Qt::ToolTipRole:
        return f.rule;
    case Qt::DecorationRole:
        return severityIcon(f.severity);
    case ComponentsRole:
        return f.components;
    case RuleRole:
        return f.rule;
    case SeverityRole:
        return int(f.severity);
    case FindingRole:
        return finding;
    default:
        return {};
    }
}

} // namespace kumo
