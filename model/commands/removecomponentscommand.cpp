#include "removecomponentscommand.h"

#include "document.h"

#include <QCoreApplication>
#include <QSet>

namespace kumo {

RemoveComponentsCommand::RemoveComponentsCommand(Document *document, const QStringList &ids, QUndoCommand *parent)
    : QUndoCommand(parent)
    , m_document(document)
{
    const Design &design = document->design();
    QSet<QString> seen;
    for (const QString &id : ids) {
        for (const QString &member : design.subtree(id)) {
            if (!seen.contains(member)) {
                seen.insert(member);
                m_ids << member;
            }
        }
    }
    for (const auto &[id, c] : design.connections()) {
        if (seen.contains(c.from) || seen.contains(c.to))
            m_connectionIds << id;
    }
    setText(QCoreApplication::translate("kumo::Commands", "Delete %n component(s)", nullptr, int(m_ids.size())));
}

void RemoveComponentsCommand::redo()
{
    m_removedConnections = m_document->takeConnections(m_connectionIds);
    QStringList childrenFirst(m_ids.crbegin(), m_ids.crend());
    m_removed = m_document->takeComponents(childrenFirst);
}

void RemoveComponentsCommand::undo()
{
    std::vector<Component> parentsFirst(m_removed.rbegin(), m_removed.rend());
    m_document->insertComponents(parentsFirst);
    m_document->insertConnections(m_removedConnections);
    m_removed.clear();
    m_removedConnections.clear();
}

} // namespace kumo
