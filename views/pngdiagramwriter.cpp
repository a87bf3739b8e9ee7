#include "diagramwriter.h"

#include <QGraphicsScene>
#include <QIODevice>
#include <QImage>
#include <QPainter>

#include <algorithm>

namespace kumo {

bool PngDiagramWriter::write(const Page &page, const DiagramRenderer::Options &options, QIODevice *device, QString *error) const
{
    const double scale = std::clamp(options.scale, 1.0, 4.0);
    QImage image((page.area.size() * scale).toSize(), QImage::Format_ARGB32_Premultiplied);
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
