#include "connectioncommands.h"

#include "document.h"

#include <QCoreApplication>

namespace kumo {

ConnectCommand::ConnectCommand(Document *document, Connection connection, QUndoCommand *parent)
    : QUndoCommand(QCoreApplication::translate("kumo::Commands", "Connect"), parent)
    , m_document(document)
    , m_connection(std::move(connection))
{
    if (m_connection.id.isEmpty())
        m_connection.id = document->design().uniqueId(QStringLiteral("c-%1-%2").arg(m_connection.from, m_connection.to));
}

void ConnectCommand::redo()
{
    m_document->insertConnections({m_connection});
}

void ConnectCommand::undo()
{
    m_document->takeConnections({m_connection.id});
}

DisconnectCommand::DisconnectCommand(Document *document, const QString &connectionId, QUndoCommand *parent)
    : QUndoCommand(QCoreApplication::translate("kumo::Commands", "Disconnect"), parent)
    , m_document(document)
{
    if (const Connection *c = document->design().connection(connectionId))
        m_connection = *c;
    else
        setObsolete(true);
}

void DisconnectCommand::redo()
{
    m_document->takeConnections({m_connection.id});
}

void DisconnectCommand::undo()
{
    m_document->insertConnections({m_connection});
}

} // namespace kumo
