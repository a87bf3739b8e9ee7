#pragma once

#include <QColor>
#include <QHash>
#include <QFont>
#include <QIcon>
#include <QString>

#include <vector>

class QPainter;
class QRectF;

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
/// Paints the kind's whole icon, or its glyph alone, into @p rect: what paintIcon and paintGlyph
/// draw of the icon itself.
void renderIcon(QPainter *painter, const QRectF &rect, const QString &kind, bool glyphOnly);

/// For an SVG export, while one exists: icons painted on an SVG paint engine are not drawn out
/// but written as a short text, "TOKEN|NUMBER|X|Y|WIDTH|HEIGHT" (NUMBER: the icon's place in
/// icons(); the rectangle in the painter's coordinates), so that the SVG writer can define each
/// icon once and put a reference in its place. Other paint engines draw icons as always.
class SvgIconMarking
{
public:
    struct Icon
    {
        QString kind;
        bool glyphOnly = false;
    };
    /// @p token: text no name in the drawing can contain (the writer picks it at random).
    explicit SvgIconMarking(const QString &token);
    ~SvgIconMarking();
    SvgIconMarking(const SvgIconMarking &) = delete;
    SvgIconMarking &operator=(const SvgIconMarking &) = delete;
    /// The icons marked so far, in the order they were first painted.
    const std::vector<Icon> &icons() const { return m_icons; }
    /// Writes the marker instead of the icon; false when the icon must be painted normally.
    static bool mark(QPainter *painter, const QRectF &rect, const QString &kind, bool glyphOnly);

private:
    QString m_token;
    std::vector<Icon> m_icons;
    QHash<QString, int> m_numbers;
};

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
