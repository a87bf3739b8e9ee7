#include "diffdesigns.h"

#include "designjson.h"

#include <cstdio>
#include <cstdlib>

namespace kumo::testing {

using nlohmann::json;

json baseDesignJson()
{
    return json::parse(R"({
  "format": "kumo-design", "version": 1, "name": "diff base",
  "components": [
    {"id": "tokyo", "kind": "region", "props": {"region": "ap-northeast-1"}, "geometry": {"x": 0, "y": 0, "w": 900, "h": 600}},
    {"id": "vpc", "kind": "vpc", "parent": "tokyo", "props": {"cidr": "10.0.0.0/16"}, "geometry": {"x": 20, "y": 40, "w": 860, "h": 540}},
    {"id": "igw", "kind": "internet_gateway", "parent": "vpc", "geometry": {"x": 20, "y": 40, "w": 160, "h": 60}},
    {"id": "az-a", "kind": "availability_zone", "parent": "vpc", "props": {"zone": "ap-northeast-1a"}, "geometry": {"x": 20, "y": 120, "w": 800, "h": 400}},
    {"id": "pub-a", "kind": "subnet", "parent": "az-a", "name": "public-a", "props": {"cidr": "10.0.1.0/24", "public": true}, "geometry": {"x": 20, "y": 40, "w": 360, "h": 300}},
    {"id": "app-a", "kind": "subnet", "parent": "az-a", "name": "app-a", "props": {"cidr": "10.0.2.0/24"}, "geometry": {"x": 400, "y": 40, "w": 360, "h": 300}},
    {"id": "web-sg", "kind": "security_group", "parent": "vpc", "props": {"ingress": [
        {"protocol": "tcp", "from_port": 22, "to_port": 22, "cidr": "10.0.0.0/8"},
        {"protocol": "tcp", "from_port": 80, "to_port": 80, "cidr": "0.0.0.0/0"}]}, "geometry": {"x": 200, "y": 40, "w": 160, "h": 60}},
    {"id": "db-sg", "kind": "security_group", "parent": "vpc", "geometry": {"x": 380, "y": 40, "w": 160, "h": 60}},
    {"id": "web", "kind": "ec2_instance", "parent": "pub-a", "name": "web-server",
     "props": {"ami": "ami-0123456789abcdef0", "public_ip": true, "security_groups": ["web-sg"]}, "geometry": {"x": 20, "y": 40, "w": 180, "h": 70}},
    {"id": "assets", "kind": "s3_bucket", "parent": "tokyo", "props": {"bucket": "kumo-diff-assets"}, "geometry": {"x": 700, "y": 0, "w": 160, "h": 40}},
    {"id": "users", "kind": "internet", "name": "Users"}
  ],
  "connections": [{"id": "c1", "from": "users", "to": "web", "label": "HTTP"}]
})");
}

json &componentIn(json &design, const char *id)
{
    for (json &c : design["components"]) {
        if (c["id"] == id)
            return c;
    }
    std::fprintf(stderr, "no component %s in the test design\n", id);
    std::abort();
}

Design editedDesign(const std::function<void(json &)> &edit)
{
    json j = baseDesignJson();
    if (edit)
        edit(j);
    DesignReadResult r = DesignJson::read(QByteArray::fromStdString(j.dump()));
    if (!r.ok()) {
        std::fprintf(stderr, "test design does not load: %s\n", qPrintable(r.error.toString(QStringLiteral("test"))));
        std::abort();
    }
    return std::move(*r.design);
}

} // namespace kumo::testing
