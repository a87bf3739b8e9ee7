#pragma once

#include <QRectF>
#include <QUndoCommand>

#include <optional>

namespace kumo {

class Document;

/// Moves a component into another container (or to the top level), with its new geometry.
/// The caller checks Catalog::canContain first; a move that would create a cycle is obsolete.
class ReparentComponentCommand : public QUndoCommand
{
public:
    ReparentComponentCommand(Document *document, const QString &id, const QString &newParent,
                             std::optional<QRectF> newGeometry, QUndoCommand *parent = nullptr);

    void redo() override;
    void undo() override;

private:
    Document *m_document;
    QString m_id;
    QString m_oldParent;
    QString m_newParent;
    std::optional<QRectF> m_oldGeometry;
    std::optional<QRectF> m_newGeometry;
};

} // namespace kumo
