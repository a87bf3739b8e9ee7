#pragma once

#include "diagramlayout.h"

#include <QByteArray>
#include <QString>

namespace kumo {

class Design;

/// The laid-out diagram as an uncompressed draw.io (diagrams.net) file: mxGraph XML with the
/// AWS 2019 shapes (`mxgraph.aws4.*`), containers as groups holding their children (geometry
/// relative to the parent, as draw.io keeps it), services as cards with their AWS icon, and
/// orthogonal edges through the router's waypoints. Texts are the component names and kind names
/// in the current language.
namespace DrawioWriter {

/// The draw.io style of a box: an AWS group for containers (@p publicSubnet picks the green
/// public or the blue private subnet group), a card in the AWS category colour for services.
QString boxStyle(const DiagramBox &box, bool publicSubnet);
/// The AWS icon drawn inside a service's card (a child cell of the card, which moves with it):
/// the library's resource icon or glyph; empty for groups, security groups and notes.
QString iconStyle(const DiagramBox &box);
/// The draw.io style of an arrow whose ends leave @p from and enter @p to at the route's ends.
QString arrowStyle(const DiagramArrow &arrow, const QRectF &from, const QRectF &to);
/// The cell id of a box: its id, except for the two ids draw.io reserves for its root cells.
QString cellId(const QString &boxId);
/// The cell id of the icon inside a box's card ("<box id>#icon").
QString iconCellId(const QString &boxId);

/// The whole file; @p design gives names and properties, @p title names the page.
QByteArray write(const DiagramLayout &layout, const Design &design, const QString &title);
/// Writes the file atomically; on failure returns false and fills @p error.
bool save(const DiagramLayout &layout, const Design &design, const QString &title, const QString &path,
          QString *error = nullptr);

} // namespace DrawioWriter

} // namespace kumo
