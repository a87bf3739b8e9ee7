#pragma once

#include <QUndoCommand>

#include <nlohmann/json.hpp>

namespace kumo {

class Document;

/// Sets one property of one component (null removes it, so the default applies again).
/// Consecutive changes of the same property of the same component merge into one undo step.
class ChangePropertyCommand : public QUndoCommand
{
public:
    ChangePropertyCommand(Document *document, const QString &componentId, const QString &key,
                          nlohmann::json value, QUndoCommand *parent = nullptr);

    void redo() override;
    void undo() override;
    int id() const override;
    bool mergeWith(const QUndoCommand *other) override;

    /// Narrows merging to edits of one part of the value: typing in one field of a structured
    /// list merges ("ingress/0/from_port"), another field or an added entry is a step of its own.
    /// An empty scope never merges.
    void setEditScope(const QString &scope) { m_scope = scope; }

private:
    Document *m_document;
    QString m_componentId;
    QString m_key;
    QString m_scope = QStringLiteral("*"); ///< the whole value by default
    nlohmann::json m_before; ///< null when the property was absent
    nlohmann::json m_after;
};

/// Renames a component (its display name, not its id); consecutive renames merge.
class RenameComponentCommand : public QUndoCommand
{
public:
    RenameComponentCommand(Document *document, const QString &componentId, const QString &name,
                           QUndoCommand *parent = nullptr);

    void redo() override;
    void undo() override;
    int id() const override;
    bool mergeWith(const QUndoCommand *other) override;

private:
    Document *m_document;
    QString m_componentId;
    QString m_before;
    QString m_after;
};

} // namespace kumo
