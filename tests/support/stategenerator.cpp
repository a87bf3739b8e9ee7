#include "stategenerator.h"

#include <nlohmann/json.hpp>

#include <string>

namespace kumo::testing {

namespace {
using json = nlohmann::json;

json resource(const std::string &type, const std::string &name, json attributes, const std::string &module = {})
{
    json r = {{"mode", "managed"}, {"type", type}, {"name", name},
              {"provider", "provider[\"registry.terraform.io/hashicorp/aws\"]"},
              {"instances", json::array({json{{"schema_version", 0}, {"attributes", std::move(attributes)}}})}};
    if (!module.empty())
        r["module"] = module;
    return r;
}

} // namespace

QByteArray generateState(int n)
{
    json resources = json::array();
    const std::string arn = "arn:aws:ec2:ap-northeast-1:111122223333:";
    int count = 0;
    for (int v = 0; count < n; ++v) {
        const std::string module = "module.stack[" + std::to_string(v) + "]";
        const std::string vpc = "vpc-" + std::to_string(v);
        resources.push_back(resource("aws_vpc", "main", {{"id", vpc}, {"arn", arn + "vpc/" + vpc}, {"cidr_block", "10.0.0.0/16"}}, module));
        resources.push_back(resource("aws_internet_gateway", "gw", {{"id", "igw-" + std::to_string(v)}, {"vpc_id", vpc}}, module));
        resources.push_back(resource("aws_route_table", "public",
                                     {{"id", "rtb-" + std::to_string(v)}, {"vpc_id", vpc},
                                      {"route", json::array({json{{"cidr_block", "0.0.0.0/0"}, {"gateway_id", "igw-" + std::to_string(v)}}})}},
                                     module));
        count += 3;
        for (int s = 0; s < 80 && count < n; ++s, count += 6) {
            const std::string key = std::to_string(v) + "-" + std::to_string(s);
            const std::string subnet = "subnet-" + key;
            const std::string sg = "sg-" + key;
            const std::string zone = s % 2 ? "ap-northeast-1a" : "ap-northeast-1c";
            json subnetRes = resource("aws_subnet", "app", {{"id", subnet}, {"vpc_id", vpc}, {"cidr_block", "10.0." + std::to_string(s) + ".0/24"},
                                                           {"availability_zone", zone}}, module);
            subnetRes["instances"][0]["index_key"] = s;
            resources.push_back(std::move(subnetRes));
            resources.push_back(resource("aws_route_table_association", "a" + std::to_string(s),
                                         {{"id", "rtbassoc-" + key}, {"subnet_id", subnet}, {"route_table_id", "rtb-" + std::to_string(v)}}, module));
            resources.push_back(resource("aws_security_group", "sg" + std::to_string(s),
                                         {{"id", sg}, {"name", "sg-" + key}, {"vpc_id", vpc}, {"description", "generated"}}, module));
            resources.push_back(resource("aws_vpc_security_group_ingress_rule", "http" + std::to_string(s),
                                         {{"id", "sgr-" + key}, {"security_group_id", sg}, {"ip_protocol", "tcp"}, {"from_port", 80},
                                          {"to_port", 80}, {"cidr_ipv4", "0.0.0.0/0"}}, module));
            resources.push_back(resource("aws_instance", "server" + std::to_string(s),
                                         {{"id", "i-" + key}, {"arn", arn + "instance/i-" + key}, {"ami", "ami-0123"}, {"instance_type", "t3.micro"},
                                          {"subnet_id", subnet}, {"vpc_security_group_ids", json::array({sg})}}, module));
            resources.push_back(resource("aws_eip", "ip" + std::to_string(s),
                                         {{"id", "eipalloc-" + key}, {"instance", "i-" + key}, {"domain", "vpc"}}, module));
        }
    }
    json state = {{"version", 4}, {"terraform_version", "1.9.5"}, {"serial", 1}, {"lineage", "bench"}, {"resources", std::move(resources)}};
    return QByteArray::fromStdString(state.dump());
}


} // namespace kumo::testing
