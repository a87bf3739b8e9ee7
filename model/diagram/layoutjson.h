#pragma once

#include "diagramlayout.h"

#include <QByteArray>
#include <QString>

#include <nlohmann/json.hpp>

#include <optional>

namespace kumo {

/// The command line's name of a view ("logical", "deployment") and back.
QString diagramViewId(DiagramView view);
std::optional<DiagramView> diagramViewFromId(const QString &id);

/// The laid-out diagram as data (`kumo export layout`): what scripts and tests read instead of
/// parsing a drawing. All coordinates are absolute canvas units (one unit is one point in a PDF).
///
///     { "format": "kumo-layout", "version": 1, "view": "deployment",
///       "bounds": {"x": .., "y": .., "w": .., "h": ..},
///       "boxes":  [ {"id": "web-a", "kind": "ec2_instance", "parent": "subnet-a" | null,
///                    "x": .., "y": .., "w": .., "h": .., "container": false,
///                    // cards of the deployment view only:
///                    "role": "task" | "standby", "component": "svc", "count": 2 } ],
///       "arrows": [ {"from": "alb", "to": "tg", "kind": "reference" | "annotation",
///                    "connection": "c1" (annotations), "label": ".." (when labelled),
///                    "labelBox": {"x","y","w","h"} (when labelled),
///                    "points": [[x, y], ...]} ] }
///
/// Boxes come parents first; `parent` is null at the top level.
namespace LayoutJson {

nlohmann::ordered_json toJson(const DiagramLayout &layout, DiagramView view);
/// UTF-8, indented by two, ending with a newline.
QByteArray write(const DiagramLayout &layout, DiagramView view);
/// Writes the file atomically; on failure returns false and fills @p error.
bool save(const DiagramLayout &layout, DiagramView view, const QString &path, QString *error = nullptr);

} // namespace LayoutJson

} // namespace kumo
