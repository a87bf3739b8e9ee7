#pragma once

#include "diagram/diagramlayout.h"

#include <QString>
#include <QStringList>

#include <optional>
#include <vector>

namespace kumo {

class Design;
class DiagramWriter;

/// Draws a design exactly as the canvas shows it (without selection handles or grid) into
/// SVG (text stays text), PNG (at a scale, optionally transparent) or vector PDF (one page the
/// size of the drawing, or A4/Letter pages), or writes it as an editable draw.io file.
namespace DiagramRenderer {

enum class Format { Svg, Png, Pdf, Drawio };

/// What the application knows of each format, in one place: the command line's name for it (also
/// the file extension), the file-dialog filter, and whether it is vector.
struct FormatInfo
{
    Format format;
    const char *id;     ///< "svg", "png", "pdf", "drawio"
    const char *label;  ///< source text of its name for people ("kumo::DiagramRenderer" context)
    const char *filter; ///< source text of the file-dialog filter (same context)
    bool vector;
    const DiagramWriter *writer; ///< the class that draws it; null for draw.io, written from the laid-out diagram
    QString translatedLabel() const;
    QString translatedFilter() const;
};

/// Every format, in the order they are offered.
const std::vector<FormatInfo> &formats();
const FormatInfo &info(Format format);
/// The format a command-line name stands for.
std::optional<Format> formatFromId(const QString &id);
/// The format a file name asks for by its extension; PNG when it names none.
Format formatForPath(const QString &path);

/// The paper of a PDF: Auto is one page the size of the drawing; A4 and Letter fit the drawing on
/// the page (portrait or landscape, whichever shows it larger, 10 mm margins, never enlarged),
/// and split it into overlapping pages when it would have to shrink below minimumPdfScale.
enum class PageSize { Auto, A4, Letter };
/// The smallest scale a PDF page prints the canvas at: a third, where the canvas's names (13 px)
/// still print at 4.3 pt, the size of fine print. The three-tier template fits an A4 page above it.
inline constexpr double minimumPdfScale = 1.0 / 3.0;

struct Options
{
    double scale = 2.0;       ///< PNG only: pixels per canvas unit
    bool transparent = false; ///< PNG only
    QStringList only;         ///< when not empty: just these components, with what they contain
    PageSize page = PageSize::Auto; ///< PDF only
    DiagramView view = DiagramView::Deployment; ///< with the deployment view's cards, as the canvas shows by default
};

/// Needs a QApplication (the canvas is made of graphics items). A design without geometry is
/// laid out first. Returns false and fills @p error when the file cannot be written.
bool render(const Design &design, Format format, const QString &path, const Options &options = {}, QString *error = nullptr);

} // namespace DiagramRenderer

} // namespace kumo
