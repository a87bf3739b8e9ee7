#include "diffdrawing.h"

#include "canvasstyle.h"
#include "catalog.h"
#include "componentitem.h"
#include "designscene.h"
#include "diagramwriter.h"
#include "diff/diffentries.h"

#include <QCoreApplication>
#include <QFontMetricsF>
#include <QGraphicsRectItem>
#include <QGraphicsSimpleTextItem>
#include <QPen>

namespace kumo::DiffDrawing {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("kumo::DiffDrawing", text);
}

const QColor kAdded(0x2e, 0x9e, 0x44);
const QColor kRemoved(0xd3, 0x3a, 0x2c);
const QColor kChanged(0xe6, 0x9b, 0x00);
constexpr double kDrawingOverlayZ = 1e6;

/// Where a component of @p design lies on the canvas: its geometry plus its ancestors'.
std::optional<QRectF> absoluteRect(const Design &design, const QString &id)
{
    const Component *c = design.component(id);
    if (!c || !c->geometry)
        return std::nullopt;
    QRectF rect = *c->geometry;
    for (const Component *p = design.component(c->parent); p; p = design.component(p->parent)) {
        if (!p->geometry)
            return std::nullopt;
        rect.translate(p->geometry->topLeft());
    }
    return rect;
}

QGraphicsRectItem *outline(DesignScene &scene, const QRectF &rect, const QColor &color, bool removed)
{
    QPen pen(color, 4);
    if (removed)
        pen.setStyle(Qt::DashLine);
    QColor fill = color;
    fill.setAlpha(removed ? 60 : 25);
    auto *item = scene.addRect(rect.adjusted(-4, -4, 4, 4), pen, QBrush(fill));
    item->setZValue(kDrawingOverlayZ);
    return item;
}

/// A box of text lines with a white background, its top left at @p at.
QList<QGraphicsItem *> note(DesignScene &scene, QPointF at, const QStringList &lines, const QColor &color)
{
    QFont font = CanvasStyle::font();
    font.setPixelSize(12);
    auto *text = new QGraphicsSimpleTextItem(lines.join(QLatin1Char('\n')));
    text->setFont(font);
    text->setBrush(QColor(0x33, 0x2b, 0x00));
    const QRectF box = text->boundingRect().adjusted(-6, -4, 6, 4).translated(at + QPointF(6, 4));
    auto *background = scene.addRect(box, QPen(color, 2), QBrush(QColor(255, 255, 255, 235)));
    background->setZValue(kDrawingOverlayZ + 1);
    text->setPos(at + QPointF(6, 4));
    text->setZValue(kDrawingOverlayZ + 2);
    scene.addItem(text);
    return {background, text};
}

} // namespace

std::optional<QRectF> placeOf(const DesignScene &scene, const Design &design, const QString &id)
{
    if (ComponentItem *item = scene.item(id))
        return item->sceneBoundingRect();
    return absoluteRect(design, id);
}

Design combined(const Design &before, const Design &after, const diff::DesignDiff &difference)
{
    Design both = after;
    const QSet<QString> removed(difference.removed.begin(), difference.removed.end());
    for (const Component *c : before.components()) { // parents first
        if (!removed.contains(c->id))
            continue;
        Component ghost = *c;
        if (!both.contains(ghost.parent))
            ghost.parent.clear();
        both.insert(std::move(ghost));
    }
    return both;
}

QList<QGraphicsItem *> decorate(DesignScene &scene, const Design &before, const Design &after, const diff::DesignDiff &difference)
{
    QList<QGraphicsItem *> items;
    for (const QString &id : difference.added) {
        if (const auto rect = placeOf(scene, after, id))
            items << outline(scene, *rect, kAdded, false);
    }
    for (const QString &id : difference.removed) {
        if (const auto rect = placeOf(scene, before, id)) {
            items << outline(scene, *rect, kRemoved, true);
            const Component *c = before.component(id);
            items << note(scene, rect->topRight() + QPointF(8, 0), {tr("removed: %1").arg(c ? c->displayName() : id)}, kRemoved);
        }
    }
    QHash<QString, QStringList> changeLines;
    for (const QString &id : difference.touchedIds()) {
        if (const QStringList lines = diff::DiffEntries::editLines(difference, id, before, after); !lines.isEmpty())
            changeLines.insert(id, lines);
    }
    QStringList changedIds = changeLines.keys();
    changedIds.sort();
    for (const QString &id : changedIds) {
        const auto rect = placeOf(scene, after, id);
        if (!rect)
            continue;
        items << outline(scene, *rect, kChanged, false);
        items << note(scene, rect->topRight() + QPointF(8, 0), changeLines.value(id), kChanged);
    }
    // the legend, above the drawing's top left corner
    QRectF drawing;
    for (QGraphicsItem *item : scene.items()) {
        if (!items.contains(item))
            drawing = drawing.united(item->sceneBoundingRect());
    }
    QFont font = CanvasStyle::font();
    font.setPixelSize(13);
    const QFontMetricsF metrics(font);
    const struct { QColor color; QString label; bool dashed; } entries[] = {
        {kAdded, tr("Added"), false}, {kRemoved, tr("Removed (at its old place)"), true}, {kChanged, tr("Changed"), false}};
    double x = drawing.left();
    const double y = drawing.top() - 40;
    auto *title = scene.addSimpleText(tr("Differences:"), font);
    title->setPos(x, y);
    title->setZValue(kDrawingOverlayZ);
    items << title;
    x += metrics.horizontalAdvance(title->text()) + 12;
    for (const auto &e : entries) {
        QPen pen(e.color, 3);
        if (e.dashed)
            pen.setStyle(Qt::DashLine);
        QColor fill = e.color;
        fill.setAlpha(60);
        auto *swatch = scene.addRect(QRectF(x, y + 1, 22, 16), pen, QBrush(fill));
        swatch->setZValue(kDrawingOverlayZ);
        auto *label = scene.addSimpleText(e.label, font);
        label->setPos(x + 28, y);
        label->setZValue(kDrawingOverlayZ);
        items << swatch << label;
        x += 28 + metrics.horizontalAdvance(e.label) + 20;
    }
    return items;
}

bool render(const Design &before, const Design &after, const diff::DesignDiff &difference, const QString &path, QString *error)
{
    const Design both = combined(before, after, difference);
    DiagramRenderer::Options options;
    const DiagramRenderer::Format format = DiagramRenderer::formatForPath(path);
    return DiagramRenderer::render(both, format, path, options, error,
                                   [&](DesignScene &scene) { decorate(scene, before, both, difference); });
}

} // namespace kumo::DiffDrawing
