#include "diagramwriter.h"

#include <QCoreApplication>
#include <QFontMetricsF>
#include <QGraphicsScene>
#include <QPageLayout>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>

#include <algorithm>
#include <cmath>

namespace kumo {

namespace {
constexpr double kPointsPerMm = 72.0 / 25.4;
constexpr double kPageMargin = 10 * kPointsPerMm;  ///< around the drawing on A4/Letter pages
constexpr double kOverlap = 10 * kPointsPerMm; ///< drawn on both of two neighbouring pages
constexpr double kMarkLength = 6;              ///< crop and overlap marks, in the margin

/// How the drawing goes onto A4 or Letter paper.
struct Paging
{
    QPageLayout::Orientation orientation = QPageLayout::Portrait;
    QSizeF paper;       ///< in points, oriented
    double scale = 1;   ///< page points per canvas unit
    int rows = 1;
    int columns = 1;
};

int tilesAlong(double drawing, double printable, double scale)
{
    const double window = printable / scale;           // canvas units one page shows
    const double step = (printable - kOverlap) / scale; // the next page starts an overlap earlier
    return drawing <= window ? 1 : 1 + int(std::ceil((drawing - window) / step - 1e-9));
}

Paging paging(QPageSize::PageSizeId id, const QSizeF &drawing)
{
    const QSizeF portrait = QPageSize(id).size(QPageSize::Point);
    Paging best;
    bool first = true;
    for (const auto orientation : {QPageLayout::Portrait, QPageLayout::Landscape}) {
        Paging p;
        p.orientation = orientation;
        p.paper = orientation == QPageLayout::Portrait ? portrait : portrait.transposed();
        const QSizeF printable(p.paper.width() - 2 * kPageMargin, p.paper.height() - 2 * kPageMargin);
        const double fit = std::min({printable.width() / drawing.width(), printable.height() / drawing.height(), 1.0});
        if (fit >= DiagramRenderer::minimumPdfScale) {
            p.scale = fit;
        } else {
            // too small to read on one sheet: pages at the smallest readable scale
            p.scale = DiagramRenderer::minimumPdfScale;
            p.columns = tilesAlong(drawing.width(), printable.width(), p.scale);
            p.rows = tilesAlong(drawing.height(), printable.height(), p.scale);
        }
        // fewer pages first, then the larger drawing
        const bool better = first || p.rows * p.columns < best.rows * best.columns
                            || (p.rows * p.columns == best.rows * best.columns && p.scale > best.scale + 1e-9);
        if (better)
            best = p;
        first = false;
    }
    return best;
}

void drawMarks(QPainter &painter, const QRectF &printable, bool left, bool right, bool up, bool down)
{
    painter.save();
    painter.setPen(QPen(QColor(0x7d, 0x89, 0x98), 0.5));
    const double gap = 2;
    // crop marks: where the printable area's corners are, in the margin
    for (const QPointF &corner : {printable.topLeft(), printable.topRight(), printable.bottomLeft(), printable.bottomRight()}) {
        const double dx = corner.x() <= printable.left() ? -1 : 1;
        const double dy = corner.y() <= printable.top() ? -1 : 1;
        painter.drawLine(QPointF(corner.x() + dx * gap, corner.y()), QPointF(corner.x() + dx * (gap + kMarkLength), corner.y()));
        painter.drawLine(QPointF(corner.x(), corner.y() + dy * gap), QPointF(corner.x(), corner.y() + dy * (gap + kMarkLength)));
    }
    // overlap marks: where the part shown again on the neighbouring page begins
    painter.setPen(QPen(QColor(0x7d, 0x89, 0x98), 0.5, Qt::DashLine));
    auto vertical = [&](double x) {
        painter.drawLine(QPointF(x, printable.top() - gap), QPointF(x, printable.top() - gap - kMarkLength));
        painter.drawLine(QPointF(x, printable.bottom() + gap), QPointF(x, printable.bottom() + gap + kMarkLength));
    };
    auto horizontal = [&](double y) {
        painter.drawLine(QPointF(printable.left() - gap, y), QPointF(printable.left() - gap - kMarkLength, y));
        painter.drawLine(QPointF(printable.right() + gap, y), QPointF(printable.right() + gap + kMarkLength, y));
    };
    if (left)
        vertical(printable.left() + kOverlap);
    if (right)
        vertical(printable.right() - kOverlap);
    if (up)
        horizontal(printable.top() + kOverlap);
    if (down)
        horizontal(printable.bottom() - kOverlap);
    painter.restore();
}

bool writePaged(const DiagramWriter::Page &page, QPageSize::PageSizeId id, QIODevice *device, QString *error)
{
    const Paging p = paging(id, page.area.size());
    QPdfWriter pdf(device);
    pdf.setTitle(page.title);
    pdf.setCreator(QStringLiteral("Kumo"));
    pdf.setResolution(72);
    pdf.setPageLayout(QPageLayout(QPageSize(id), p.orientation, QMarginsF(0, 0, 0, 0)));
    QPainter painter;
    if (!painter.begin(&pdf)) {
        *error = QCoreApplication::translate("kumo::DiagramRenderer", "cannot draw the PDF");
        return false;
    }
    const QRectF printable(kPageMargin, kPageMargin, p.paper.width() - 2 * kPageMargin, p.paper.height() - 2 * kPageMargin);
    if (p.rows * p.columns == 1) {
        // one page: the drawing centred
        const QSizeF size = page.area.size() * p.scale;
        const QRectF target(printable.center() - QPointF(size.width() / 2, size.height() / 2), size);
        page.scene->render(&painter, target, page.area);
        painter.end();
        return true;
    }
    const QSizeF window = printable.size() / p.scale;
    const QSizeF step = (printable.size() - QSizeF(kOverlap, kOverlap)) / p.scale;
    QFont font = painter.font();
    font.setPixelSize(7);
    for (int r = 0; r < p.rows; ++r) {
        for (int c = 0; c < p.columns; ++c) {
            if (r || c)
                pdf.newPage();
            const QRectF source(page.area.x() + c * step.width(), page.area.y() + r * step.height(), window.width(), window.height());
            page.scene->render(&painter, printable, source);
            drawMarks(painter, printable, c > 0, c + 1 < p.columns, r > 0, r + 1 < p.rows);
            painter.setFont(font);
            painter.setPen(QColor(0x5f, 0x6b, 0x7a));
            const QString label = QCoreApplication::translate("kumo::DiagramRenderer", "row %1, column %2 (%3 rows × %4 columns)").arg(r + 1).arg(c + 1).arg(p.rows).arg(p.columns);
            const QRectF band(printable.left() + kMarkLength + 4, printable.bottom() + 4, printable.width() - 2 * (kMarkLength + 4), kPageMargin - 6);
            painter.drawText(band, Qt::AlignLeft | Qt::AlignTop, label);
            const double labelWidth = QFontMetricsF(font).horizontalAdvance(label) + 12;
            painter.drawText(band.adjusted(labelWidth, 0, 0, 0), Qt::AlignRight | Qt::AlignTop,
                             QFontMetricsF(font).elidedText(page.title, Qt::ElideRight, std::max(0.0, band.width() - labelWidth)));
        }
    }
    painter.end();
    return true;
}
} // namespace

bool PdfDiagramWriter::write(const Page &page, const DiagramRenderer::Options &options, QIODevice *device, QString *error) const
{
    if (options.page == DiagramRenderer::PageSize::A4)
        return writePaged(page, QPageSize::A4, device, error);
    if (options.page == DiagramRenderer::PageSize::Letter)
        return writePaged(page, QPageSize::Letter, device, error);
    QPdfWriter pdf(device);
    pdf.setTitle(page.title);
    pdf.setCreator(QStringLiteral("Kumo"));
    pdf.setResolution(72); // one canvas point is one PDF point
    pdf.setPageSize(QPageSize(page.area.size(), QPageSize::Point));
    pdf.setPageMargins(QMarginsF(0, 0, 0, 0));
    QPainter painter;
    if (!painter.begin(&pdf)) {
        *error = QCoreApplication::translate("kumo::DiagramRenderer", "cannot draw the PDF");
        return false;
    }
    page.scene->render(&painter, QRectF(QPointF(0, 0), page.area.size()), page.area);
    painter.end();
    return true;
}

} // namespace kumo
