#pragma once

#include "diagram/diagramlayout.h"
#include "finding.h"
#include "layout/align.h"

#include <QGraphicsScene>
#include <QHash>
#include <QSet>

#include <optional>

#include <vector>

namespace kumo {

class CardItem;
class ComponentItem;
class Document;
class LinkItem;
struct ChangeEvent;
struct Component;
struct Connection;
struct Reference;

/// The canvas: keeps one item per component (nested like the design) and one arrow per
/// reference, re-synced from the Document's changes. Gestures (move, resize, reparent, drop)
/// become undo commands on the Document; items never write the model.
class DesignScene : public QGraphicsScene
{
    Q_OBJECT

public:
    explicit DesignScene(Document *document, QObject *parent = nullptr);
    ~DesignScene() override;

    ComponentItem *item(const QString &id) const { return m_items.value(id); }
    QStringList selectedIds() const;
    void selectIds(const QStringList &ids);
    void setFindings(const std::vector<Finding> &findings);

    /// The innermost container under @p scenePos that may hold @p kind, skipping @p excluded
    /// items. Null with *allowed true means the top level; *allowed false means nowhere here,
    /// and *why says where the kind belongs.
    ComponentItem *dropTarget(QPointF scenePos, const QString &kind, const QSet<const ComponentItem *> &excluded, bool *allowed,
                              QString *why = nullptr) const;
    void highlightDropTarget(ComponentItem *target);
    /// Where a component of @p kind may go, as a sentence in the interface language.
    static QString whereKindBelongs(const QString &kind);
    /// Adds a new component of @p kind at @p scenePos (a palette drop); one undo step.
    bool addComponentAt(const QString &kind, QPointF scenePos, QString *why = nullptr);
    /// Adds a component of @p kind inside @p parentId (empty: the top level) near @p wished (in the
    /// container's coordinates), growing the containers; one undo step.
    void addComponentInto(const QString &kind, const QString &parentId, QPointF wished);
    /// Adds a new component of @p kind without a drag (palette double-click or Enter): into the
    /// selected container (or its nearest ancestor that may hold it), else the innermost one
    /// under @p viewCentre that may, else the top level; one undo step. False (with *why) when
    /// it fits nowhere there.
    bool addComponent(const QString &kind, QPointF viewCentre, QString *why = nullptr);
    /// Deletes the selected components and annotation connections; one undo step.
    void deleteSelection();
    /// Moves the selected components by @p delta (arrow keys); containers grow to hold them.
    void nudgeSelection(QPointF delta);
    /// Sets an annotation connection's label; one undo step (nothing when it is unchanged).
    void relabelConnection(const QString &connectionId, const QString &label);
    /// Lines up the selected components that share the first one's container; one undo step.
    void alignSelection(Align::Edge edge);
    void distributeSelection(Qt::Orientation orientation);
    /// Moves, resizes and drops land on a 10-pixel grid.
    void setSnapToGrid(bool on) { m_snap = on; }
    bool snapToGrid() const { return m_snap; }
    /// Links @p fromId to @p toId: sets the reference the pair has, or adds an annotation arrow.
    void link(const QString &fromId, const QString &toId);
    /// Redraws texts that depend on the interface language (kind names, tooltips).
    void refreshTexts();
    /// The part of the canvas the user sees (for placing top-level components in sight).
    std::optional<QRectF> visibleArea() const;
    /// The logical view shows each component once; the deployment view (the default) adds a
    /// card where each ECS service's tasks and each Multi-AZ database's standby run.
    void setView(DiagramView view);
    DiagramView view() const { return m_view; }
    /// The boxes on the canvas now (components and cards, absolute), as the router sees them.
    std::vector<DiagramBox> boxes() const;
    /// The bounding rectangle of everything, for fitting the view.
    QRectF contentRect() const;

signals:
    void statusMessage(const QString &message);
    /// A component dragged to @p scenePos may not go there; @p why says where it belongs.
    void dropRefused(QPointF scenePos, const QString &why);

protected:
    void mousePressEvent(QGraphicsSceneMouseEvent *event) override;
    void mouseMoveEvent(QGraphicsSceneMouseEvent *event) override;
    void mouseReleaseEvent(QGraphicsSceneMouseEvent *event) override;
    /// Double-clicking an annotation connection asks for its label.
    void mouseDoubleClickEvent(QGraphicsSceneMouseEvent *event) override;

private:
    void documentChanged(const ChangeEvent &event);
    void rebuild();
    /// Places the deployment cards for the current geometry (none in the logical view).
    void rebuildCards();
    void clearCards();
    /// Routes every arrow again around the boxes where they are now.
    void rerouteAll();
    /// While dragging or resizing: routes again the arrows of the boxes that move.
    void rerouteMoving();
    /// Creates items for newly added components; false when a full rebuild is needed instead.
    bool addItems(const QStringList &ids);
    /// Deletes the items of removed components; false when a full rebuild is needed instead.
    bool removeItems(const QStringList &ids);
    void finishMove(QGraphicsSceneMouseEvent *event);
    /// Puts the items raised for a drag back at their own height.
    void lowerDragged();
    /// New rectangles for the ancestors of @p id that must grow to hold @p rect (in the parent).
    QHash<QString, QRectF> grownAncestors(const QString &id, QRectF rect) const;
    /// Where a component of @p size asked for at @p wishedTopLeft in @p parentId lands (Placement).
    QRectF placedRect(const QString &parentId, QSizeF size, QPointF wishedTopLeft, const QSet<QString> &ignore = {}) const;

    Document *m_document;
    QHash<QString, ComponentItem *> m_items;
    std::vector<LinkItem *> m_links;
    QHash<QString, CardItem *> m_cards; ///< by card id
    QMetaObject::Connection m_cardOutlines; ///< repaints the cards when the selection changes
    /// Where each box was when the arrows were last routed (large designs reroute only what moved).
    QHash<QString, QRectF> m_routedRects;
    /// From this many arrows on, an edit reroutes only the arrows it affects.
    static constexpr size_t kIncrementalRoutingFrom = 300;
    DiagramView m_view = DiagramView::Deployment;
    QHash<ComponentItem *, QPointF> m_pressPositions; ///< selected items' positions when a drag began
    QHash<QGraphicsItem *, qreal> m_raised;           ///< items drawn higher while dragged, with their own height
    ComponentItem *m_resizing = nullptr;
    QSizeF m_resizeStartSize;
    QPointF m_resizeStartPos;
    ComponentItem *m_highlighted = nullptr;
    ComponentItem *m_linkFrom = nullptr;   ///< while a link is being drawn
    QGraphicsLineItem *m_linkLine = nullptr;
    bool m_syncing = false;
    bool m_snap = true;
    QPointF snapped(QPointF p) const { return m_snap ? QPointF(Align::snap(p.x()), Align::snap(p.y())) : p; }
    /// The selected components that share the container of the first one, with their rectangles.
    QHash<QString, QRectF> selectedSiblings() const;
};

} // namespace kumo
