// The laid-out diagram as data (layout JSON), as an editable draw.io file, and PDF on A4/Letter.
#include "support/testregistry.h"
#include "catalog.h"
#include "diagramrenderer.h"
#include "exportdiagramdialog.h"
#include "design.h"
#include "designfile.h"
#include "diagram/diagramlayout.h"
#include "diagram/drawiowriter.h"
#include "diagram/layoutjson.h"
#include "support/designgenerator.h"
#include "templates.h"

#include <QComboBox>
#include <QFile>
#include <QHash>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QXmlStreamReader>
#include <QtTest>

#include <nlohmann/json.hpp>

#include <optional>

using namespace kumo;
using json = nlohmann::json;

namespace {

int runKumo(const QStringList &arguments, QString *errors = nullptr)
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("DISPLAY"));
    p.setProcessEnvironment(env);
    p.start(QStringLiteral(KUMO_EXECUTABLE), arguments);
    p.waitForFinished(120000);
    if (errors)
        *errors = QString::fromUtf8(p.readAllStandardError());
    return p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
}

QString templatePath(const char *name)
{
    return QStringLiteral(KUMO_TEMPLATES "/%1.kumo").arg(QString::fromLatin1(name));
}

Design loadDesign(const QString &path)
{
    DesignReadResult result = DesignFile::load(path);
    if (!result.ok())
        qFatal("cannot load %s", qPrintable(path));
    return *result.design;
}

Component component(const char *id, const char *kind, const char *parent, const QString &name = {})
{
    Component c;
    c.id = QString::fromLatin1(id);
    c.kind = QString::fromLatin1(kind);
    c.parent = QString::fromLatin1(parent);
    c.name = name;
    return c;
}

DiagramBox box(const char *id, const char *kind, const char *parent, QRectF rect, bool container = false)
{
    DiagramBox b;
    b.id = QString::fromLatin1(id);
    b.kind = QString::fromLatin1(kind);
    b.parent = QString::fromLatin1(parent);
    b.componentId = b.id;
    b.rect = rect;
    b.container = container;
    return b;
}

/// Names no file format should stumble over.
const QString kHostile = QStringLiteral("\"Web\" <tier> & 'co' 🚀 שלום \u202Eevil\u0001");

/// A small design and a layout drawn by hand: a region holding a VPC, a zone and a public subnet
/// with an instance and a task card, a bucket at the top level, two arrows.
struct HandMade
{
    Design design;
    DiagramLayout layout;
};

HandMade handMade()
{
    HandMade h;
    h.design.name = kHostile;
    h.design.insert(component("region", "region", ""));
    h.design.insert(component("vpc", "vpc", "region"));
    h.design.insert(component("az-a", "availability_zone", "vpc"));
    Component subnet = component("pub-a", "subnet", "az-a", QStringLiteral("Public A"));
    subnet.props["public"] = true;
    h.design.insert(subnet);
    h.design.insert(component("web", "ec2_instance", "pub-a", kHostile));
    h.design.insert(component("0", "s3_bucket", "", QStringLiteral("assets")));
    h.design.insert(component("cluster", "ecs_cluster", "region"));
    h.design.insert(component("svc", "ecs_service", "cluster", QStringLiteral("api")));

    h.layout.boxes = {
        box("region", "region", "", QRectF(0, 0, 900, 600), true),
        box("vpc", "vpc", "region", QRectF(20, 40, 600, 520), true),
        box("az-a", "availability_zone", "vpc", QRectF(40, 80, 540, 440), true),
        box("pub-a", "subnet", "az-a", QRectF(60.5, 120.25, 480, 360), true),
        box("web", "ec2_instance", "pub-a", QRectF(80, 170, 160, 70)),
        box("cluster", "ecs_cluster", "region", QRectF(640, 40, 240, 200), true),
        box("svc", "ecs_service", "cluster", QRectF(660, 90, 160, 70)),
        box("0", "s3_bucket", "", QRectF(1000, 100, 160, 70)),
    };
    DiagramBox card = box("svc@pub-a", "ecs_service", "pub-a", QRectF(300, 170, 160, 70));
    card.componentId = QStringLiteral("svc");
    card.role = DiagramBox::Role::Task;
    card.count = 3;
    h.layout.boxes.push_back(card);

    DiagramArrow reference;
    reference.from = QStringLiteral("web");
    reference.to = QStringLiteral("0");
    reference.points = {QPointF(240, 205), QPointF(600, 205), QPointF(600, 80), QPointF(960, 80), QPointF(960, 135), QPointF(1000, 135)};
    DiagramArrow annotation;
    annotation.from = QStringLiteral("svc");
    annotation.to = QStringLiteral("web");
    annotation.kind = DiagramArrow::Kind::Annotation;
    annotation.connectionId = QStringLiteral("c1");
    annotation.label = kHostile;
    annotation.labelBox = QRectF(700, 180, 80, 16);
    annotation.points = {QPointF(740, 160), QPointF(740, 260), QPointF(160, 260), QPointF(160, 240)};
    DiagramArrow straight;
    straight.from = QStringLiteral("web");
    straight.to = QStringLiteral("svc@pub-a");
    straight.points = {QPointF(240, 200), QPointF(300, 200)};
    h.layout.arrows = {reference, annotation, straight};
    h.layout.bounds = QRectF(0, 0, 1160, 600);
    return h;
}

/// What a draw.io file says, read back.
struct Cell
{
    QString id;
    QString parent;
    QString value;
    QString style;
    QString source;
    QString target;
    bool vertex = false;
    bool edge = false;
    QRectF geometry;               ///< relative to the parent, as stored
    std::vector<QPointF> points;   ///< the waypoints of an edge
    std::optional<QPointF> labelOffset; ///< of an edge's label from the middle of the edge
};

struct DrawioFile
{
    QString error;
    QString diagramName;
    std::vector<Cell> cells;
    QHash<QString, qsizetype> index;

    const Cell *cell(const QString &id) const
    {
        const auto it = index.constFind(id);
        return it == index.constEnd() ? nullptr : &cells[size_t(*it)];
    }
    /// The absolute rectangle of a vertex: its geometry plus its parents' offsets.
    QRectF absolute(const QString &id) const
    {
        const Cell *c = cell(id);
        QRectF r = c->geometry;
        for (const Cell *p = cell(c->parent); p && p->vertex; p = cell(p->parent))
            r.translate(p->geometry.topLeft());
        return r;
    }
};

DrawioFile readDrawio(const QByteArray &bytes)
{
    DrawioFile file;
    QXmlStreamReader xml(bytes);
    Cell *current = nullptr;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        const QXmlStreamAttributes a = xml.attributes();
        if (xml.name() == QLatin1String("diagram")) {
            file.diagramName = a.value(QLatin1String("name")).toString();
        } else if (xml.name() == QLatin1String("mxCell")) {
            Cell c;
            c.id = a.value(QLatin1String("id")).toString();
            c.parent = a.value(QLatin1String("parent")).toString();
            c.value = a.value(QLatin1String("value")).toString();
            c.style = a.value(QLatin1String("style")).toString();
            c.source = a.value(QLatin1String("source")).toString();
            c.target = a.value(QLatin1String("target")).toString();
            c.vertex = a.value(QLatin1String("vertex")) == QLatin1String("1");
            c.edge = a.value(QLatin1String("edge")) == QLatin1String("1");
            file.index.insert(c.id, qsizetype(file.cells.size()));
            file.cells.push_back(c);
            current = &file.cells.back();
        } else if (xml.name() == QLatin1String("mxGeometry") && current) {
            current->geometry = QRectF(a.value(QLatin1String("x")).toDouble(), a.value(QLatin1String("y")).toDouble(),
                                       a.value(QLatin1String("width")).toDouble(), a.value(QLatin1String("height")).toDouble());
        } else if (xml.name() == QLatin1String("mxPoint") && current) {
            const QPointF p(a.value(QLatin1String("x")).toDouble(), a.value(QLatin1String("y")).toDouble());
            if (a.value(QLatin1String("as")) == QLatin1String("offset"))
                current->labelOffset = p;
            else
                current->points.push_back(p);
        }
    }
    if (xml.hasError())
        file.error = QStringLiteral("%1 at line %2").arg(xml.errorString()).arg(xml.lineNumber());
    return file;
}

bool isNetworkGroup(const QString &kind)
{
    return QStringList{QStringLiteral("region"), QStringLiteral("vpc"), QStringLiteral("availability_zone"), QStringLiteral("subnet")}.contains(kind);
}

bool near(double a, double b)
{
    return std::abs(a - b) <= 0.011;
}

bool near(const QRectF &a, const QRectF &b)
{
    return near(a.x(), b.x()) && near(a.y(), b.y()) && near(a.width(), b.width()) && near(a.height(), b.height());
}

QString describe(const QRectF &r)
{
    return QStringLiteral("(%1, %2, %3 × %4)").arg(r.x()).arg(r.y()).arg(r.width()).arg(r.height());
}

/// Every cell of the file stands for a box or arrow of the layout, where the layout has it.
void checkDrawioFollowsLayout(const DrawioFile &file, const DiagramLayout &layout)
{
    QVERIFY2(file.error.isEmpty(), qPrintable(file.error));
    QVERIFY(file.cell(QStringLiteral("0")) && file.cell(QStringLiteral("0"))->parent.isEmpty());
    QVERIFY(file.cell(QStringLiteral("1")) && file.cell(QStringLiteral("1"))->parent == QLatin1String("0"));
    QHash<QString, const DiagramBox *> boxes;
    for (const DiagramBox &b : layout.boxes)
        boxes.insert(b.id, &b);
    int vertices = 0;
    for (const Cell &c : file.cells)
        vertices += c.vertex && !c.id.endsWith(QLatin1String("#icon")) ? 1 : 0;
    QCOMPARE(vertices, int(layout.boxes.size()));
    for (const DiagramBox &b : layout.boxes) {
        const Cell *c = file.cell(DrawioWriter::cellId(b.id));
        QVERIFY2(c && c->vertex, qPrintable(b.id));
        const QString parentCell = b.parent.isEmpty() ? QStringLiteral("1") : DrawioWriter::cellId(b.parent);
        QCOMPARE(c->parent, parentCell);
        // draw.io keeps a child's position relative to its parent
        const QRectF expected = b.parent.isEmpty() ? b.rect : b.rect.translated(-boxes.value(b.parent)->rect.topLeft());
        QVERIFY2(near(c->geometry, expected), qPrintable(b.id + QLatin1Char(' ') + describe(c->geometry) + QStringLiteral(" != ") + describe(expected)));
        QVERIFY2(near(file.absolute(c->id), b.rect), qPrintable(b.id));
        // a service's AWS icon sits inside its card, as a child that moves with it
        const Cell *icon = file.cell(DrawioWriter::iconCellId(b.id));
        QCOMPARE(icon != nullptr, !DrawioWriter::iconStyle(b).isEmpty());
        if (icon) {
            QCOMPARE(icon->parent, c->id);
            QVERIFY(icon->style.contains(QLatin1String("mxgraph.aws4.")));
            QVERIFY(QRectF(QPointF(0, 0), b.rect.size()).contains(icon->geometry));
        }
        // containers are draw.io groups; so are the network's empty ones
        if (b.container || !isNetworkGroup(b.kind))
            QCOMPARE(c->style.contains(QLatin1String("container=1")), b.container);
    }
    std::vector<const Cell *> edges;
    for (const Cell &c : file.cells) {
        if (c.edge)
            edges.push_back(&c);
    }
    QCOMPARE(edges.size(), layout.arrows.size());
    for (size_t i = 0; i < edges.size(); ++i) {
        const Cell &e = *edges[i];
        const DiagramArrow &a = layout.arrows[i];
        QCOMPARE(e.source, DrawioWriter::cellId(a.from));
        QCOMPARE(e.target, DrawioWriter::cellId(a.to));
        QCOMPARE(e.parent, QStringLiteral("1"));
        QVERIFY(e.style.contains(QLatin1String("edgeStyle=orthogonalEdgeStyle")));
        QCOMPARE(e.style.contains(QLatin1String("dashed=1")), a.kind == DiagramArrow::Kind::Annotation);
        QCOMPARE(e.points.size(), a.points.size() < 2 ? size_t(0) : a.points.size() - 2);
        // the ends leave and enter the boxes where the route does
        auto styleValue = [&](const char *key) {
            static const QRegularExpression any(QStringLiteral("([A-Za-z]+)=([^;]*)"));
            for (auto it = any.globalMatch(e.style); it.hasNext();) {
                const QRegularExpressionMatch m = it.next();
                if (m.captured(1) == QLatin1String(key))
                    return m.captured(2).toDouble();
            }
            return -1.0;
        };
        const QRectF from = file.absolute(e.source);
        const QRectF to = file.absolute(e.target);
        const QPointF exit(from.x() + styleValue("exitX") * from.width(), from.y() + styleValue("exitY") * from.height());
        const QPointF entry(to.x() + styleValue("entryX") * to.width(), to.y() + styleValue("entryY") * to.height());
        QVERIFY2(near(exit.x(), a.points.front().x()) && near(exit.y(), a.points.front().y()), qPrintable(QStringLiteral("arrow %1 exit").arg(i)));
        QVERIFY2(near(entry.x(), a.points.back().x()) && near(entry.y(), a.points.back().y()), qPrintable(QStringLiteral("arrow %1 entry").arg(i)));
        for (size_t k = 0; k < e.points.size(); ++k) {
            QVERIFY2(near(e.points[k].x(), a.points[k + 1].x()) && near(e.points[k].y(), a.points[k + 1].y()),
                     qPrintable(QStringLiteral("arrow %1 point %2").arg(i).arg(k)));
        }
    }
}

/// Layout JSON read back: every box and arrow of @p layout, in order.
void checkLayoutJson(const json &doc, const DiagramLayout &layout, const QString &view)
{
    QCOMPARE(QString::fromStdString(doc.at("view").get<std::string>()), view);
    const json &boxes = doc.at("boxes");
    QCOMPARE(boxes.size(), layout.boxes.size());
    for (size_t i = 0; i < boxes.size(); ++i) {
        const json &j = boxes[i];
        const DiagramBox &b = layout.boxes[i];
        QCOMPARE(QString::fromStdString(j.at("id").get<std::string>()), b.id);
        QCOMPARE(QString::fromStdString(j.at("kind").get<std::string>()), b.kind);
        if (b.parent.isEmpty())
            QVERIFY(j.at("parent").is_null());
        else
            QCOMPARE(QString::fromStdString(j.at("parent").get<std::string>()), b.parent);
        const QRectF r(j.at("x").get<double>(), j.at("y").get<double>(), j.at("w").get<double>(), j.at("h").get<double>());
        QVERIFY2(near(r, b.rect), qPrintable(b.id + QLatin1Char(' ') + describe(r) + QStringLiteral(" != ") + describe(b.rect)));
        QCOMPARE(j.at("container").get<bool>(), b.container);
        if (b.role == DiagramBox::Role::Component) {
            QVERIFY(!j.contains("role"));
        } else {
            QCOMPARE(j.at("role").get<std::string>(), std::string(b.role == DiagramBox::Role::Task ? "task" : "standby"));
            QCOMPARE(QString::fromStdString(j.at("component").get<std::string>()), b.componentId);
            QCOMPARE(j.at("count").get<int>(), b.count);
        }
    }
    const json &arrows = doc.at("arrows");
    QCOMPARE(arrows.size(), layout.arrows.size());
    for (size_t i = 0; i < arrows.size(); ++i) {
        const json &j = arrows[i];
        const DiagramArrow &a = layout.arrows[i];
        QCOMPARE(QString::fromStdString(j.at("from").get<std::string>()), a.from);
        QCOMPARE(QString::fromStdString(j.at("to").get<std::string>()), a.to);
        QCOMPARE(j.at("kind").get<std::string>(), std::string(a.kind == DiagramArrow::Kind::Reference ? "reference" : "annotation"));
        QCOMPARE(j.contains("label"), !a.label.isEmpty());
        const json &points = j.at("points");
        QCOMPARE(points.size(), a.points.size());
        for (size_t k = 0; k < points.size(); ++k)
            QVERIFY(near(points[k][0].get<double>(), a.points[k].x()) && near(points[k][1].get<double>(), a.points[k].y()));
    }
}

/// Pages of a PDF and the size of each, read from the file's page objects.
struct PdfPages
{
    int count = 0;
    QList<QSizeF> sizes;
};

PdfPages readPdfPages(const QString &path)
{
    QFile f(path);
    PdfPages pages;
    if (!f.open(QIODevice::ReadOnly))
        return pages;
    const QByteArray pdf = f.readAll();
    static const QRegularExpression page(QStringLiteral("/Type\\s*/Page(?![a-zA-Z])"));
    static const QRegularExpression box(QStringLiteral("/MediaBox\\s*\\[\\s*([-0-9.]+)\\s+([-0-9.]+)\\s+([-0-9.]+)\\s+([-0-9.]+)\\s*\\]"));
    const QString text = QString::fromLatin1(pdf);
    for (auto it = page.globalMatch(text); it.hasNext(); it.next())
        ++pages.count;
    for (auto it = box.globalMatch(text); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        pages.sizes << QSizeF(m.captured(3).toDouble() - m.captured(1).toDouble(), m.captured(4).toDouble() - m.captured(2).toDouble());
    }
    return pages;
}

bool isPaper(const QSizeF &size, double shortSide, double longSide)
{
    const double a = std::min(size.width(), size.height());
    const double b = std::max(size.width(), size.height());
    return std::abs(a - shortSide) < 1.5 && std::abs(b - longSide) < 1.5;
}

} // namespace

class TestDiagramExport : public QObject
{
    Q_OBJECT

private slots:
    void drawioCellsFollowTheLayout();
    void drawioKeepsHostileTextValid();
    void drawioHasAnAwsShapeForEveryKind();
    void layoutJsonCarriesEveryBoxAndArrow();
    void drawioOfTheThreeTierTemplateKeepsItsLayout();
    void drawioKeepsEveryNameOfAHostileDesign();
    void drawioSpeaksTheChosenLanguage();
    void layoutJsonMatchesTheComputedDiagram_data();
    void layoutJsonMatchesTheComputedDiagram();
    void pdfOnA4_data();
    void pdfOnA4();
    void pdfTilesCarryTheirPlace();
    void wrongArguments();
    void exportDialogOffersDrawioAndPaper();
    void drawioOfTheSelection();

private:
    QTemporaryDir m_dir;
};

void TestDiagramExport::drawioCellsFollowTheLayout()
{
    const HandMade h = handMade();
    const DrawioFile file = readDrawio(DrawioWriter::write(h.layout, h.design, h.design.name));
    checkDrawioFollowsLayout(file, h.layout);
    // the component "0" does not take the place of draw.io's root cell
    QCOMPARE(file.cell(QStringLiteral("0#"))->parent, QStringLiteral("1"));
    QVERIFY(file.cell(QStringLiteral("0#icon"))->style.contains(QLatin1String("resIcon=mxgraph.aws4.s3")));
    // the public subnet is draw.io's green public subnet group
    const Cell *subnet = file.cell(QStringLiteral("pub-a"));
    QVERIFY(subnet->style.contains(QLatin1String("grIcon=mxgraph.aws4.group_security_group")));
    QVERIFY(subnet->style.contains(QLatin1String("fillColor=#F2F6E8")));
    QVERIFY(subnet->value.startsWith(QLatin1String("Public A\n")));
    // the task card: in its subnet, with the desired count
    const Cell *card = file.cell(QStringLiteral("svc@pub-a"));
    QCOMPARE(card->parent, QStringLiteral("pub-a"));
    QVERIFY(card->value.startsWith(QLatin1String("api\n")));
    QVERIFY(card->value.contains(QLatin1String("3")));
    QVERIFY(file.cell(QStringLiteral("svc@pub-a#icon"))->style.contains(QLatin1String("shape=mxgraph.aws4.ecs_task")));
    // the arrow's ends stay on the sides the router chose: web's right side, the bucket's left
    const Cell *edge = nullptr;
    for (const Cell &c : file.cells) {
        if (c.edge && !edge)
            edge = &c;
    }
    QVERIFY(edge->style.contains(QLatin1String("exitX=1;exitY=0.5;")));
    QVERIFY(edge->style.contains(QLatin1String("entryX=0;entryY=0.5;")));
}

void TestDiagramExport::drawioKeepsHostileTextValid()
{
    const HandMade h = handMade();
    const QByteArray bytes = DrawioWriter::write(h.layout, h.design, h.design.name);
    const DrawioFile file = readDrawio(bytes);
    QVERIFY2(file.error.isEmpty(), qPrintable(file.error));
    QString clean = kHostile;
    clean.remove(QChar(0x0001)); // XML 1.0 cannot carry it
    QCOMPARE(file.diagramName, clean);
    QVERIFY(file.cell(QStringLiteral("web"))->value.startsWith(clean + QLatin1Char('\n')));
    bool labelled = false;
    for (const Cell &c : file.cells)
        labelled = labelled || (c.edge && c.value == clean);
    QVERIFY(labelled);
    // the label goes where the router put it: 250 along from the middle of the 700 long route
    // (halfway is 100 down and 250 left of the corner at 740, 260), and 72 up to the label's centre
    for (const Cell &c : file.cells) {
        if (c.edge) {
            QCOMPARE(c.labelOffset.has_value(), !c.value.isEmpty());
            if (c.labelOffset)
                QCOMPARE(*c.labelOffset, QPointF(250, -72));
        }
    }
    // plain text, not HTML: draw.io shows a name with markup as written
    for (const Cell &c : file.cells)
        QVERIFY2(!c.style.contains(QLatin1String("html=1")), qPrintable(c.id));
}

void TestDiagramExport::drawioHasAnAwsShapeForEveryKind()
{
    DiagramBox unknown;
    unknown.kind = QStringLiteral("no_such_kind");
    const QString fallback = DrawioWriter::boxStyle(unknown, false) + DrawioWriter::iconStyle(unknown);
    for (const KindSpec &k : Catalog::instance().kinds()) {
        DiagramBox b;
        b.kind = k.id;
        b.container = Catalog::instance().isContainer(k.id);
        const QString style = DrawioWriter::boxStyle(b, false) + DrawioWriter::iconStyle(b);
        QVERIFY2(style != fallback, qPrintable(k.id));
        QCOMPARE(style.contains(QLatin1String("container=1")), b.container || isNetworkGroup(k.id));
        // services are draw.io's AWS icons; the groups and notes draw.io draws as plain outlines
        const bool plain = QStringList{QStringLiteral("availability_zone"), QStringLiteral("security_group"), QStringLiteral("ecs_cluster"),
                                       QStringLiteral("route53_zone"), QStringLiteral("note")}
                               .contains(k.id);
        if (!plain)
            QVERIFY2(style.contains(QLatin1String("mxgraph.aws4.")), qPrintable(k.id));
        // a kind drawn as a box of its own (not a container) is a shape too
        b.container = false;
        QVERIFY2(DrawioWriter::boxStyle(b, false) + DrawioWriter::iconStyle(b) != fallback, qPrintable(k.id));
    }
    DiagramBox subnet;
    subnet.kind = QStringLiteral("subnet");
    subnet.container = true;
    QVERIFY(DrawioWriter::boxStyle(subnet, true).contains(QLatin1String("strokeColor=#7AA116"))); // public: green
    QVERIFY(DrawioWriter::boxStyle(subnet, false).contains(QLatin1String("strokeColor=#00A4A6"))); // private: blue
}

void TestDiagramExport::layoutJsonCarriesEveryBoxAndArrow()
{
    const HandMade h = handMade();
    const json doc = json::parse(LayoutJson::write(h.layout, DiagramView::Deployment).toStdString());
    checkLayoutJson(doc, h.layout, QStringLiteral("deployment"));
    QCOMPARE(doc.at("boxes")[3].at("x").get<double>(), 60.5);
    QCOMPARE(doc.at("boxes")[3].at("y").get<double>(), 120.25);
    QCOMPARE(doc.at("arrows")[1].at("connection").get<std::string>(), std::string("c1"));
    QCOMPARE(QString::fromStdString(doc.at("arrows")[1].at("label").get<std::string>()), kHostile);
    QCOMPARE(doc.at("bounds").at("w").get<double>(), 1160.0);
}

void TestDiagramExport::drawioOfTheThreeTierTemplateKeepsItsLayout()
{
    const QString out = m_dir.filePath(QStringLiteral("three-tier.drawio"));
    QString errors;
    QCOMPARE(runKumo({QStringLiteral("export"), QStringLiteral("drawio"), templatePath("three-tier"), QStringLiteral("-o"), out}, &errors), 0);
    QFile f(out);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const DrawioFile file = readDrawio(f.readAll());
    const Design design = loadDesign(templatePath("three-tier"));
    const DiagramLayout layout = Diagram::compute(design, DiagramView::Deployment);
    QVERIFY(!layout.boxes.empty());
    checkDrawioFollowsLayout(file, layout);
    // every component is a cell
    for (const Component *c : design.components())
        QVERIFY2(file.cell(DrawioWriter::cellId(c->id)), qPrintable(c->id));
    QCOMPARE(file.diagramName, design.name);
}

void TestDiagramExport::drawioKeepsEveryNameOfAHostileDesign()
{
    // Japanese names, markup characters, quotes: every name is its cell's first line, as written
    const QString source = QStringLiteral(KUMO_TEST_DATA "/diagram-names.kumo");
    const QString out = m_dir.filePath(QStringLiteral("names.drawio"));
    QCOMPARE(runKumo({QStringLiteral("export"), QStringLiteral("drawio"), source, QStringLiteral("-o"), out}), 0);
    QFile f(out);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const DrawioFile file = readDrawio(f.readAll());
    QVERIFY2(file.error.isEmpty(), qPrintable(file.error));
    const Design design = loadDesign(source);
    for (const Component *c : design.components()) {
        const Cell *cell = file.cell(DrawioWriter::cellId(c->id));
        QVERIFY2(cell, qPrintable(c->id));
        if (c->kind != QLatin1String("note"))
            QCOMPARE(cell->value.section(QLatin1Char('\n'), 0, 0), c->displayName());
    }
}

void TestDiagramExport::drawioSpeaksTheChosenLanguage()
{
    auto labels = [&](const QString &lang) {
        const QString out = m_dir.filePath(QStringLiteral("lang-%1.drawio").arg(lang));
        if (runKumo({QStringLiteral("export"), QStringLiteral("drawio"), templatePath("three-tier"), QStringLiteral("-o"), out, QStringLiteral("--lang"), lang}) != 0)
            return QStringList();
        QFile f(out);
        QStringList values;
        if (f.open(QIODevice::ReadOnly)) {
            for (const Cell &c : readDrawio(f.readAll()).cells)
                values << c.value;
        }
        return values;
    };
    const QString english = labels(QStringLiteral("en")).join(QLatin1Char('\n'));
    const QString japanese = labels(QStringLiteral("ja")).join(QLatin1Char('\n'));
    QVERIFY(english.contains(QLatin1String("Public subnet")));
    QVERIFY(!japanese.isEmpty());
    QVERIFY(!japanese.contains(QLatin1String("Public subnet")));
    QVERIFY(japanese.contains(QStringLiteral("パブリックサブネット")));
}

void TestDiagramExport::layoutJsonMatchesTheComputedDiagram_data()
{
    QTest::addColumn<QString>("view");
    QTest::newRow("deployment") << QStringLiteral("deployment");
    QTest::newRow("logical") << QStringLiteral("logical");
}

void TestDiagramExport::layoutJsonMatchesTheComputedDiagram()
{
    QFETCH(QString, view);
    const QString out = m_dir.filePath(QStringLiteral("layout-%1.json").arg(view));
    QCOMPARE(runKumo({QStringLiteral("export"), QStringLiteral("layout"), templatePath("three-tier"), QStringLiteral("-o"), out,
                      QStringLiteral("--view"), view}),
             0);
    QFile f(out);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const json doc = json::parse(f.readAll().toStdString());
    const Design design = loadDesign(templatePath("three-tier"));
    const DiagramLayout layout = Diagram::compute(design, *diagramViewFromId(view));
    checkLayoutJson(doc, layout, view);
    for (const json &arrow : doc.at("arrows")) {
        const json &points = arrow.at("points");
        QVERIFY(points.size() >= 2);
        for (size_t k = 1; k < points.size(); ++k) {
            const bool horizontal = points[k][1].get<double>() == points[k - 1][1].get<double>();
            const bool vertical = points[k][0].get<double>() == points[k - 1][0].get<double>();
            QVERIFY2(horizontal || vertical, arrow.dump().c_str());
        }
    }
    // the logical view has no cards
    bool cards = false;
    for (const json &b : doc.at("boxes"))
        cards = cards || b.contains("role");
    if (view == QLatin1String("logical"))
        QVERIFY(!cards);
}

void TestDiagramExport::pdfOnA4_data()
{
    QTest::addColumn<QString>("design");
    QTest::addColumn<QString>("page");
    QTest::addColumn<QString>("pageCount"); // "one", "several" or "any"
    QTest::newRow("three-tier on A4: one page") << templatePath("three-tier") << QStringLiteral("a4") << QStringLiteral("one");
    QTest::newRow("three-tier on Letter") << templatePath("three-tier") << QStringLiteral("letter") << QStringLiteral("any");
    QTest::newRow("200 components on A4: pages to assemble") << QStringLiteral("generated") << QStringLiteral("a4") << QStringLiteral("several");
    QTest::newRow("200 components on Letter: pages to assemble") << QStringLiteral("generated") << QStringLiteral("letter") << QStringLiteral("several");
}

void TestDiagramExport::pdfOnA4()
{
    QFETCH(QString, design);
    QFETCH(QString, page);
    QFETCH(QString, pageCount);
    if (design == QLatin1String("generated")) {
        design = m_dir.filePath(QStringLiteral("generated.kumo"));
        QVERIFY(DesignFile::save(testing::generateDesign(200, 7), design));
    }
    const QString out = m_dir.filePath(QStringLiteral("%1-%2.pdf").arg(QFileInfo(design).baseName(), page));
    QCOMPARE(runKumo({QStringLiteral("export"), QStringLiteral("pdf"), design, QStringLiteral("-o"), out, QStringLiteral("--page"), page}), 0);
    const PdfPages pages = readPdfPages(out);
    QVERIFY(pages.count >= 1);
    if (pageCount != QLatin1String("any"))
        QCOMPARE(pages.count > 1, pageCount == QLatin1String("several"));
    QCOMPARE(qsizetype(pages.count), pages.sizes.size());
    for (const QSizeF &size : pages.sizes) {
        if (page == QLatin1String("a4"))
            QVERIFY2(isPaper(size, 595.3, 841.9), qPrintable(QStringLiteral("%1 × %2").arg(size.width()).arg(size.height())));
        else
            QVERIFY2(isPaper(size, 612, 792), qPrintable(QStringLiteral("%1 × %2").arg(size.width()).arg(size.height())));
    }
    // auto: one page the size of the drawing, as before
    const QString whole = m_dir.filePath(QStringLiteral("%1-auto.pdf").arg(QFileInfo(design).baseName()));
    QCOMPARE(runKumo({QStringLiteral("export"), QStringLiteral("pdf"), design, QStringLiteral("-o"), whole}), 0);
    QCOMPARE(readPdfPages(whole).count, 1);
}

void TestDiagramExport::pdfTilesCarryTheirPlace()
{
    const QString pdftotext = QStandardPaths::findExecutable(QStringLiteral("pdftotext"));
    if (pdftotext.isEmpty())
        QSKIP("pdftotext (poppler-utils) is not installed");
    const QString design = m_dir.filePath(QStringLiteral("tiles.kumo"));
    QVERIFY(DesignFile::save(testing::generateDesign(200, 7), design));
    const QString out = m_dir.filePath(QStringLiteral("tiles.pdf"));
    QCOMPARE(runKumo({QStringLiteral("export"), QStringLiteral("pdf"), design, QStringLiteral("-o"), out, QStringLiteral("--page"), QStringLiteral("a4"),
                      QStringLiteral("--lang"), QStringLiteral("en")}),
             0);
    const int count = readPdfPages(out).count;
    QVERIFY(count > 1);
    QProcess p;
    p.start(pdftotext, {QStringLiteral("-raw"), out, QStringLiteral("-")}); // in drawing order: the label is one line
    QVERIFY(p.waitForFinished(60000));
    const QString text = QString::fromUtf8(p.readAllStandardOutput());
    static const QRegularExpression label(QStringLiteral("row (\\d+), column (\\d+) \\((\\d+) rows × (\\d+) columns\\)"));
    QSet<QString> places;
    int rows = 0;
    int columns = 0;
    for (auto it = label.globalMatch(text); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        places.insert(m.captured(1) + QLatin1Char(',') + m.captured(2));
        rows = m.captured(3).toInt();
        columns = m.captured(4).toInt();
    }
    // every page says where it goes, and the pages make up the whole grid
    QCOMPARE(rows * columns, count);
    QCOMPARE(int(places.size()), count);
}

void TestDiagramExport::wrongArguments()
{
    const QString three = templatePath("three-tier");
    const QString out = m_dir.filePath(QStringLiteral("x.out"));
    QCOMPARE(runKumo({QStringLiteral("export"), QStringLiteral("layout"), three}), 2);
    QCOMPARE(runKumo({QStringLiteral("export"), QStringLiteral("layout"), three, QStringLiteral("-o"), out, QStringLiteral("--view"), QStringLiteral("physical")}), 2);
    QCOMPARE(runKumo({QStringLiteral("export"), QStringLiteral("drawio"), three, QStringLiteral("-o"), out, QStringLiteral("--view"), QStringLiteral("x")}), 2);
    QCOMPARE(runKumo({QStringLiteral("export"), QStringLiteral("pdf"), three, QStringLiteral("-o"), out, QStringLiteral("--page"), QStringLiteral("a3")}), 2);
    QCOMPARE(runKumo({QStringLiteral("export"), QStringLiteral("svg"), three, QStringLiteral("-o"), out, QStringLiteral("--page"), QStringLiteral("a4")}), 2);
    QCOMPARE(runKumo({QStringLiteral("export"), QStringLiteral("layout"), QStringLiteral(KUMO_TEST_DATA "/bad/not-json.kumo"), QStringLiteral("-o"), out}), 2);
    QCOMPARE(runKumo({QStringLiteral("export"), QStringLiteral("drawio"), QStringLiteral(KUMO_TEST_DATA "/bad/not-json.kumo"), QStringLiteral("-o"), out}), 2);
    QVERIFY(!QFileInfo::exists(out));
}

void TestDiagramExport::exportDialogOffersDrawioAndPaper()
{
    ExportDiagramDialog dialog(QStringLiteral("/tmp/plan.pdf"), {});
    auto *format = dialog.findChild<QComboBox *>();
    auto *paper = dialog.findChild<QComboBox *>(QStringLiteral("paper"));
    QVERIFY(format && paper && format != paper);
    QVERIFY(paper->isEnabled());
    paper->setCurrentIndex(paper->findData(int(DiagramRenderer::PageSize::A4)));
    QCOMPARE(dialog.options().page, DiagramRenderer::PageSize::A4);
    format->setCurrentIndex(format->findData(int(DiagramRenderer::Format::Drawio)));
    QCOMPARE(dialog.format(), DiagramRenderer::Format::Drawio);
    QCOMPARE(dialog.path(), QStringLiteral("/tmp/plan.drawio"));
    QVERIFY(!paper->isEnabled()); // paper is for PDF only
    QCOMPARE(DiagramRenderer::formatForPath(QStringLiteral("a/b.drawio")), DiagramRenderer::Format::Drawio);
    // the canvas's view by default, as the main window passes it
    QCOMPARE(dialog.options().view, DiagramView::Deployment);
    dialog.setView(DiagramView::Logical);
    QCOMPARE(dialog.options().view, DiagramView::Logical);
}

void TestDiagramExport::drawioOfTheSelection()
{
    // File › Export › Diagram with the selection: the chosen VPC with what it holds, nothing else
    const Design design = loadDesign(templatePath("three-tier"));
    const QString vpc = design.componentsOfKind(QStringLiteral("vpc")).front()->id;
    DiagramRenderer::Options options;
    options.only = {vpc};
    const QString out = m_dir.filePath(QStringLiteral("selection.drawio"));
    QString error;
    QVERIFY2(DiagramRenderer::render(design, DiagramRenderer::Format::Drawio, out, options, &error), qPrintable(error));
    QFile f(out);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const DrawioFile file = readDrawio(f.readAll());
    QVERIFY2(file.error.isEmpty(), qPrintable(file.error));
    QVERIFY(file.cell(vpc));
    for (const Component *c : design.components()) {
        const bool inside = design.isAncestor(vpc, c->id) || c->id == vpc;
        QCOMPARE(file.cell(DrawioWriter::cellId(c->id)) != nullptr, inside);
    }
}

KUMO_TEST_MAIN(TestDiagramExport)
#include "tst_diagramexport.moc"
