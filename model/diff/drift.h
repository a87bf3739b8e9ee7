#pragma once

#include "design.h"
#include "designdiff.h"
#include "importreport.h"

namespace kumo::diff {

/// Drift: a design against what Terraform deployed. The deployed side is a design imported from
/// a state or plan; its components are renamed to the ids of the design's components that the
/// export gives the same Terraform address (resource type and name), regions and zones matched
/// by their codes. Unmatched components keep their ids (suffixed when taken) and show as added
/// (deployed, not designed) or removed (designed, not deployed).
namespace Drift {

/// The imported design with the ids of @p design where the addresses match.
Design alignToDesign(const Design &design, const Design &imported, const tfimport::ImportReport &report);
/// @p design without what only the diagram has (the internet, notes), which Terraform never deploys,
/// and without what a state keeps only as a hash (an instance's user data), which no drift check can read.
Design deployablePart(const Design &design);
/// The drift itself: the deployable part of @p design against the aligned import, geometry ignored.
DesignDiff compare(const Design &design, const Design &imported, const tfimport::ImportReport &report);

} // namespace Drift

} // namespace kumo::diff
