#pragma once

#include "component.h"

#include <QByteArray>
#include <QPointF>
#include <QStringList>

#include <vector>

namespace kumo {

class Design;

/// Copy and paste of components: copied subtrees travel as `.kumo` JSON; pasting gives every
/// component a fresh id, keeps the copied nesting, and points references between copied
/// components at the copies (references to components outside the copy stay as they are).
namespace Clipboard {

inline constexpr const char *mimeType = "application/x-kumo-components";

/// The selected components with everything inside them.
QByteArray copy(const Design &design, const QStringList &ids);
/// Components ready to add to @p design: the copy's top components stay in their original
/// containers (at the top level when those are gone), shifted by @p offset.
std::vector<Component> paste(const Design &design, const QByteArray &data, QPointF offset);

} // namespace Clipboard

} // namespace kumo
