#include "carditem.h"

#include "component.h"
#include "designscene.h"

#include <QCoreApplication>
#include <QGraphicsSceneMouseEvent>

namespace kumo {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("kumo::CardItem", text);
}
} // namespace

CardItem::CardItem(const Deployment::Card &card, const Component &component)
    : ComponentItem(component, false)
{
    setFlags({});
    setZValue(1);
    refresh(card, component);
}

void CardItem::refresh(const Deployment::Card &card, const Component &component)
{
    m_cardId = card.id;
    m_role = card.role == Deployment::CardRole::Task ? DiagramBox::Role::Task : DiagramBox::Role::Standby;
    m_count = card.count;
    update(component);
    setPos(card.rect.topLeft());
    setSize(card.rect.size());
    const QString detail = m_role == DiagramBox::Role::Task ? tr("tasks ×%1").arg(m_count) : tr("standby (Multi-AZ)");
    showAsCard(detail);
    setToolTip(m_role == DiagramBox::Role::Task
                   ? tr("<b>%1</b>: %2 task(s) of this service run in this subnet. Click to select the service.")
                         .arg(component.displayName().toHtmlEscaped())
                         .arg(m_count)
                   : tr("<b>%1</b>: the standby copy of this database, kept in step in another availability zone. Click to "
                        "select the database.")
                         .arg(component.displayName().toHtmlEscaped()));
}

void CardItem::mousePressEvent(QGraphicsSceneMouseEvent *event)
{
    if (auto *designScene = qobject_cast<DesignScene *>(scene())) {
        designScene->selectIds({id()});
        event->accept();
        return;
    }
    ComponentItem::mousePressEvent(event);
}

} // namespace kumo
