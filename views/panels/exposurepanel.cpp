#include "exposurepanel.h"

#include "designscene.h"
#include "document.h"
#include "exposurenetwork.h"
#include "exposureoverlay.h"

#include <QEvent>
#include <QHeaderView>
#include <QLabel>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace kumo {

namespace {
constexpr int kSelectRole = Qt::UserRole + 1; ///< the ids a row selects
}

ExposurePanel::ExposurePanel(Document *document, DesignScene *scene, QWidget *parent)
    : QWidget(parent)
    , m_document(document)
    , m_scene(scene)
    , m_overlay(std::make_unique<ExposureOverlay>(scene))
    , m_summary(new QLabel(this))
    , m_tree(new QTreeWidget(this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    m_summary->setWordWrap(true);
    layout->addWidget(m_summary);
    m_tree->setHeaderHidden(true);
    m_tree->setWordWrap(true);
    m_tree->setUniformRowHeights(false);
    layout->addWidget(m_tree);
    m_timer.setSingleShot(true);
    m_timer.setInterval(120);
    connect(&m_timer, &QTimer::timeout, this, &ExposurePanel::refresh);
    connect(m_document, &Document::changed, this, [this] {
        if (isVisible())
            m_timer.start();
    });
    connect(m_scene, &QGraphicsScene::selectionChanged, this, [this] {
        if (isVisible() && !m_selecting)
            showSelection();
    });
    connect(m_tree, &QTreeWidget::itemClicked, this, [this](QTreeWidgetItem *item) { itemActivated(item); });
    connect(m_tree, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem *item) { itemActivated(item); });
}

ExposurePanel::~ExposurePanel() = default;

int ExposurePanel::arrowCount() const
{
    return m_overlay->arrowCount();
}

void ExposurePanel::refresh()
{
    m_network = std::make_unique<exposure::Network>(m_document->design());
    m_report = exposure::Analysis::analyze(*m_network);
    QString internetId;
    for (const Component *c : m_document->design().componentsOfKind(QStringLiteral("internet"))) {
        internetId = c->id;
        break;
    }
    m_overlay->show(m_report, internetId);
    showSelection();
}

void ExposurePanel::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    refresh();
}

void ExposurePanel::hideEvent(QHideEvent *event)
{
    QWidget::hideEvent(event);
    m_timer.stop();
    m_overlay->clear();
}

void ExposurePanel::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::LanguageChange && isVisible())
        refresh();
}

void ExposurePanel::addPath(QTreeWidgetItem *parent, const std::vector<exposure::Hop> &hops)
{
    for (const exposure::Hop &hop : hops) {
        const QString from = hop.from == QLatin1String("internet") ? tr("internet") : m_network->displayName(hop.from);
        auto *row = new QTreeWidgetItem(parent);
        row->setText(0, tr("%1 → %2 on %3: %4").arg(from, m_network->displayName(hop.to)).arg(hop.port).arg(hop.because));
        row->setToolTip(0, row->text(0));
        QStringList ids = {hop.to};
        if (!hop.group.isEmpty())
            ids << hop.group;
        row->setData(0, kSelectRole, ids);
        if (hop.blocked)
            row->setForeground(0, QColor(0xc0, 0x39, 0x2b));
    }
}

void ExposurePanel::showSelection()
{
    m_tree->clear();
    if (!m_network)
        return;
    const QStringList selected = m_scene->selectedIds();
    const QString id = selected.size() == 1 ? selected.first() : QString();
    if (id.isEmpty() || m_network->endpointIndex(id) < 0) {
        m_summary->setText(tr("%n path(s) from the internet, drawn on the canvas. Select an instance, service, load balancer, "
                              "database, distribution or bucket to see who can reach it and how.",
                              nullptr, int(m_report.reachable.size())));
        for (const exposure::ReachablePath &p : m_report.reachable) {
            auto *top = new QTreeWidgetItem(m_tree);
            top->setText(0, tr("%1 on %2 from %3").arg(m_network->displayName(p.component)).arg(p.port).arg(p.sourceRange));
            top->setData(0, kSelectRole, QStringList{p.component});
            addPath(top, p.hops);
        }
        return;
    }
    const QString name = m_network->displayName(id);
    const auto paths = m_report.pathsTo(id);
    if (paths.empty())
        m_summary->setText(tr("%1 is not reachable from the internet.").arg(name));
    else
        m_summary->setText(tr("%1 is reachable from the internet on %n port(s).", nullptr, int(paths.size())).arg(name));
    for (const exposure::ReachablePath *p : paths) {
        auto *top = new QTreeWidgetItem(m_tree);
        QString text = tr("Reachable on %1 from %2 via %3").arg(p->port).arg(p->sourceRange, exposure::Analysis::pathText(*m_network, p->hops));
        if (!p->names.isEmpty())
            text += tr(" (named %1)").arg(p->names.join(QStringLiteral(", ")));
        top->setText(0, text);
        top->setToolTip(0, text);
        top->setData(0, kSelectRole, QStringList{id});
        addPath(top, p->hops);
        top->setExpanded(true);
    }
    // why not on the ports it serves but is not reached on
    const exposure::Endpoint &endpoint = m_network->endpoints()[m_network->endpointIndex(id)];
    // an instance may serve any port: ask about the usual ones only
    const std::vector<int> ports = endpoint.kind == exposure::Endpoint::Kind::Instance ? std::vector<int>{22, 80, 443, 3389} : endpoint.ports;
    for (int port : ports) {
        if (m_report.find(id, port))
            continue;
        const auto blocked = exposure::Analysis::explain(*m_network, m_report, id, port);
        if (!blocked)
            continue;
        auto *top = new QTreeWidgetItem(m_tree);
        top->setText(0, tr("Not on %1: closest path %2").arg(port).arg(exposure::Analysis::pathText(*m_network, blocked->hops)));
        top->setToolTip(0, top->text(0));
        top->setData(0, kSelectRole, QStringList{id});
        for (const exposure::Blocker &b : blocked->blockedBy) {
            auto *row = new QTreeWidgetItem(top);
            row->setText(0, tr("%1 — fix: %2").arg(b.reason, b.fix));
            row->setToolTip(0, row->text(0));
            row->setData(0, kSelectRole, QStringList{b.component});
            row->setForeground(0, QColor(0xc0, 0x39, 0x2b));
        }
    }
}

void ExposurePanel::itemActivated(QTreeWidgetItem *item)
{
    const QStringList ids = item->data(0, kSelectRole).toStringList();
    if (ids.isEmpty())
        return;
    // selecting changes the scene's selection, which would rebuild this list under the click
    m_selecting = true;
    m_scene->selectIds(ids);
    m_selecting = false;
}

} // namespace kumo
