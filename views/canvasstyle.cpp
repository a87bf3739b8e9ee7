#include "canvasstyle.h"

#include "catalog.h"
#include "component.h"

#include <QCoreApplication>
#include <QFont>
#include <QHash>
#include <QPainter>
#include <QPixmap>

namespace kumo {
namespace CanvasStyle {

ContainerLook containerLook(const Component &c)
{
    if (c.kind == QLatin1String("region"))
        return {QColor(0x00, 0x7d, 0xbc), QColor(0xf3, 0xf9, 0xfd), Qt::DashLine};
    if (c.kind == QLatin1String("vpc"))
        return {QColor(0x8c, 0x4f, 0xff), QColor(0xfa, 0xf7, 0xff), Qt::SolidLine};
    if (c.kind == QLatin1String("availability_zone"))
        return {QColor(0x00, 0x73, 0xbb), QColor(255, 255, 255, 0), Qt::DashLine};
    if (c.kind == QLatin1String("subnet"))
        return c.boolProp("public") ? ContainerLook{QColor(0x3f, 0x86, 0x24), QColor(0xf2, 0xf8, 0xf0), Qt::SolidLine}
                                    : ContainerLook{QColor(0x00, 0x7c, 0xbe), QColor(0xe6, 0xf2, 0xf8), Qt::SolidLine};
    if (c.kind == QLatin1String("ecs_cluster"))
        return {QColor(0xed, 0x71, 0x00), QColor(0xfe, 0xf6, 0xee), Qt::SolidLine};
    if (c.kind == QLatin1String("route53_zone"))
        return {QColor(0x8c, 0x4f, 0xff), QColor(0xfa, 0xf7, 0xff), Qt::DotLine};
    return {QColor(0x7d, 0x89, 0x98), QColor(0xfa, 0xfa, 0xfa), Qt::SolidLine};
}

QColor groupColor(const QString &kind)
{
    const KindSpec *spec = Catalog::instance().kind(kind);
    switch (spec ? spec->group : KindGroup::Diagram) {
    case KindGroup::Network: return QColor(0x8c, 0x4f, 0xff);
    case KindGroup::Compute: return QColor(0xed, 0x71, 0x00);
    case KindGroup::Containers: return QColor(0xed, 0x71, 0x00);
    case KindGroup::LoadBalancing: return QColor(0x8c, 0x4f, 0xff);
    case KindGroup::Data: return QColor(0x2e, 0x73, 0xb8);
    case KindGroup::DeliveryDns: return QColor(0x8c, 0x4f, 0xff);
    case KindGroup::Identity: return QColor(0xdd, 0x34, 0x4c);
    case KindGroup::CiCd: return QColor(0xc9, 0x25, 0xd1);
    case KindGroup::Diagram: return QColor(0x54, 0x5b, 0x64);
    }
    return Qt::gray;
}

QString badgeText(const QString &kind)
{
    static const QHash<QString, QString> labels = {
        {QStringLiteral("region"), QStringLiteral("RGN")}, {QStringLiteral("vpc"), QStringLiteral("VPC")},
        {QStringLiteral("availability_zone"), QStringLiteral("AZ")}, {QStringLiteral("subnet"), QStringLiteral("SN")},
        {QStringLiteral("internet_gateway"), QStringLiteral("IGW")}, {QStringLiteral("nat_gateway"), QStringLiteral("NAT")},
        {QStringLiteral("security_group"), QStringLiteral("SG")}, {QStringLiteral("elastic_ip"), QStringLiteral("EIP")},
        {QStringLiteral("ec2_instance"), QStringLiteral("EC2")}, {QStringLiteral("ecr_repository"), QStringLiteral("ECR")},
        {QStringLiteral("ecs_cluster"), QStringLiteral("ECS")}, {QStringLiteral("ecs_task_definition"), QStringLiteral("TASK")},
        {QStringLiteral("ecs_service"), QStringLiteral("SVC")}, {QStringLiteral("load_balancer"), QStringLiteral("ALB")},
        {QStringLiteral("target_group"), QStringLiteral("TG")}, {QStringLiteral("rds_instance"), QStringLiteral("RDS")},
        {QStringLiteral("s3_bucket"), QStringLiteral("S3")}, {QStringLiteral("cloudfront_distribution"), QStringLiteral("CF")},
        {QStringLiteral("acm_certificate"), QStringLiteral("ACM")}, {QStringLiteral("route53_zone"), QStringLiteral("R53")},
        {QStringLiteral("route53_record"), QStringLiteral("DNS")}, {QStringLiteral("iam_policy"), QStringLiteral("POL")},
        {QStringLiteral("iam_user"), QStringLiteral("USR")}, {QStringLiteral("iam_group"), QStringLiteral("GRP")},
        {QStringLiteral("iam_role"), QStringLiteral("ROLE")}, {QStringLiteral("codecommit_repository"), QStringLiteral("GIT")},
        {QStringLiteral("codebuild_project"), QStringLiteral("BLD")}, {QStringLiteral("codedeploy_application"), QStringLiteral("DPL")},
        {QStringLiteral("codepipeline"), QStringLiteral("CP")}, {QStringLiteral("internet"), QStringLiteral("WWW")},
        {QStringLiteral("note"), QStringLiteral("TXT")},
    };
    return labels.value(kind, kind.left(3).toUpper());
}

QIcon icon(const QString &kind)
{
    QPixmap pixmap(48, 48);
    pixmap.fill(Qt::transparent);
    QPainter p(&pixmap);
    p.setRenderHint(QPainter::Antialiasing);
    p.setPen(Qt::NoPen);
    p.setBrush(groupColor(kind));
    p.drawRoundedRect(QRectF(2, 2, 44, 44), 8, 8);
    p.setPen(Qt::white);
    QFont font = p.font();
    font.setBold(true);
    font.setPixelSize(badgeText(kind).size() > 3 ? 12 : 15);
    p.setFont(font);
    p.drawText(QRectF(2, 2, 44, 44), Qt::AlignCenter, badgeText(kind));
    p.end();
    return QIcon(pixmap);
}

QFont font()
{
    QFont f;
    f.setFamilies({QStringLiteral("Noto Sans CJK JP"), QStringLiteral("Noto Sans JP"), QStringLiteral("Noto Sans"), QStringLiteral("DejaVu Sans")});
    f.setStyleHint(QFont::SansSerif);
    return f;
}

QString keyProperty(const Component &c)
{
    if (c.kind == QLatin1String("vpc") || c.kind == QLatin1String("subnet"))
        return c.stringProp("cidr");
    if (c.kind == QLatin1String("region"))
        return c.stringProp("region");
    if (c.kind == QLatin1String("availability_zone"))
        return c.stringProp("zone");
    if (c.kind == QLatin1String("ec2_instance"))
        return c.stringProp("instance_type");
    if (c.kind == QLatin1String("rds_instance"))
        return c.stringProp("engine") + QLatin1Char(' ') + c.stringProp("instance_class")
               + (c.boolProp("multi_az") ? QStringLiteral(" · Multi-AZ") : QString());
    if (c.kind == QLatin1String("s3_bucket"))
        return c.stringProp("bucket");
    if (c.kind == QLatin1String("ecs_task_definition"))
        return QStringLiteral("%1 CPU · %2 MiB").arg(c.intProp("cpu", 256)).arg(c.intProp("memory", 512));
    if (c.kind == QLatin1String("ecs_service"))
        return QStringLiteral("× %1").arg(c.intProp("desired_count", 1));
    if (c.kind == QLatin1String("load_balancer")) {
        QStringList ports;
        const nlohmann::json &listeners = c.prop("listeners");
        for (const auto &l : listeners.is_array() ? listeners : nlohmann::json::array()) {
            if (l.is_object() && l.contains("port") && l["port"].is_number_integer())
                ports << QString::number(l["port"].get<qint64>());
        }
        return c.stringProp("scheme") + (ports.isEmpty() ? QString() : QStringLiteral(" · :") + ports.join(QStringLiteral(", :")));
    }
    if (c.kind == QLatin1String("target_group"))
        return c.stringProp("protocol") + QLatin1Char(':') + QString::number(c.intProp("port", 80)) + QStringLiteral(" · ") + c.stringProp("target_type");
    if (c.kind == QLatin1String("acm_certificate") || c.kind == QLatin1String("route53_zone"))
        return c.stringProp("domain");
    if (c.kind == QLatin1String("route53_record"))
        return c.stringProp("type") + QLatin1Char(' ') + c.stringProp("name");
    if (c.kind == QLatin1String("iam_role"))
        return c.stringProp("trusted_service");
    if (c.kind == QLatin1String("note"))
        return c.stringProp("text");
    if (c.kind == QLatin1String("security_group")) {
        const nlohmann::json &ingress = c.prop("ingress");
        return QCoreApplication::translate("kumo::CanvasStyle", "%n inbound rule(s)", nullptr, ingress.is_array() ? int(ingress.size()) : 0);
    }
    return {};
}

} // namespace CanvasStyle
} // namespace kumo
