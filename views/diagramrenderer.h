#pragma once

#include <QString>
#include <QStringList>

namespace kumo {

class Design;

/// Draws a design exactly as the canvas shows it (without selection handles or grid) into
/// SVG (text stays text), PNG (at a scale, optionally transparent) or vector PDF.
namespace DiagramRenderer {

enum class Format { Svg, Png, Pdf };

struct Options
{
    double scale = 2.0;       ///< PNG only: pixels per canvas unit
    bool transparent = false; ///< PNG only
    QStringList only;         ///< when not empty: just these components, with what they contain
};

/// Needs a QApplication (the canvas is made of graphics items). A design without geometry is
/// laid out first. Returns false and fills @p error when the file cannot be written.
bool render(const Design &design, Format format, const QString &path, const Options &options = {}, QString *error = nullptr);

} // namespace DiagramRenderer

} // namespace kumo
