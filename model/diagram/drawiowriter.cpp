#include "drawiowriter.h"

#include "catalog.h"
#include "design.h"
#include "designfile.h"

#include <QCoreApplication>
#include <QHash>
#include <QLineF>
#include <QXmlStreamWriter>

#include <algorithm>
#include <cmath>

namespace kumo {
namespace DrawioWriter {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("kumo::DrawioWriter", text);
}

// The style fragments below are those of draw.io's own AWS 2019 library (Sidebar-AWS4.js), so a
// shape exported here looks and behaves like one taken from draw.io's palette.
constexpr const char *kGroup = "outlineConnect=0;gradientColor=none;fontSize=12;fontStyle=0;container=1;pointerEvents=0;"
                               "collapsible=0;recursiveResize=0;";
constexpr const char *kPlainGroup = "verticalAlign=top;fontStyle=0;container=1;pointerEvents=0;collapsible=0;recursiveResize=0;";
constexpr const char *kIcon = "sketch=0;outlineConnect=0;fontColor=#232F3E;strokeColor=#ffffff;dashed=0;"
                              "verticalLabelPosition=bottom;verticalAlign=top;align=center;fontSize=12;fontStyle=0;aspect=fixed;"
                              "shape=mxgraph.aws4.resourceIcon;";
constexpr const char *kResource = "sketch=0;outlineConnect=0;fontColor=#232F3E;gradientColor=none;strokeColor=none;dashed=0;"
                                  "verticalLabelPosition=bottom;verticalAlign=top;align=center;fontSize=12;fontStyle=0;aspect=fixed;"
                                  "pointerEvents=1;";

// the AWS category colours of the library
constexpr const char *kCompute = "#ED7100";
constexpr const char *kNetworking = "#8C4FFF";
constexpr const char *kDatabase = "#C925D1";
constexpr const char *kStorage = "#7AA116";
constexpr const char *kSecurity = "#DD344C";
constexpr const char *kDevTools = "#C925D1";
constexpr const char *kGeneral = "#232F3D";

/// A service drawn as the library's square resource icon (`resourceIcon;resIcon=...`).
QString icon(const char *resIcon, const char *colour)
{
    return QString::fromLatin1(kIcon) + QStringLiteral("resIcon=mxgraph.aws4.%1;fillColor=%2;").arg(QLatin1String(resIcon), QLatin1String(colour));
}

/// A resource drawn as the library's bare glyph (`shape=mxgraph.aws4.<name>`).
QString resource(const char *shape, const char *colour)
{
    return QString::fromLatin1(kResource) + QStringLiteral("shape=mxgraph.aws4.%1;fillColor=%2;").arg(QLatin1String(shape), QLatin1String(colour));
}

/// An AWS group with its icon in the top-left corner.
QString group(const char *grIcon, const char *rest)
{
    return QString::fromLatin1(kGroup) + QStringLiteral("shape=mxgraph.aws4.group;grIcon=mxgraph.aws4.%1;%2").arg(QLatin1String(grIcon), QLatin1String(rest));
}

QString plainGroup(const char *rest)
{
    return QString::fromLatin1(rest) + QLatin1String(kPlainGroup);
}

/// The AWS icon of a kind and the colour of its category.
struct Icon
{
    QString style;
    const char *colour = "#5A6C86";
};

Icon kindIcon(const QString &kind)
{
    static const QHash<QString, Icon> icons = {
        {QStringLiteral("internet_gateway"), {resource("internet_gateway", kNetworking), kNetworking}},
        {QStringLiteral("nat_gateway"), {resource("nat_gateway", kNetworking), kNetworking}},
        {QStringLiteral("elastic_ip"), {resource("elastic_ip_address", kCompute), kCompute}},
        {QStringLiteral("ec2_instance"), {icon("ec2", kCompute), kCompute}},
        {QStringLiteral("ecr_repository"), {icon("ecr", kCompute), kCompute}},
        {QStringLiteral("ecs_cluster"), {icon("ecs", kCompute), kCompute}},
        {QStringLiteral("ecs_task_definition"), {resource("ecs_task", kCompute), kCompute}},
        {QStringLiteral("ecs_service"), {resource("ecs_service", kCompute), kCompute}},
        {QStringLiteral("load_balancer"), {resource("application_load_balancer", kNetworking), kNetworking}},
        {QStringLiteral("target_group"), {icon("elastic_load_balancing", kNetworking), kNetworking}},
        {QStringLiteral("rds_instance"), {icon("rds", kDatabase), kDatabase}},
        {QStringLiteral("s3_bucket"), {icon("s3", kStorage), kStorage}},
        {QStringLiteral("cloudfront_distribution"), {icon("cloudfront", kNetworking), kNetworking}},
        {QStringLiteral("acm_certificate"), {icon("certificate_manager_3", kSecurity), kSecurity}},
        {QStringLiteral("route53_zone"), {resource("hosted_zone", kNetworking), kNetworking}},
        {QStringLiteral("route53_record"), {icon("route_53", kNetworking), kNetworking}},
        {QStringLiteral("iam_policy"), {resource("permissions", kSecurity), kSecurity}},
        {QStringLiteral("iam_user"), {resource("user", kGeneral), kSecurity}},
        {QStringLiteral("iam_group"), {resource("users", kGeneral), kSecurity}},
        {QStringLiteral("iam_role"), {resource("role", kSecurity), kSecurity}},
        {QStringLiteral("codecommit_repository"), {icon("codecommit", kDevTools), kDevTools}},
        {QStringLiteral("codebuild_project"), {icon("codebuild", kDevTools), kDevTools}},
        {QStringLiteral("codedeploy_application"), {icon("codedeploy", kDevTools), kDevTools}},
        {QStringLiteral("codepipeline"), {icon("codepipeline", kDevTools), kDevTools}},
        {QStringLiteral("internet"), {resource("internet", kGeneral), kGeneral}},
    };
    return icons.value(kind);
}

Icon boxIcon(const DiagramBox &box)
{
    if (box.role == DiagramBox::Role::Task)
        return {resource("ecs_task", kCompute), kCompute};
    if (box.role == DiagramBox::Role::Standby)
        return {resource("rds_instance", kDatabase), kDatabase};
    return kindIcon(box.kind);
}

/// The side of the square icon inside a box of @p height.
double iconSide(double height)
{
    return std::max(8.0, std::min(36.0, height - 12));
}

/// A service is a white card in its category's colour holding the AWS icon, as on the canvas:
/// the routes end on the card's sides, and the card is as large as the name needs.
QString leafStyle(const DiagramBox &box)
{
    if (box.kind == QLatin1String("security_group") && box.role == DiagramBox::Role::Component) // the library's outline
        return QStringLiteral("fillColor=none;strokeColor=#DD3522;verticalAlign=top;fontStyle=0;fontColor=#DD3522;");
    if (box.kind == QLatin1String("note") && box.role == DiagramBox::Role::Component)
        return QStringLiteral("shape=note;backgroundOutline=1;darkOpacity=0.05;size=14;fillColor=#FFF9DB;strokeColor=#D6B656;"
                              "fontColor=#232F3E;align=left;verticalAlign=top;spacingLeft=6;spacingTop=4;");
    const Icon icon = boxIcon(box);
    QString style = QStringLiteral("rounded=1;arcSize=8;fillColor=#FFFFFF;strokeColor=%1;strokeWidth=1.5;fontColor=#232F3E;fontSize=12;"
                                   "align=left;verticalAlign=middle;spacingRight=6;")
                        .arg(QLatin1String(icon.colour));
    style += QStringLiteral("spacingLeft=%1;").arg(icon.style.isEmpty() ? 8 : int(std::ceil(iconSide(box.rect.height()))) + 16);
    if (box.role == DiagramBox::Role::Standby)
        style += QStringLiteral("dashed=1;");
    return style;
}

QString containerStyle(const QString &kind, bool publicSubnet)
{
    if (kind == QLatin1String("region"))
        return group("group_region", "strokeColor=#00A4A6;fillColor=none;verticalAlign=top;align=left;spacingLeft=30;fontColor=#147EBA;dashed=1;");
    if (kind == QLatin1String("vpc"))
        return group("group_vpc2", "strokeColor=#8C4FFF;fillColor=none;verticalAlign=top;align=left;spacingLeft=30;fontColor=#AAB7B8;dashed=0;");
    if (kind == QLatin1String("availability_zone"))
        return plainGroup("fillColor=none;strokeColor=#147EBA;dashed=1;fontColor=#147EBA;");
    if (kind == QLatin1String("subnet")) {
        return publicSubnet ? group("group_security_group", "grStroke=0;strokeColor=#7AA116;fillColor=#F2F6E8;verticalAlign=top;align=left;"
                                                            "spacingLeft=30;fontColor=#248814;dashed=0;")
                            : group("group_security_group", "grStroke=0;strokeColor=#00A4A6;fillColor=#E6F6F7;verticalAlign=top;align=left;"
                                                            "spacingLeft=30;fontColor=#147EBA;dashed=0;");
    }
    if (kind == QLatin1String("ecs_cluster"))
        return plainGroup("fillColor=none;strokeColor=#ED7100;dashed=1;fontColor=#ED7100;");
    if (kind == QLatin1String("route53_zone"))
        return plainGroup("fillColor=#EFF0F3;strokeColor=none;dashed=0;fontColor=#232F3D;");
    return plainGroup("fillColor=none;strokeColor=#5A6C86;dashed=1;fontColor=#5A6C86;");
}

/// Numbers as draw.io writes them: at most @p decimals decimals, no trailing zeros.
QString number(double v, int decimals = 2)
{
    const double unit = std::pow(10.0, decimals);
    double rounded = std::round(v * unit) / unit;
    if (rounded == 0)
        rounded = 0; // no "-0"
    QString s = QString::number(rounded, 'f', decimals);
    while (s.endsWith(QLatin1Char('0')))
        s.chop(1);
    if (s.endsWith(QLatin1Char('.')))
        s.chop(1);
    return s;
}

/// Drops what XML 1.0 cannot carry (control characters, lone surrogates, U+FFFE/U+FFFF), so a
/// hostile name still gives a file every XML reader accepts.
QString xmlText(const QString &text)
{
    QString out;
    out.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c.isHighSurrogate() && i + 1 < text.size() && text.at(i + 1).isLowSurrogate()) {
            out += c;
            out += text.at(++i);
            continue;
        }
        const char16_t u = c.unicode();
        if (c.isSurrogate() || u == 0xFFFE || u == 0xFFFF || (u < 0x20 && u != '\t' && u != '\n' && u != '\r'))
            continue;
        out += c;
    }
    return out;
}

QString boxLabel(const DiagramBox &box, const Design &design)
{
    const Component *component = design.component(box.componentId.isEmpty() ? box.id : box.componentId);
    const QString name = component ? component->displayName() : box.id;
    if (box.role == DiagramBox::Role::Task)
        return name + QLatin1Char('\n') + tr("task ×%1").arg(box.count);
    if (box.role == DiagramBox::Role::Standby)
        return name + QLatin1Char('\n') + tr("standby");
    if (box.kind == QLatin1String("note"))
        return component ? component->stringProp("text").isEmpty() ? name : component->stringProp("text") : name;
    QString kind = Catalog::instance().displayName(box.kind);
    if (box.kind == QLatin1String("subnet") && component)
        kind = component->boolProp("public") ? tr("Public subnet") : tr("Private subnet");
    return name == kind ? name : name + QLatin1Char('\n') + kind;
}

/// The point halfway along a polyline.
QPointF midpoint(const std::vector<QPointF> &points)
{
    double length = 0;
    for (size_t i = 1; i < points.size(); ++i)
        length += QLineF(points[i - 1], points[i]).length();
    double left = length / 2;
    for (size_t i = 1; i < points.size(); ++i) {
        const QLineF segment(points[i - 1], points[i]);
        if (segment.length() >= left && segment.length() > 0)
            return segment.pointAt(left / segment.length());
        left -= segment.length();
    }
    return points.front();
}

void writeGeometry(QXmlStreamWriter &xml, const QRectF &rect)
{
    xml.writeStartElement(QStringLiteral("mxGeometry"));
    xml.writeAttribute(QStringLiteral("x"), number(rect.x()));
    xml.writeAttribute(QStringLiteral("y"), number(rect.y()));
    xml.writeAttribute(QStringLiteral("width"), number(rect.width()));
    xml.writeAttribute(QStringLiteral("height"), number(rect.height()));
    xml.writeAttribute(QStringLiteral("as"), QStringLiteral("geometry"));
    xml.writeEndElement();
}

} // namespace

QString boxStyle(const DiagramBox &box, bool publicSubnet)
{
    // the network's nesting stays a group in draw.io even when nothing is inside it yet
    static const QStringList groups = {QStringLiteral("region"), QStringLiteral("vpc"), QStringLiteral("availability_zone"),
                                       QStringLiteral("subnet")};
    if (box.role == DiagramBox::Role::Component && (box.container || groups.contains(box.kind)))
        return containerStyle(box.kind, publicSubnet);
    return leafStyle(box);
}

QString iconStyle(const DiagramBox &box)
{
    if (box.role == DiagramBox::Role::Component && (box.container || box.kind == QLatin1String("note") || box.kind == QLatin1String("security_group")))
        return {};
    const QString style = boxIcon(box).style;
    // part of its card: selecting, moving or connecting picks the card
    return style.isEmpty() ? style : style + QStringLiteral("connectable=0;movable=0;resizable=0;rotatable=0;deletable=0;editable=0;selectable=0;");
}

QString arrowStyle(const DiagramArrow &arrow, const QRectF &from, const QRectF &to)
{
    QString style = QStringLiteral("edgeStyle=orthogonalEdgeStyle;rounded=0;orthogonalLoop=1;jettySize=auto;fontSize=11;"
                                   "fontColor=#232F3E;labelBackgroundColor=#FFFFFF;");
    style += arrow.kind == DiagramArrow::Kind::Annotation ? QStringLiteral("dashed=1;endArrow=open;endFill=0;strokeColor=#7D8998;")
                                                          : QStringLiteral("endArrow=block;endFill=1;strokeColor=#545B64;");
    // the ends stay where the router put them: on the boxes' sides
    // to a millionth of the side, so the end lands on the route's first and last point
    auto fraction = [](double v, double start, double length) {
        return number(length > 0 ? std::clamp((v - start) / length, 0.0, 1.0) : 0.5, 6);
    };
    if (arrow.points.size() >= 2) {
        const QPointF first = arrow.points.front();
        const QPointF last = arrow.points.back();
        if (!from.isEmpty())
            style += QStringLiteral("exitX=%1;exitY=%2;exitDx=0;exitDy=0;")
                         .arg(fraction(first.x(), from.x(), from.width()), fraction(first.y(), from.y(), from.height()));
        if (!to.isEmpty())
            style += QStringLiteral("entryX=%1;entryY=%2;entryDx=0;entryDy=0;")
                         .arg(fraction(last.x(), to.x(), to.width()), fraction(last.y(), to.y(), to.height()));
    }
    return style;
}

QString cellId(const QString &boxId)
{
    // component ids cannot hold '#', so the renamed ones meet no other id
    if (boxId == QLatin1String("0") || boxId == QLatin1String("1"))
        return boxId + QLatin1Char('#');
    return boxId;
}

QString iconCellId(const QString &boxId)
{
    return boxId + QStringLiteral("#icon");
}

QByteArray write(const DiagramLayout &layout, const Design &design, const QString &title)
{
    QHash<QString, const DiagramBox *> boxes;
    for (const DiagramBox &b : layout.boxes)
        boxes.insert(b.id, &b);

    QByteArray bytes;
    QXmlStreamWriter xml(&bytes);
    xml.setAutoFormatting(true);
    xml.setAutoFormattingIndent(2);
    xml.writeStartDocument();
    xml.writeStartElement(QStringLiteral("mxfile"));
    xml.writeAttribute(QStringLiteral("host"), QStringLiteral("Kumo"));
    xml.writeAttribute(QStringLiteral("type"), QStringLiteral("device"));
    xml.writeStartElement(QStringLiteral("diagram"));
    xml.writeAttribute(QStringLiteral("id"), QStringLiteral("kumo"));
    xml.writeAttribute(QStringLiteral("name"), xmlText(title));
    xml.writeStartElement(QStringLiteral("mxGraphModel"));
    const QSizeF page = layout.bounds.isEmpty() ? QSizeF(850, 1100) : layout.bounds.size();
    for (const auto &[name, value] : std::initializer_list<std::pair<const char *, QString>>{
             {"dx", QStringLiteral("0")}, {"dy", QStringLiteral("0")}, {"grid", QStringLiteral("1")}, {"gridSize", QStringLiteral("10")},
             {"guides", QStringLiteral("1")}, {"tooltips", QStringLiteral("1")}, {"connect", QStringLiteral("1")},
             {"arrows", QStringLiteral("1")}, {"fold", QStringLiteral("1")}, {"page", QStringLiteral("0")},
             {"pageScale", QStringLiteral("1")}, {"pageWidth", number(std::ceil(page.width()))},
             {"pageHeight", number(std::ceil(page.height()))}, {"math", QStringLiteral("0")}, {"shadow", QStringLiteral("0")}})
        xml.writeAttribute(QString::fromLatin1(name), value);
    xml.writeStartElement(QStringLiteral("root"));
    xml.writeStartElement(QStringLiteral("mxCell"));
    xml.writeAttribute(QStringLiteral("id"), QStringLiteral("0"));
    xml.writeEndElement();
    xml.writeStartElement(QStringLiteral("mxCell"));
    xml.writeAttribute(QStringLiteral("id"), QStringLiteral("1"));
    xml.writeAttribute(QStringLiteral("parent"), QStringLiteral("0"));
    xml.writeEndElement();

    // parents come before their children in the layout, as draw.io wants them
    for (const DiagramBox &b : layout.boxes) {
        const DiagramBox *parent = b.parent.isEmpty() ? nullptr : boxes.value(b.parent);
        const Component *component = design.component(b.componentId.isEmpty() ? b.id : b.componentId);
        const bool publicSubnet = component && b.kind == QLatin1String("subnet") && component->boolProp("public");
        xml.writeStartElement(QStringLiteral("mxCell"));
        xml.writeAttribute(QStringLiteral("id"), xmlText(cellId(b.id)));
        xml.writeAttribute(QStringLiteral("value"), xmlText(boxLabel(b, design)));
        xml.writeAttribute(QStringLiteral("style"), boxStyle(b, publicSubnet));
        xml.writeAttribute(QStringLiteral("vertex"), QStringLiteral("1"));
        xml.writeAttribute(QStringLiteral("parent"), parent ? xmlText(cellId(parent->id)) : QStringLiteral("1"));
        // draw.io keeps a child's geometry relative to its parent
        writeGeometry(xml, parent ? b.rect.translated(-parent->rect.topLeft()) : b.rect);
        xml.writeEndElement();
        const QString icon = iconStyle(b);
        if (!icon.isEmpty()) {
            const double side = iconSide(b.rect.height());
            xml.writeStartElement(QStringLiteral("mxCell"));
            xml.writeAttribute(QStringLiteral("id"), xmlText(iconCellId(b.id)));
            xml.writeAttribute(QStringLiteral("value"), QString());
            xml.writeAttribute(QStringLiteral("style"), icon);
            xml.writeAttribute(QStringLiteral("vertex"), QStringLiteral("1"));
            xml.writeAttribute(QStringLiteral("parent"), xmlText(cellId(b.id)));
            writeGeometry(xml, QRectF(8, (b.rect.height() - side) / 2, side, side));
            xml.writeEndElement();
        }
    }

    int n = 0;
    for (const DiagramArrow &a : layout.arrows) {
        const DiagramBox *from = boxes.value(a.from);
        const DiagramBox *to = boxes.value(a.to);
        if (!from || !to)
            continue;
        xml.writeStartElement(QStringLiteral("mxCell"));
        xml.writeAttribute(QStringLiteral("id"), QStringLiteral("arrow#%1").arg(++n));
        xml.writeAttribute(QStringLiteral("value"), xmlText(a.label));
        xml.writeAttribute(QStringLiteral("style"), arrowStyle(a, from->rect, to->rect));
        xml.writeAttribute(QStringLiteral("edge"), QStringLiteral("1"));
        xml.writeAttribute(QStringLiteral("parent"), QStringLiteral("1"));
        xml.writeAttribute(QStringLiteral("source"), xmlText(cellId(from->id)));
        xml.writeAttribute(QStringLiteral("target"), xmlText(cellId(to->id)));
        xml.writeStartElement(QStringLiteral("mxGeometry"));
        xml.writeAttribute(QStringLiteral("relative"), QStringLiteral("1"));
        xml.writeAttribute(QStringLiteral("as"), QStringLiteral("geometry"));
        // the layer sits at the origin, so the waypoints are the route's own (absolute) corners
        if (a.points.size() > 2) {
            xml.writeStartElement(QStringLiteral("Array"));
            xml.writeAttribute(QStringLiteral("as"), QStringLiteral("points"));
            for (size_t i = 1; i + 1 < a.points.size(); ++i) {
                xml.writeStartElement(QStringLiteral("mxPoint"));
                xml.writeAttribute(QStringLiteral("x"), number(a.points[i].x()));
                xml.writeAttribute(QStringLiteral("y"), number(a.points[i].y()));
                xml.writeEndElement();
            }
            xml.writeEndElement();
        }
        // draw.io puts a label at the middle of its edge; the offset moves it where the router put it
        if (!a.label.isEmpty() && !a.labelBox.isEmpty() && a.points.size() >= 2) {
            const QPointF offset = a.labelBox.center() - midpoint(a.points);
            xml.writeStartElement(QStringLiteral("mxPoint"));
            xml.writeAttribute(QStringLiteral("x"), number(offset.x()));
            xml.writeAttribute(QStringLiteral("y"), number(offset.y()));
            xml.writeAttribute(QStringLiteral("as"), QStringLiteral("offset"));
            xml.writeEndElement();
        }
        xml.writeEndElement(); // mxGeometry
        xml.writeEndElement(); // mxCell
    }

    xml.writeEndElement(); // root
    xml.writeEndElement(); // mxGraphModel
    xml.writeEndElement(); // diagram
    xml.writeEndElement(); // mxfile
    xml.writeEndDocument();
    return bytes;
}

bool save(const DiagramLayout &layout, const Design &design, const QString &title, const QString &path, QString *error)
{
    return DesignFile::writeAtomically(path, write(layout, design, title), error);
}

} // namespace DrawioWriter
} // namespace kumo
