#include "minimapview.h"

#include "designscene.h"
#include "designview.h"

#include <QMouseEvent>
#include <QScrollBar>
#include <QTimer>

namespace kumo {

MinimapView::MinimapView(DesignView *main, QWidget *parent)
    : QGraphicsView(main->scene(), parent)
    , m_main(main)
{
    setInteractive(false);
    setRenderHints(QPainter::Antialiasing);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setMinimumHeight(140);
    auto repaint = [this] { viewport()->update(); };
    connect(main->horizontalScrollBar(), &QScrollBar::valueChanged, this, repaint);
    connect(main->verticalScrollBar(), &QScrollBar::valueChanged, this, repaint);
    connect(main, &DesignView::zoomChanged, this, repaint);
    connect(main->scene(), &QGraphicsScene::changed, this, [this] { QTimer::singleShot(0, this, &MinimapView::refit); });
}

void MinimapView::refit()
{
    const QRectF content = static_cast<DesignScene *>(scene())->contentRect();
    if (!content.isEmpty())
        fitInView(content.adjusted(-30, -30, 30, 30), Qt::KeepAspectRatio);
}

void MinimapView::drawForeground(QPainter *painter, const QRectF &)
{
    const QRectF visible = m_main->mapToScene(m_main->viewport()->rect()).boundingRect();
    painter->setPen(QPen(QColor(0x1a, 0x73, 0xe8), 0));
    painter->setBrush(QColor(0x1a, 0x73, 0xe8, 30));
    painter->drawRect(visible);
}

void MinimapView::resizeEvent(QResizeEvent *event)
{
    QGraphicsView::resizeEvent(event);
    refit();
}

void MinimapView::showEvent(QShowEvent *event)
{
    QGraphicsView::showEvent(event);
    refit();
}

void MinimapView::mousePressEvent(QMouseEvent *event)
{
    m_main->centerOn(mapToScene(event->position().toPoint()));
}

void MinimapView::mouseMoveEvent(QMouseEvent *event)
{
    if (event->buttons() & Qt::LeftButton)
        m_main->centerOn(mapToScene(event->position().toPoint()));
}

} // namespace kumo
