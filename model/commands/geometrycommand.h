#pragma once

#include <QHash>
#include <QPointF>
#include <QRectF>
#include <QUndoCommand>

#include <optional>

namespace kumo {

class Document;

/// Sets the geometry of one or more components: the result of a move or a resize.
/// A whole drag is one command, pushed when the mouse is released.
class GeometryCommand : public QUndoCommand
{
public:
    /// Moves the components by @p delta (components without geometry get a zero-size box).
    static GeometryCommand *move(Document *document, const QStringList &ids, QPointF delta);
    /// Gives one component a new rectangle.
    static GeometryCommand *resize(Document *document, const QString &id, const QRectF &rect);
    /// Any set of new rectangles (align, layout).
    GeometryCommand(Document *document, const QHash<QString, QRectF> &geometries, const QString &text,
                    QUndoCommand *parent = nullptr);

    void redo() override;
    void undo() override;

private:
    struct Change
    {
        QString id;
        std::optional<QRectF> before;
        std::optional<QRectF> after;
    };
    Document *m_document;
    std::vector<Change> m_changes;
};

} // namespace kumo
