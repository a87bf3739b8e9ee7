#pragma once

#include "routingtree.h"

#include <vector>

namespace kumo {
namespace Routing {

/// The orthogonal search of one route: grid lines along the obstacles' margins, through the middle
/// of the gaps between them and through the ports; a shortest path over the grid where each bend
/// costs extra (A* over grid points and the direction of arrival).
class RoutingGrid
{
public:
    /// @p routed: the arrows routed before, which this one pays for crossing and running along.
    RoutingGrid(const SearchProblem &problem, const QRectF &window, const Options &options, const RoutedSegments *routed = nullptr);
    /// The route from a start port to an end port, or nothing when every way is blocked.
    std::vector<QPointF> search() const;

private:
    int node(int xi, int yi) const { return xi * int(m_ys.size()) + yi; }
    /// True when the grid edge from (xi, yi) one step in @p direction runs inside an obstacle.
    bool blocked(int xi, int yi, int direction) const;
    int indexOf(const std::vector<double> &lines, double value) const;
    /// What the grid edge from (xi, yi) one step in @p direction costs beyond its length.
    double extra(int xi, int yi, int direction) const;
    void addWallCosts(const Options &options);
    void addRoutedCosts(const RoutedSegments &routed, const Options &options);
    /// Adds @p cost to the edges along line @p at (of m_ys when @p horizontal) within [low, high].
    void addAlong(bool horizontal, double at, double tolerance, double low, double high, double costPerPoint);

    const SearchProblem &m_problem;
    Options m_options;
    QRectF m_window;
    std::vector<double> m_xs;
    std::vector<double> m_ys;
    std::vector<char> m_blockedVertical;   ///< edge (xi, yi)-(xi, yi+1)
    std::vector<char> m_blockedHorizontal; ///< edge (xi, yi)-(xi+1, yi)
    std::vector<QRectF> m_expanded;        ///< obstacles with their margin, inside the window
    std::vector<float> m_extraVertical;    ///< what each edge costs beyond its length (empty: nothing)
    std::vector<float> m_extraHorizontal;
};

} // namespace Routing
} // namespace kumo
