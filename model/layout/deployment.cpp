#include "deployment.h"

#include "autolayout.h"
#include "design.h"
#include "placement.h"

#include <QSet>

#include <algorithm>
#include <limits>
#include <optional>
#include <vector>

namespace kumo::Deployment {

namespace {

const QString kSubnet = QStringLiteral("subnet");

bool isSubnet(const Design &design, const QString &id)
{
    const Component *c = design.component(id);
    return c && c->kind == kSubnet;
}

/// The availability zone a component sits in: the zone's name when it has one (two zone boxes
/// naming the same zone are one zone), otherwise the zone box itself; empty when outside any.
QString zoneOf(const Design &design, const QString &id)
{
    const Component *zone = design.ancestorOfKind(id, QStringLiteral("availability_zone"));
    if (!zone)
        return {};
    const QString name = zone->stringProp("zone");
    return name.isEmpty() ? QStringLiteral("#") + zone->id : name;
}

QString cardId(const QString &componentId, const QString &subnetId)
{
    return componentId + QLatin1Char('@') + subnetId;
}

/// Where a card may go in one subnet: reading order over candidate rows and columns that start
/// below the title, at a child's top or left edge, or a gap after a child or an earlier card.
class SubnetSpots
{
public:
    SubnetSpots(const Design &design, const QHash<QString, QRectF> &geometry, const QString &subnetId)
    {
        const auto rectOf = [&](const QString &id) -> std::optional<QRectF> {
            if (const auto it = geometry.constFind(id); it != geometry.cend())
                return *it;
            if (const Component *c = design.component(id); c && c->geometry)
                return *c->geometry;
            return std::nullopt;
        };
        m_width = rectOf(subnetId).value_or(QRectF(QPointF(0, 0), Placement::defaultSize(kSubnet))).width();
        for (const QString &child : design.children(subnetId)) {
            if (const auto r = rectOf(child)) {
                m_children.push_back(*r);
                m_obstacles.push_back(grown(*r));
            }
        }
    }

    /// The first free leaf-sized spot in reading order; it is then taken.
    QRectF take()
    {
        const QSizeF size(AutoLayout::kLeafWidth, AutoLayout::kLeafHeight);
        const std::vector<double> xs = starts(true);
        const std::vector<double> ys = starts(false);
        // rows are not bounded below: the lowest one clears every obstacle, so a spot is found
        QRectF spot(QPointF(xs.front(), ys.back()), size);
        for (double y : ys) {
            const auto column = std::find_if(xs.begin(), xs.end(), [&](double x) {
                const QRectF r(QPointF(x, y), size);
                const bool fits = x == xs.front() || r.right() <= m_width - Placement::kPadding;
                return fits && std::none_of(m_obstacles.begin(), m_obstacles.end(), [&](const QRectF &o) { return o.intersects(r); });
            });
            if (column != xs.end()) {
                spot.moveTopLeft(QPointF(*column, y));
                break;
            }
        }
        m_obstacles.push_back(grown(spot));
        return spot;
    }

private:
    static QRectF grown(const QRectF &r) { return r.adjusted(-Placement::kGap, -Placement::kGap, Placement::kGap, Placement::kGap); }

    /// Where rows (or columns) may start: below the title (inside the padding), at a child's top
    /// (left) edge, or a gap after a child or an earlier card. A start less than a gap before a
    /// child's edge gives way to that edge, so that cards line up with the children.
    std::vector<double> starts(bool horizontal) const
    {
        const QPointF origin = Placement::contentOrigin(kSubnet);
        const double minimum = horizontal ? Placement::kPadding : Placement::kTitleHeight;
        std::vector<double> values = {horizontal ? origin.x() : origin.y()};
        for (const QRectF &o : m_obstacles)
            values.push_back(horizontal ? o.right() : o.bottom());
        std::vector<double> edges;
        for (const QRectF &c : m_children) {
            if (const double edge = horizontal ? c.left() : c.top(); edge >= minimum)
                edges.push_back(edge);
        }
        std::erase_if(values, [&](double v) {
            return v < minimum || std::any_of(edges.begin(), edges.end(), [v](double e) { return v < e && e - v < Placement::kGap; });
        });
        values.insert(values.end(), edges.begin(), edges.end());
        std::sort(values.begin(), values.end());
        values.erase(std::unique(values.begin(), values.end()), values.end());
        return values;
    }

    double m_width = 0;
    std::vector<QRectF> m_children;
    std::vector<QRectF> m_obstacles; ///< children and cards placed so far, grown by the gap
};

} // namespace

std::vector<Card> cards(const Design &design)
{
    std::vector<Card> result;
    for (const Component *service : design.componentsOfKind(QStringLiteral("ecs_service"))) {
        const int count = int(std::clamp<qint64>(service->intProp("desired_count", 1), 0, std::numeric_limits<int>::max()));
        QSet<QString> seen;
        for (const QString &subnet : service->refsProp("subnets")) {
            if (!isSubnet(design, subnet) || seen.contains(subnet))
                continue;
            seen.insert(subnet);
            result.push_back({cardId(service->id, subnet), service->id, subnet, CardRole::Task, count, {}});
        }
    }
    for (const Component *db : design.componentsOfKind(QStringLiteral("rds_instance"))) {
        if (!db->boolProp("multi_az"))
            continue;
        const QString primaryZone = zoneOf(design, db->id);
        if (primaryZone.isEmpty())
            continue;
        const QStringList group = db->refsProp("subnets");
        const auto standby = std::find_if(group.begin(), group.end(), [&](const QString &subnet) {
            const QString zone = isSubnet(design, subnet) ? zoneOf(design, subnet) : QString();
            return !zone.isEmpty() && zone != primaryZone;
        });
        if (standby != group.end())
            result.push_back({cardId(db->id, *standby), db->id, *standby, CardRole::Standby, 1, {}});
    }
    std::sort(result.begin(), result.end(), [](const Card &a, const Card &b) {
        return a.subnetId != b.subnetId ? a.subnetId < b.subnetId : a.componentId < b.componentId;
    });
    return result;
}

std::vector<Card> place(const Design &design, const QHash<QString, QRectF> &relativeGeometry)
{
    std::vector<Card> result = cards(design);
    std::optional<SubnetSpots> spots;
    QString subnet;
    for (Card &card : result) { // grouped by subnet
        if (!spots || card.subnetId != subnet) {
            subnet = card.subnetId;
            spots.emplace(design, relativeGeometry, subnet);
        }
        card.rect = spots->take();
    }
    return result;
}

} // namespace kumo::Deployment
