#include "resolveconflictcommand.h"

#include "diff/conflictlabels.h"
#include "document.h"

#include <QCoreApplication>

namespace kumo {

ResolveConflictCommand::ResolveConflictCommand(Document *document, const diff::MergeConflict &conflict, diff::Side side, QUndoCommand *parent)
    : QUndoCommand(parent)
    , m_document(document)
    , m_before(document->design())
    , m_after(document->design())
{
    m_applicable = diff::resolveConflict(m_after, conflict, side, &m_error);
    const QString what = diff::ConflictLabels::what(m_before, conflict);
    const QString subject = diff::ConflictLabels::subject(m_before, conflict);
    setText(side == diff::Side::Theirs ? QCoreApplication::translate("kumo::Commands", "Take theirs: %1 of %2").arg(what, subject)
                                       : QCoreApplication::translate("kumo::Commands", "Keep ours: %1 of %2").arg(what, subject));
}

void ResolveConflictCommand::redo()
{
    if (m_applicable)
        m_document->replaceDesign(m_after);
}

void ResolveConflictCommand::undo()
{
    if (m_applicable)
        m_document->replaceDesign(m_before);
}

} // namespace kumo
