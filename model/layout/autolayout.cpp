#include "autolayout.h"

#include "catalog.h"
#include "cidr.h"
#include "deployment.h"
#include "design.h"
#include "layoutlinks.h"

#include <QRegularExpression>

#include <algorithm>
#include <cmath>
#include <limits>
#include <map>
#include <memory>
#include <tuple>

namespace kumo {
namespace AutoLayout {

namespace {

constexpr double kPadding = 20;
constexpr double kHeader = 34; ///< room for a container's title
constexpr double kGap = 20;
constexpr double kBandGap = 60; ///< between the bands of the top level, room for arrows
constexpr int kGridColumns = 4;
constexpr double kMinContainerWidth = 250; ///< room for a title and a CIDR
constexpr double kMaxLeafWidth = 280;      ///< longer names are elided on the canvas
constexpr double kUnbounded = std::numeric_limits<double>::max();
/// Designs with more arrows than this are ordered once instead of searching for fewer crossings.
constexpr size_t kCrossingSearchLimit = 3000;
/// Rounds of that search, and the shorter steps towards where the arrows lead tried in each.
constexpr int kOrderRounds = 4;
constexpr double kPartialSteps[] = {0.25, 0.5, 0.75};

double gridWidth(int columns)
{
    return columns * (kLeafWidth + kGap) - kGap;
}

/// Reading order of kinds among siblings: traffic enters at the top and the left.
int kindRank(const QString &kind)
{
    static const QHash<QString, int> ranks = [] {
        const char *order[] = {"internet", "cloudfront_distribution", "route53_zone", "route53_record", "vpc", "ecs_cluster",
                               "availability_zone", "subnet", "internet_gateway", "load_balancer", "target_group",
                               "nat_gateway", "elastic_ip", "ec2_instance", "ecs_service", "ecs_task_definition",
                               "rds_instance", "security_group", "ecr_repository", "s3_bucket", "acm_certificate",
                               "codepipeline", "codecommit_repository", "codebuild_project", "codedeploy_application",
                               "iam_user", "iam_group", "iam_role", "iam_policy", "region", "note"};
        QHash<QString, int> result;
        for (const char *kind : order)
            result.insert(QString::fromLatin1(kind), int(result.size()));
        return result;
    }();
    return ranks.value(kind, int(ranks.size()));
}

/// Siblings come in bands that keep their order whatever the arrows say: entry points first
/// (gateways, load balancers), then what serves traffic, then security groups, regional
/// services, delivery pipelines, identity and notes.
int kindBand(const QString &kind)
{
    static const QHash<QString, int> bands = {
        {QStringLiteral("internet"), 0}, {QStringLiteral("cloudfront_distribution"), 0}, {QStringLiteral("route53_zone"), 0},
        {QStringLiteral("internet_gateway"), 0}, {QStringLiteral("load_balancer"), 0}, {QStringLiteral("vpc"), 0},
        {QStringLiteral("security_group"), 2}, {QStringLiteral("ecr_repository"), 3}, {QStringLiteral("s3_bucket"), 3},
        {QStringLiteral("acm_certificate"), 3}, {QStringLiteral("codepipeline"), 4}, {QStringLiteral("codecommit_repository"), 4},
        {QStringLiteral("codebuild_project"), 4}, {QStringLiteral("codedeploy_application"), 4}, {QStringLiteral("iam_user"), 5},
        {QStringLiteral("iam_group"), 5}, {QStringLiteral("iam_role"), 5}, {QStringLiteral("iam_policy"), 5}, {QStringLiteral("note"), 6},
    };
    return bands.value(kind, 1);
}

/// Roughly how wide a text is on the canvas: wide (CJK) characters take about a square,
/// the others a bit more than half of one. The model knows no fonts; this errs on the wide side.
double textWidth(const QString &text, double pixelSize)
{
    double width = 0;
    for (const QChar ch : text)
        width += ch.unicode() >= 0x2e80 ? pixelSize : pixelSize * 0.62;
    return width;
}

/// Room a container's title needs: icon, name (bold, 13 px), the subnet's tier, the key value.
double titleWidth(const Component &c)
{
    double width = 34 + textWidth(c.displayName(), 13) + 10;
    if (c.kind == QLatin1String("subnet"))
        width += 13 * 7 + 6; // "(private)", or "(プライベート)" in Japanese
    for (const char *key : {"cidr", "region", "zone", "domain"}) {
        if (const QString value = c.stringProp(key); !value.isEmpty()) {
            width += textWidth(value, 11) + 10;
            break;
        }
    }
    return width + 12;
}

/// The tier a subnet belongs to across zones: "app-a" and "app-c" are both "app".
QString tierName(const Component &subnet)
{
    static const QRegularExpression zoneSuffix(QStringLiteral("[-_ ]([0-9]?[a-z]|[0-9]+)$"), QRegularExpression::CaseInsensitiveOption);
    QString name = subnet.displayName();
    name.remove(zoneSuffix);
    return (subnet.boolProp("public") ? QStringLiteral("0:") : QStringLiteral("1:")) + name;
}

std::uint32_t cidrAddress(const Component &c)
{
    const auto block = Ipv4Cidr::parse(c.stringProp("cidr"));
    return block ? block->network() : std::numeric_limits<std::uint32_t>::max();
}

/// Where subnets go inside the zones of one VPC: one row per tier, the same rows in every zone.
struct TierPlan
{
    std::vector<double> rowHeights;
    double columnWidth = 0;
    QHash<QString, std::vector<QString>> rowsByZone; ///< zone -> subnet id per row ("" when none)
};

class Layouter
{
public:
    /// @p cards: the deployment view's cards of each subnet, laid out as extra leaves after the
    /// subnet's children so that the subnet has room for them (their rectangles are dropped).
    Layouter(const Design &design, const QHash<QString, double> &order, const QHash<QString, QStringList> &cards)
        : m_design(design)
        , m_order(order)
        , m_cards(cards)
    {
        for (const QStringList &ids : cards) {
            for (const QString &id : ids)
                m_sizes.insert(id, QSizeF(kLeafWidth, kLeafHeight));
        }
    }

    QHash<QString, QRectF> run()
    {
        const QStringList roots = topLevel();
        QStringList internet, delivery, regions, identity, others;
        for (const QString &id : sorted(roots)) {
            const Component *c = m_design.component(id);
            const KindSpec *spec = c->kindSpec();
            if (c->kind == QLatin1String("internet"))
                internet << id;
            else if (c->kind == QLatin1String("region"))
                regions << id;
            else if (spec && spec->group == KindGroup::Identity)
                identity << id;
            else if (spec && spec->group == KindGroup::DeliveryDns)
                delivery << id;
            else
                others << id;
        }
        // the main region (the one holding most) first, the others to its right
        QHash<QString, int> sizes;
        for (const QString &id : regions)
            sizes.insert(id, subtreeSize(id));
        std::stable_sort(regions.begin(), regions.end(), [&sizes](const QString &a, const QString &b) { return sizes[a] > sizes[b]; });
        const std::vector<QRectF> fixed = fixedRects(roots);
        // regions side by side in the middle band, the internet to their left, DNS and delivery
        // above them, identity (global, referenced from everywhere) below. The bands above and
        // below add height, so the regions' own band may be wider than a page.
        const double regionsWidth = balancedWidth(regions, 2.2, kBandGap);
        const double left = internet.isEmpty() ? 0 : kLeafWidth + kBandGap;
        const double placedWidth = flowExtent(sizesOf(regions), regionsWidth, kBandGap).width();
        const double bandWidth = std::max(placedWidth, gridWidth(6));
        double y = 0;
        if (!delivery.isEmpty())
            y += flow(delivery, QPointF(left, y), bandWidth, fixed).height() + kBandGap;
        const double regionsTop = y;
        if (!regions.isEmpty())
            y += flow(regions, QPointF(left, y), regionsWidth, fixed, kBandGap).height() + kBandGap;
        if (!internet.isEmpty())
            flow(internet, QPointF(0, regionsTop + (regions.isEmpty() ? 0 : kHeader + kPadding)), kLeafWidth, fixed);
        QStringList principals, policies;
        for (const QString &id : identity)
            (m_design.component(id)->kind == QLatin1String("iam_policy") ? policies : principals) << id;
        for (const QStringList *band : {&principals, &policies, &others}) {
            if (!band->isEmpty())
                y += flow(*band, QPointF(left, y), bandWidth, fixed).height() + kGap * 2;
        }
        for (const QStringList &ids : m_cards) {
            for (const QString &id : ids)
                m_result.remove(id);
        }
        return m_result;
    }

private:
    QStringList topLevel() const
    {
        QStringList roots;
        for (const Component *c : m_design.components()) {
            if (c->parent.isEmpty() || !m_design.contains(c->parent))
                roots << c->id;
        }
        return roots;
    }

    int subtreeSize(const QString &id) const
    {
        int n = 1;
        for (const QString &child : m_design.children(id))
            n += subtreeSize(child);
        return n;
    }

    /// True for a component placed by hand (cards never are).
    bool hasGeometry(const QString &id) const
    {
        const Component *c = m_design.component(id);
        return c && c->geometry;
    }

    bool isLeaf(const QString &id) const
    {
        return m_design.children(id).isEmpty() && !Catalog::instance().isContainer(m_design.component(id)->kind);
    }

    /// Siblings in reading order: by band, by the position of what they link to (when known),
    /// then by kind.
    QStringList sorted(QStringList ids) const
    {
        std::sort(ids.begin(), ids.end(), [this](const QString &a, const QString &b) {
            const int ba = kindBand(m_design.component(a)->kind);
            const int bb = kindBand(m_design.component(b)->kind);
            if (ba != bb)
                return ba < bb;
            const double oa = m_order.value(a, 0);
            const double ob = m_order.value(b, 0);
            if (oa != ob)
                return oa < ob;
            const int ra = kindRank(m_design.component(a)->kind);
            const int rb = kindRank(m_design.component(b)->kind);
            return ra != rb ? ra < rb : a < b;
        });
        return ids;
    }

    /// Rectangles of the components among @p ids that were placed by hand, with a margin.
    std::vector<QRectF> fixedRects(const QStringList &ids) const
    {
        std::vector<QRectF> fixed;
        for (const QString &id : ids) {
            if (const Component *c = m_design.component(id); c && c->geometry)
                fixed.push_back(c->geometry->adjusted(-kGap / 2, -kGap / 2, kGap / 2, kGap / 2));
        }
        return fixed;
    }

    /// Sizes the subtree of @p id (children placed relative to it) and returns its size.
    QSizeF layout(const QString &id)
    {
        if (const auto it = m_sizes.constFind(id); it != m_sizes.cend())
            return *it;
        const QSizeF size = computeLayout(id);
        m_sizes.insert(id, size);
        return size;
    }

    QSizeF computeLayout(const QString &id)
    {
        const Component *c = m_design.component(id);
        const QStringList children = sorted(m_design.children(id));
        if (children.isEmpty() && !Catalog::instance().isContainer(c->kind)) {
            if (c->geometry)
                return c->geometry->size();
            // wide enough for the name (icon and margins take 64), within reason
            return QSizeF(std::clamp(64 + textWidth(c->displayName(), 13) + 12, kLeafWidth, kMaxLeafWidth), kLeafHeight);
        }

        QStringList leaves, containers, zones;
        for (const QString &child : children) {
            if (isLeaf(child))
                leaves << child;
            else if (m_design.component(child)->kind == QLatin1String("availability_zone"))
                zones << child;
            else
                containers << child;
        }
        leaves << m_cards.value(id);
        const std::vector<QRectF> fixed = fixedRects(children);
        double y = kHeader;
        double width = 0;
        auto addBlock = [&](QSizeF block) {
            width = std::max(width, block.width());
            y += block.height() + kGap;
        };

        if (c->kind == QLatin1String("region")) {
            // VPCs and clusters first, then the regional services in one row per group
            const double rowWidth = containers.isEmpty() ? 0 : flow(containers, QPointF(kPadding, y), balancedWidth(containers, 1.5), fixed).width();
            if (!containers.isEmpty())
                addBlock(QSizeF(rowWidth, blockHeight(containers, y)));
            if (!leaves.isEmpty())
                addBlock(flow(leaves, QPointF(kPadding, y), std::max(rowWidth, gridWidth(kGridColumns)), fixed));
        } else if (c->kind == QLatin1String("vpc")) {
            // gateways, load balancers and security groups above the zones, zones as columns
            std::sort(zones.begin(), zones.end(), [this](const QString &a, const QString &b) {
                const QString za = m_design.component(a)->stringProp("zone");
                const QString zb = m_design.component(b)->stringProp("zone");
                return za != zb ? za < zb : a < b;
            });
            planTiers(zones);
            double zonesWidth = 0;
            for (const QString &zone : zones)
                zonesWidth += layout(zone).width() + kGap;
            for (const QString &other : containers)
                zonesWidth += layout(other).width() + kGap;
            if (!leaves.isEmpty())
                addBlock(flow(leaves, QPointF(kPadding, y), std::max(zonesWidth - kGap, gridWidth(kGridColumns)), fixed));
            double rowHeight = 0;
            for (const QString &zone : zones)
                rowHeight = std::max(rowHeight, layout(zone).height());
            // zones of one VPC share a height so that their tiers line up
            for (const QString &zone : zones)
                m_sizes.insert(zone, QSizeF(layout(zone).width(), rowHeight));
            const QStringList row = zones + containers;
            if (!row.isEmpty())
                addBlock(QSizeF(flow(row, QPointF(kPadding, y), kUnbounded, fixed).width(), blockHeight(row, y)));
        } else if (c->kind == QLatin1String("availability_zone") && m_tiers.contains(id)) {
            if (!leaves.isEmpty())
                addBlock(flow(leaves, QPointF(kPadding, y), gridWidth(1), fixed));
            const TierPlan &plan = *m_tiers.value(id);
            const std::vector<QString> &rows = plan.rowsByZone.value(id);
            for (size_t row = 0; row < rows.size(); ++row) {
                if (!rows[row].isEmpty())
                    place(rows[row], QPointF(kPadding, y), QSizeF(plan.columnWidth, plan.rowHeights[row]));
                y += plan.rowHeights[row] + kGap;
            }
            width = std::max(width, plan.columnWidth);
            QStringList rest; // containers that are not subnets
            for (const QString &other : containers) {
                if (m_design.component(other)->kind != QLatin1String("subnet"))
                    rest << other;
            }
            if (!rest.isEmpty())
                addBlock(stack(rest, QPointF(kPadding, y), fixed));
        } else {
            if (!leaves.isEmpty())
                addBlock(flow(leaves, QPointF(kPadding, y), gridWidth(kGridColumns), fixed));
            const QStringList row = zones + containers;
            if (!row.isEmpty())
                addBlock(QSizeF(flow(row, QPointF(kPadding, y), kUnbounded, fixed).width(), blockHeight(row, y)));
        }

        QSizeF size(std::max({width + 2 * kPadding, kMinContainerWidth, titleWidth(*c)}), std::max(y - kGap + kPadding, kHeader + kLeafHeight));
        // content placed by hand also has to fit
        for (const QString &child : children) {
            const QRectF r = m_result.value(child);
            size = size.expandedTo(QSizeF(r.right() + kPadding, r.bottom() + kPadding));
        }
        return size;
    }

    /// A row width for containers of different sizes that makes the block they form closest to
    /// @p aspect (width / height): several VPCs wrap into rows instead of one long strip, a VPC
    /// and a small cluster stay side by side. Tries every possible first-row length.
    double balancedWidth(const QStringList &ids, double aspect, double gap = kGap)
    {
        const std::vector<QSizeF> sizes = sizesOf(ids);
        if (sizes.size() < 2)
            return kUnbounded;
        const double target = std::log(aspect);
        double best = kUnbounded;
        double bestScore = std::numeric_limits<double>::max();
        double first = -gap;
        for (const QSizeF &s : sizes) {
            first += s.width() + gap;
            const QSizeF block = flowExtent(sizes, first, gap);
            const double score = std::abs(std::log(block.width() / block.height()) - target);
            if (score < bestScore - 1e-9) {
                bestScore = score;
                best = first;
            }
        }
        return best;
    }

    std::vector<QSizeF> sizesOf(const QStringList &ids)
    {
        std::vector<QSizeF> sizes;
        for (const QString &id : ids)
            sizes.push_back(layout(id));
        return sizes;
    }

    /// The size of the block that flow() makes of boxes of @p sizes (ignoring hand-placed ones).
    static QSizeF flowExtent(const std::vector<QSizeF> &sizes, double maxWidth, double gap)
    {
        double x = 0, y = 0, rowHeight = 0, width = 0;
        for (const QSizeF &s : sizes) {
            if (x > 0 && x + s.width() > maxWidth) {
                x = 0;
                y += rowHeight + gap;
                rowHeight = 0;
            }
            x += s.width() + gap;
            rowHeight = std::max(rowHeight, s.height());
            width = std::max(width, x - gap);
        }
        return QSizeF(width, y + rowHeight);
    }

    /// Height from @p top to the lowest bottom among @p ids (already placed).
    double blockHeight(const QStringList &ids, double top) const
    {
        double bottom = top;
        for (const QString &id : ids)
            bottom = std::max(bottom, m_result.value(id).bottom());
        return bottom - top;
    }

    /// Decides the rows of subnets in the zones of one VPC: public tiers first, then the others
    /// by address; subnets with the same name apart from a zone suffix share a row. When names
    /// do not line up, each zone's subnets are simply taken in that order.
    void planTiers(const QStringList &zones)
    {
        if (zones.isEmpty())
            return;
        auto plan = std::make_shared<TierPlan>();
        QHash<QString, QStringList> subnetsByZone;
        std::map<QString, std::pair<int, std::uint32_t>> tierOrder; // tier -> (public first, lowest address)
        qsizetype mostSubnets = 0;
        for (const QString &zone : zones) {
            QStringList subnets;
            for (const QString &child : m_design.children(zone)) {
                if (m_design.component(child)->kind == QLatin1String("subnet"))
                    subnets << child;
            }
            std::sort(subnets.begin(), subnets.end(), [this](const QString &a, const QString &b) {
                const Component *ca = m_design.component(a);
                const Component *cb = m_design.component(b);
                const auto ka = std::make_tuple(!ca->boolProp("public"), cidrAddress(*ca), a);
                const auto kb = std::make_tuple(!cb->boolProp("public"), cidrAddress(*cb), b);
                return ka < kb;
            });
            for (const QString &s : subnets) {
                const Component *sc = m_design.component(s);
                const auto key = std::make_pair(sc->boolProp("public") ? 0 : 1, cidrAddress(*sc));
                auto [it, inserted] = tierOrder.emplace(tierName(*sc), key);
                if (!inserted)
                    it->second = std::min(it->second, key);
            }
            mostSubnets = std::max(mostSubnets, subnets.size());
            subnetsByZone.insert(zone, subnets);
        }
        std::vector<std::pair<std::pair<int, std::uint32_t>, QString>> tiers;
        for (const auto &[name, key] : tierOrder)
            tiers.emplace_back(key, name);
        std::sort(tiers.begin(), tiers.end());
        const bool byName = qsizetype(tiers.size()) == mostSubnets;
        const size_t rowCount = byName ? tiers.size() : size_t(mostSubnets);
        plan->rowHeights.assign(rowCount, 0);
        for (const QString &zone : zones) {
            std::vector<QString> rows(rowCount);
            const QStringList &subnets = subnetsByZone.value(zone);
            for (qsizetype i = 0; i < subnets.size(); ++i) {
                size_t row = size_t(i);
                if (byName) {
                    const QString tier = tierName(*m_design.component(subnets[i]));
                    row = size_t(std::find_if(tiers.begin(), tiers.end(), [&](const auto &t) { return t.second == tier; }) - tiers.begin());
                    if (!rows[row].isEmpty()) // two subnets of one tier in a zone: keep both, in order
                        row = size_t(std::find(rows.begin(), rows.end(), QString()) - rows.begin());
                }
                rows[row] = subnets[i];
                const QSizeF size = layout(subnets[i]);
                plan->rowHeights[row] = std::max(plan->rowHeights[row], size.height());
                plan->columnWidth = std::max(plan->columnWidth, size.width());
            }
            plan->rowsByZone.insert(zone, rows);
        }
        for (const QString &zone : zones)
            m_tiers.insert(zone, plan);
    }

    /// Places @p ids left to right from @p origin, starting a new row when @p maxWidth is
    /// reached and stepping around components placed by hand; returns the size used.
    QSizeF flow(const QStringList &ids, QPointF origin, double maxWidth, const std::vector<QRectF> &fixed, double gap = kGap)
    {
        double x = origin.x();
        double y = origin.y();
        double rowHeight = 0;
        double width = 0;
        double height = 0;
        for (const QString &id : ids) {
            const QSizeF size = layout(id);
            if (!hasGeometry(id)) {
                while (true) {
                    if (x > origin.x() && x - origin.x() + size.width() > maxWidth) {
                        x = origin.x();
                        y += rowHeight + gap;
                        rowHeight = 0;
                    }
                    const QRectF candidate(QPointF(x, y), size);
                    const auto hit = std::find_if(fixed.begin(), fixed.end(), [&](const QRectF &f) { return f.intersects(candidate); });
                    if (hit == fixed.end())
                        break;
                    x = hit->right() + kGap / 2;
                    rowHeight = std::max(rowHeight, kGap);
                }
            }
            place(id, QPointF(x, y), size);
            const QRectF r = m_result.value(id);
            if (!hasGeometry(id)) {
                x += r.width() + gap;
                rowHeight = std::max(rowHeight, r.height());
            }
            width = std::max(width, r.right() - origin.x());
            height = std::max(height, r.bottom() - origin.y());
        }
        return QSizeF(width, height);
    }

    /// Places @p ids one below the other from @p origin; returns the size used.
    QSizeF stack(const QStringList &ids, QPointF origin, const std::vector<QRectF> &fixed)
    {
        return flow(ids, origin, 1, fixed);
    }

    /// Records a rectangle: existing geometry keeps its position and grows to @p size at least.
    void place(const QString &id, QPointF at, QSizeF size)
    {
        const Component *c = m_design.component(id);
        if (c && c->geometry) {
            const QRectF g = *c->geometry;
            m_result.insert(id, QRectF(g.topLeft(), g.size().expandedTo(Catalog::instance().isContainer(c->kind) ? size : QSizeF(1, 1))));
        } else {
            m_result.insert(id, QRectF(at, size));
        }
    }

    const Design &m_design;
    const QHash<QString, double> &m_order;
    const QHash<QString, QStringList> &m_cards;
    QHash<QString, QRectF> m_result;
    QHash<QString, QSizeF> m_sizes;
    QHash<QString, std::shared_ptr<const TierPlan>> m_tiers;
};

} // namespace

QHash<QString, QRectF> compute(const Design &design, const Options &options)
{
    // first by kind, then a few rounds of ordering siblings by where their arrows lead,
    // keeping the arrangement with the fewest crossings
    QHash<QString, QStringList> cards;
    for (const Deployment::Card &card : Deployment::cards(design))
        cards[card.subnetId] << card.id;
    QHash<QString, double> order;
    QHash<QString, QRectF> best = Layouter(design, order, cards).run();
    const auto links = LayoutLinks::links(design);
    if (links.empty() || !options.orderByLinks)
        return best;
    const bool search = links.size() <= kCrossingSearchLimit;
    const auto score = [&](const QHash<QString, QRectF> &relative) {
        const QHash<QString, QRectF> absolute = LayoutLinks::absolute(design, relative);
        return options.score ? options.score(absolute) : LayoutLinks::crossings(links, absolute);
    };
    int bestScore = search ? score(best) : 0;
    // each round orders the siblings by where their arrows lead (the next round starts from there),
    // and also tries shorter steps from where they are now towards that: they often avoid trading
    // one crossing for another
    QHash<QString, QRectF> current = best;
    for (int round = 0; round < (search ? kOrderRounds : 1) && bestScore >= 0; ++round) {
        const QHash<QString, QRectF> canvas = LayoutLinks::absolute(design, current);
        const QHash<QString, double> pulled = LayoutLinks::barycentres(design, links, canvas);
        QHash<QString, double> full;
        for (auto it = canvas.cbegin(); it != canvas.cend(); ++it)
            full.insert(it.key(), pulled.value(it.key(), it.value().center().x()));
        current = Layouter(design, full, cards).run();
        if (!search)
            return current;
        const auto keepIfBetter = [&](const QHash<QString, QRectF> &candidate) {
            if (const int count = score(candidate); count < bestScore) {
                best = candidate;
                bestScore = count;
            }
        };
        keepIfBetter(current);
        for (const double step : kPartialSteps) {
            QHash<QString, double> partial;
            for (auto it = canvas.cbegin(); it != canvas.cend(); ++it) {
                const double here = it.value().center().x();
                partial.insert(it.key(), here + step * (full.value(it.key()) - here));
            }
            keepIfBetter(Layouter(design, partial, cards).run());
        }
    }
    return best;
}

QHash<QString, QRectF> tidy(const Design &design, const Options &options)
{
    Design bare = design;
    for (const Component *c : design.components())
        bare.mutableComponent(c->id)->geometry.reset();
    return compute(bare, options);
}

bool needsLayout(const Design &design)
{
    for (const Component *c : design.components()) {
        if (!c->geometry)
            return true;
    }
    return false;
}

void apply(Design &design, const Options &options)
{
    const QHash<QString, QRectF> geometry = compute(design, options);
    for (auto it = geometry.cbegin(); it != geometry.cend(); ++it) {
        if (Component *c = design.mutableComponent(it.key()))
            c->geometry = it.value();
    }
}

} // namespace AutoLayout
} // namespace kumo
