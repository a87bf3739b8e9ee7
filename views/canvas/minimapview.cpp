#include "minimapview.h"

#include "designscene.h"
#include "designview.h"

#include <QMouseEvent>
#include <QPainter>
#include <QScrollBar>
#include <QTimer>

namespace kumo {

namespace {
constexpr int kRedrawDelayMs = 150; ///< changes within this time share one redraw
constexpr double kMinimapMargin = 30;
} // namespace

MinimapView::MinimapView(DesignView *main, QWidget *parent)
    : QWidget(parent)
    , m_main(main)
    , m_redrawTimer(new QTimer(this))
{
    setMinimumHeight(140);
    setCursor(Qt::PointingHandCursor);
    m_redrawTimer->setSingleShot(true);
    m_redrawTimer->setInterval(kRedrawDelayMs);
    connect(m_redrawTimer, &QTimer::timeout, this, &MinimapView::redraw);
    auto frameMoved = [this] { update(); };
    connect(main->horizontalScrollBar(), &QScrollBar::valueChanged, this, frameMoved);
    connect(main->verticalScrollBar(), &QScrollBar::valueChanged, this, frameMoved);
    connect(main, &DesignView::zoomChanged, this, frameMoved);
    connect(main->scene(), &QGraphicsScene::changed, this, [this] {
        if (!m_redrawTimer->isActive())
            m_redrawTimer->start();
    });
}

void MinimapView::redraw()
{
    auto *scene = static_cast<DesignScene *>(m_main->scene());
    const QRectF content = scene->contentRect();
    const QSize size = this->size() * devicePixelRatioF();
    if (content.isEmpty() || size.isEmpty()) {
        m_picture = QPixmap();
        update();
        return;
    }
    m_sceneArea = content.adjusted(-kMinimapMargin, -kMinimapMargin, kMinimapMargin, kMinimapMargin);
    // keep the design's proportions, centred in the widget
    QSizeF fitted = m_sceneArea.size().scaled(QSizeF(this->size()), Qt::KeepAspectRatio);
    m_pictureArea = QRectF(QPointF((width() - fitted.width()) / 2, (height() - fitted.height()) / 2), fitted);
    m_picture = QPixmap((fitted * devicePixelRatioF()).toSize());
    m_picture.setDevicePixelRatio(devicePixelRatioF());
    m_picture.fill(Qt::white);
    QPainter painter(&m_picture);
    painter.setRenderHint(QPainter::Antialiasing);
    scene->render(&painter, QRectF(QPointF(0, 0), fitted), m_sceneArea);
    painter.end();
    update();
}

QPointF MinimapView::toScene(QPointF widgetPoint) const
{
    if (m_pictureArea.isEmpty())
        return {};
    const double scale = m_sceneArea.width() / m_pictureArea.width();
    return m_sceneArea.topLeft() + (widgetPoint - m_pictureArea.topLeft()) * scale;
}

QRectF MinimapView::toWidget(const QRectF &sceneRect) const
{
    if (m_sceneArea.isEmpty())
        return {};
    const double scale = m_pictureArea.width() / m_sceneArea.width();
    return QRectF(m_pictureArea.topLeft() + (sceneRect.topLeft() - m_sceneArea.topLeft()) * scale, sceneRect.size() * scale);
}

void MinimapView::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.fillRect(rect(), palette().base());
    if (m_picture.isNull())
        return;
    painter.drawPixmap(m_pictureArea.topLeft(), m_picture);
    const QRectF visible = m_main->mapToScene(m_main->viewport()->rect()).boundingRect();
    painter.setPen(QPen(QColor(0x1a, 0x73, 0xe8), 1.5));
    painter.setBrush(QColor(0x1a, 0x73, 0xe8, 30));
    painter.drawRect(toWidget(visible).intersected(QRectF(rect()).adjusted(1, 1, -1, -1)));
}

void MinimapView::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    m_redrawTimer->start();
}

void MinimapView::mousePressEvent(QMouseEvent *event)
{
    m_main->centerOn(toScene(event->position()));
}

void MinimapView::mouseMoveEvent(QMouseEvent *event)
{
    if (event->buttons() & Qt::LeftButton)
        m_main->centerOn(toScene(event->position()));
}

} // namespace kumo
