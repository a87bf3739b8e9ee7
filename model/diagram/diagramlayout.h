#pragma once

#include <QHash>
#include <QRectF>
#include <QString>

#include <functional>
#include <vector>

namespace kumo {

class Design;

/// Which picture of a design is drawn: the logical view shows each component once, where it is
/// kept; the deployment view adds where ECS tasks and database standbys run (see Deployment).
enum class DiagramView { Logical, Deployment };

/// One box of the drawn diagram.
struct DiagramBox
{
    enum class Role { Component, Task, Standby };
    QString id;           ///< the component id; for a card, the card id ("<component>@<subnet>")
    QString parent;       ///< the id of the box holding it, empty at the top level
    QString kind;         ///< the component's kind (for a card: the service's or database's kind)
    QString componentId;  ///< the component drawn (for a card: the service or database)
    Role role = Role::Component;
    int count = 1;        ///< a task card's tasks in its subnet (its share of the desired count)
    QRectF rect;          ///< absolute canvas coordinates
    bool container = false;
};

/// One arrow of the drawn diagram.
struct DiagramArrow
{
    enum class Kind { Reference, Annotation };
    QString from;         ///< box id
    QString to;           ///< box id
    Kind kind = Kind::Reference;
    QString connectionId; ///< the annotation connection, empty for a reference
    QString label;
    std::vector<QPointF> points; ///< the orthogonal polyline, absolute
    QRectF labelBox;      ///< empty when there is no label
};

/// The whole laid-out diagram: what the canvas shows and every export draws.
struct DiagramLayout
{
    std::vector<DiagramBox> boxes;   ///< parents before their children
    std::vector<DiagramArrow> arrows;
    QRectF bounds;                   ///< all boxes and arrows
};

namespace Diagram {

/// How big a label is drawn (the caller knows the font); by default an estimate.
using LabelMeasure = std::function<QSizeF(const QString &label)>;

/// Geometry (relative to the parent) for every component, as AutoLayout::compute places it, choosing
/// among the sibling orders it tries the one whose routed arrows cross least. The canvas and every
/// export place a design this way.
QHash<QString, QRectF> placement(const Design &design);
/// placement() of the whole design, as if no component had geometry ("Tidy layout").
QHash<QString, QRectF> tidyPlacement(const Design &design);
/// Fills in the missing geometry of @p design (and grows containers) in place, with placement().
void applyPlacement(Design &design);

/// Lays out the design (components without geometry are placed by placement()), adds the
/// deployment view's cards when asked, and routes every arrow. Deterministic.
DiagramLayout compute(const Design &design, DiagramView view, const LabelMeasure &measure = {});

/// The arrows of the design between the given boxes, in a fixed order, not yet routed.
std::vector<DiagramArrow> arrows(const Design &design, const std::vector<DiagramBox> &boxes);

/// Routes @p arrows around @p boxes (all of them, or only those whose index is in @p which).
void route(std::vector<DiagramArrow> &arrows, const std::vector<DiagramBox> &boxes, const LabelMeasure &measure = {},
           const std::vector<size_t> *which = nullptr);

/// The arrows of the design between the given boxes, routed; shared by compute() and the canvas.
std::vector<DiagramArrow> routedArrows(const Design &design, const std::vector<DiagramBox> &boxes,
                                       const LabelMeasure &measure = {});

} // namespace Diagram

} // namespace kumo
