#pragma once

#include <QColor>
#include <QFont>
#include <QIcon>
#include <QString>

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
/// Colour of a kind's group (compute orange, network purple, database blue, ...).
QColor groupColor(const QString &kind);
/// A short label for the kind's badge: "EC2", "ALB", "RDS".
QString badgeText(const QString &kind);
/// The kind's badge as an icon, for the palette and the outline.
QIcon icon(const QString &kind);
/// The font of the canvas and of exported diagrams: Noto Sans CJK JP, which covers Latin and
/// Japanese alike (so a name is never split across fonts), then common fallbacks.
QFont font();
/// The one property worth showing under a component's name (CIDR, instance type, engine...).
QString keyProperty(const Component &c);

} // namespace CanvasStyle

} // namespace kumo
