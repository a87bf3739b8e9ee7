#include "rulepresets.h"

#include "design.h"

#include <QCoreApplication>

namespace kumo {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("kumo::RulePresets", text);
}

nlohmann::json tcp(int port, const char *description)
{
    return {{"protocol", "tcp"}, {"from_port", port}, {"to_port", port}, {"description", description}};
}
} // namespace

std::vector<RulePreset> securityGroupRulePresets(const Design &design, const QString &groupId, bool inbound)
{
    const Component *group = design.component(groupId);
    const Component *vpc = group ? design.component(group->parent) : nullptr;
    const QString vpcCidr = vpc ? vpc->stringProp("cidr") : QString();
    const std::string network = vpcCidr.isEmpty() ? std::string("10.0.0.0/16") : vpcCidr.toStdString();
    std::vector<RulePreset> presets;
    if (!inbound) {
        presets.push_back({tr("All traffic to anywhere"), {{"protocol", "-1"}, {"from_port", 0}, {"to_port", 0}, {"cidr", "0.0.0.0/0"}}});
        nlohmann::json https = tcp(443, "HTTPS to anywhere");
        https["cidr"] = "0.0.0.0/0";
        presets.push_back({tr("HTTPS to anywhere (443)"), https});
        return presets;
    }
    nlohmann::json http = tcp(80, "HTTP from anywhere");
    http["cidr"] = "0.0.0.0/0";
    presets.push_back({tr("HTTP from anywhere (80)"), http});
    nlohmann::json https = tcp(443, "HTTPS from anywhere");
    https["cidr"] = "0.0.0.0/0";
    presets.push_back({tr("HTTPS from anywhere (443)"), https});
    nlohmann::json ssh = tcp(22, "SSH from inside the VPC");
    ssh["cidr"] = network;
    presets.push_back({tr("SSH from the VPC's network (22)"), ssh});
    // databases admit an application's group, never an address range
    QString other;
    if (vpc) {
        for (const QString &id : design.children(vpc->id)) {
            const Component *c = design.component(id);
            if (c && c->kind == QLatin1String("security_group") && id != groupId) {
                other = id;
                break;
            }
        }
    }
    if (!other.isEmpty()) {
        nlohmann::json mysql = tcp(3306, "MySQL from the application");
        mysql["source"] = other.toStdString();
        presets.push_back({tr("MySQL from another security group (3306)"), mysql});
        nlohmann::json postgres = tcp(5432, "PostgreSQL from the application");
        postgres["source"] = other.toStdString();
        presets.push_back({tr("PostgreSQL from another security group (5432)"), postgres});
    }
    nlohmann::json custom = tcp(8080, "");
    custom.erase("description");
    custom["cidr"] = network;
    presets.push_back({tr("Custom rule (TCP 8080 from the VPC)"), custom});
    return presets;
}

} // namespace kumo
