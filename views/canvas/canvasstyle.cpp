#include "canvasstyle.h"

#include "catalog.h"
#include "component.h"

#include <QCoreApplication>
#include <QFont>
#include <QHash>
#include <QPaintEngine>
#include <QPainter>
#include <QFile>
#include <QImage>
#include <QPixmap>
#include <QSvgRenderer>

// The icons are compiled into the static views library; make sure its resources are registered.
static void ensureIconResources()
{
    static const bool registered = [] {
        Q_INIT_RESOURCE(icons);
        return true;
    }();
    Q_UNUSED(registered);
}

namespace kumo {
namespace CanvasStyle {

ContainerLook containerLook(const Component &c)
{
    if (c.kind == QLatin1String("region"))
        return {QColor(0x00, 0x7d, 0xbc), QColor(0xf3, 0xf9, 0xfd), Qt::DashLine};
    if (c.kind == QLatin1String("vpc"))
        return {QColor(0x8c, 0x4f, 0xff), QColor(0xfa, 0xf7, 0xff), Qt::SolidLine};
    if (c.kind == QLatin1String("availability_zone"))
        return {QColor(0x00, 0x73, 0xbb), QColor(255, 255, 255, 0), Qt::DashLine};
    if (c.kind == QLatin1String("subnet"))
        return c.boolProp("public") ? ContainerLook{QColor(0x3f, 0x86, 0x24), QColor(0xf2, 0xf8, 0xf0), Qt::SolidLine}
                                    : ContainerLook{QColor(0x00, 0x7c, 0xbe), QColor(0xe6, 0xf2, 0xf8), Qt::SolidLine};
    if (c.kind == QLatin1String("ecs_cluster"))
        return {QColor(0xed, 0x71, 0x00), QColor(0xfe, 0xf6, 0xee), Qt::SolidLine};
    if (c.kind == QLatin1String("route53_zone"))
        return {QColor(0x8c, 0x4f, 0xff), QColor(0xfa, 0xf7, 0xff), Qt::DotLine};
    return {QColor(0x7d, 0x89, 0x98), QColor(0xfa, 0xfa, 0xfa), Qt::SolidLine};
}

namespace {

/// One renderer per kind, owned by the application object and forgotten when it goes.
QHash<QString, QSvgRenderer *> renderers;

QSvgRenderer *renderer(const QString &kind)
{
    if (QSvgRenderer *cached = renderers.value(kind))
        return cached;
    ensureIconResources();
    QString path = QStringLiteral(":/icons/%1.svg").arg(kind);
    if (!QFile::exists(path))
        path = QStringLiteral(":/icons/note.svg");
    QCoreApplication *app = QCoreApplication::instance();
    if (renderers.isEmpty() && app)
        QObject::connect(app, &QObject::destroyed, [] { renderers.clear(); });
    auto *created = new QSvgRenderer(path, app);
    renderers.insert(kind, created);
    return created;
}

/// An icon with a pixmap of each size drawn from @p svg.
QIcon iconFrom(QSvgRenderer &svg, std::initializer_list<int> sizes)
{
    QIcon result;
    for (const int size : sizes) {
        QPixmap pixmap(size, size);
        pixmap.fill(Qt::transparent);
        QPainter p(&pixmap);
        p.setRenderHint(QPainter::Antialiasing);
        svg.render(&p, QRectF(0, 0, size, size));
        p.end();
        result.addPixmap(pixmap);
    }
    return result;
}

} // namespace

QColor kindColor(const QString &kind)
{
    static QHash<QString, QColor> colors;
    if (const auto it = colors.constFind(kind); it != colors.cend())
        return *it;
    // the tile's colour, read from the icon itself so that the two never disagree
    QImage probe(4, 4, QImage::Format_ARGB32);
    probe.fill(Qt::transparent);
    QPainter p(&probe);
    renderer(kind)->render(&p, QStringLiteral("background"), QRectF(0, 0, 4, 4));
    p.end();
    const QColor color = probe.pixelColor(2, 2);
    colors.insert(kind, color);
    return color;
}

bool hasIcon(const QString &kind)
{
    const QString path = QStringLiteral(":/icons/%1.svg").arg(kind);
    renderer(kind); // makes sure the resources are registered
    return QFile::exists(path);
}

void paintIcon(QPainter *painter, const QRectF &rect, const QString &kind)
{
    if (!SvgIconMarking::mark(painter, rect, kind, false))
        renderIcon(painter, rect, kind, false);
}

void renderIcon(QPainter *painter, const QRectF &rect, const QString &kind, bool glyphOnly)
{
    if (glyphOnly)
        renderer(kind)->render(painter, QStringLiteral("glyph"), rect);
    else
        renderer(kind)->render(painter, rect);
}

namespace {
SvgIconMarking *activeMarking = nullptr;
}

SvgIconMarking::SvgIconMarking(const QString &token)
    : m_token(token)
{
    activeMarking = this;
}

SvgIconMarking::~SvgIconMarking()
{
    if (activeMarking == this)
        activeMarking = nullptr;
}

bool SvgIconMarking::mark(QPainter *painter, const QRectF &rect, const QString &kind, bool glyphOnly)
{
    SvgIconMarking *m = activeMarking;
    if (!m || !painter->paintEngine() || painter->paintEngine()->type() != QPaintEngine::SVG)
        return false;
    const QString key = kind + (glyphOnly ? QStringLiteral("/glyph") : QString());
    auto it = m->m_numbers.constFind(key);
    if (it == m->m_numbers.constEnd()) {
        it = m->m_numbers.insert(key, int(m->m_icons.size()));
        m->m_icons.push_back({kind, glyphOnly});
    }
    const auto number = [](double v) { return QString::number(v, 'g', 12); };
    const QChar bar = QLatin1Char('|');
    painter->drawText(QPointF(0, 0), m->m_token + bar + QString::number(*it) + bar + number(rect.x()) + bar + number(rect.y()) + bar
                                         + number(rect.width()) + bar + number(rect.height()));
    return true;
}

void paintGlyph(QPainter *painter, const QRectF &rect, const QString &kind, const QColor &background)
{
    painter->save();
    painter->setPen(Qt::NoPen);
    painter->setBrush(background);
    painter->drawRoundedRect(rect, rect.width() * 9 / 48, rect.height() * 9 / 48);
    painter->restore();
    // the glyph group spans the whole 48×48 view box, so it maps onto the rectangle as the icon does
    if (!SvgIconMarking::mark(painter, rect, kind, true))
        renderIcon(painter, rect, kind, true);
}

QIcon icon(const QString &kind)
{
    return iconFrom(*renderer(kind), {16, 24, 32, 48, 64});
}

QIcon applicationIcon()
{
    ensureIconResources();
    QSvgRenderer renderer(QStringLiteral(":/app/kumo.svg"));
    return iconFrom(renderer, {16, 24, 32, 48, 64, 128, 256});
}

QFont font()
{
    QFont f;
    f.setFamilies({QStringLiteral("Noto Sans CJK JP"), QStringLiteral("Noto Sans JP"), QStringLiteral("Noto Sans"), QStringLiteral("DejaVu Sans")});
    f.setStyleHint(QFont::SansSerif);
    return f;
}

QString keyProperty(const Component &c)
{
    if (c.kind == QLatin1String("vpc") || c.kind == QLatin1String("subnet"))
        return c.stringProp("cidr");
    if (c.kind == QLatin1String("region"))
        return c.stringProp("region");
    if (c.kind == QLatin1String("availability_zone"))
        return c.stringProp("zone");
    if (c.kind == QLatin1String("ec2_instance"))
        return c.stringProp("instance_type");
    if (c.kind == QLatin1String("rds_instance"))
        return c.stringProp("engine") + QLatin1Char(' ') + c.stringProp("instance_class")
               + (c.boolProp("multi_az") ? QStringLiteral(" · Multi-AZ") : QString());
    if (c.kind == QLatin1String("s3_bucket"))
        return c.stringProp("bucket");
    if (c.kind == QLatin1String("ecs_task_definition"))
        return QStringLiteral("%1 CPU · %2 MiB").arg(c.intProp("cpu", 256)).arg(c.intProp("memory", 512));
    if (c.kind == QLatin1String("ecs_service"))
        return QStringLiteral("× %1").arg(c.intProp("desired_count", 1));
    if (c.kind == QLatin1String("load_balancer")) {
        QStringList ports;
        const nlohmann::json &listeners = c.prop("listeners");
        for (const auto &l : listeners.is_array() ? listeners : nlohmann::json::array()) {
            if (l.is_object() && l.contains("port") && l["port"].is_number_integer())
                ports << QString::number(l["port"].get<qint64>());
        }
        return c.stringProp("scheme") + (ports.isEmpty() ? QString() : QStringLiteral(" · :") + ports.join(QStringLiteral(", :")));
    }
    if (c.kind == QLatin1String("target_group"))
        return c.stringProp("protocol") + QLatin1Char(':') + QString::number(c.intProp("port", 80)) + QStringLiteral(" · ") + c.stringProp("target_type");
    if (c.kind == QLatin1String("acm_certificate") || c.kind == QLatin1String("route53_zone"))
        return c.stringProp("domain");
    if (c.kind == QLatin1String("route53_record"))
        return c.stringProp("type") + QLatin1Char(' ') + c.stringProp("name");
    if (c.kind == QLatin1String("iam_role"))
        return c.stringProp("trusted_service");
    if (c.kind == QLatin1String("note"))
        return c.stringProp("text");
    if (c.kind == QLatin1String("security_group")) {
        const nlohmann::json &ingress = c.prop("ingress");
        const int rules = ingress.is_array() ? int(ingress.size()) : 0;
        return QCoreApplication::translate("kumo::CanvasStyle", "%n inbound rule(s)", nullptr, rules);
    }
    return {};
}

} // namespace CanvasStyle
} // namespace kumo
