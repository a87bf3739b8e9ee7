#include "layoutjson.h"

#include "designfile.h"

#include <cmath>

namespace kumo {

using json = nlohmann::ordered_json;

QString diagramViewId(DiagramView view)
{
    return view == DiagramView::Logical ? QStringLiteral("logical") : QStringLiteral("deployment");
}

std::optional<DiagramView> diagramViewFromId(const QString &id)
{
    if (id == QLatin1String("logical"))
        return DiagramView::Logical;
    if (id == QLatin1String("deployment"))
        return DiagramView::Deployment;
    return std::nullopt;
}

namespace LayoutJson {

namespace {
/// Coordinates to a hundredth of a unit: integers stay integers in the file.
json number(double v)
{
    const double rounded = std::round(v * 100) / 100;
    if (rounded == std::floor(rounded) && std::abs(rounded) < 1e15)
        return json(static_cast<long long>(rounded));
    return json(rounded);
}

json rect(const QRectF &r)
{
    return json{{"x", number(r.x())}, {"y", number(r.y())}, {"w", number(r.width())}, {"h", number(r.height())}};
}

std::string text(const QString &s)
{
    return s.toStdString();
}
} // namespace

json toJson(const DiagramLayout &layout, DiagramView view)
{
    json boxes = json::array();
    for (const DiagramBox &b : layout.boxes) {
        json box{{"id", text(b.id)}, {"kind", text(b.kind)}};
        box["parent"] = b.parent.isEmpty() ? json(nullptr) : json(text(b.parent));
        box["x"] = number(b.rect.x());
        box["y"] = number(b.rect.y());
        box["w"] = number(b.rect.width());
        box["h"] = number(b.rect.height());
        box["container"] = b.container;
        if (b.role != DiagramBox::Role::Component) {
            box["role"] = b.role == DiagramBox::Role::Task ? "task" : "standby";
            box["component"] = text(b.componentId);
            box["count"] = b.count;
        }
        boxes.push_back(std::move(box));
    }
    json arrows = json::array();
    for (const DiagramArrow &a : layout.arrows) {
        json arrow{{"from", text(a.from)}, {"to", text(a.to)},
                   {"kind", a.kind == DiagramArrow::Kind::Reference ? "reference" : "annotation"}};
        if (!a.connectionId.isEmpty())
            arrow["connection"] = text(a.connectionId);
        if (!a.label.isEmpty()) {
            arrow["label"] = text(a.label);
            if (!a.labelBox.isEmpty())
                arrow["labelBox"] = rect(a.labelBox);
        }
        json points = json::array();
        for (const QPointF &p : a.points)
            points.push_back(json::array({number(p.x()), number(p.y())}));
        arrow["points"] = std::move(points);
        arrows.push_back(std::move(arrow));
    }
    return json{{"format", "kumo-layout"}, {"version", 1}, {"view", text(diagramViewId(view))},
                {"bounds", rect(layout.bounds)}, {"boxes", std::move(boxes)}, {"arrows", std::move(arrows)}};
}

QByteArray write(const DiagramLayout &layout, DiagramView view)
{
    const std::string dumped = toJson(layout, view).dump(2, ' ', false, json::error_handler_t::replace);
    return QByteArray::fromStdString(dumped) + '\n';
}

bool save(const DiagramLayout &layout, DiagramView view, const QString &path, QString *error)
{
    return DesignFile::writeAtomically(path, write(layout, view), error);
}

} // namespace LayoutJson
} // namespace kumo
