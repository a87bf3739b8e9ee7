#include "outlinemodel.h"

#include "catalog.h"
#include "changeevent.h"
#include "document.h"

#include <QSet>

namespace kumo {

OutlineModel::OutlineModel(Document *document, QObject *parent)
    : QStandardItemModel(parent)
    , m_document(document)
{
    setHorizontalHeaderLabels({tr("Component"), tr("Kind")});
    connect(document, &Document::changed, this, &OutlineModel::documentChanged);
    rebuild();
}

QModelIndex OutlineModel::indexOf(const QString &componentId) const
{
    QStandardItem *item = m_items.value(componentId);
    return item ? item->index() : QModelIndex();
}

void OutlineModel::documentChanged(const ChangeEvent &event)
{
    const Design &design = m_document->design();
    switch (event.type) {
    case ChangeEvent::Type::NameChanged:
        for (const QString &id : event.ids) {
            if (QStandardItem *item = m_items.value(id); item && design.contains(id))
                item->setText(design.component(id)->displayName());
        }
        break;
    case ChangeEvent::Type::ComponentsAdded:
        for (const QString &id : event.ids) {
            if (!m_items.contains(id) && !insertRowFor(id)) {
                rebuild();
                return;
            }
        }
        break;
    case ChangeEvent::Type::ComponentsRemoved: {
        // a container's row takes its children's rows along: remove only the topmost rows,
        // chosen before any row goes away
        const QSet<QString> removed(event.ids.cbegin(), event.ids.cend());
        std::vector<QStandardItem *> topmost;
        for (const QString &id : event.ids) {
            QStandardItem *item = m_items.value(id);
            bool inside = false;
            for (QStandardItem *up = item ? item->parent() : nullptr; up && !inside; up = up->parent())
                inside = removed.contains(up->data(IdRole).toString());
            if (item && !inside)
                topmost.push_back(item);
        }
        for (const QString &id : event.ids)
            m_items.remove(id);
        for (QStandardItem *item : topmost)
            (item->parent() ? item->parent() : invisibleRootItem())->removeRow(item->row());
        break;
    }
    case ChangeEvent::Type::ParentChanged:
        for (const QString &id : event.ids) {
            QStandardItem *item = m_items.value(id);
            if (!item) {
                rebuild();
                return;
            }
            const QList<QStandardItem *> row = (item->parent() ? item->parent() : invisibleRootItem())->takeRow(item->row());
            const Component *c = design.component(id);
            QStandardItem *parent = c ? m_items.value(c->parent, invisibleRootItem()) : invisibleRootItem();
            parent->insertRow(rowFor(id), row);
        }
        break;
    case ChangeEvent::Type::Reset:
        rebuild();
        break;
    default: // properties, geometry and connections do not show in the outline
        break;
    }
}

int OutlineModel::rowFor(const QString &id) const
{
    const Component *c = m_document->design().component(id);
    const QString parent = c && m_document->design().contains(c->parent) ? c->parent : QString();
    int row = 0;
    for (const QString &sibling : m_document->design().children(parent)) {
        if (sibling == id)
            break;
        if (m_items.contains(sibling))
            ++row;
    }
    return row;
}

bool OutlineModel::insertRowFor(const QString &id)
{
    const Component *c = m_document->design().component(id);
    if (!c || m_items.contains(id))
        return false;
    QStandardItem *parent = invisibleRootItem();
    if (m_document->design().contains(c->parent)) {
        // the container may arrive in the same change, after its content
        if (!m_items.contains(c->parent) && !insertRowFor(c->parent))
            return false;
        parent = m_items.value(c->parent);
    }
    const QList<QStandardItem *> row = makeRow(*c);
    parent->insertRow(rowFor(id), row);
    m_items.insert(id, row.first());
    return true;
}

QList<QStandardItem *> OutlineModel::makeRow(const Component &c)
{
    auto *nameItem = new QStandardItem(c.displayName());
    nameItem->setData(c.id, IdRole);
    nameItem->setToolTip(c.id);
    nameItem->setEditable(false);
    auto *kindItem = new QStandardItem(Catalog::instance().displayName(c.kind));
    kindItem->setEditable(false);
    return {nameItem, kindItem};
}

void OutlineModel::rebuild()
{
    clear();
    m_items.clear();
    setHorizontalHeaderLabels({tr("Component"), tr("Kind")});
    const Design &design = m_document->design();
    for (const Component *c : design.components()) {
        const QList<QStandardItem *> row = makeRow(*c);
        m_items.value(c->parent, invisibleRootItem())->appendRow(row);
        m_items.insert(c->id, row.first());
    }
}

} // namespace kumo
