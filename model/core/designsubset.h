#pragma once

#include <QStringList>

namespace kumo {

class Design;

/// Part of a design on its own, for exporting a selection as a diagram: the chosen components
/// with everything inside them. Chosen components whose container is not chosen move to the
/// top level at their place on the canvas (geometry made absolute); annotation connections are
/// kept when both ends are in the part. References to components outside stay in the props.
Design extractSubset(const Design &design, const QStringList &ids);

} // namespace kumo
