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

RelabelConnectionCommand::RelabelConnectionCommand(Document *document, const QString &connectionId, const QString &label,
                                                   QUndoCommand *parent)
    : QUndoCommand(QCoreApplication::translate("kumo::Commands", "Label Connection"), parent)
    , m_document(document)
    , m_id(connectionId)
    , m_after(label)
{
    const Connection *c = document->design().connection(connectionId);
    if (c)
        m_before = c->label;
    setObsolete(!c || m_before == m_after);
}

void RelabelConnectionCommand::apply(const QString &label)
{
    std::vector<Connection> taken = m_document->takeConnections({m_id});
    for (Connection &c : taken)
        c.label = label;
    m_document->insertConnections(taken);
}

void RelabelConnectionCommand::redo()
{
    apply(m_after);
}

void RelabelConnectionCommand::undo()
{
    apply(m_before);
}

} // namespace kumo
