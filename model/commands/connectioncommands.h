#pragma once

#include "component.h"

#include <QUndoCommand>

namespace kumo {

class Document;

/// Adds an annotation connection between two components.
class ConnectCommand : public QUndoCommand
{
public:
    ConnectCommand(Document *document, Connection connection, QUndoCommand *parent = nullptr);
    void redo() override;
    void undo() override;

private:
    Document *m_document;
    Connection m_connection;
};

/// Removes an annotation connection.
class DisconnectCommand : public QUndoCommand
{
public:
    DisconnectCommand(Document *document, const QString &connectionId, QUndoCommand *parent = nullptr);
    void redo() override;
    void undo() override;

private:
    Document *m_document;
    Connection m_connection;
};

} // namespace kumo
