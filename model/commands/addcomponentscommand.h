#pragma once

#include "component.h"

#include <QUndoCommand>

#include <vector>

namespace kumo {

class Document;

/// Adds components (and optionally connections between them): a drop, a paste, a duplicate.
class AddComponentsCommand : public QUndoCommand
{
public:
    AddComponentsCommand(Document *document, std::vector<Component> components,
                         std::vector<Connection> connections = {}, QUndoCommand *parent = nullptr);

    void redo() override;
    void undo() override;

private:
    Document *m_document;
    std::vector<Component> m_components;
    std::vector<Connection> m_connections;
};

} // namespace kumo
