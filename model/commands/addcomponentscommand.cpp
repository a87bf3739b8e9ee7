#include "addcomponentscommand.h"

#include "catalog.h"
#include "document.h"

#include <QCoreApplication>

namespace kumo {

AddComponentsCommand::AddComponentsCommand(Document *document, std::vector<Component> components,
                                           std::vector<Connection> connections, QUndoCommand *parent)
    : QUndoCommand(parent)
    , m_document(document)
    , m_components(std::move(components))
    , m_connections(std::move(connections))
{
    if (m_components.size() == 1) {
        setText(QCoreApplication::translate("kumo::Commands", "Add %1").arg(Catalog::instance().displayName(m_components.front().kind)));
    } else {
        setText(QCoreApplication::translate("kumo::Commands", "Add %n component(s)", nullptr, int(m_components.size())));
    }
}

void AddComponentsCommand::redo()
{
    m_document->insertComponents(m_components);
    if (!m_connections.empty())
        m_document->insertConnections(m_connections);
}

void AddComponentsCommand::undo()
{
    QStringList connectionIds;
    for (const Connection &c : m_connections)
        connectionIds << c.id;
    if (!connectionIds.isEmpty())
        m_document->takeConnections(connectionIds);
    QStringList ids;
    for (auto it = m_components.rbegin(); it != m_components.rend(); ++it)
        ids << it->id;
    m_document->takeComponents(ids);
}

} // namespace kumo
