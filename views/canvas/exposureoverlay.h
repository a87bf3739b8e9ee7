#pragma once

#include "exposureanalysis.h"

#include <QGraphicsObject>
#include <QPointer>

namespace kumo {

class DesignScene;

/// Paths from the internet drawn over the canvas: one arrow per hop in one colour, with the port
/// on it. Hops leave the design's "internet" component when there is one, otherwise a marker above
/// the design. The items never take the mouse, so editing goes on underneath.
class ExposureOverlay
{
public:
    explicit ExposureOverlay(DesignScene *scene);
    ~ExposureOverlay();

    /// Replaces the drawing with the hops of @p report (each hop drawn once).
    void show(const exposure::ExposureReport &report, const QString &internetId);
    void clear();
    /// The number of arrows drawn (for tests).
    int arrowCount() const { return m_arrows; }

private:
    DesignScene *m_scene;
    /// Holds every arrow and label; the scene deletes it when it rebuilds itself.
    QPointer<QGraphicsObject> m_root;
    int m_arrows = 0;
};

} // namespace kumo
