#include "diffoverlay.h"

#include "designscene.h"
#include "diffdrawing.h"

#include <QGraphicsSimpleTextItem>

namespace kumo {

namespace {

constexpr qreal kDiffOverlayZ = 6000; ///< above the exposure paths

/// An invisible parent for the overlay's items.
class DiffOverlayRoot : public QGraphicsObject
{
public:
    QRectF boundingRect() const override { return {}; }
    void paint(QPainter *, const QStyleOptionGraphicsItem *, QWidget *) override {}
};

} // namespace

DiffOverlay::DiffOverlay(DesignScene *scene)
    : m_scene(scene)
{
}

DiffOverlay::~DiffOverlay()
{
    clear();
}

void DiffOverlay::clear()
{
    delete m_root.data();
}

void DiffOverlay::show(const Design &before, const Design &after, const diff::DesignDiff &difference)
{
    clear();
    m_before = before;
    const QList<QGraphicsItem *> items = DiffDrawing::decorate(*m_scene, before, after, difference);
    m_root = new DiffOverlayRoot;
    m_root->setZValue(kDiffOverlayZ);
    m_root->setAcceptedMouseButtons(Qt::NoButton);
    m_scene->addItem(m_root);
    for (QGraphicsItem *item : items) {
        item->setParentItem(m_root); // the root sits at the origin: nothing moves
        item->setAcceptedMouseButtons(Qt::NoButton);
        item->setAcceptHoverEvents(false);
    }
}

std::optional<QRectF> DiffOverlay::placeOf(const QString &id) const
{
    return DiffDrawing::placeOf(*m_scene, m_before, id);
}

QStringList DiffOverlay::texts() const
{
    QStringList list;
    if (!m_root)
        return list;
    for (QGraphicsItem *item : m_root->childItems()) {
        if (auto *text = dynamic_cast<QGraphicsSimpleTextItem *>(item))
            list << text->text();
    }
    return list;
}

} // namespace kumo
