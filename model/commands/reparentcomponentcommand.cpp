#include "reparentcomponentcommand.h"

#include "document.h"

#include <QCoreApplication>

namespace kumo {

ReparentComponentCommand::ReparentComponentCommand(Document *document, const QString &id, const QString &newParent,
                                                   std::optional<QRectF> newGeometry, QUndoCommand *parent)
    : QUndoCommand(parent)
    , m_document(document)
    , m_id(id)
    , m_newParent(newParent)
    , m_newGeometry(newGeometry)
{
    const Design &design = document->design();
    const Component *c = design.component(id);
    const bool cycle = newParent == id || (!newParent.isEmpty() && design.isAncestor(id, newParent));
    if (!c || cycle || (!newParent.isEmpty() && !design.contains(newParent))) {
        setObsolete(true);
        return;
    }
    m_oldParent = c->parent;
    m_oldGeometry = c->geometry;
    const Component *target = design.component(newParent);
    setText(QCoreApplication::translate("kumo::Commands", "Move %1 into %2")
                .arg(c->displayName(), target ? target->displayName() : QCoreApplication::translate("kumo::Commands", "the top level")));
}

void ReparentComponentCommand::redo()
{
    m_document->setParent(m_id, m_newParent);
    m_document->setGeometry(m_id, m_newGeometry);
}

void ReparentComponentCommand::undo()
{
    m_document->setParent(m_id, m_oldParent);
    m_document->setGeometry(m_id, m_oldGeometry);
}

} // namespace kumo
