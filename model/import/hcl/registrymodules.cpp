#include "registrymodules.h"

#include "hclvalue.h"

#include <algorithm>

namespace kumo::hclread {

namespace {

using json = nlohmann::json;

/// The inputs of a call with the module's defaults; unknown values count as not given.
struct Inputs
{
    const json &in;
    json get(const char *key, json fallback = json()) const
    {
        const auto it = in.find(key);
        if (it == in.end() || it->is_null() || value::isUnknown(*it))
            return fallback;
        return value::known(*it);
    }
    std::string str(const char *key, const std::string &fallback = {}) const
    {
        const json v = get(key);
        return v.is_string() ? v.get<std::string>() : fallback;
    }
    bool flag(const char *key, bool fallback) const
    {
        const json v = get(key);
        return v.is_boolean() ? v.get<bool>() : fallback;
    }
    std::vector<std::string> strings(const char *key) const
    {
        std::vector<std::string> out;
        const json v = get(key);
        if (v.is_array())
            for (const json &s : v)
                if (s.is_string())
                    out.push_back(s.get<std::string>());
        return out;
    }
    json object(const char *key) const
    {
        const json v = get(key);
        return v.is_object() ? v : json::object();
    }
};

struct Builder
{
    const RegistryContext &ctx;
    RegistryExpansion &out;

    /// Adds a resource (address inside the module: "aws_subnet.public[0]"); returns a copy of its attributes.
    json add(const std::string &module, const std::string &type, const std::string &name, const json &key, json attributes)
    {
        ConfigResource r;
        r.module = module;
        r.mode = "managed";
        r.type = type;
        r.name = name;
        r.indexKey = key;
        std::string suffix;
        if (key.is_number_integer())
            suffix = "[" + std::to_string(key.get<long long>()) + "]";
        else if (key.is_string())
            suffix = "[" + key.dump() + "]";
        const std::string address = (module.empty() ? std::string() : module + ".") + type + "." + name + suffix;
        if (!attributes.contains("id"))
            attributes["id"] = ctx.idFor(address);
        if (!attributes.contains("arn"))
            attributes["arn"] = "arn:aws:" + type.substr(4, type.find('_', 4) - 4) + ":" + ctx.region + ":000000000000:" + ctx.idFor(address);
        r.attributes = std::move(attributes);
        out.resources.push_back(std::move(r));
        return out.resources.back().attributes;
    }
};

json tagsWith(const json &tags, const std::string &name)
{
    json t = tags.is_object() ? tags : json::object();
    if (!name.empty())
        t["Name"] = name;
    return t;
}

// ---------------------------------------------------------------- terraform-aws-modules/vpc/aws (v5)
RegistryExpansion vpc(const Inputs &in, const RegistryContext &ctx, const std::string &version)
{
    RegistryExpansion x;
    x.version = version.empty() ? "5.x" : version;
    Builder b{ctx, x};
    const std::string name = in.str("name");
    const json tags = in.object("tags");
    const std::vector<std::string> azs = in.strings("azs");
    const std::vector<std::string> pub = in.strings("public_subnets"), priv = in.strings("private_subnets"), db = in.strings("database_subnets");
    const bool createVpc = in.flag("create_vpc", true);
    if (!createVpc)
        return x;
    const json &vpc = b.add("", "aws_vpc", "this", 0,
                            {{"cidr_block", in.get("cidr", "10.0.0.0/16")}, {"enable_dns_hostnames", in.flag("enable_dns_hostnames", true)},
                             {"enable_dns_support", in.flag("enable_dns_support", true)}, {"tags", tagsWith(tags, name)}});
    const std::string vpcId = vpc["id"];
    const json vpcArn = vpc["arn"];
    auto az = [&azs](size_t i) { return azs.empty() ? json() : json(azs[i % azs.size()]); };
    auto subnets = [&](const std::vector<std::string> &cidrs, const char *kind, const char *suffixKey, const char *defaultSuffix, bool publicIp) {
        std::vector<std::string> ids;
        const std::string suffix = in.str(suffixKey, defaultSuffix);
        for (size_t i = 0; i < cidrs.size(); ++i) {
            json attrs = {{"vpc_id", vpcId}, {"cidr_block", cidrs[i]}, {"tags", tagsWith(tags, name + "-" + suffix + (azs.empty() ? "" : "-" + az(i).get<std::string>()))}};
            if (!az(i).is_null())
                attrs["availability_zone"] = az(i);
            if (publicIp)
                attrs["map_public_ip_on_launch"] = in.flag("map_public_ip_on_launch", false);
            ids.push_back(b.add("", "aws_subnet", kind, json(i), attrs)["id"]);
        }
        return ids;
    };
    const std::vector<std::string> pubIds = subnets(pub, "public", "public_subnet_suffix", "public", true);
    const std::vector<std::string> privIds = subnets(priv, "private", "private_subnet_suffix", "private", false);
    const std::vector<std::string> dbIds = subnets(db, "database", "database_subnet_suffix", "db", false);
    json dbGroupName;
    if (!dbIds.empty() && in.flag("create_database_subnet_group", true)) {
        const std::string groupName = in.str("database_subnet_group_name", name);
        b.add("", "aws_db_subnet_group", "database", 0, {{"name", groupName}, {"subnet_ids", dbIds}, {"tags", tagsWith(tags, groupName)}});
        dbGroupName = groupName;
    }
    json igwId;
    json publicTables = json::array();
    if (!pub.empty() && in.flag("create_igw", true)) {
        igwId = b.add("", "aws_internet_gateway", "this", 0, {{"vpc_id", vpcId}, {"tags", tagsWith(tags, name)}})["id"];
        const std::string rt = b.add("", "aws_route_table", "public", 0, {{"vpc_id", vpcId}, {"tags", tagsWith(tags, name + "-public")}})["id"];
        publicTables.push_back(rt);
        b.add("", "aws_route", "public_internet_gateway", 0, {{"route_table_id", rt}, {"destination_cidr_block", "0.0.0.0/0"}, {"gateway_id", igwId}});
        for (size_t i = 0; i < pubIds.size(); ++i)
            b.add("", "aws_route_table_association", "public", json(i), {{"subnet_id", pubIds[i]}, {"route_table_id", rt}});
    }
    // NAT gateways: one, one per zone, or one per private subnet (the module's nat_gateway_count)
    const bool single = in.flag("single_nat_gateway", false), perAz = in.flag("one_nat_gateway_per_az", false);
    const size_t maxSubnets = std::max(priv.size(), db.size());
    const size_t natCount = single ? 1 : perAz ? azs.size() : maxSubnets;
    json natIds = json::array();
    if (in.flag("enable_nat_gateway", false) && !pubIds.empty()) {
        for (size_t i = 0; i < natCount; ++i) {
            const std::string eip = b.add("", "aws_eip", "nat", json(i), {{"domain", "vpc"}, {"tags", tagsWith(tags, name + "-" + (azs.empty() ? std::to_string(i) : az(i).get<std::string>()))}})["id"];
            natIds.push_back(b.add("", "aws_nat_gateway", "this", json(i),
                                   {{"allocation_id", eip}, {"subnet_id", pubIds[single ? 0 : i % pubIds.size()]},
                                    {"tags", tagsWith(tags, name + "-" + (azs.empty() ? std::to_string(i) : az(i).get<std::string>()))}})["id"]);
        }
    }
    json privateTables = json::array();
    if (maxSubnets > 0 && !priv.empty()) {
        const size_t tables = std::max<size_t>(1, natCount);
        for (size_t i = 0; i < tables; ++i) {
            const std::string rt = b.add("", "aws_route_table", "private", json(i),
                                         {{"vpc_id", vpcId}, {"tags", tagsWith(tags, name + "-private" + (single || azs.empty() ? "" : "-" + az(i).get<std::string>()))}})["id"];
            privateTables.push_back(rt);
            if (i < natIds.size())
                b.add("", "aws_route", "private_nat_gateway", json(i), {{"route_table_id", rt}, {"destination_cidr_block", "0.0.0.0/0"}, {"nat_gateway_id", natIds[i]}});
        }
        for (size_t i = 0; i < privIds.size(); ++i)
            b.add("", "aws_route_table_association", "private", json(i), {{"subnet_id", privIds[i]}, {"route_table_id", privateTables[single ? 0 : i % privateTables.size()]}});
        for (size_t i = 0; i < dbIds.size(); ++i)
            b.add("", "aws_route_table_association", "database", json(i), {{"subnet_id", dbIds[i]}, {"route_table_id", privateTables[single ? 0 : i % privateTables.size()]}});
    }
    json pubCidrs = pub, privCidrs = priv, dbCidrs = db;
    x.outputs = {{"vpc_id", vpcId}, {"vpc_arn", vpcArn}, {"vpc_cidr_block", in.get("cidr", "10.0.0.0/16")}, {"azs", azs}, {"name", name},
                 {"public_subnets", pubIds}, {"private_subnets", privIds}, {"database_subnets", dbIds},
                 {"public_subnets_cidr_blocks", pubCidrs}, {"private_subnets_cidr_blocks", privCidrs}, {"database_subnets_cidr_blocks", dbCidrs},
                 {"natgw_ids", natIds}, {"public_route_table_ids", publicTables}, {"private_route_table_ids", privateTables}};
    if (!igwId.is_null())
        x.outputs["igw_id"] = igwId;
    if (!dbGroupName.is_null()) {
        x.outputs["database_subnet_group"] = dbGroupName;
        x.outputs["database_subnet_group_name"] = dbGroupName;
    }
    return x;
}

// ---------------------------------------------------------------- terraform-aws-modules/security-group/aws (v5)
struct NamedRule
{
    const char *name;
    int from, to;
    const char *protocol;
};
const NamedRule namedRules[] = {
    {"all-all", -1, -1, "-1"},         {"all-tcp", 0, 65535, "tcp"},   {"all-udp", 0, 65535, "udp"},   {"all-icmp", -1, -1, "icmp"},
    {"http-80-tcp", 80, 80, "tcp"},    {"http-8080-tcp", 8080, 8080, "tcp"}, {"https-443-tcp", 443, 443, "tcp"}, {"https-8443-tcp", 8443, 8443, "tcp"},
    {"ssh-tcp", 22, 22, "tcp"},        {"rdp-tcp", 3389, 3389, "tcp"}, {"mysql-tcp", 3306, 3306, "tcp"}, {"postgresql-tcp", 5432, 5432, "tcp"},
    {"redis-tcp", 6379, 6379, "tcp"},  {"mssql-tcp", 1433, 1433, "tcp"}, {"oracle-db-tcp", 1521, 1521, "tcp"}, {"nfs-tcp", 2049, 2049, "tcp"},
};

json cidrList(const json &v, const json &fallback)
{
    if (v.is_string()) {
        json out = json::array();
        std::string s = v.get<std::string>();
        size_t start = 0;
        while (start <= s.size()) {
            size_t comma = s.find(',', start);
            if (comma == std::string::npos)
                comma = s.size();
            std::string part = s.substr(start, comma - start);
            part.erase(0, part.find_first_not_of(' '));
            part.erase(part.find_last_not_of(' ') + 1);
            if (!part.empty())
                out.push_back(part);
            start = comma + 1;
        }
        return out;
    }
    return v.is_array() ? v : fallback;
}

RegistryExpansion securityGroup(const Inputs &in, const RegistryContext &ctx, const std::string &version)
{
    RegistryExpansion x;
    x.version = version.empty() ? "5.x" : version;
    Builder b{ctx, x};
    const std::string name = in.str("name");
    const bool prefix = in.flag("use_name_prefix", true);
    json group = {{"description", in.str("description", "Security Group managed by Terraform")}, {"tags", tagsWith(in.object("tags"), name)}};
    if (!in.get("vpc_id").is_null())
        group["vpc_id"] = in.get("vpc_id");
    group[prefix ? "name_prefix" : "name"] = prefix ? name + "-" : name;
    const std::string sg = b.add("", "aws_security_group", prefix ? "this_name_prefix" : "this", 0, group)["id"];
    for (const char *direction : {"ingress", "egress"}) {
        const std::string d = direction;
        const json defaultCidrs = d == "egress" ? json::array({"0.0.0.0/0"}) : json::array();
        const json cidrs = cidrList(in.get((d + "_cidr_blocks").c_str()), defaultCidrs);
        int n = 0;
        for (const std::string &rule : in.strings((d + "_rules").c_str())) {
            for (const NamedRule &r : namedRules) {
                if (rule != r.name)
                    continue;
                b.add("", "aws_security_group_rule", d + "_rules", n++,
                      {{"security_group_id", sg}, {"type", d}, {"from_port", r.from < 0 ? 0 : r.from}, {"to_port", r.to < 0 ? 0 : r.to},
                       {"protocol", r.protocol}, {"cidr_blocks", cidrs}, {"description", rule}});
            }
        }
        n = 0;
        const json withCidr = in.get((d + "_with_cidr_blocks").c_str(), json::array());
        for (const json &rule : withCidr.is_array() ? withCidr : json::array()) {
            if (!rule.is_object())
                continue;
            json attrs = {{"security_group_id", sg}, {"type", d}, {"cidr_blocks", cidrList(rule.value("cidr_blocks", json()), cidrs)}};
            const NamedRule *named = nullptr;
            for (const NamedRule &r : namedRules)
                if (rule.value("rule", std::string()) == r.name)
                    named = &r;
            attrs["from_port"] = rule.contains("from_port") ? rule["from_port"] : json(named ? std::max(0, named->from) : 0);
            attrs["to_port"] = rule.contains("to_port") ? rule["to_port"] : json(named ? std::max(0, named->to) : 0);
            attrs["protocol"] = rule.contains("protocol") ? rule["protocol"] : json(named ? named->protocol : "-1");
            b.add("", "aws_security_group_rule", d + "_with_cidr_blocks", n++, attrs);
        }
        n = 0;
        const json withSg = in.get((d + "_with_source_security_group_id").c_str(), json::array());
        for (const json &rule : withSg.is_array() ? withSg : json::array()) {
            if (!rule.is_object())
                continue;
            const NamedRule *named = nullptr;
            for (const NamedRule &r : namedRules)
                if (rule.value("rule", std::string()) == r.name)
                    named = &r;
            json attrs = {{"security_group_id", sg}, {"type", d}, {"source_security_group_id", rule.value("source_security_group_id", json())}};
            attrs["from_port"] = rule.contains("from_port") ? rule["from_port"] : json(named ? std::max(0, named->from) : 0);
            attrs["to_port"] = rule.contains("to_port") ? rule["to_port"] : json(named ? std::max(0, named->to) : 0);
            attrs["protocol"] = rule.contains("protocol") ? rule["protocol"] : json(named ? named->protocol : "-1");
            b.add("", "aws_security_group_rule", d + "_with_source_security_group_id", n++, attrs);
        }
    }
    x.outputs = {{"security_group_id", sg}, {"security_group_name", name}, {"security_group_vpc_id", in.get("vpc_id")},
                 {"security_group_arn", x.resources.front().attributes["arn"]}};
    return x;
}

// ---------------------------------------------------------------- terraform-aws-modules/alb/aws (v9; v8 listener lists too)
RegistryExpansion alb(const Inputs &in, const RegistryContext &ctx, const std::string &version)
{
    RegistryExpansion x;
    x.version = version.empty() ? "9.x" : version;
    Builder b{ctx, x};
    const std::string name = in.str("name");
    json securityGroups = in.get("security_groups", json::array());
    std::string ownSg;
    if (in.flag("create_security_group", true) && !in.get("vpc_id").is_null()) {
        ownSg = b.add("", "aws_security_group", "this", 0, {{"vpc_id", in.get("vpc_id")}, {"name_prefix", name + "-"}, {"tags", tagsWith(in.object("tags"), name)}})["id"];
        securityGroups.push_back(ownSg);
        for (const char *direction : {"ingress", "egress"}) {
            const std::string d = direction;
            const json rules = in.object(("security_group_" + d + "_rules").c_str());
            for (auto it = rules.begin(); it != rules.end(); ++it) {
                const json &r = *it;
                json attrs = {{"security_group_id", ownSg}, {"ip_protocol", r.value("ip_protocol", std::string("tcp"))}};
                for (const char *k : {"from_port", "to_port", "cidr_ipv4", "referenced_security_group_id", "description"})
                    if (r.contains(k))
                        attrs[k] = r[k];
                b.add("", d == "ingress" ? "aws_vpc_security_group_ingress_rule" : "aws_vpc_security_group_egress_rule", "this", json(it.key()), attrs);
            }
        }
    }
    json lb = {{"name", name}, {"internal", in.flag("internal", false)}, {"load_balancer_type", in.str("load_balancer_type", "application")},
               {"subnets", in.get("subnets", json::array())}, {"security_groups", securityGroups}, {"tags", tagsWith(in.object("tags"), name)}};
    const json &made = b.add("", "aws_lb", "this", 0, lb);
    const std::string lbArn = made["arn"];
    const std::string lbId = made["id"];
    json targetGroups = json::object();
    json targetGroupArns = json::array();
    const json tgInput = in.get("target_groups", json::object());
    auto addTargetGroup = [&](const json &key, const json &tg) {
        json attrs = {{"vpc_id", in.get("vpc_id")}, {"port", tg.value("port", tg.value("backend_port", json(80)))},
                      {"protocol", tg.value("protocol", tg.value("backend_protocol", json("HTTP")))}, {"target_type", tg.value("target_type", std::string("instance"))}};
        if (tg.contains("name"))
            attrs["name"] = tg["name"];
        if (tg.contains("name_prefix"))
            attrs["name_prefix"] = tg["name_prefix"];
        if (tg.contains("health_check"))
            attrs["health_check"] = json::array({tg["health_check"]});
        const json &t = b.add("", "aws_lb_target_group", "this", key, attrs);
        if (tg.contains("target_id"))
            b.add("", "aws_lb_target_group_attachment", "this", key, {{"target_group_arn", t["arn"]}, {"target_id", tg["target_id"]}, {"port", attrs["port"]}});
        targetGroups[key.is_string() ? key.get<std::string>() : std::to_string(key.get<long long>())] = {{"arn", t["arn"]}, {"id", t["id"]}, {"name", attrs.value("name", json())}};
        targetGroupArns.push_back(t["arn"]);
        return std::string(t["arn"]);
    };
    std::map<std::string, std::string> tgArnByKey;
    if (tgInput.is_object()) {
        for (auto it = tgInput.begin(); it != tgInput.end(); ++it)
            tgArnByKey[it.key()] = addTargetGroup(json(it.key()), *it);
    } else if (tgInput.is_array()) {
        for (size_t i = 0; i < tgInput.size(); ++i)
            tgArnByKey[std::to_string(i)] = addTargetGroup(json(i), tgInput[i]);
    }
    auto listenerAction = [&](const json &l) {
        json action = json::object();
        if (l.contains("forward") && l["forward"].is_object()) {
            action["type"] = "forward";
            const std::string key = l["forward"].value("target_group_key", std::string());
            if (tgArnByKey.count(key))
                action["target_group_arn"] = tgArnByKey[key];
        } else if (l.contains("redirect")) {
            action["type"] = "redirect";
            action["redirect"] = json::array({l["redirect"]});
        } else if (l.contains("fixed_response")) {
            action["type"] = "fixed-response";
            action["fixed_response"] = json::array({l["fixed_response"]});
        } else if (l.contains("target_group_index")) {
            action["type"] = "forward";
            const std::string key = std::to_string(l["target_group_index"].is_number() ? l["target_group_index"].get<long long>() : 0);
            if (tgArnByKey.count(key))
                action["target_group_arn"] = tgArnByKey[key];
        } else if (l.contains("action_type")) {
            action["type"] = l["action_type"];
        }
        return action;
    };
    json listeners = json::object();
    auto addListener = [&](const json &key, const json &l) {
        json attrs = {{"load_balancer_arn", lbArn}, {"port", l.value("port", json(80))}, {"protocol", l.value("protocol", json("HTTP"))},
                      {"default_action", json::array({listenerAction(l)})}};
        if (l.contains("certificate_arn"))
            attrs["certificate_arn"] = l["certificate_arn"];
        const json &made = b.add("", "aws_lb_listener", "this", key, attrs);
        listeners[key.is_string() ? key.get<std::string>() : std::to_string(key.get<long long>())] = {{"arn", made["arn"]}, {"id", made["id"]}};
    };
    const json listenerInput = in.get("listeners", json::object());
    if (listenerInput.is_object())
        for (auto it = listenerInput.begin(); it != listenerInput.end(); ++it)
            addListener(json(it.key()), *it);
    // v8: http_tcp_listeners and https_listeners are lists
    int n = 0;
    for (const char *list : {"http_tcp_listeners", "https_listeners"}) {
        const json l = in.get(list, json::array());
        for (const json &item : l.is_array() ? l : json::array())
            if (item.is_object())
                addListener(json(n++), item);
    }
    x.outputs = {{"arn", lbArn}, {"id", lbId}, {"lb_arn", lbArn}, {"lb_id", lbId}, {"target_groups", targetGroups},
                 {"target_group_arns", targetGroupArns}, {"listeners", listeners}};
    if (!ownSg.empty())
        x.outputs["security_group_id"] = ownSg;
    return x;
}

// ---------------------------------------------------------------- terraform-aws-modules/rds/aws (v6)
RegistryExpansion rds(const Inputs &in, const RegistryContext &ctx, const std::string &version)
{
    RegistryExpansion x;
    x.version = version.empty() ? "6.x" : version;
    Builder b{ctx, x};
    const std::string identifier = in.str("identifier");
    json groupName = in.get("db_subnet_group_name");
    if (in.flag("create_db_subnet_group", false) && !in.strings("subnet_ids").empty()) {
        const std::string name = in.str("db_subnet_group_name", identifier);
        b.add("module.db_subnet_group", "aws_db_subnet_group", "this", 0, {{"name", name}, {"subnet_ids", in.get("subnet_ids")}});
        groupName = name;
    }
    json db = {{"identifier", identifier}, {"engine", in.get("engine")}, {"engine_version", in.get("engine_version")}, {"instance_class", in.get("instance_class")},
               {"allocated_storage", in.get("allocated_storage")}, {"db_name", in.get("db_name")}, {"port", in.get("port")},
               {"multi_az", in.flag("multi_az", false)}, {"publicly_accessible", in.flag("publicly_accessible", false)},
               {"storage_encrypted", in.flag("storage_encrypted", true)}, {"vpc_security_group_ids", in.get("vpc_security_group_ids", json::array())},
               {"db_subnet_group_name", groupName}, {"tags", in.object("tags")}};
    if (!in.get("username").is_null())
        db["username"] = in.get("username");
    for (auto it = db.begin(); it != db.end();) {
        if (it->is_null())
            it = db.erase(it);
        else
            ++it;
    }
    const json &made = b.add("module.db_instance", "aws_db_instance", "this", 0, db);
    x.outputs = {{"db_instance_identifier", identifier}, {"db_instance_arn", made["arn"]}, {"db_instance_id", made["id"]},
                 {"db_subnet_group_id", groupName}, {"db_instance_name", in.get("db_name")}, {"db_instance_port", in.get("port")}};
    return x;
}

// ---------------------------------------------------------------- terraform-aws-modules/ecs/aws (v5): cluster and service
json clusterOf(Builder &b, const Inputs &in, const std::string &module)
{
    const std::string name = in.str("cluster_name", in.str("name"));
    const json &c = b.add(module, "aws_ecs_cluster", "this", 0, {{"name", name}, {"tags", in.object("tags")}});
    return {{"arn", c["arn"]}, {"cluster_arn", c["arn"]}, {"id", c["id"]}, {"cluster_id", c["id"]}, {"name", name}, {"cluster_name", name}};
}

json containerDefinitions(const json &defs)
{
    json list = json::array();
    if (!defs.is_object())
        return list;
    for (auto it = defs.begin(); it != defs.end(); ++it) {
        json c = it->is_object() ? *it : json::object();
        if (!c.contains("name"))
            c["name"] = it.key();
        if (c.contains("port_mappings")) {
            json mappings = json::array();
            for (const json &m : c["port_mappings"]) {
                json pm = json::object();
                if (m.contains("containerPort") || m.contains("container_port"))
                    pm["containerPort"] = m.value("containerPort", m.value("container_port", json()));
                if (m.contains("hostPort") || m.contains("host_port"))
                    pm["hostPort"] = m.value("hostPort", m.value("host_port", json()));
                pm["protocol"] = m.value("protocol", std::string("tcp"));
                mappings.push_back(pm);
            }
            c.erase("port_mappings");
            c["portMappings"] = mappings;
        }
        c.erase("secrets"); // secret references are not values to show
        list.push_back(c);
    }
    return list;
}

json serviceOf(Builder &b, const Inputs &in, const std::string &module, const json &clusterArn)
{
    const std::string name = in.str("name");
    const std::string launch = in.str("launch_type", "FARGATE");
    json task = {{"family", in.str("family", name)}, {"cpu", in.get("cpu", 1024)}, {"memory", in.get("memory", 2048)},
                 {"network_mode", in.str("network_mode", "awsvpc")}, {"requires_compatibilities", in.get("requires_compatibilities", json::array({launch}))},
                 {"container_definitions", containerDefinitions(in.object("container_definitions")).dump()}};
    const json &td = b.add(module, "aws_ecs_task_definition", "this", 0, task);
    json sgs = in.get("security_group_ids", json::array());
    const json sgRules = in.object("security_group_rules");
    if (in.flag("create_security_group", true) && !in.get("subnet_ids").is_null()) {
        json sg = {{"name_prefix", name + "-"}};
        std::string vpc;
        const std::string sgId = b.add(module, "aws_security_group", "this", 0, sg)["id"];
        sgs.push_back(sgId);
        for (auto it = sgRules.begin(); it != sgRules.end(); ++it) {
            const json &r = *it;
            json attrs = {{"security_group_id", sgId}, {"type", r.value("type", std::string("ingress"))}, {"from_port", r.value("from_port", json(0))},
                          {"to_port", r.value("to_port", json(0))}, {"protocol", r.value("protocol", std::string("tcp"))}};
            for (const char *k : {"cidr_blocks", "source_security_group_id", "description"})
                if (r.contains(k))
                    attrs[k] = r[k];
            b.add(module, "aws_security_group_rule", "this", json(it.key()), attrs);
        }
    }
    json service = {{"name", name}, {"cluster", in.get("cluster_arn", clusterArn)}, {"task_definition", td["arn"]},
                    {"desired_count", in.get("desired_count", 1)}, {"launch_type", launch}};
    if (!in.get("subnet_ids").is_null())
        service["network_configuration"] = json::array({{{"subnets", in.get("subnet_ids")}, {"security_groups", sgs},
                                                         {"assign_public_ip", in.flag("assign_public_ip", false)}}});
    json lbs = json::array();
    const json lbInput = in.object("load_balancer");
    for (auto it = lbInput.begin(); it != lbInput.end(); ++it)
        if (it->is_object())
            lbs.push_back(*it);
    if (!lbs.empty())
        service["load_balancer"] = lbs;
    const json &s = b.add(module, "aws_ecs_service", "this", 0, service);
    return {{"id", s["id"]}, {"name", name}, {"task_definition_arn", td["arn"]}, {"security_group_id", sgs.empty() ? json() : sgs.back()}};
}

RegistryExpansion ecs(const Inputs &in, const RegistryContext &ctx, const std::string &version, const std::string &part)
{
    RegistryExpansion x;
    x.version = version.empty() ? "5.x" : version;
    Builder b{ctx, x};
    if (part == "cluster") {
        x.outputs = clusterOf(b, in, "");
        return x;
    }
    if (part == "service") {
        x.outputs = serviceOf(b, in, "", json());
        return x;
    }
    x.outputs = clusterOf(b, in, "module.cluster");
    json services = json::object();
    const json defs = in.object("services");
    for (auto it = defs.begin(); it != defs.end(); ++it) {
        json args = it->is_object() ? *it : json::object();
        if (!args.contains("name"))
            args["name"] = it.key();
        services[it.key()] = serviceOf(b, Inputs{args}, "module.service[" + json(it.key()).dump() + "]", x.outputs["arn"]);
    }
    x.outputs["services"] = services;
    return x;
}

} // namespace

std::string RegistryModules::recognise(const std::string &source)
{
    std::string s = source;
    for (const char *prefix : {"registry.terraform.io/", "app.terraform.io/"})
        if (s.rfind(prefix, 0) == 0)
            s = s.substr(std::string(prefix).size());
    std::string sub;
    const size_t dbl = s.find("//");
    if (dbl != std::string::npos && s.rfind("git::", 0) != 0 && s.find("://") == std::string::npos) {
        sub = s.substr(dbl + 2);
        s = s.substr(0, dbl);
    }
    std::string name;
    if (s.rfind("terraform-aws-modules/", 0) == 0) {
        const std::string rest = s.substr(22);
        const size_t slash = rest.find('/');
        if (slash != std::string::npos && rest.substr(slash + 1) == "aws")
            name = rest.substr(0, slash);
    } else if (const size_t at = s.find("github.com/terraform-aws-modules/terraform-aws-"); at != std::string::npos) {
        std::string rest = s.substr(at + 47);
        const size_t end = rest.find_first_of(".?/");
        const std::string tail = end == std::string::npos ? std::string() : rest.substr(end);
        rest = rest.substr(0, end);
        name = rest;
        const size_t subAt = tail.find("//");
        if (subAt != std::string::npos) {
            sub = tail.substr(subAt + 2);
            sub = sub.substr(0, sub.find('?'));
        }
    }
    if (name == "vpc" || name == "alb" || name == "security-group" || name == "rds")
        return sub.empty() ? name : std::string();
    if (name == "ecs") {
        if (sub.empty())
            return "ecs";
        if (sub == "modules/cluster")
            return "ecs-cluster";
        if (sub == "modules/service")
            return "ecs-service";
    }
    return {};
}

std::optional<RegistryExpansion> RegistryModules::expand(const std::string &source, const std::string &version, const json &inputs,
                                                         const RegistryContext &context)
{
    std::string v = version;
    if (v.empty()) {
        const size_t ref = source.find("?ref=");
        if (ref != std::string::npos)
            v = source.substr(ref + 5);
    }
    const std::string kind = recognise(source);
    const Inputs in{inputs};
    if (kind == "vpc")
        return vpc(in, context, v);
    if (kind == "security-group")
        return securityGroup(in, context, v);
    if (kind == "alb")
        return alb(in, context, v);
    if (kind == "rds")
        return rds(in, context, v);
    if (kind == "ecs")
        return ecs(in, context, v, "");
    if (kind == "ecs-cluster")
        return ecs(in, context, v, "cluster");
    if (kind == "ecs-service")
        return ecs(in, context, v, "service");
    return std::nullopt;
}

} // namespace kumo::hclread
