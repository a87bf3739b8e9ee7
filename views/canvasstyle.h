#pragma once

#include <QColor>
#include <QFont>
#include <QIcon>
#include <QString>

class QPainter;

namespace kumo {

struct Component;

/// How kinds look on the canvas, following AWS diagram conventions: each container kind has its
/// own border, public and private subnets their own colours; services get the colour of their
/// group and a short label.
namespace CanvasStyle {

struct ContainerLook
{
    QColor border;
    QColor fill;
    Qt::PenStyle pen = Qt::SolidLine;
};

ContainerLook containerLook(const Component &c);
/// The colour of the kind's icon tile (its group's colour), for drawings too small for icons.
QColor kindColor(const QString &kind);
/// True when the kind has its own icon in the resources (every catalog kind does).
bool hasIcon(const QString &kind);
/// Paints the kind's icon (resources/icons/KIND.svg: a coloured tile with a white glyph).
void paintIcon(QPainter *painter, const QRectF &rect, const QString &kind);
/// Paints the kind's glyph on a tile of another colour (containers use their border colour).
void paintGlyph(QPainter *painter, const QRectF &rect, const QString &kind, const QColor &background);
/// The kind's icon at the usual sizes, for the palette, the outline and drag cursors.
QIcon icon(const QString &kind);
/// Kumo's own icon (a cloud holding a small network), for windows and the desktop.
QIcon applicationIcon();
/// The font of the canvas and of exported diagrams: Noto Sans CJK JP, which covers Latin and
/// Japanese alike (so a name is never split across fonts), then common fallbacks.
QFont font();
/// The one property worth showing under a component's name (CIDR, instance type, engine...).
QString keyProperty(const Component &c);

} // namespace CanvasStyle

} // namespace kumo
