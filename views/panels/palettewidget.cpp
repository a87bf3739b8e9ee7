#include "palettewidget.h"

#include "canvasstyle.h"
#include "catalog.h"
#include "designview.h"

#include <QDrag>
#include <QHeaderView>
#include <QLineEdit>
#include <QMimeData>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace kumo {

namespace {
constexpr int KindRole = Qt::UserRole + 1;

/// A tree that drags kinds with their MIME type.
class KindTree : public QTreeWidget
{
public:
    using QTreeWidget::QTreeWidget;

protected:
    void startDrag(Qt::DropActions) override
    {
        QTreeWidgetItem *item = currentItem();
        const QString kind = item ? item->data(0, KindRole).toString() : QString();
        if (kind.isEmpty())
            return;
        auto *mime = new QMimeData;
        mime->setData(QString::fromLatin1(DesignView::kKindMimeType), kind.toUtf8());
        auto *drag = new QDrag(this);
        drag->setMimeData(mime);
        drag->setPixmap(CanvasStyle::icon(kind).pixmap(40, 40));
        drag->exec(Qt::CopyAction);
    }
};
} // namespace

PaletteWidget::PaletteWidget(QWidget *parent)
    : QWidget(parent)
    , m_filter(new QLineEdit(this))
    , m_tree(new KindTree(this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    m_filter->setClearButtonEnabled(true);
    layout->addWidget(m_filter);
    layout->addWidget(m_tree);
    m_tree->setHeaderHidden(true);
    m_tree->setDragEnabled(true);
    m_tree->setIconSize(QSize(24, 24));
    m_tree->setRootIsDecorated(false);
    connect(m_filter, &QLineEdit::textChanged, this, &PaletteWidget::applyFilter);
    // keyboard and touchpad users add without dragging
    connect(m_tree, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem *item) {
        const QString kind = item ? item->data(0, KindRole).toString() : QString();
        if (!kind.isEmpty())
            emit kindActivated(kind);
    });
    connect(m_filter, &QLineEdit::returnPressed, this, [this] {
        // Enter in the filter adds the first kind still shown
        for (int g = 0; g < m_tree->topLevelItemCount(); ++g) {
            QTreeWidgetItem *group = m_tree->topLevelItem(g);
            for (int i = 0; i < group->childCount(); ++i) {
                if (!group->isHidden() && !group->child(i)->isHidden()) {
                    emit kindActivated(group->child(i)->data(0, KindRole).toString());
                    return;
                }
            }
        }
    });
    setFocusProxy(m_tree);
    populate();
    retranslate();
}

void PaletteWidget::retranslate()
{
    m_filter->setPlaceholderText(tr("Filter components"));
    populate();
    applyFilter(m_filter->text());
}

void PaletteWidget::populate()
{
    m_tree->clear();
    QHash<int, QTreeWidgetItem *> groups;
    for (const KindSpec &k : Catalog::instance().kinds()) {
        QTreeWidgetItem *group = groups.value(int(k.group));
        if (!group) {
            group = new QTreeWidgetItem(m_tree, {kindGroupDisplayName(k.group)});
            group->setFlags(Qt::ItemIsEnabled);
            QFont font = group->font(0);
            font.setBold(true);
            group->setFont(0, font);
            groups.insert(int(k.group), group);
        }
        auto *item = new QTreeWidgetItem(group, {k.displayName()});
        item->setIcon(0, CanvasStyle::icon(k.id));
        item->setData(0, KindRole, k.id);
        item->setToolTip(0, k.translatedSummary());
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsDragEnabled);
    }
    m_tree->expandAll();
}

void PaletteWidget::applyFilter(const QString &text)
{
    for (int g = 0; g < m_tree->topLevelItemCount(); ++g) {
        QTreeWidgetItem *group = m_tree->topLevelItem(g);
        bool any = false;
        for (int i = 0; i < group->childCount(); ++i) {
            QTreeWidgetItem *item = group->child(i);
            const bool match = text.isEmpty() || item->text(0).contains(text, Qt::CaseInsensitive)
                               || item->data(0, KindRole).toString().contains(text, Qt::CaseInsensitive);
            item->setHidden(!match);
            any = any || match;
        }
        group->setHidden(!any);
    }
}

} // namespace kumo
