#include "carditem.h"

#include "component.h"
#include "designscene.h"

#include <QCoreApplication>
#include <QGraphicsSceneMouseEvent>
#include <QPainter>

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
    showAsCard(detail, m_role == DiagramBox::Role::Task ? QStringLiteral("×%1").arg(m_count) : tr("(standby)"));
    setToolTip(m_role == DiagramBox::Role::Task
                   ? tr("<b>%1</b>: %2 task(s) of this service run in this subnet. Click to select the service.")
                         .arg(component.displayName().toHtmlEscaped())
                         .arg(m_count)
                   : tr("<b>%1</b>: the standby copy of this database, kept in step in another availability zone. Click to "
                        "select the database.")
                         .arg(component.displayName().toHtmlEscaped()));
}

void CardItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget)
{
    ComponentItem::paint(painter, option, widget);
    const auto *designScene = qobject_cast<DesignScene *>(scene());
    const ComponentItem *represented = designScene ? designScene->item(id()) : nullptr;
    if (represented && represented->isSelected()) {
        painter->setRenderHint(QPainter::Antialiasing);
        painter->setPen(QPen(QColor(0x1a, 0x73, 0xe8), 2, Qt::DashLine));
        painter->setBrush(Qt::NoBrush);
        painter->drawRoundedRect(QRectF(QPointF(-3, -3), size() + QSizeF(6, 6)), 8, 8);
    }
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
