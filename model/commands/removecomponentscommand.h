#pragma once

#include "component.h"

#include <QUndoCommand>

#include <vector>

namespace kumo {

class Document;

/// Removes components with everything inside them and the connections that touch them.
class RemoveComponentsCommand : public QUndoCommand
{
public:
    RemoveComponentsCommand(Document *document, const QStringList &ids, QUndoCommand *parent = nullptr);

    void redo() override;
    void undo() override;

private:
    Document *m_document;
    QStringList m_ids;           ///< every removed id, parents before children
    QStringList m_connectionIds;
    std::vector<Component> m_removed;
    std::vector<Connection> m_removedConnections;
};

} // namespace kumo
