#include "designgenerator.h"

#include <QRandomGenerator>

namespace kumo::testing {

namespace {
using nlohmann::json;

class Builder
{
public:
    explicit Builder(Design &d) : m_design(d) {}

    QString add(const QString &kind, const QString &parent, const QString &name, json props = json::object())
    {
        Component c;
        c.id = m_design.uniqueId(name);
        c.kind = kind;
        c.parent = parent;
        c.name = name;
        c.props = std::move(props);
        const QString id = c.id;
        m_design.insert(std::move(c));
        return id;
    }
    qsizetype count() const { return m_design.componentCount(); }

private:
    Design &m_design;
};

std::string s(const QString &q) { return q.toStdString(); }
} // namespace

Design generateDesign(int componentCount, quint32 seed)
{
    Design design;
    design.name = QStringLiteral("Generated design (%1 components)").arg(componentCount);
    Builder b(design);
    QRandomGenerator rng(seed);
    const char *regionCodes[] = {"ap-northeast-1", "us-east-1", "eu-west-1", "us-west-2", "ap-southeast-1", "eu-central-1"};
    const QString zone = b.add(QStringLiteral("route53_zone"), {}, QStringLiteral("example-com"), {{"domain", "example.com"}});
    const QString policy = b.add(QStringLiteral("iam_policy"), {}, QStringLiteral("read-assets"),
                                 {{"statements", json::array({{{"effect", "Allow"}, {"actions", {"s3:GetObject"}}, {"resources", {"*"}}}})}});
    const QString taskRole = b.add(QStringLiteral("iam_role"), {}, QStringLiteral("task-role"),
                                   {{"trusted_service", "ecs-tasks.amazonaws.com"}, {"policies", {s(policy)}}});
    int regionIndex = 0;
    int vpcIndex = 0;
    while (b.count() < componentCount) {
        const char *code = regionCodes[regionIndex % 6];
        const QString region = b.add(QStringLiteral("region"), {}, QStringLiteral("region-%1").arg(regionIndex), {{"region", code}});
        b.add(QStringLiteral("s3_bucket"), region, QStringLiteral("assets-%1").arg(regionIndex),
              {{"bucket", s(QStringLiteral("generated-assets-%1").arg(regionIndex))}});
        const QString repo = b.add(QStringLiteral("ecr_repository"), region, QStringLiteral("repo-%1").arg(regionIndex));
        const QString cluster = b.add(QStringLiteral("ecs_cluster"), region, QStringLiteral("cluster-%1").arg(regionIndex));
        for (int v = 0; v < 8 && b.count() < componentCount; ++v, ++vpcIndex) {
            const int octet = vpcIndex % 250;
            const int second = vpcIndex / 250;
            const QString base = QStringLiteral("10.%1.").arg(octet);
            const QString vpc = b.add(QStringLiteral("vpc"), region, QStringLiteral("vpc-%1").arg(vpcIndex),
                                      {{"cidr", s(base + QStringLiteral("0.0/16"))}});
            Q_UNUSED(second);
            b.add(QStringLiteral("internet_gateway"), vpc, QStringLiteral("igw-%1").arg(vpcIndex));
            const QString albSg = b.add(QStringLiteral("security_group"), vpc, QStringLiteral("alb-sg-%1").arg(vpcIndex),
                                        {{"ingress", json::array({{{"protocol", "tcp"}, {"from_port", 443}, {"to_port", 443}, {"cidr", "0.0.0.0/0"}}})}});
            const QString appSg = b.add(QStringLiteral("security_group"), vpc, QStringLiteral("app-sg-%1").arg(vpcIndex),
                                        {{"ingress", json::array({{{"protocol", "tcp"}, {"from_port", 8080}, {"to_port", 8080}, {"source", s(albSg)}}})}});
            const QString tg = b.add(QStringLiteral("target_group"), vpc, QStringLiteral("tg-%1").arg(vpcIndex), {{"port", 8080}, {"target_type", "ip"}});
            const int zones = 2 + int(rng.bounded(2));
            json publicSubnets = json::array();
            json appSubnets = json::array();
            json dbSubnets = json::array();
            const int perZone = 1 + int(rng.bounded(12));
            for (int z = 0; z < zones; ++z) {
                const QString az = b.add(QStringLiteral("availability_zone"), vpc, QStringLiteral("az-%1-%2").arg(vpcIndex).arg(z),
                                         {{"zone", s(QString::fromLatin1(code) + QChar(u'a' + z))}});
                const QString pub = b.add(QStringLiteral("subnet"), az, QStringLiteral("public-%1-%2").arg(vpcIndex).arg(z),
                                          {{"cidr", s(base + QStringLiteral("%1.0/24").arg(z))}, {"public", true}});
                const QString app = b.add(QStringLiteral("subnet"), az, QStringLiteral("app-%1-%2").arg(vpcIndex).arg(z),
                                          {{"cidr", s(base + QStringLiteral("%1.0/24").arg(10 + z))}});
                const QString db = b.add(QStringLiteral("subnet"), az, QStringLiteral("db-%1-%2").arg(vpcIndex).arg(z),
                                         {{"cidr", s(base + QStringLiteral("%1.0/24").arg(20 + z))}});
                b.add(QStringLiteral("nat_gateway"), pub, QStringLiteral("nat-%1-%2").arg(vpcIndex).arg(z));
                for (int i = 0; i < perZone && b.count() < componentCount; ++i)
                    b.add(QStringLiteral("ec2_instance"), app, QStringLiteral("server-%1-%2-%3").arg(vpcIndex).arg(z).arg(i),
                          {{"ami", "ami-0123456789abcdef0"}, {"security_groups", {s(appSg)}}});
                publicSubnets.push_back(s(pub));
                appSubnets.push_back(s(app));
                dbSubnets.push_back(s(db));
            }
            const QString lb = b.add(QStringLiteral("load_balancer"), vpc, QStringLiteral("alb-%1").arg(vpcIndex),
                                     {{"subnets", publicSubnets}, {"security_groups", {s(albSg)}},
                                      {"listeners", json::array({{{"port", 80}, {"protocol", "HTTP"}, {"default_target_group", s(tg)}}})}});
            const QString task = b.add(QStringLiteral("ecs_task_definition"), cluster, QStringLiteral("task-%1").arg(vpcIndex),
                                       {{"task_role", s(taskRole)},
                                        {"containers", json::array({{{"name", "app"}, {"image", s(repo + QStringLiteral(":latest"))}, {"container_port", 8080}}})}});
            b.add(QStringLiteral("ecs_service"), cluster, QStringLiteral("service-%1").arg(vpcIndex),
                  {{"task_definition", s(task)}, {"subnets", appSubnets}, {"security_groups", {s(appSg)}}, {"target_group", s(tg)},
                   {"container_name", "app"}, {"container_port", 8080}});
            b.add(QStringLiteral("rds_instance"), QString::fromStdString(dbSubnets[0].get<std::string>()),
                  QStringLiteral("db-%1").arg(vpcIndex), {{"subnets", dbSubnets}, {"multi_az", true}});
            b.add(QStringLiteral("route53_record"), zone, QStringLiteral("record-%1").arg(vpcIndex),
                  {{"name", s(QStringLiteral("app%1").arg(vpcIndex))}, {"alias_target", s(lb)}});
        }
        ++regionIndex;
    }
    return design;
}

} // namespace kumo::testing
