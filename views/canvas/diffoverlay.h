#pragma once

#include "design.h"
#include "diff/designdiff.h"

#include <QGraphicsObject>
#include <QPointer>
#include <QStringList>

namespace kumo {

class DesignScene;

/// The visual diff drawn over the live canvas (File › Compare With…): added components outlined
/// in green, removed ones in red, dashed, at their old place, changed and moved ones in amber
/// with their changes listed beside them, and a legend. The items never take the mouse, so
/// editing goes on underneath.
class DiffOverlay
{
public:
    explicit DiffOverlay(DesignScene *scene);
    ~DiffOverlay();

    /// Replaces the drawing with the differences from @p before to @p after (the open design).
    void show(const Design &before, const Design &after, const diff::DesignDiff &difference);
    void clear();
    bool isShown() const { return !m_root.isNull(); }
    /// Where a component of the comparison is drawn: on the canvas, or (removed) at its old place.
    std::optional<QRectF> placeOf(const QString &id) const;
    /// Every text the overlay shows (legend, notes), for tests.
    QStringList texts() const;

private:
    DesignScene *m_scene;
    Design m_before; ///< for the old places of removed components
    /// Holds every outline, note and the legend; the scene deletes it when it rebuilds itself.
    QPointer<QGraphicsObject> m_root;
};

} // namespace kumo
