#pragma once

#include <QString>

#include <nlohmann/json.hpp>

#include <vector>

namespace kumo {

class Design;

/// A ready-made security-group rule the Properties panel offers when a rule is added.
struct RulePreset
{
    QString label;       ///< what it does, in the interface language
    nlohmann::json rule; ///< the rule, in the design format
};

/// Common rules for the security group @p groupId, each valid as it stands (no finding fires on
/// it): HTTP and HTTPS from anywhere, SSH from the group's VPC, MySQL and PostgreSQL from
/// another group of the VPC (when there is one), and a custom rule to edit. For outbound rules:
/// all traffic, and HTTPS to anywhere.
std::vector<RulePreset> securityGroupRulePresets(const Design &design, const QString &groupId, bool inbound);

} // namespace kumo
