#pragma once

#include "design.h"
#include "diff/designmerge.h"

#include <QUndoCommand>

namespace kumo {

class Document;

/// Resolves one merge conflict recorded in the design (`merge_conflicts`, written by `kumo merge`)
/// with the value of one side, and drops it from the record; the record goes with the last one.
/// One undo step; undo puts the value and the record back.
class ResolveConflictCommand : public QUndoCommand
{
public:
    ResolveConflictCommand(Document *document, const diff::MergeConflict &conflict, diff::Side side, QUndoCommand *parent = nullptr);

    /// False when the side's value cannot be applied to the design as it is now (the component
    /// was deleted since, the value does not read); error() says why. Do not push it then.
    bool isApplicable() const { return m_applicable; }
    QString error() const { return m_error; }

    void redo() override;
    void undo() override;

private:
    Document *m_document;
    Design m_before;
    Design m_after;
    bool m_applicable = false;
    QString m_error;
};

} // namespace kumo
