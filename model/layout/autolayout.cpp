#include "autolayout.h"

#include "catalog.h"
#include "design.h"

#include <algorithm>
#include <cmath>

namespace kumo {
namespace AutoLayout {

namespace {

constexpr double kPadding = 20;
constexpr double kHeader = 34; ///< room for a container's title
constexpr double kGap = 20;
constexpr int kGridColumns = 4;
constexpr double kMinContainerWidth = 250; ///< room for a title and a CIDR

class Layouter
{
public:
    explicit Layouter(const Design &design) : m_design(design) {}

    QHash<QString, QRectF> run()
    {
        const QStringList roots = topLevel();
        QStringList regions;
        QStringList others;
        for (const QString &id : roots) {
            const Component *c = m_design.component(id);
            (Catalog::instance().isContainer(c->kind) ? regions : others) << id;
        }
        // global services in a row above the regions, regions side by side below
        double y = 0;
        if (!others.isEmpty()) {
            const QSizeF size = placeGrid(others, QPointF(0, 0), 6);
            y = size.height() + kGap * 2;
        }
        double x = 0;
        for (const QString &id : regions) {
            const QSizeF size = layout(id);
            place(id, QPointF(x, y), size);
            x += m_result.value(id).width() + kGap * 2;
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

    /// Sizes the subtree of @p id (children placed relative to it) and returns its size.
    QSizeF layout(const QString &id)
    {
        const Component *c = m_design.component(id);
        const QStringList children = m_design.children(id);
        if (children.isEmpty() && !Catalog::instance().isContainer(c->kind))
            return c->geometry ? c->geometry->size() : QSizeF(kLeafWidth, kLeafHeight);

        QStringList leaves;
        QStringList containers;
        for (const QString &child : children)
            (m_design.children(child).isEmpty() && !Catalog::instance().isContainer(m_design.component(child)->kind) ? leaves : containers)
                << child;

        double width = 0;
        double y = kHeader;
        if (!leaves.isEmpty()) {
            const QSizeF grid = placeGrid(leaves, QPointF(kPadding, y), kGridColumns);
            width = std::max(width, grid.width());
            y += grid.height() + kGap;
        }
        if (!containers.isEmpty()) {
            // zones and VPCs side by side; subnets (inside a zone) stacked
            const bool stack = c->kind == QLatin1String("availability_zone");
            std::vector<QSizeF> sizes;
            for (const QString &child : containers)
                sizes.push_back(layout(child));
            if (stack) {
                double columnWidth = 0;
                for (const QSizeF &s : sizes)
                    columnWidth = std::max(columnWidth, s.width());
                double cy = y;
                for (size_t i = 0; i < sizes.size(); ++i) {
                    place(containers[qsizetype(i)], QPointF(kPadding, cy), QSizeF(columnWidth, sizes[i].height()));
                    cy += m_result.value(containers[qsizetype(i)]).height() + kGap;
                }
                width = std::max(width, columnWidth);
                y = cy;
            } else {
                double cx = kPadding;
                double rowHeight = 0;
                for (size_t i = 0; i < sizes.size(); ++i)
                    rowHeight = std::max(rowHeight, sizes[i].height());
                for (size_t i = 0; i < sizes.size(); ++i) {
                    // zones of one VPC share a height so their subnets line up in rows
                    const QSizeF size = c->kind == QLatin1String("vpc") ? QSizeF(sizes[i].width(), rowHeight) : sizes[i];
                    place(containers[qsizetype(i)], QPointF(cx, y), size);
                    cx += m_result.value(containers[qsizetype(i)]).width() + kGap;
                }
                width = std::max(width, cx - kGap - kPadding);
                y += rowHeight + kGap;
            }
        }
        QSizeF size(std::max(width + 2 * kPadding, kMinContainerWidth), std::max(y - kGap + kPadding, kHeader + kLeafHeight));
        // content placed by hand also has to fit
        for (const QString &child : children) {
            const QRectF r = m_result.value(child);
            size = size.expandedTo(QSizeF(r.right() + kPadding, r.bottom() + kPadding));
        }
        return size;
    }

    /// Places ids in a grid from @p origin, skipping cells that components placed by hand
    /// already cover; returns the grid's size.
    QSizeF placeGrid(const QStringList &ids, QPointF origin, int columns)
    {
        std::vector<QRectF> fixed;
        for (const QString &id : ids) {
            if (const Component *c = m_design.component(id); c && c->geometry)
                fixed.push_back(c->geometry->adjusted(-kGap / 2, -kGap / 2, kGap / 2, kGap / 2));
        }
        double width = 0;
        double height = 0;
        qsizetype cell = 0;
        for (qsizetype i = 0; i < ids.size(); ++i) {
            const QSizeF size = layout(ids[i]);
            QPointF at;
            while (true) {
                at = origin + QPointF(double(cell % columns) * (kLeafWidth + kGap), double(cell / columns) * (kLeafHeight + kGap));
                ++cell;
                const QRectF candidate(at, size);
                const bool ownGeometry = m_design.component(ids[i])->geometry.has_value();
                if (ownGeometry || std::none_of(fixed.begin(), fixed.end(), [&](const QRectF &f) { return f.intersects(candidate); }))
                    break;
            }
            place(ids[i], at, size);
            const QRectF r = m_result.value(ids[i]);
            width = std::max(width, r.right() - origin.x());
            height = std::max(height, r.bottom() - origin.y());
        }
        return QSizeF(width, height);
    }

    /// Records a rectangle: existing geometry keeps its position and grows to @p size at least.
    void place(const QString &id, QPointF at, QSizeF size)
    {
        const Component *c = m_design.component(id);
        if (c->geometry) {
            const QRectF g = *c->geometry;
            m_result.insert(id, QRectF(g.topLeft(), g.size().expandedTo(Catalog::instance().isContainer(c->kind) ? size : QSizeF(1, 1))));
        } else {
            m_result.insert(id, QRectF(at, size));
        }
    }

    const Design &m_design;
    QHash<QString, QRectF> m_result;
};

} // namespace

QHash<QString, QRectF> compute(const Design &design)
{
    return Layouter(design).run();
}

bool needsLayout(const Design &design)
{
    for (const Component *c : design.components()) {
        if (!c->geometry)
            return true;
    }
    return false;
}

void apply(Design &design)
{
    const QHash<QString, QRectF> geometry = compute(design);
    for (auto it = geometry.cbegin(); it != geometry.cend(); ++it) {
        if (Component *c = design.mutableComponent(it.key()))
            c->geometry = it.value();
    }
}

} // namespace AutoLayout
} // namespace kumo
