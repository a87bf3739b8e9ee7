#include "designscene.h"

#include "addcomponentscommand.h"
#include "catalog.h"
#include "changepropertycommand.h"
#include "componentfactory.h"
#include "componentitem.h"
#include "connectioncommands.h"
#include "document.h"
#include "geometrycommand.h"
#include "kindphrases.h"
#include "diagram/diagramlayout.h"
#include "layout/autolayout.h"
#include "layout/layoutlinks.h"
#include "layout/placement.h"
#include "carditem.h"
#include "linkitem.h"
#include "routing/orthogonalrouter.h"
#include "linkrules.h"
#include "references.h"
#include "removecomponentscommand.h"
#include "reparentcomponentcommand.h"

#include <QGraphicsLineItem>
#include <QGraphicsSceneMouseEvent>
#include <QGraphicsView>
#include <QInputDialog>
#include <QLineEdit>

namespace kumo {

namespace {

QString kindName(const QString &kind)
{
    return Catalog::instance().displayName(kind);
}

/// True when one of the containers around @p item is among @p ids.
bool insideAnyOf(const QGraphicsItem *item, const QSet<QString> &ids)
{
    for (const QGraphicsItem *up = item->parentItem(); up; up = up->parentItem()) {
        if (const auto *c = qgraphicsitem_cast<const ComponentItem *>(up); c && ids.contains(c->id()))
            return true;
    }
    return false;
}
} // namespace

DesignScene::DesignScene(Document *document, QObject *parent)
    : QGraphicsScene(parent)
    , m_document(document)
{
    setBackgroundBrush(QColor(0xfb, 0xfc, 0xfd));
    connect(document, &Document::changed, this, &DesignScene::documentChanged);
    // a card shows that what it stands for is selected
    m_cardOutlines = connect(this, &QGraphicsScene::selectionChanged, this, [this] {
        for (CardItem *card : std::as_const(m_cards))
            card->QGraphicsItem::update();
    });
    rebuild();
}

DesignScene::~DesignScene()
{
    // the items go with the scene (which tells of the selection changing as they go), cards
    // inside their subnets: nothing of this class may be reached meanwhile
    disconnect(m_cardOutlines);
    // nor through its signals: whoever listens would meet a scene that is no longer a DesignScene
    blockSignals(true);
    m_cards.clear();
    m_links.clear();
    m_items.clear();
}

QStringList DesignScene::selectedIds() const
{
    QStringList ids;
    for (QGraphicsItem *i : selectedItems()) {
        if (auto *c = qgraphicsitem_cast<ComponentItem *>(i))
            ids << c->id();
    }
    ids.sort();
    return ids;
}

void DesignScene::selectIds(const QStringList &ids)
{
    clearSelection();
    for (const QString &id : ids) {
        if (ComponentItem *i = m_items.value(id))
            i->setSelected(true);
    }
}

void DesignScene::setFindings(const std::vector<Finding> &findings)
{
    QHash<QString, std::pair<Severity, int>> worst;
    for (const Finding &f : findings) {
        if (f.components.isEmpty())
            continue;
        const QString id = f.components.first();
        auto it = worst.find(id);
        if (it == worst.end())
            worst.insert(id, {f.severity, 1});
        else
            *it = {std::min(it->first, f.severity), it->second + 1};
    }
    for (auto it = m_items.cbegin(); it != m_items.cend(); ++it) {
        const auto w = worst.constFind(it.key());
        if (w == worst.constEnd())
            it.value()->setWorstFinding(std::nullopt, 0);
        else
            it.value()->setWorstFinding(w->first, w->second);
    }
}

void DesignScene::documentChanged(const ChangeEvent &event)
{
    const Design &design = m_document->design();
    switch (event.type) {
    case ChangeEvent::Type::PropertyChanged:
    case ChangeEvent::Type::NameChanged:
    case ChangeEvent::Type::GeometryChanged:
        for (const QString &id : event.ids) {
            ComponentItem *i = m_items.value(id);
            const Component *c = design.component(id);
            if (i && c)
                i->update(*c);
        }
        rebuildCards();
        rerouteAll();
        break;
    case ChangeEvent::Type::ComponentsAdded:
        if (!addItems(event.ids))
            rebuild();
        break;
    case ChangeEvent::Type::ComponentsRemoved:
        if (!removeItems(event.ids))
            rebuild();
        break;
    case ChangeEvent::Type::ParentChanged:
        for (const QString &id : event.ids) {
            ComponentItem *i = m_items.value(id);
            const Component *c = design.component(id);
            if (!i || !c) {
                rebuild();
                return;
            }
            i->setParentItem(m_items.value(c->parent));
            i->update(*c);
        }
        rebuildCards();
        rerouteAll();
        break;
    case ChangeEvent::Type::ConnectionsAdded:
    case ChangeEvent::Type::ConnectionsRemoved:
        rerouteAll();
        break;
    case ChangeEvent::Type::UsageChanged: // cost quantities are not drawn
        break;
    default:
        rebuild();
        break;
    }
}

bool DesignScene::addItems(const QStringList &ids)
{
    const Design &design = m_document->design();
    std::vector<const Component *> added;
    for (const QString &id : ids) {
        const Component *c = design.component(id);
        if (!c || !c->geometry || m_items.contains(id))
            return false; // a component to lay out first, or out of step: build everything
        added.push_back(c);
    }
    for (const Component *c : added)
        m_items.insert(c->id, new ComponentItem(*c, Catalog::instance().isContainer(c->kind)));
    // nest once every new item exists, whatever order the ids came in
    QSet<QString> fresh;
    for (const Component *c : added) {
        ComponentItem *item = m_items.value(c->id);
        if (ComponentItem *parent = m_items.value(c->parent))
            item->setParentItem(parent);
        else
            addItem(item);
    }
    // arrows from and to the new components (an undone delete brings back arrows that others hold)
    rebuildCards();
    rerouteAll();
    return true;
}

bool DesignScene::removeItems(const QStringList &ids)
{
    const QSet<QString> removed(ids.cbegin(), ids.cend());
    std::vector<ComponentItem *> topmost;
    for (const QString &id : ids) {
        ComponentItem *item = m_items.value(id);
        if (!item)
            continue;
        // children that stay would go with their container's item: build everything instead
        for (QGraphicsItem *child : item->childItems()) {
            if (auto *c = qgraphicsitem_cast<ComponentItem *>(child); c && !removed.contains(c->id()))
                return false;
        }
        if (!insideAnyOf(item, removed))
            topmost.push_back(item);
    }
    // arrows and cards touching the removed items first, then the items, children with their containers
    std::erase_if(m_links, [&](LinkItem *l) {
        if (!removed.contains(l->fromId()) && !removed.contains(l->toId()))
            return false;
        removeItem(l);
        delete l;
        return true;
    });
    clearCards();
    m_syncing = true;
    for (const QString &id : ids) {
        ComponentItem *item = m_items.take(id);
        if (item == m_highlighted)
            m_highlighted = nullptr;
        if (item == m_resizing)
            m_resizing = nullptr;
        if (item == m_linkFrom)
            m_linkFrom = nullptr;
        m_pressPositions.remove(item);
        m_raised.remove(item);
    }
    for (ComponentItem *item : topmost)
        delete item;
    m_syncing = false;
    rebuildCards();
    rerouteAll();
    return true;
}

void DesignScene::rebuild()
{
    const QStringList selected = selectedIds();
    m_syncing = true;
    m_highlighted = nullptr;
    m_links.clear();
    m_cards.clear();
    m_items.clear();
    m_raised.clear();
    m_routedRects.clear(); // everything is routed afresh
    clear();
    const Design &design = m_document->design();
    // a design without geometry is laid out on the fly; the layout is saved with the design
    const QHash<QString, QRectF> layout = AutoLayout::needsLayout(design) ? Diagram::placement(design) : QHash<QString, QRectF>();
    for (const Component *c : design.components()) {
        auto *item = new ComponentItem(*c, Catalog::instance().isContainer(c->kind));
        if (!c->geometry && layout.contains(c->id)) {
            item->setPos(layout.value(c->id).topLeft());
            item->setSize(layout.value(c->id).size());
        }
        if (ComponentItem *parent = m_items.value(c->parent))
            item->setParentItem(parent);
        else
            addItem(item);
        m_items.insert(c->id, item);
    }
    rebuildCards();
    rerouteAll();
    selectIds(selected);
    m_syncing = false;
}

void DesignScene::refreshTexts()
{
    for (auto it = m_items.cbegin(); it != m_items.cend(); ++it) {
        if (const Component *c = m_document->design().component(it.key()))
            it.value()->update(*c);
    }
    update();
}

void DesignScene::setView(DiagramView view)
{
    if (m_view == view)
        return;
    m_view = view;
    m_routedRects.clear(); // everything is routed afresh
    rebuildCards();
    rerouteAll();
}

void DesignScene::clearCards()
{
    // cards are children of their subnets: gone before the subnets go
    for (CardItem *card : std::as_const(m_cards))
        delete card;
    m_cards.clear();
}

void DesignScene::rebuildCards()
{
    const Design &design = m_document->design();
    std::vector<Deployment::Card> cards;
    if (m_view == DiagramView::Deployment) {
        QHash<QString, QRectF> geometry;
        geometry.reserve(m_items.size());
        for (auto it = m_items.cbegin(); it != m_items.cend(); ++it)
            geometry.insert(it.key(), QRectF(it.value()->pos(), it.value()->size()));
        cards = Deployment::place(design, geometry);
    }
    QHash<QString, CardItem *> kept;
    for (const Deployment::Card &card : cards) {
        const Component *c = design.component(card.componentId);
        ComponentItem *subnet = m_items.value(card.subnetId);
        if (!c || !subnet)
            continue;
        CardItem *item = m_cards.take(card.id);
        if (item && item->parentItem() != subnet) {
            delete item;
            item = nullptr;
        }
        if (!item) {
            item = new CardItem(card, *c);
            item->setParentItem(subnet);
        } else {
            item->refresh(card, *c);
        }
        kept.insert(card.id, item);
    }
    clearCards();
    m_cards = kept;
}

std::vector<DiagramBox> DesignScene::boxes() const
{
    std::vector<DiagramBox> result;
    result.reserve(size_t(m_items.size() + m_cards.size()));
    for (auto it = m_items.cbegin(); it != m_items.cend(); ++it) {
        const ComponentItem *item = it.value();
        const auto *parent = qgraphicsitem_cast<const ComponentItem *>(item->parentItem());
        result.push_back({item->id(), parent ? parent->id() : QString(), item->kind(), item->id(), DiagramBox::Role::Component, 1,
                          item->mapRectToScene(QRectF(QPointF(0, 0), item->size())), item->isContainer()});
    }
    for (const CardItem *card : m_cards) {
        const auto *subnet = qgraphicsitem_cast<const ComponentItem *>(card->parentItem());
        result.push_back({card->cardId(), subnet ? subnet->id() : QString(), card->kind(), card->id(), card->role(), card->count(),
                          card->mapRectToScene(QRectF(QPointF(0, 0), card->size())), false});
    }
    return result;
}

void DesignScene::rerouteAll()
{
    const std::vector<DiagramBox> current = boxes();
    std::vector<DiagramArrow> arrows = Diagram::arrows(m_document->design(), current);
    // keep the items of arrows that stay (a selected annotation stays selected)
    auto key = [](const QString &from, const QString &to, const QString &connection, const QString &label) -> QString {
        return from + QChar(1) + to + QChar(1) + connection + QChar(1) + label;
    };
    QHash<QString, LinkItem *> existing;
    for (LinkItem *l : m_links)
        existing.insert(key(l->fromId(), l->toId(), l->connectionId(), l->label()), l);
    std::vector<LinkItem *> items(arrows.size(), nullptr);
    for (size_t i = 0; i < arrows.size(); ++i)
        items[i] = existing.take(key(arrows[i].from, arrows[i].to, arrows[i].connectionId, arrows[i].label));

    // Small designs are routed whole, so that the canvas is exactly what the exports draw. Large
    // ones keep the routes of arrows whose boxes did not move and that no moved box now covers.
    std::vector<size_t> which;
    if (arrows.size() > kIncrementalRoutingFrom && !m_routedRects.isEmpty()) {
        QSet<QString> moved;
        std::vector<QRectF> movedRects;
        for (const DiagramBox &b : current) {
            const auto before = m_routedRects.constFind(b.id);
            if (before == m_routedRects.cend() || *before != b.rect) {
                moved.insert(b.id);
                movedRects.push_back(b.rect);
            }
        }
        for (size_t i = 0; i < arrows.size(); ++i) {
            const LinkItem *item = items[i];
            auto coveredByMoved = [&] {
                const std::vector<QPointF> &points = item->points();
                for (size_t k = 0; k + 1 < points.size(); ++k) {
                    for (const QRectF &r : movedRects) {
                        if (Routing::entersInside(r, points[k], points[k + 1]))
                            return true;
                    }
                }
                return false;
            };
            const bool stale = !item || moved.contains(arrows[i].from) || moved.contains(arrows[i].to) || coveredByMoved();
            if (stale) {
                which.push_back(i);
            } else {
                arrows[i].points = item->points();
                arrows[i].labelBox = item->labelBox();
            }
        }
        Diagram::route(arrows, current, &LinkItem::labelSize, &which);
    } else {
        Diagram::route(arrows, current, &LinkItem::labelSize);
    }
    m_routedRects.clear();
    for (const DiagramBox &b : current)
        m_routedRects.insert(b.id, b.rect);

    std::vector<LinkItem *> links;
    links.reserve(arrows.size());
    for (size_t i = 0; i < arrows.size(); ++i) {
        const DiagramArrow &a = arrows[i];
        LinkItem *item = items[i];
        if (!item) {
            item = new LinkItem(a.from, a.to, a.connectionId, a.label);
            addItem(item);
        }
        item->setRoute(a.points, a.labelBox);
        links.push_back(item);
    }
    for (LinkItem *gone : std::as_const(existing)) {
        removeItem(gone);
        delete gone;
    }
    m_links = std::move(links);
}

void DesignScene::rerouteMoving()
{
    // the boxes that move: the dragged or resized items with everything inside them
    QSet<QString> moving;
    QList<QGraphicsItem *> pending;
    if (m_resizing)
        pending << m_resizing;
    for (auto it = m_pressPositions.cbegin(); it != m_pressPositions.cend(); ++it)
        pending << it.key();
    while (!pending.isEmpty()) {
        QGraphicsItem *item = pending.takeLast();
        if (auto *card = dynamic_cast<CardItem *>(item))
            moving.insert(card->cardId());
        else if (auto *c = qgraphicsitem_cast<ComponentItem *>(item))
            moving.insert(c->id());
        pending << item->childItems();
    }
    std::vector<LinkItem *> affected;
    std::vector<Routing::Link> links;
    for (LinkItem *l : m_links) {
        if (moving.contains(l->fromId()) || moving.contains(l->toId())) {
            affected.push_back(l);
            links.push_back({l->fromId(), l->toId(), l->label().isEmpty() ? QSizeF() : LinkItem::labelSize(l->label())});
        }
    }
    if (affected.empty())
        return;
    std::vector<Routing::Box> routingBoxes;
    for (const DiagramBox &b : boxes())
        routingBoxes.push_back({b.id, b.parent, b.rect, b.container});
    const std::vector<Routing::Route> routes = Routing::route(routingBoxes, links);
    for (size_t i = 0; i < affected.size(); ++i)
        affected[i]->setRoute(routes[i].points, routes[i].labelBox);
}

QString DesignScene::whereKindBelongs(const QString &kind)
{
    const KindSpec *spec = Catalog::instance().kind(kind);
    if (spec && spec->topLevel && spec->parents.isEmpty())
        return capitalised(tr("%1 belongs on the open canvas, outside other containers.").arg(kindInSentence(kind)));
    QStringList places;
    for (const QString &p : spec ? spec->parents : QStringList())
        places << kindInSentence(p);
    return capitalised(tr("%1 must be placed inside %2.").arg(kindInSentence(kind), places.join(tr(" or "))));
}

ComponentItem *DesignScene::dropTarget(QPointF scenePos, const QString &kind, const QSet<const ComponentItem *> &excluded, bool *allowed,
                                       QString *why) const
{
    const Catalog &catalog = Catalog::instance();
    const KindSpec *spec = catalog.kind(kind);
    // the innermost container under the cursor decides
    for (QGraphicsItem *i : items(scenePos, Qt::IntersectsItemShape, Qt::DescendingOrder)) {
        auto *c = qgraphicsitem_cast<ComponentItem *>(i);
        if (!c || !c->isContainer())
            continue;
        bool skip = false;
        for (const ComponentItem *e : excluded)
            skip = skip || c == e || e->isAncestorOf(c);
        if (skip)
            continue;
        *allowed = catalog.canContain(c->kind(), kind) || (spec && spec->anyParent);
        if (!*allowed && why)
            *why = whereKindBelongs(kind);
        return *allowed ? c : nullptr;
    }
    *allowed = catalog.canContain(QString(), kind);
    if (!*allowed && why)
        *why = whereKindBelongs(kind);
    return nullptr;
}

void DesignScene::highlightDropTarget(ComponentItem *target)
{
    if (m_highlighted == target)
        return;
    if (m_highlighted)
        m_highlighted->setDropTarget(false);
    m_highlighted = target;
    if (target)
        target->setDropTarget(true);
}

QHash<QString, QRectF> DesignScene::grownAncestors(const QString &id, QRectF rect) const
{
    const Component *c = m_document->design().component(id);
    return c ? Placement::grownContainers(m_document->design(), c->parent, rect) : QHash<QString, QRectF>();
}

std::optional<QRectF> DesignScene::visibleArea() const
{
    if (views().isEmpty())
        return std::nullopt;
    const QGraphicsView *view = views().first();
    const QRectF visible = view->mapToScene(view->viewport()->rect()).boundingRect();
    return visible.adjusted(20, 20, -20, -20);
}

QRectF DesignScene::placedRect(const QString &parentId, QSizeF size, QPointF wishedTopLeft, const QSet<QString> &ignore) const
{
    return Placement::freeSpot(m_document->design(), parentId, size, wishedTopLeft, ignore,
                               parentId.isEmpty() ? visibleArea() : std::nullopt);
}

bool DesignScene::addComponentAt(const QString &kind, QPointF scenePos, QString *why)
{
    bool allowed = false;
    ComponentItem *target = dropTarget(scenePos, kind, {}, &allowed, why);
    highlightDropTarget(nullptr);
    if (!allowed)
        return false;
    const QSizeF size = Placement::defaultSize(kind);
    const QPointF local = target ? target->mapFromScene(scenePos) : scenePos;
    addComponentInto(kind, target ? target->id() : QString(), local - QPointF(size.width() / 2, 18));
    return true;
}

void DesignScene::addComponentInto(const QString &kind, const QString &parentId, QPointF wished)
{
    Component c = ComponentFactory::create(m_document->design(), kind, parentId);
    c.geometry = placedRect(c.parent, Placement::defaultSize(kind), wished);
    const QHash<QString, QRectF> grown = Placement::grownContainers(m_document->design(), c.parent, *c.geometry);
    QUndoStack *stack = m_document->undoStack();
    stack->beginMacro(tr("Add %1").arg(kindName(kind)));
    stack->push(new AddComponentsCommand(m_document, {c}));
    if (!grown.isEmpty())
        stack->push(new GeometryCommand(m_document, grown, tr("Grow containers")));
    stack->endMacro();
    selectIds({c.id});
}

bool DesignScene::addComponent(const QString &kind, QPointF viewCentre, QString *why)
{
    const Catalog &catalog = Catalog::instance();
    const Design &design = m_document->design();
    auto mayHold = [&](const QString &id) {
        const Component *c = design.component(id);
        return c && catalog.canContain(c->kind, kind);
    };
    QString parent;
    bool found = false;
    // the selected container, or its nearest ancestor that may hold the kind
    const QStringList selected = selectedIds();
    if (selected.size() == 1) {
        for (QString id = selected.first(); !id.isEmpty() && !found; id = design.component(id) ? design.component(id)->parent : QString()) {
            if (mayHold(id)) {
                parent = id;
                found = true;
            }
        }
    }
    // else the innermost container under the middle of the view
    if (!found) {
        for (QGraphicsItem *i : items(viewCentre, Qt::IntersectsItemShape, Qt::DescendingOrder)) {
            auto *c = qgraphicsitem_cast<ComponentItem *>(i);
            if (c && c->isContainer() && mayHold(c->id())) {
                parent = c->id();
                found = true;
                break;
            }
        }
    }
    if (!found && catalog.canContain(QString(), kind))
        found = true; // the top level
    if (!found) {
        if (why)
            *why = whereKindBelongs(kind);
        return false;
    }
    const Component *container = design.component(parent);
    const QPointF wished = container ? Placement::contentOrigin(parent)
                                     : viewCentre - QPointF(Placement::defaultSize(kind).width() / 2, Placement::defaultSize(kind).height() / 2);
    addComponentInto(kind, parent, wished);
    return true;
}

void DesignScene::deleteSelection()
{
    const QStringList ids = selectedIds();
    QStringList connections;
    for (QGraphicsItem *i : selectedItems()) {
        if (auto *link = qgraphicsitem_cast<LinkItem *>(i); link && !link->connectionId().isEmpty())
            connections << link->connectionId();
    }
    if (ids.isEmpty() && connections.isEmpty())
        return;
    // removing components also removes the connections touching them; the others go one by one
    m_document->undoStack()->beginMacro(tr("Delete"));
    for (const QString &id : connections) {
        const Connection *c = m_document->design().connection(id);
        if (c && !ids.contains(c->from) && !ids.contains(c->to))
            m_document->undoStack()->push(new DisconnectCommand(m_document, id));
    }
    if (!ids.isEmpty())
        m_document->undoStack()->push(new RemoveComponentsCommand(m_document, ids));
    m_document->undoStack()->endMacro();
}

void DesignScene::nudgeSelection(QPointF delta)
{
    // components whose container is selected too move with it
    const QStringList selected = selectedIds();
    const QSet<QString> chosen(selected.cbegin(), selected.cend());
    QHash<QString, QRectF> geometries;
    for (const QString &id : selected) {
        const ComponentItem *item = m_items.value(id);
        if (item && !insideAnyOf(item, chosen)) {
            // a component stays inside its container's top-left corner
            QPointF to = item->pos() + delta;
            if (item->parentItem())
                to = QPointF(std::max(to.x(), 0.0), std::max(to.y(), ComponentItem::kTitleHeight / 2));
            geometries.insert(id, QRectF(to, item->size()));
        }
    }
    if (geometries.isEmpty())
        return;
    QUndoStack *stack = m_document->undoStack();
    stack->beginMacro(tr("Move %n component(s)", nullptr, int(geometries.size())));
    stack->push(new GeometryCommand(m_document, geometries, tr("Move %n component(s)", nullptr, int(geometries.size()))));
    for (auto it = geometries.cbegin(); it != geometries.cend(); ++it) {
        const QHash<QString, QRectF> grown = grownAncestors(it.key(), it.value());
        if (!grown.isEmpty())
            stack->push(new GeometryCommand(m_document, grown, tr("Grow containers")));
    }
    stack->endMacro();
}

void DesignScene::relabelConnection(const QString &connectionId, const QString &label)
{
    auto *command = new RelabelConnectionCommand(m_document, connectionId, label.trimmed());
    if (command->isObsolete())
        delete command;
    else
        m_document->undoStack()->push(command);
}

void DesignScene::mouseDoubleClickEvent(QGraphicsSceneMouseEvent *event)
{
    for (QGraphicsItem *i : items(event->scenePos())) {
        auto *link = qgraphicsitem_cast<LinkItem *>(i);
        if (!link || link->connectionId().isEmpty())
            continue;
        QWidget *parent = views().isEmpty() ? nullptr : views().first();
        bool ok = false;
        const QString label = QInputDialog::getText(parent, tr("Label Connection"), tr("Label (for example HTTPS, DNS or replication):"),
                                                    QLineEdit::Normal, link->label(), &ok);
        if (ok)
            relabelConnection(link->connectionId(), label);
        event->accept();
        return;
    }
    QGraphicsScene::mouseDoubleClickEvent(event);
}

QHash<QString, QRectF> DesignScene::selectedSiblings() const
{
    QHash<QString, QRectF> rects;
    const QStringList ids = selectedIds();
    const Component *first = ids.isEmpty() ? nullptr : m_document->design().component(ids.first());
    for (const QString &id : ids) {
        const Component *c = m_document->design().component(id);
        const ComponentItem *item = m_items.value(id);
        if (c && item && first && c->parent == first->parent)
            rects.insert(id, QRectF(item->pos(), item->size()));
    }
    return rects;
}

void DesignScene::alignSelection(Align::Edge edge)
{
    const QHash<QString, QRectF> rects = selectedSiblings();
    if (rects.size() > 1)
        m_document->undoStack()->push(new GeometryCommand(m_document, Align::align(rects, edge), tr("Align")));
}

void DesignScene::distributeSelection(Qt::Orientation orientation)
{
    const QHash<QString, QRectF> rects = selectedSiblings();
    if (rects.size() > 2)
        m_document->undoStack()->push(new GeometryCommand(m_document, Align::distribute(rects, orientation), tr("Distribute")));
}

void DesignScene::link(const QString &fromId, const QString &toId)
{
    const Design &design = m_document->design();
    const Component *from = design.component(fromId);
    const Component *to = design.component(toId);
    if (!from || !to || from == to)
        return;
    if (const auto edit = LinkRules::referenceFor(design, fromId, toId)) {
        auto *command = new ChangePropertyCommand(m_document, edit->componentId, edit->key, edit->value);
        command->setText(tr("Link %1 to %2").arg(from->displayName(), to->displayName()));
        m_document->undoStack()->push(command);
        emit statusMessage(tr("%1 of %2 now points to %3").arg(edit->key, design.component(edit->componentId)->displayName(), to->displayName()));
        return;
    }
    m_document->undoStack()->push(new ConnectCommand(m_document, Connection{{}, fromId, toId, {}, nlohmann::json::object()}));
}

QRectF DesignScene::contentRect() const
{
    QRectF r;
    for (ComponentItem *i : m_items) {
        if (!i->parentItem())
            r |= i->sceneBoundingRect();
    }
    return r;
}

void DesignScene::mousePressEvent(QGraphicsSceneMouseEvent *event)
{
    // a press on the resize handle of a selected item starts a resize, on its connector a link
    for (QGraphicsItem *i : items(event->scenePos())) {
        auto *c = qgraphicsitem_cast<ComponentItem *>(i);
        if (c && c->isSelected() && c->connectorRect().contains(c->mapFromScene(event->scenePos()))) {
            m_linkFrom = c;
            m_linkLine = addLine(QLineF(c->mapToScene(c->connectorRect().center()), event->scenePos()),
                                 QPen(QColor(0x1a, 0x73, 0xe8), 2, Qt::DashLine));
            m_linkLine->setZValue(100);
            event->accept();
            return;
        }
        if (c && c->isSelected() && c->handleRect().contains(c->mapFromScene(event->scenePos()))) {
            m_resizing = c;
            m_resizeStartSize = c->size();
            m_resizeStartPos = event->scenePos();
            event->accept();
            return;
        }
    }
    QGraphicsScene::mousePressEvent(event);
    m_pressPositions.clear();
    for (QGraphicsItem *i : selectedItems()) {
        if (auto *c = qgraphicsitem_cast<ComponentItem *>(i))
            m_pressPositions.insert(c, c->pos());
    }
    // what is dragged is drawn above its neighbours (and its containers above theirs) until dropped
    for (auto it = m_pressPositions.cbegin(); it != m_pressPositions.cend(); ++it) {
        for (QGraphicsItem *up = it.key(); up; up = up->parentItem()) {
            if (!m_raised.contains(up)) {
                m_raised.insert(up, up->zValue());
                up->setZValue(up->zValue() + 100);
            }
        }
    }
}

void DesignScene::lowerDragged()
{
    for (auto it = m_raised.cbegin(); it != m_raised.cend(); ++it)
        it.key()->setZValue(it.value());
    m_raised.clear();
}

/// The component under @p scenePos that is not @p except, innermost first.
static ComponentItem *componentAt(const QGraphicsScene *scene, QPointF scenePos, const ComponentItem *except)
{
    for (QGraphicsItem *i : scene->items(scenePos, Qt::IntersectsItemShape, Qt::DescendingOrder)) {
        auto *c = qgraphicsitem_cast<ComponentItem *>(i);
        if (c && c != except)
            return c;
    }
    return nullptr;
}

void DesignScene::mouseMoveEvent(QGraphicsSceneMouseEvent *event)
{
    if (m_linkFrom) {
        m_linkLine->setLine(QLineF(m_linkLine->line().p1(), event->scenePos()));
        highlightDropTarget(componentAt(this, event->scenePos(), m_linkFrom));
        return;
    }
    if (m_resizing) {
        const QPointF delta = event->scenePos() - m_resizeStartPos;
        const QPointF corner = snapped(QPointF(m_resizeStartSize.width() + delta.x(), m_resizeStartSize.height() + delta.y()));
        m_resizing->setSize(QSizeF(corner.x(), corner.y()).expandedTo(QSizeF(80, 48)));
        rerouteMoving();
        return;
    }
    QGraphicsScene::mouseMoveEvent(event);
    if (event->buttons() & Qt::LeftButton && !m_pressPositions.isEmpty()) {
        rerouteMoving();
        // show where the dragged component would land
        ComponentItem *lead = qgraphicsitem_cast<ComponentItem *>(mouseGrabberItem());
        if (lead) {
            bool allowed = false;
            QSet<const ComponentItem *> excluded;
            for (auto it = m_pressPositions.cbegin(); it != m_pressPositions.cend(); ++it)
                excluded.insert(it.key());
            ComponentItem *target = dropTarget(event->scenePos(), lead->kind(), excluded, &allowed);
            highlightDropTarget(allowed ? target : nullptr);
        }
    }
}

void DesignScene::mouseReleaseEvent(QGraphicsSceneMouseEvent *event)
{
    if (m_linkFrom) {
        ComponentItem *from = m_linkFrom;
        m_linkFrom = nullptr;
        removeItem(m_linkLine);
        delete m_linkLine;
        m_linkLine = nullptr;
        highlightDropTarget(nullptr);
        if (ComponentItem *to = componentAt(this, event->scenePos(), from))
            link(from->id(), to->id());
        return;
    }
    if (m_resizing) {
        ComponentItem *item = m_resizing;
        m_resizing = nullptr;
        const QRectF rect(item->pos(), item->size());
        QUndoStack *stack = m_document->undoStack();
        stack->beginMacro(tr("Resize"));
        stack->push(GeometryCommand::resize(m_document, item->id(), rect));
        const QHash<QString, QRectF> grown = grownAncestors(item->id(), rect);
        if (!grown.isEmpty())
            stack->push(new GeometryCommand(m_document, grown, tr("Grow containers")));
        stack->endMacro();
        return;
    }
    QGraphicsScene::mouseReleaseEvent(event);
    highlightDropTarget(nullptr);
    lowerDragged();
    finishMove(event);
    m_pressPositions.clear();
}

void DesignScene::finishMove(QGraphicsSceneMouseEvent *event)
{
    QStringList moved;
    ComponentItem *lead = nullptr;
    for (auto it = m_pressPositions.cbegin(); it != m_pressPositions.cend(); ++it) {
        if (it.key()->pos() != it.value()) {
            moved << it.key()->id();
            if (!lead || it.key()->sceneBoundingRect().contains(event->scenePos()))
                lead = it.key();
        }
    }
    if (moved.isEmpty())
        return;
    QUndoStack *stack = m_document->undoStack();
    // dropped onto another container: move it there, if it may go there
    if (moved.size() == 1) {
        bool allowed = false;
        QString why;
        ComponentItem *target = dropTarget(event->scenePos(), lead->kind(), {lead}, &allowed, &why);
        const Component *c = m_document->design().component(lead->id());
        const QString targetId = target ? target->id() : QString();
        if (c && targetId != c->parent) {
            if (!allowed) {
                emit statusMessage(why);
                emit dropRefused(event->scenePos(), why);
                rebuild(); // put it back
                return;
            }
            const QPointF local = target ? target->mapFromScene(lead->scenePos()) : lead->scenePos();
            const QRectF rect = placedRect(targetId, lead->size(), local, QSet<QString>{c->id});
            stack->beginMacro(tr("Move %1 into %2").arg(c->displayName(), target ? m_document->design().component(targetId)->displayName() : tr("the top level")));
            stack->push(new ReparentComponentCommand(m_document, c->id, targetId, rect));
            const QHash<QString, QRectF> grown = Placement::grownContainers(m_document->design(), targetId, rect);
            if (!grown.isEmpty())
                stack->push(new GeometryCommand(m_document, grown, tr("Grow containers")));
            stack->endMacro();
            return;
        }
    }
    stack->beginMacro(tr("Move %n component(s)", nullptr, int(moved.size())));
    QHash<QString, QRectF> geometries;
    for (const QString &id : moved) {
        const ComponentItem *i = m_items.value(id);
        const Component *c = m_document->design().component(id);
        // one component finds the nearest free spot; several keep their arrangement, inside
        QRectF rect = moved.size() == 1 && c ? placedRect(c->parent, i->size(), i->pos(), QSet<QString>{id})
                                             : QRectF(snapped(i->pos()), i->size());
        if (c && !c->parent.isEmpty())
            rect.moveTopLeft(QPointF(std::max(rect.left(), Placement::contentOrigin(c->parent).x()),
                                     std::max(rect.top(), Placement::contentOrigin(c->parent).y())));
        geometries.insert(id, rect);
    }
    stack->push(new GeometryCommand(m_document, geometries, tr("Move %n component(s)", nullptr, int(moved.size()))));
    for (const QString &id : moved) {
        const QHash<QString, QRectF> grown = grownAncestors(id, geometries.value(id));
        if (!grown.isEmpty())
            stack->push(new GeometryCommand(m_document, grown, tr("Grow containers")));
    }
    stack->endMacro();
}

} // namespace kumo
