#include "diagramwriter.h"

#include <QCoreApplication>
#include <QGraphicsScene>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>

namespace kumo {

bool PdfDiagramWriter::write(const Page &page, const DiagramRenderer::Options &, QIODevice *device, QString *error) const
{
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
