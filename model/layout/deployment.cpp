#include "deployment.h"

#include "autolayout.h"
#include "design.h"
#include "placement.h"

#include <QSet>

#include <algorithm>
#include <limits>
#include <optional>
#include <set>
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

/// Where the cards of one subnet go: spots are tried in reading order from the previous card's
/// on (an earlier spot was not free then and is not now), over rows and columns that start below
/// the title, at a child's edge, or a gap after a child or a card. Rows are visited top to bottom
/// only, so the children near a row are kept in a sliding window: placing stays close to linear.
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
        std::vector<QRectF> children;
        for (const QString &child : design.children(subnetId)) {
            if (const auto r = rectOf(child))
                children.push_back(*r);
        }
        for (const QRectF &c : children) {
            if (c.left() >= Placement::kPadding)
                m_lefts.push_back(c.left());
            if (c.top() >= Placement::kTitleHeight)
                m_tops.push_back(c.top());
        }
        for (std::vector<double> *edges : {&m_lefts, &m_tops}) {
            std::sort(edges->begin(), edges->end());
            edges->erase(std::unique(edges->begin(), edges->end()), edges->end());
        }
        m_columns.insert(m_lefts.begin(), m_lefts.end());
        m_rows.insert(m_tops.begin(), m_tops.end());
        const QPointF origin = Placement::contentOrigin(kSubnet);
        addStarts(origin);
        for (const QRectF &c : children) {
            m_children.push_back(grown(c));
            addStarts(grown(c).bottomRight());
        }
        std::sort(m_children.begin(), m_children.end(), [](const QRectF &a, const QRectF &b) { return a.top() < b.top(); });
        m_cursor = QPointF(*m_columns.begin(), *m_rows.begin());
    }

    /// The first free leaf-sized spot from the previous card's on, in reading order; it is then
    /// taken. The leftmost column is always allowed, even when the subnet is narrower than a card.
    QRectF take()
    {
        const QSizeF size(AutoLayout::kLeafWidth, AutoLayout::kLeafHeight);
        const double first = *m_columns.begin();
        // rows are not bounded below: the lowest one clears everything, so a spot is found
        for (auto row = m_rows.lower_bound(m_cursor.y()); row != m_rows.end(); ++row) {
            const double y = *row;
            const auto near = obstaclesNear(y, size.height());
            auto column = y == m_cursor.y() && m_taken ? m_columns.upper_bound(m_cursor.x()) : m_columns.begin();
            for (; column != m_columns.end(); ++column) {
                const QRectF r(QPointF(*column, y), size);
                if (*column != first && r.right() > m_width - Placement::kPadding)
                    break; // the columns further right do not fit either
                const auto hits = [&r](const QRectF &o) { return o.intersects(r); };
                if (std::none_of(m_active.begin(), m_active.end(), hits) && std::none_of(near, m_cards.cend(), hits))
                    return taken(r);
            }
        }
        return taken(QRectF(QPointF(first, *m_rows.rbegin()), size)); // not reached: see above
    }

private:
    QRectF taken(const QRectF &r)
    {
        m_cursor = r.topLeft();
        m_taken = true;
        m_cards.push_back(grown(r));
        addStarts(m_cards.back().bottomRight());
        return r;
    }

    static QRectF grown(const QRectF &r) { return r.adjusted(-Placement::kGap, -Placement::kGap, Placement::kGap, Placement::kGap); }

    /// A row starts at @p at's y and a column at its x (a gap after a child or card), unless that
    /// is less than a gap before a child's edge: the card then lines up with the child (whose
    /// edge is a start already).
    void addStarts(QPointF at)
    {
        const auto admit = [](double v, double minimum, const std::vector<double> &edges) {
            const auto next = std::upper_bound(edges.begin(), edges.end(), v);
            return v >= minimum && (next == edges.end() || *next - v >= Placement::kGap);
        };
        if (admit(at.x(), Placement::kPadding, m_lefts))
            m_columns.insert(at.x());
        if (admit(at.y(), Placement::kTitleHeight, m_tops))
            m_rows.insert(at.y());
    }

    /// Updates the window of children that reach into the row at @p y (rows only go down) and
    /// returns where the cards that may reach into it begin (their bottoms only go down too).
    std::vector<QRectF>::const_iterator obstaclesNear(double y, double height)
    {
        while (m_next < m_children.size() && m_children[m_next].top() < y + height)
            m_active.push_back(m_children[m_next++]);
        std::erase_if(m_active, [y](const QRectF &o) { return o.bottom() <= y; });
        return std::partition_point(m_cards.cbegin(), m_cards.cend(), [y](const QRectF &o) { return o.bottom() <= y; });
    }

    double m_width = 0;
    std::vector<double> m_lefts, m_tops; ///< the children's edges inside the content area, sorted
    std::set<double> m_columns, m_rows;  ///< where cards may start
    std::vector<QRectF> m_children;      ///< grown by the gap, by top
    size_t m_next = 0;                   ///< the first child not yet in the window
    std::vector<QRectF> m_active;        ///< the children that may reach into the current row
    std::vector<QRectF> m_cards;         ///< the cards placed so far, grown by the gap
    QPointF m_cursor;
    bool m_taken = false;
};

} // namespace

std::vector<Card> cards(const Design &design)
{
    std::vector<Card> result;
    for (const Component *service : design.componentsOfKind(QStringLiteral("ecs_service"))) {
        const int count = int(std::clamp<qint64>(service->intProp("desired_count", 1), 0, std::numeric_limits<int>::max()));
        QStringList subnets;
        for (const QString &subnet : service->refsProp("subnets")) {
            if (isSubnet(design, subnet) && !subnets.contains(subnet))
                subnets << subnet;
        }
        // ECS spreads a service's tasks evenly over its subnets: each card shows its own share,
        // the first (count mod subnets) one task more (2 over two subnets: 1 and 1; 3: 2 and 1)
        const int perSubnet = subnets.isEmpty() ? 0 : count / int(subnets.size());
        const int remainder = subnets.isEmpty() ? 0 : count % int(subnets.size());
        for (qsizetype i = 0; i < subnets.size(); ++i) {
            const int share = perSubnet + (i < remainder ? 1 : 0);
            result.push_back({cardId(service->id, subnets[i]), service->id, subnets[i], CardRole::Task, share, {}});
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
