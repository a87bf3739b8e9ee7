#include "componentitem.h"

#include "textfit.h"

#include "canvasstyle.h"
#include "catalog.h"
#include "component.h"

#include <QCoreApplication>
#include <QFontMetricsF>
#include <QPainter>
#include <QStyleOptionGraphicsItem>

namespace kumo {

namespace {
constexpr double kRadius = 6;
constexpr double kBadgeSize = 36;
constexpr double kDetailThreshold = 0.3; ///< below this scale, shapes without text
constexpr double kOverviewThreshold = 0.7; ///< below this scale, larger names and no subtitles
constexpr double kOverviewMaxScale = 1.7;  ///< names grow at most this much
} // namespace

ComponentItem::ComponentItem(const Component &component, bool container)
    : m_id(component.id)
    , m_kind(component.kind)
    , m_container(container)
{
    setFlags(ItemIsSelectable | ItemIsMovable | ItemSendsGeometryChanges);
    setAcceptHoverEvents(true);
    setZValue(container ? 0 : 1);
    update(component);
}

void ComponentItem::update(const Component &component)
{
    prepareGeometryChange();
    m_name = component.displayName();
    m_detail = CanvasStyle::keyProperty(component);
    if (m_detail == m_name) // a zone named after itself says it once
        m_detail.clear();
    m_public = component.boolProp("public");
    const QRectF g = component.geometry.value_or(QRectF(0, 0, 168, 76));
    setPos(g.topLeft());
    m_size = g.size().expandedTo(QSizeF(60, 40));
    const KindSpec *spec = component.kindSpec();
    setToolTip(QStringLiteral("<b>%1</b> — %2<br>%3").arg(m_name.toHtmlEscaped(), Catalog::instance().displayName(m_kind),
                                                         spec ? spec->translatedSummary().toHtmlEscaped() : QString()));
    QGraphicsItem::update();
}

void ComponentItem::showAsCard(const QString &detail, const QString &shortMark)
{
    m_card = true;
    m_detail = detail;
    m_cardMark = shortMark;
    QGraphicsItem::update();
}

void ComponentItem::setSize(QSizeF size)
{
    prepareGeometryChange();
    m_size = size;
}

void ComponentItem::setWorstFinding(std::optional<Severity> severity, int count)
{
    if (m_worst == severity && m_findingCount == count)
        return;
    m_worst = severity;
    m_findingCount = count;
    QGraphicsItem::update();
}

void ComponentItem::setDropTarget(bool on)
{
    if (m_dropTarget == on)
        return;
    m_dropTarget = on;
    QGraphicsItem::update();
}

QRectF ComponentItem::handleRect() const
{
    return QRectF(m_size.width() - kHandle, m_size.height() - kHandle, kHandle, kHandle);
}

QRectF ComponentItem::connectorRect() const
{
    return QRectF(m_size.width() + 3, m_size.height() / 2 - 6, 12, 12);
}

QRectF ComponentItem::boundingRect() const
{
    return QRectF(QPointF(-10, -10), m_size + QSizeF(28, 20));
}

void ComponentItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *)
{
    // zoomed far out (the overview, a fitted view of thousands of components) text would be
    // unreadable anyway: draw the shapes only, which keeps large designs smooth
    const double detail = option->levelOfDetailFromTransform(painter->worldTransform());
    if (detail < kDetailThreshold) {
        paintSketch(painter);
        return;
    }
    // between the sketch and 70%, names are drawn larger (and subtitles left out) so that a
    // fitted view of a whole design can still be read
    m_overview = detail < kOverviewThreshold ? std::min(kOverviewMaxScale, kOverviewThreshold / detail) : 1.0;
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setFont(CanvasStyle::font());
    if (m_container)
        paintContainer(painter);
    else
        paintService(painter);
    if (m_worst)
        paintBadge(painter);
    if (isSelected()) {
        painter->setPen(QPen(QColor(0x1a, 0x73, 0xe8), 2));
        painter->setBrush(Qt::NoBrush);
        painter->drawRoundedRect(QRectF(QPointF(-3, -3), m_size + QSizeF(6, 6)), kRadius + 2, kRadius + 2);
        painter->setBrush(QColor(0x1a, 0x73, 0xe8));
        painter->setPen(Qt::white);
        painter->drawRect(handleRect());
        painter->setPen(QPen(QColor(0x1a, 0x73, 0xe8), 2));
        painter->setBrush(Qt::white);
        painter->drawEllipse(connectorRect());
    }
}

CanvasStyle::ContainerLook ComponentItem::containerLook() const
{
    Component probe;
    probe.kind = m_kind;
    if (m_public)
        probe.props["public"] = true;
    return CanvasStyle::containerLook(probe);
}

void ComponentItem::paintSketch(QPainter *painter)
{
    const QRectF r(QPointF(0, 0), m_size);
    if (m_container) {
        const CanvasStyle::ContainerLook look = containerLook();
        painter->setPen(QPen(look.border, 0));
        painter->setBrush(look.fill);
        painter->drawRect(r);
        painter->fillRect(QRectF(0, 0, r.width(), std::min(r.height(), kTitleHeight * 0.6)), look.border.lighter(160));
    } else {
        painter->setPen(QPen(QColor(0xd0, 0xd5, 0xdb), 0));
        painter->setBrush(Qt::white);
        painter->drawRect(r);
        painter->fillRect(QRectF(10, (r.height() - kBadgeSize) / 2, kBadgeSize, kBadgeSize), CanvasStyle::kindColor(m_kind));
    }
    if (m_worst)
        painter->fillRect(QRectF(m_size.width() - 11, -9, 20, 20), *m_worst == Severity::Error ? QColor(0xd9, 0x30, 0x25) : QColor(0xe8, 0x8a, 0x00));
    if (isSelected()) {
        painter->setPen(QPen(QColor(0x1a, 0x73, 0xe8), 0));
        painter->setBrush(Qt::NoBrush);
        painter->drawRect(r.adjusted(-3, -3, 3, 3));
    }
}

void ComponentItem::paintContainer(QPainter *painter)
{
    const QRectF r(QPointF(0, 0), m_size);
    const CanvasStyle::ContainerLook look = containerLook();
    painter->setBrush(m_dropTarget ? look.border.lighter(185) : look.fill);
    QPen pen(look.border, m_dropTarget ? 3 : 1.6, look.pen);
    painter->setPen(pen);
    painter->drawRoundedRect(r, kRadius, kRadius);

    // title bar: badge, name, kind and key property
    CanvasStyle::paintGlyph(painter, QRectF(8, 7, 20, 20), m_kind, look.border);
    QFont font = painter->font();
    font.setBold(true);
    font.setPixelSize(int(13 * m_overview));
    painter->setFont(font);
    painter->setPen(look.border.darker(130));
    const QFontMetricsF fm(font);
    double titleWidth = std::min(fm.horizontalAdvance(m_name), r.width() - 48);
    const double titleHeight = std::max(22.0, fm.height() + 2);
    painter->drawText(QRectF(34, 6, titleWidth + 2, titleHeight), Qt::AlignVCenter | Qt::AlignLeft,
                      fm.elidedText(m_name, Qt::ElideRight, titleWidth));
    if (m_overview > 1.0)
        return; // the overview shows titles only
    if (m_kind == QLatin1String("subnet")) {
        // public or private, in its own words next to the name
        const QString tier = m_public ? QCoreApplication::translate("kumo::ComponentItem", "(public)")
                                      : QCoreApplication::translate("kumo::ComponentItem", "(private)");
        QFont tierFont = font;
        tierFont.setBold(false);
        painter->setFont(tierFont);
        const double x = 34 + titleWidth + 6;
        const double width = std::min(fm.horizontalAdvance(tier), std::max(0.0, r.width() - x - 8));
        painter->drawText(QRectF(x, 6, width + 2, 22), Qt::AlignVCenter | Qt::AlignLeft, fm.elidedText(tier, Qt::ElideRight, width));
        titleWidth += 6 + width;
        painter->setFont(font);
    }
    if (!m_detail.isEmpty()) {
        font.setBold(false);
        font.setPixelSize(11);
        painter->setFont(font);
        painter->setPen(QColor(0x5f, 0x6b, 0x7a));
        const double x = 34 + titleWidth + 10;
        painter->drawText(QRectF(x, 6, std::max(0.0, r.width() - x - 8), 22), Qt::AlignVCenter | Qt::AlignLeft,
                          QFontMetricsF(font).elidedText(m_detail, Qt::ElideRight, std::max(0.0, r.width() - x - 8)));
    }
}

double ComponentItem::serviceTextWidth(double boxWidth)
{
    return std::max(10.0, boxWidth - (10 + kBadgeSize + 10) - 8);
}

QFont ComponentItem::serviceNameFont()
{
    QFont font = CanvasStyle::font();
    font.setBold(true);
    font.setPixelSize(13);
    return font;
}

QFont ComponentItem::serviceDetailFont()
{
    QFont font = CanvasStyle::font();
    font.setPixelSize(11);
    return font;
}

void ComponentItem::paintService(QPainter *painter)
{
    const QRectF r(QPointF(0, 0), m_size);
    painter->setPen(m_card ? QPen(QColor(0x8a, 0x96, 0xa3), 1.2, Qt::DashLine)
                           : QPen(m_dropTarget ? QColor(0x1a, 0x73, 0xe8) : QColor(0xd0, 0xd5, 0xdb), 1));
    painter->setBrush(m_kind == QLatin1String("note") ? QColor(0xff, 0xf8, 0xc5) : m_card ? QColor(0xf7, 0xf9, 0xfb) : QColor(Qt::white));
    painter->drawRoundedRect(r, kRadius, kRadius);

    const double badgeSize = m_overview > 1.0 ? kBadgeSize * 0.6 : kBadgeSize;
    const QRectF badge(10, (r.height() - badgeSize) / 2, badgeSize, badgeSize);
    CanvasStyle::paintIcon(painter, badge, m_kind);
    QFont font = serviceNameFont();
    const double textX = badge.right() + 10;
    const double textWidth = serviceTextWidth(r.width());
    painter->setFont(font);
    painter->setPen(QColor(0x16, 0x19, 0x1f));
    if (m_overview > 1.0) {
        // the overview: the name alone, larger, over the whole box beside a smaller icon
        font.setPixelSize(int(13 * m_overview));
        painter->setFont(font);
        const double x = 10 + kBadgeSize * 0.6 + 6;
        const double width = r.width() - x - 6;
        const QStringList lines = TextFit::lines(m_card ? m_name + QLatin1Char(' ') + m_cardMark : m_name, font, width, 2);
        const double lineHeight = 13 * m_overview * 1.25;
        double y = (r.height() - lines.size() * lineHeight) / 2;
        for (const QString &line : lines) {
            painter->drawText(QRectF(x, y, width + 4, lineHeight), Qt::AlignLeft | Qt::AlignVCenter, line);
            y += lineHeight;
        }
        return;
    }
    // the name and the subtitle wrap to two lines each rather than being cut, in either language
    const QStringList nameLines = TextFit::lines(m_name, font, textWidth, 2);
    const QFont detailFont = serviceDetailFont();
    const QString detail = m_detail.isEmpty() ? Catalog::instance().displayName(m_kind) : m_detail;
    const QStringList detailLines = TextFit::lines(detail, detailFont, textWidth, 2);
    constexpr double nameLine = 17, detailLine = 14, gap = 2;
    double y = (r.height() - (nameLines.size() * nameLine + gap + detailLines.size() * detailLine)) / 2;
    for (const QString &line : nameLines) {
        painter->drawText(QRectF(textX, y, textWidth + 4, nameLine), Qt::AlignLeft | Qt::AlignVCenter, line);
        y += nameLine;
    }
    y += gap;
    painter->setFont(detailFont);
    painter->setPen(QColor(0x5f, 0x6b, 0x7a));
    for (const QString &line : detailLines) {
        painter->drawText(QRectF(textX, y, textWidth + 4, detailLine), Qt::AlignLeft | Qt::AlignVCenter, line);
        y += detailLine;
    }
}

void ComponentItem::paintBadge(QPainter *painter)
{
    const QColor color = *m_worst == Severity::Error     ? QColor(0xd9, 0x30, 0x25)
                         : *m_worst == Severity::Warning ? QColor(0xe8, 0x8a, 0x00)
                                                         : QColor(0x1a, 0x73, 0xe8);
    const QRectF badge(m_size.width() - 11, -9, 20, 20);
    painter->setPen(QPen(Qt::white, 2));
    painter->setBrush(color);
    painter->drawEllipse(badge);
    QFont font = painter->font();
    font.setBold(true);
    font.setPixelSize(11);
    painter->setFont(font);
    painter->setPen(Qt::white);
    painter->drawText(badge, Qt::AlignCenter, *m_worst == Severity::Info ? QStringLiteral("i") : QString::number(m_findingCount));
}

} // namespace kumo
