#include "diagramwriter.h"

#include <QCoreApplication>
#include <QGraphicsScene>
#include <QIODevice>
#include <QImage>
#include <QPainter>

#include <algorithm>

namespace kumo {

bool PngDiagramWriter::write(const Page &page, const DiagramRenderer::Options &options, QIODevice *device, QString *error) const
{
    const double scale = std::clamp(options.scale, 1.0, 4.0);
    const QSize size = (page.area.size() * scale).toSize();
    // a picture of hundreds of millions of pixels would take gigabytes of memory: refuse it
    constexpr qint64 kMaximumPixels = 200'000'000;
    if (qint64(size.width()) * size.height() > kMaximumPixels) {
        *error = QCoreApplication::translate("kumo::DiagramRenderer",
                                             "the PNG would be %1 × %2 pixels, more than 200 million; use a smaller scale, "
                                             "or SVG or PDF for a design this large")
                     .arg(size.width())
                     .arg(size.height());
        return false;
    }
    QImage image(size, QImage::Format_ARGB32_Premultiplied);
    image.setDevicePixelRatio(1.0);
    image.fill(options.transparent ? Qt::transparent : Qt::white);
    QPainter painter(&image);
    painter.setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing | QPainter::SmoothPixmapTransform);
    page.scene->render(&painter, QRectF(QPointF(0, 0), page.area.size() * scale), page.area);
    painter.end();
    if (!image.save(device, "PNG")) {
        *error = device->errorString();
        return false;
    }
    return true;
}

} // namespace kumo
