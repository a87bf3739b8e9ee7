#include "diagramlayout.h"

#include "catalog.h"
#include "deployment.h"
#include "design.h"
#include "layout/autolayout.h"
#include "layout/layoutlinks.h"
#include "references.h"
#include "routing/orthogonalrouter.h"

#include <QHash>
#include <QSet>

#include <set>

namespace kumo {
namespace Diagram {

namespace {

/// A label's size when the caller knows no font: the canvas draws labels at 11 pixels.
QSizeF estimatedLabelSize(const QString &label)
{
    double width = 0;
    for (const QChar ch : label)
        width += ch.unicode() >= 0x2e80 ? 11 : 11 * 0.6;
    return {width + 12, 18};
}

} // namespace

std::vector<DiagramArrow> arrows(const Design &design, const std::vector<DiagramBox> &boxes)
{
    QSet<QString> present;
    present.reserve(qsizetype(boxes.size()));
    for (const DiagramBox &b : boxes)
        present.insert(b.id);
    std::vector<DiagramArrow> result;
    // references: one arrow per pair, in a fixed order
    std::set<std::pair<QString, QString>> references;
    for (const Component *c : design.components()) {
        forEachReference(*c, [&](const Reference &r) {
            if (r.target != c->id && LayoutLinks::drawnAsArrow(r))
                references.emplace(c->id, r.target);
        });
    }
    for (const auto &[from, to] : references) {
        if (present.contains(from) && present.contains(to))
            result.push_back({from, to, DiagramArrow::Kind::Reference, {}, {}, {}, {}});
    }
    // the deployment view's cards point at what they stand for (in card order, whatever the boxes' order)
    std::set<std::pair<QString, QString>> cardArrows;
    for (const DiagramBox &b : boxes) {
        if (b.role != DiagramBox::Role::Component && present.contains(b.componentId))
            cardArrows.emplace(b.id, b.componentId);
    }
    for (const auto &[card, component] : cardArrows)
        result.push_back({card, component, DiagramArrow::Kind::Reference, {}, {}, {}, {}});
    for (const auto &[id, connection] : design.connections()) {
        if (connection.from != connection.to && present.contains(connection.from) && present.contains(connection.to))
            result.push_back({connection.from, connection.to, DiagramArrow::Kind::Annotation, id, connection.label, {}, {}});
    }
    return result;
}

void route(std::vector<DiagramArrow> &arrows, const std::vector<DiagramBox> &boxes, const LabelMeasure &measure,
           const std::vector<size_t> *which)
{
    std::vector<Routing::Box> routingBoxes;
    routingBoxes.reserve(boxes.size());
    for (const DiagramBox &b : boxes)
        routingBoxes.push_back({b.id, b.parent, b.rect, b.container});
    std::vector<size_t> all;
    if (!which) {
        all.resize(arrows.size());
        for (size_t i = 0; i < all.size(); ++i)
            all[i] = i;
        which = &all;
    }
    std::vector<Routing::Link> links;
    links.reserve(which->size());
    for (size_t i : *which) {
        const DiagramArrow &a = arrows[i];
        const QSizeF size = a.label.isEmpty() ? QSizeF() : measure ? measure(a.label) : estimatedLabelSize(a.label);
        links.push_back({a.from, a.to, size});
    }
    const std::vector<Routing::Route> routes = Routing::route(routingBoxes, links);
    for (size_t k = 0; k < which->size(); ++k) {
        arrows[(*which)[k]].points = routes[k].points;
        arrows[(*which)[k]].labelBox = routes[k].labelBox;
    }
}

std::vector<DiagramArrow> routedArrows(const Design &design, const std::vector<DiagramBox> &boxes, const LabelMeasure &measure)
{
    std::vector<DiagramArrow> result = arrows(design, boxes);
    route(result, boxes, measure);
    return result;
}

namespace {

/// Designs with more arrows than this choose among orders by the crossings of straight lines
/// between centres instead of routing every arrangement tried (README "Diagrams").
constexpr size_t kRoutedScoreLimit = 150;

/// How hard an arrangement's routed arrows (the component view's boxes) are to read: a crossing
/// counts as much as kCrossingBends bends. The placement keeps the order with the lowest figure.
constexpr int kCrossingBends = 3;
int routedScore(const Design &design, const QHash<QString, QRectF> &absolute)
{
    std::vector<DiagramBox> boxes;
    boxes.reserve(size_t(design.componentCount()));
    for (const Component *c : design.components()) {
        boxes.push_back({c->id, c->parent, c->kind, c->id, DiagramBox::Role::Component, 1, absolute.value(c->id),
                         Catalog::instance().isContainer(c->kind)});
    }
    std::vector<Routing::Route> routes;
    for (DiagramArrow &a : routedArrows(design, boxes, {}))
        routes.push_back({std::move(a.points), {}});
    const Routing::Quality quality = Routing::measure(routes);
    return kCrossingBends * quality.crossings + quality.bends;
}

/// The options with which placement() calls AutoLayout; they refer to @p design.
AutoLayout::Options placementOptions(const Design &design)
{
    AutoLayout::Options options;
    if (LayoutLinks::links(design).size() <= kRoutedScoreLimit)
        options.score = [&design](const QHash<QString, QRectF> &absolute) { return routedScore(design, absolute); };
    return options;
}

} // namespace

QHash<QString, QRectF> placement(const Design &design)
{
    return AutoLayout::compute(design, placementOptions(design));
}

QHash<QString, QRectF> tidyPlacement(const Design &design)
{
    return AutoLayout::tidy(design, placementOptions(design));
}

void applyPlacement(Design &design)
{
    AutoLayout::apply(design, placementOptions(design));
}

DiagramLayout compute(const Design &design, DiagramView view, const LabelMeasure &measure)
{
    const QHash<QString, QRectF> relative = placement(design);
    const QHash<QString, QRectF> absolute = LayoutLinks::absolute(design, relative);
    DiagramLayout layout;
    layout.boxes.reserve(size_t(design.componentCount()));
    // parents before children: breadth first from the top level, each level in id order
    QStringList level = design.children(QString());
    while (!level.isEmpty()) {
        level.sort();
        QStringList next;
        for (const QString &id : level) {
            const Component *c = design.component(id);
            if (!c)
                continue;
            layout.boxes.push_back({id, c->parent, c->kind, id, DiagramBox::Role::Component, 1, absolute.value(id),
                                    Catalog::instance().isContainer(c->kind)});
            next << design.children(id);
        }
        level = next;
    }
    if (view == DiagramView::Deployment) {
        for (const Deployment::Card &card : Deployment::place(design, relative)) {
            const Component *c = design.component(card.componentId);
            if (!c || !absolute.contains(card.subnetId))
                continue;
            layout.boxes.push_back({card.id, card.subnetId, c->kind, card.componentId,
                                    card.role == Deployment::CardRole::Task ? DiagramBox::Role::Task : DiagramBox::Role::Standby,
                                    card.count, card.rect.translated(absolute.value(card.subnetId).topLeft()), false});
        }
    }
    layout.arrows = routedArrows(design, layout.boxes, measure);
    for (const DiagramBox &b : layout.boxes)
        layout.bounds = layout.bounds.united(b.rect);
    for (const DiagramArrow &a : layout.arrows) {
        for (const QPointF &p : a.points)
            layout.bounds = layout.bounds.united(QRectF(p, QSizeF(0.01, 0.01)));
        if (!a.labelBox.isEmpty())
            layout.bounds = layout.bounds.united(a.labelBox);
    }
    return layout;
}

} // namespace Diagram
} // namespace kumo
