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

private:
    Document *m_document;
    QString m_componentId;
    QString m_key;
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
