#include "differencespanel.h"

#include "designscene.h"
#include "diffoverlay.h"
#include "document.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace kumo {

namespace {

constexpr int kEntryRole = Qt::UserRole + 1; ///< the entry's number, on top-level rows

QColor changeColour(diff::DiffEntry::Change change)
{
    using C = diff::DiffEntry::Change;
    switch (change) {
    case C::Added:
    case C::ConnectionAdded: return QColor(0x1f, 0x7a, 0x34);
    case C::Removed:
    case C::ConnectionRemoved: return QColor(0xb0, 0x2a, 0x1e);
    case C::Changed:
    case C::Moved:
    case C::DesignRenamed: return QColor(0x9a, 0x62, 0x00);
    case C::Geometry: return QColor(0x5f, 0x6b, 0x7a);
    }
    return {};
}

} // namespace

DifferencesPanel::DifferencesPanel(Document *document, DesignScene *scene, QWidget *parent)
    : QWidget(parent)
    , m_document(document)
    , m_scene(scene)
    , m_overlay(std::make_unique<DiffOverlay>(scene))
    , m_summary(new QLabel(this))
    , m_close(new QPushButton(this))
    , m_tree(new QTreeWidget(this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    auto *top = new QHBoxLayout;
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    top->addWidget(m_summary, 1);
    top->addWidget(m_close, 0, Qt::AlignTop);
    layout->addLayout(top);
    m_tree->setColumnCount(2);
    m_tree->setRootIsDecorated(true);
    m_tree->setUniformRowHeights(true);
    m_tree->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    layout->addWidget(m_tree, 1);
    m_close->setEnabled(false);
    connect(m_close, &QPushButton::clicked, this, &DifferencesPanel::closeComparison);
    m_timer.setSingleShot(true);
    m_timer.setInterval(150);
    connect(&m_timer, &QTimer::timeout, this, &DifferencesPanel::refresh);
    connect(m_document, &Document::changed, this, [this] {
        if (m_comparing)
            m_timer.start();
    });
    connect(m_scene, &QGraphicsScene::selectionChanged, this, &DifferencesPanel::followSelection);
    connect(m_tree, &QTreeWidget::itemClicked, this, &DifferencesPanel::rowActivated);
    connect(m_tree, &QTreeWidget::itemActivated, this, &DifferencesPanel::rowActivated);
    retranslate();
}

DifferencesPanel::~DifferencesPanel() = default;

void DifferencesPanel::compareWith(Design before, const QString &label)
{
    m_before = diff::withPlacesOf(std::move(before), m_document->design());
    m_label = label;
    m_comparing = true;
    m_close->setEnabled(true);
    refresh();
}

void DifferencesPanel::closeComparison()
{
    m_timer.stop();
    const bool was = m_comparing;
    m_comparing = false;
    m_before = Design();
    m_entries.clear();
    m_overlay->clear();
    m_close->setEnabled(false);
    fill();
    if (was)
        emit closed();
}

void DifferencesPanel::refresh()
{
    m_timer.stop();
    if (!m_comparing)
        return;
    const Design &now = m_document->design();
    const diff::DesignDiff difference = diff::compare(m_before, now);
    m_entries = diff::DiffEntries::list(difference, m_before, now);
    m_overlay->show(m_before, now, difference);
    fill();
}

QString DifferencesPanel::summaryText() const
{
    if (!m_comparing)
        return tr("Choose File › Compare With… to see what changed since another version of this design: a file, or a commit "
                  "in git.");
    return tr("Compared with %1: %2").arg(m_label, diff::DiffEntries::summary(m_entries));
}

void DifferencesPanel::fill()
{
    m_summary->setText(summaryText());
    m_tree->clear();
    QList<QTreeWidgetItem *> rows;
    for (size_t i = 0; i < m_entries.size(); ++i) {
        const diff::DiffEntry &e = m_entries[i];
        auto *row = new QTreeWidgetItem;
        row->setText(0, diff::DiffEntries::changeName(e.change));
        row->setForeground(0, changeColour(e.change));
        QFont bold = row->font(0);
        bold.setBold(true);
        row->setFont(0, bold);
        row->setText(1, e.title);
        row->setToolTip(1, e.details.join(QLatin1Char('\n')));
        row->setData(0, kEntryRole, int(i));
        for (const QString &line : e.details) {
            auto *detail = new QTreeWidgetItem(row);
            detail->setText(1, line);
            detail->setToolTip(1, line);
        }
        rows << row;
    }
    m_tree->addTopLevelItems(rows);
    // a few changes are read at a glance; hundreds stay folded
    if (m_entries.size() <= 30)
        m_tree->expandAll();
}

void DifferencesPanel::rowActivated(QTreeWidgetItem *item)
{
    if (item && item->parent())
        item = item->parent();
    if (!item)
        return;
    const int i = item->data(0, kEntryRole).toInt();
    if (i < 0 || i >= int(m_entries.size()))
        return;
    const diff::DiffEntry &e = m_entries[size_t(i)];
    QRectF area;
    for (const QString &id : e.components) {
        if (const auto rect = m_overlay->placeOf(id))
            area |= *rect;
    }
    m_selecting = true;
    m_scene->selectIds(e.components); // a removed component is not on the canvas: nothing to select
    m_selecting = false;
    if (!area.isNull())
        emit showRequested(area);
}

void DifferencesPanel::followSelection()
{
    if (m_selecting || !m_comparing)
        return;
    const QStringList ids = m_scene->selectedIds();
    if (ids.size() != 1)
        return;
    for (int row = 0; row < m_tree->topLevelItemCount(); ++row) {
        QTreeWidgetItem *item = m_tree->topLevelItem(row);
        const int i = item->data(0, kEntryRole).toInt();
        if (i >= 0 && i < int(m_entries.size()) && m_entries[size_t(i)].components == ids) {
            const QSignalBlocker block(m_tree);
            m_tree->setCurrentItem(item);
            m_tree->scrollToItem(item);
            return;
        }
    }
}

void DifferencesPanel::retranslate()
{
    m_tree->setHeaderLabels({tr("Change"), tr("Component")});
    m_close->setText(tr("Close Comparison"));
    m_close->setToolTip(tr("Take the differences off the canvas (Esc)"));
    fill();
}

void DifferencesPanel::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        if (m_comparing)
            refresh(); // the notes on the canvas are in the interface language
    }
}

} // namespace kumo
