#include "exposureoverlay.h"

#include "componentitem.h"
#include "designscene.h"

#include <QCoreApplication>
#include <QFont>
#include <QGraphicsPathItem>
#include <QGraphicsSimpleTextItem>
#include <QLineF>
#include <QPainterPath>
#include <QPen>
#include <QHash>

#include <algorithm>
#include <cmath>

namespace kumo {

namespace {
const QColor kExposureColour(0xd9, 0x48, 0x0f);
constexpr qreal kZ = 5000;

/// An invisible parent for the overlay's items.
class ExposureOverlayRoot : public QGraphicsObject
{
public:
    QRectF boundingRect() const override { return {}; }
    void paint(QPainter *, const QStyleOptionGraphicsItem *, QWidget *) override {}
};

/// Where an arrow to or from @p rect starts: the point of its border towards @p towards.
QPointF borderPoint(const QRectF &rect, QPointF towards)
{
    const QPointF c = rect.center();
    const QPointF d = towards - c;
    if (d.isNull())
        return c;
    const qreal sx = d.x() == 0 ? 1e9 : (rect.width() / 2) / std::abs(d.x());
    const qreal sy = d.y() == 0 ? 1e9 : (rect.height() / 2) / std::abs(d.y());
    const qreal s = std::min({sx, sy, 1.0});
    return c + d * s;
}
} // namespace

ExposureOverlay::ExposureOverlay(DesignScene *scene)
    : m_scene(scene)
{
}

ExposureOverlay::~ExposureOverlay()
{
    clear();
}

void ExposureOverlay::clear()
{
    delete m_root.data();
    m_arrows = 0;
}

void ExposureOverlay::show(const exposure::ExposureReport &report, const QString &internetId)
{
    clear();
    if (report.reachable.empty())
        return;
    m_root = new ExposureOverlayRoot;
    m_root->setZValue(kZ);
    m_root->setAcceptedMouseButtons(Qt::NoButton);
    m_scene->addItem(m_root);
    // the internet: the design's own internet component, or a marker above the top-left corner
    QRectF internet;
    if (ComponentItem *item = m_scene->item(internetId)) {
        internet = item->sceneBoundingRect();
    } else {
        const QRectF content = m_scene->contentRect();
        auto *marker = new QGraphicsSimpleTextItem(QCoreApplication::translate("kumo::ExposureOverlay", "Internet"));
        QFont font = marker->font();
        font.setBold(true);
        marker->setFont(font);
        marker->setBrush(kExposureColour);
        marker->setPos(content.left(), content.top() - 60);
        marker->setAcceptedMouseButtons(Qt::NoButton);
        marker->setParentItem(m_root);
        internet = marker->sceneBoundingRect();
    }
    // one arrow per pair of components, labelled with every port the paths use between them
    struct Arrow
    {
        QString from;
        QString to;
        QList<int> ports;
        QStringList because;
    };
    std::vector<Arrow> arrows;
    QHash<QString, size_t> arrowIndex;
    for (const exposure::ReachablePath &path : report.reachable) {
        for (const exposure::Hop &hop : path.hops) {
            const QString key = hop.from + QLatin1Char('>') + hop.to;
            auto it = arrowIndex.constFind(key);
            if (it == arrowIndex.constEnd()) {
                it = arrowIndex.insert(key, arrows.size());
                arrows.push_back({hop.from, hop.to, {}, {}});
            }
            Arrow &arrow = arrows[*it];
            if (!arrow.ports.contains(hop.port)) {
                arrow.ports << hop.port;
                arrow.because << hop.because;
            }
        }
    }
    const QPen pen(kExposureColour, 2.5, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin);
    for (Arrow &hop : arrows) {
        std::sort(hop.ports.begin(), hop.ports.end());
        QStringList portTexts;
        for (int port : hop.ports)
            portTexts << QString::number(port);
        const QString tip = hop.because.join(QLatin1Char('\n'));
        ComponentItem *to = m_scene->item(hop.to);
        ComponentItem *from = hop.from == QLatin1String("internet") ? nullptr : m_scene->item(hop.from);
        if (!to || (!from && hop.from != QLatin1String("internet")))
            continue;
        const QRectF fromRect = from ? from->sceneBoundingRect() : internet;
        const QRectF toRect = to->sceneBoundingRect();
        const QPointF start = borderPoint(fromRect, toRect.center());
        const QPointF end = borderPoint(toRect, fromRect.center());
        const QLineF line(start, end);
        if (line.length() < 1)
            continue;
        QPainterPath arrow(start);
        arrow.lineTo(end);
        const QLineF back = QLineF(end, start).unitVector();
        const QPointF dir = back.p2() - back.p1();
        const QPointF normal(-dir.y(), dir.x());
        arrow.moveTo(end);
        arrow.lineTo(end + dir * 11 + normal * 5);
        arrow.moveTo(end);
        arrow.lineTo(end + dir * 11 - normal * 5);
        auto *item = new QGraphicsPathItem(arrow);
        item->setPen(pen);
        item->setAcceptedMouseButtons(Qt::NoButton);
        item->setToolTip(tip);
        item->setParentItem(m_root);

        auto *label = new QGraphicsSimpleTextItem(portTexts.join(QStringLiteral(", ")));
        QFont font = label->font();
        font.setBold(true);
        label->setFont(font);
        label->setBrush(Qt::white);
        const QRectF box = label->boundingRect().adjusted(-4, -1, 4, 1);
        auto *badge = new QGraphicsPathItem();
        QPainterPath rounded;
        rounded.addRoundedRect(box, 4, 4);
        badge->setPath(rounded);
        badge->setBrush(kExposureColour);
        badge->setPen(Qt::NoPen);
        badge->setPos(line.pointAt(0.5) - box.center());
        badge->setZValue(1);
        badge->setAcceptedMouseButtons(Qt::NoButton);
        badge->setToolTip(tip);
        label->setParentItem(badge);
        badge->setParentItem(m_root);
        ++m_arrows;
    }
}

} // namespace kumo
