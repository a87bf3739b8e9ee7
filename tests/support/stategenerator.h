#pragma once

#include <QByteArray>

namespace kumo::testing {

/// A Terraform state (JSON) of about @p resourceCount resources: VPCs with gateways and route
/// tables, and per subnet a security group with a rule, an instance, its Elastic IP and a route
/// table association, in modules. The same count always gives the same state.
QByteArray generateState(int resourceCount);

} // namespace kumo::testing
