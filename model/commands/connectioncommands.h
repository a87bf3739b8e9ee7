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

/// Gives an annotation connection a new label ("HTTPS", "DNS", "replication").
class RelabelConnectionCommand : public QUndoCommand
{
public:
    RelabelConnectionCommand(Document *document, const QString &connectionId, const QString &label, QUndoCommand *parent = nullptr);
    void redo() override;
    void undo() override;

private:
    void apply(const QString &label);
    Document *m_document;
    QString m_id;
    QString m_before;
    QString m_after;
};

} // namespace kumo
