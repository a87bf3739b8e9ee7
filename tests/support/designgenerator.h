#pragma once

#include "design.h"

namespace kumo::testing {

/// Builds a plausible design of about @p componentCount components: regions holding VPCs with
/// two or three zones of public, application and database subnets, NAT gateways, instances,
/// security groups, load balancers with target groups, ECS services, databases, buckets, DNS
/// and IAM. No geometry. The same arguments always give the same design.
Design generateDesign(int componentCount, quint32 seed = 1);

} // namespace kumo::testing
