#include "setusagecommand.h"

#include "commandids.h"
#include "document.h"

#include <QCoreApplication>

namespace kumo {

SetUsageCommand::SetUsageCommand(Document *document, const QString &componentId, const QString &quantity,
                                 nlohmann::json value, QUndoCommand *parent)
    : QUndoCommand(parent)
    , m_document(document)
    , m_componentId(componentId)
    , m_quantity(quantity)
    , m_after(std::move(value))
{
    const Component *c = document->design().component(componentId);
    if (!c) {
        setObsolete(true);
        return;
    }
    const auto usage = document->design().extra.find("usage");
    if (usage != document->design().extra.end() && usage->is_object()) {
        const auto forComponent = usage->find(toStd(componentId));
        if (forComponent != usage->end() && forComponent->is_object() && forComponent->contains(toStd(quantity)))
            m_before = (*forComponent)[toStd(quantity)];
    }
    setObsolete(m_before == m_after);
    setText(QCoreApplication::translate("kumo::Commands", "Set usage %1 of %2").arg(quantity, c->displayName()));
}

void SetUsageCommand::redo()
{
    m_document->setUsageQuantity(m_componentId, m_quantity, m_after);
}

void SetUsageCommand::undo()
{
    m_document->setUsageQuantity(m_componentId, m_quantity, m_before);
}

int SetUsageCommand::id() const
{
    return SetUsageCommandId;
}

bool SetUsageCommand::mergeWith(const QUndoCommand *other)
{
    const auto *next = static_cast<const SetUsageCommand *>(other);
    if (next->m_componentId != m_componentId || next->m_quantity != m_quantity)
        return false;
    m_after = next->m_after;
    setObsolete(m_before == m_after);
    return true;
}

} // namespace kumo
