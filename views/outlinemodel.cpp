#include "outlinemodel.h"

#include "catalog.h"
#include "document.h"

namespace kumo {

OutlineModel::OutlineModel(Document *document, QObject *parent)
    : QStandardItemModel(parent)
    , m_document(document)
{
    setHorizontalHeaderLabels({tr("Component"), tr("Kind")});
    connect(document, &Document::changed, this, &OutlineModel::rebuild);
    rebuild();
}

QModelIndex OutlineModel::indexOf(const QString &componentId) const
{
    QStandardItem *item = m_items.value(componentId);
    return item ? item->index() : QModelIndex();
}

void OutlineModel::rebuild()
{
    clear();
    m_items.clear();
    setHorizontalHeaderLabels({tr("Component"), tr("Kind")});
    const Design &design = m_document->design();
    for (const Component *c : design.components()) {
        auto *nameItem = new QStandardItem(c->displayName());
        nameItem->setData(c->id, IdRole);
        nameItem->setToolTip(c->id);
        nameItem->setEditable(false);
        auto *kindItem = new QStandardItem(Catalog::instance().displayName(c->kind));
        kindItem->setEditable(false);
        QStandardItem *parentItem = m_items.value(c->parent, invisibleRootItem());
        parentItem->appendRow({nameItem, kindItem});
        m_items.insert(c->id, nameItem);
    }
}

} // namespace kumo
