#pragma once

#include "component.h"

namespace kumo {

class Design;

/// New components with sensible starting values, so that a freshly dropped component is
/// already valid where that is possible: a VPC gets the next free /16, a subnet the next free
/// /24 of its VPC, an availability zone the next zone of its region, names are unique.
namespace ComponentFactory {

Component create(const Design &design, const QString &kind, const QString &parentId);

} // namespace ComponentFactory

} // namespace kumo
