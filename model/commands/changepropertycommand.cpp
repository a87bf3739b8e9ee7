#include "changepropertycommand.h"

#include "commandids.h"
#include "document.h"
#include "propertylabels.h"

#include <QCoreApplication>

namespace kumo {

ChangePropertyCommand::ChangePropertyCommand(Document *document, const QString &componentId, const QString &key,
                                             nlohmann::json value, QUndoCommand *parent)
    : QUndoCommand(parent)
    , m_document(document)
    , m_componentId(componentId)
    , m_key(key)
    , m_after(std::move(value))
{
    const Component *c = document->design().component(componentId);
    if (!c) {
        setObsolete(true);
        return;
    }
    const auto it = c->props.find(toStd(key));
    if (it != c->props.end())
        m_before = *it;
    setObsolete(m_before == m_after);
    setText(QCoreApplication::translate("kumo::Commands", "Change %1 of %2").arg(propertyLabel(c->kind, key), c->displayName()));
}

void ChangePropertyCommand::redo()
{
    m_document->setProperty(m_componentId, m_key, m_after);
}

void ChangePropertyCommand::undo()
{
    m_document->setProperty(m_componentId, m_key, m_before);
}

int ChangePropertyCommand::id() const
{
    return ChangePropertyCommandId;
}

bool ChangePropertyCommand::mergeWith(const QUndoCommand *other)
{
    const auto *next = static_cast<const ChangePropertyCommand *>(other);
    if (next->m_componentId != m_componentId || next->m_key != m_key || m_scope.isEmpty() || next->m_scope != m_scope)
        return false;
    m_after = next->m_after;
    setObsolete(m_before == m_after);
    return true;
}

RenameComponentCommand::RenameComponentCommand(Document *document, const QString &componentId, const QString &name,
                                               QUndoCommand *parent)
    : QUndoCommand(parent)
    , m_document(document)
    , m_componentId(componentId)
    , m_after(name)
{
    const Component *c = document->design().component(componentId);
    if (!c) {
        setObsolete(true);
        return;
    }
    m_before = c->name;
    setObsolete(m_before == m_after);
    setText(QCoreApplication::translate("kumo::Commands", "Rename %1 to %2").arg(c->displayName(), name));
}

void RenameComponentCommand::redo()
{
    m_document->setName(m_componentId, m_after);
}

void RenameComponentCommand::undo()
{
    m_document->setName(m_componentId, m_before);
}

int RenameComponentCommand::id() const
{
    return RenameComponentCommandId;
}

bool RenameComponentCommand::mergeWith(const QUndoCommand *other)
{
    const auto *next = static_cast<const RenameComponentCommand *>(other);
    if (next->m_componentId != m_componentId)
        return false;
    m_after = next->m_after;
    setObsolete(m_before == m_after);
    return true;
}

} // namespace kumo
