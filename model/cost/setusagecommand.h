#pragma once

#include <QString>
#include <QUndoCommand>

#include <nlohmann/json.hpp>

namespace kumo {

class Document;

/// Sets one monthly usage quantity of a component (the design's "usage" object) as one undo
/// step; repeated edits of the same quantity merge.
class SetUsageCommand : public QUndoCommand
{
public:
    /// @p value null removes the quantity (back to 0 / not given).
    SetUsageCommand(Document *document, const QString &componentId, const QString &quantity, nlohmann::json value,
                    QUndoCommand *parent = nullptr);

    void redo() override;
    void undo() override;
    int id() const override;
    bool mergeWith(const QUndoCommand *other) override;

private:
    Document *m_document;
    QString m_componentId;
    QString m_quantity;
    nlohmann::json m_before; ///< null when the quantity was not given
    nlohmann::json m_after;
};

} // namespace kumo
