// Prints one table of how long every operation takes on generated designs of 1,000, 10,000 and
// 50,000 components (medians of several runs, and the cost per component), side by side with
// Graphviz (dot -Tsvg) and ELK (elkjs: layered, orthogonal routing) on the same graph. Not a test:
// the figures depend on the machine.
//   QT_QPA_PLATFORM=offscreen ./build/tests/kumo_bench [--quick] [--sizes 1000,10000] [--cpu]
//                   [--elkjs DIR] [--timeout SECONDS] [--rules] [--largest-file]
// --cpu: CPU time instead of wall-clock time, for a machine shared with other work.
//   ./build/tests/kumo_bench --write N FILE laid-out|bare   keeps a generated design
// dot comes from the graphviz package, elkjs from npm (`npm install elkjs` in any folder, then
// --elkjs FOLDER/node_modules/elkjs or KUMO_ELKJS=...); rows whose tool is missing say so.
#include "changeevent.h"
#include "designjson.h"
#include "diagram/diagramlayout.h"
#include "designlimits.h"
#include "designscene.h"
#include "designview.h"
#include "diagramrenderer.h"
#include "document.h"
#include "incrementalvalidator.h"
#include "layout/autolayout.h"
#include "layout/layoutlinks.h"
#include "lessons/lessonchecker.h"
#include "lessons/lessonlibrary.h"
#include "mainwindow.h"
#include "routing/orthogonalrouter.h"
#include "ruleregistry.h"
#include "support/designgenerator.h"
#include "support/stategenerator.h"
#include "terraformexporter.h"
#include "terraformimporter.h"
#include "validationcontext.h"
#include "validator.h"

#include <QApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QRandomGenerator>
#include <QScrollBar>
#include <QStandardPaths>
#include <QSysInfo>
#include <QTemporaryDir>
#include <QThread>

#include <sys/resource.h>
#include <time.h>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <ctime>
#include <functional>
#include <map>

using namespace kumo;

namespace {

/// Wall-clock time, or with --cpu the process's CPU time (on a shared machine, what an idle one's
/// wall-clock time would be for single-threaded work).
bool g_cpuTime = false;

double nowMs()
{
    if (!g_cpuTime) {
        static QElapsedTimer clock = [] {
            QElapsedTimer t;
            t.start();
            return t;
        }();
        return double(clock.nsecsElapsed()) / 1e6;
    }
    timespec ts{};
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts);
    return double(ts.tv_sec) * 1e3 + double(ts.tv_nsec) / 1e6;
}

/// CPU time of the children that have ended so far.
double childrenCpuMs()
{
    rusage usage{};
    getrusage(RUSAGE_CHILDREN, &usage);
    return double(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec) * 1e3 + double(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e3;
}

/// The median time of @p runs runs of @p work, in milliseconds.
/// The times of @p runs runs of @p work, shortest first.
std::vector<double> sortedTimesMs(int runs, const std::function<void()> &work)
{
    std::vector<double> times;
    for (int i = 0; i < runs; ++i) {
        const double start = nowMs();
        work();
        times.push_back(nowMs() - start);
    }
    std::sort(times.begin(), times.end());
    return times;
}

double medianMs(int runs, const std::function<void()> &work)
{
    const std::vector<double> times = sortedTimesMs(runs, work);
    return times[times.size() / 2];
}

// ---------------------------------------------------------------------------------------------
// The same design as a clustered graph for the other tools: containers are clusters, everything
// else a 168×76 box, the design's arrows (LayoutLinks::links) the edges.

struct Graph
{
    std::vector<const Component *> components; ///< parents before children
    QHash<QString, int> index;
    QHash<QString, bool> container;
    std::vector<std::pair<int, int>> edges;
};

Graph graphOf(const Design &design)
{
    Graph g;
    g.components = design.components();
    // parents before children: the design's canonical order is by id, so walk the tree instead
    std::vector<const Component *> ordered;
    QStringList queue = design.children(QString());
    for (qsizetype i = 0; i < queue.size(); ++i) {
        ordered.push_back(design.component(queue.at(i)));
        queue += design.children(queue.at(i));
    }
    g.components = ordered;
    for (size_t i = 0; i < g.components.size(); ++i) {
        g.index.insert(g.components[i]->id, int(i));
        g.container.insert(g.components[i]->id, !design.children(g.components[i]->id).isEmpty());
    }
    for (const auto &[from, to] : LayoutLinks::links(design)) {
        if (g.index.contains(from) && g.index.contains(to))
            g.edges.push_back({g.index.value(from), g.index.value(to)});
    }
    return g;
}

QByteArray quotedDot(const QString &text)
{
    QString escaped = text;
    escaped.replace(QLatin1Char('\\'), QStringLiteral("\\\\")).replace(QLatin1Char('"'), QStringLiteral("\\\""));
    return '"' + escaped.toUtf8() + '"';
}

/// Graphviz: one cluster per container (with a point inside that arrows to the container use),
/// one fixed-size box per other component.
QByteArray toDot(const Design &design, const Graph &g)
{
    QByteArray out = "digraph kumo {\n  compound=true;\n  node [shape=box, width=2.333, height=1.056, fixedsize=true, fontname=\"Noto Sans\"];\n";
    std::function<void(const QString &, int)> write = [&](const QString &parent, int depth) {
        const QByteArray pad(size_t(depth) * 2, ' ');
        for (const QString &id : design.children(parent)) {
            const int i = g.index.value(id);
            const Component *c = g.components[size_t(i)];
            if (g.container.value(id)) {
                out += pad + "subgraph cluster_" + QByteArray::number(i) + " {\n" + pad + "  label=" + quotedDot(c->displayName()) + ";\n";
                out += pad + "  n" + QByteArray::number(i) + " [shape=point, width=0.05, label=\"\"];\n";
                write(id, depth + 1);
                out += pad + "}\n";
            } else {
                out += pad + "n" + QByteArray::number(i) + " [label=" + quotedDot(c->displayName()) + "];\n";
            }
        }
    };
    write(QString(), 1);
    for (const auto &[from, to] : g.edges)
        out += "  n" + QByteArray::number(from) + " -> n" + QByteArray::number(to) + ";\n";
    return out + "}\n";
}

/// ELK JSON: nested nodes, leaves 168×76, containers with room for their title; every edge at the
/// root with hierarchy handling across all levels; layered, orthogonal routing.
QByteArray toElk(const Design &design, const Graph &g)
{
    nlohmann::json root = {{"id", "root"},
                           {"layoutOptions",
                            {{"elk.algorithm", "layered"},
                             {"elk.edgeRouting", "ORTHOGONAL"},
                             {"elk.hierarchyHandling", "INCLUDE_CHILDREN"},
                             {"elk.direction", "DOWN"}}}};
    std::function<nlohmann::json(const QString &)> children = [&](const QString &parent) {
        nlohmann::json list = nlohmann::json::array();
        for (const QString &id : design.children(parent)) {
            const int i = g.index.value(id);
            nlohmann::json node = {{"id", "n" + std::to_string(i)}};
            if (g.container.value(id)) {
                node["layoutOptions"] = {{"elk.padding", "[top=40,left=12,bottom=12,right=12]"}};
                node["children"] = children(id);
            } else {
                node["width"] = AutoLayout::kLeafWidth;
                node["height"] = AutoLayout::kLeafHeight;
            }
            list.push_back(std::move(node));
        }
        return list;
    };
    root["children"] = children(QString());
    nlohmann::json edges = nlohmann::json::array();
    for (size_t e = 0; e < g.edges.size(); ++e)
        edges.push_back({{"id", "e" + std::to_string(e)},
                         {"sources", {"n" + std::to_string(g.edges[e].first)}},
                         {"targets", {"n" + std::to_string(g.edges[e].second)}}});
    root["edges"] = std::move(edges);
    return QByteArray::fromStdString(root.dump());
}

const char *kElkScript = R"(const fs = require('fs');
const ELK = require(process.argv[3] + '/lib/elk.bundled.js');
const graph = JSON.parse(fs.readFileSync(process.argv[2], 'utf8'));
const start = process.hrtime.bigint();
const cpu = process.cpuUsage();
new ELK().layout(graph).then(() => {
  const used = process.cpuUsage(cpu);
  const ms = process.argv[4] === 'cpu' ? (used.user + used.system) / 1e3 : Number(process.hrtime.bigint() - start) / 1e6;
  console.log(ms.toFixed(1));
}).catch(e => { console.error(String(e)); process.exit(1); });
)";

// ---------------------------------------------------------------------------------------------

struct Settings
{
    std::vector<int> sizes = {1000, 10000, 50000};
    bool quick = false;
    QString elkjs;
    int timeoutSeconds = 120;
    bool routingOnly = false;
    bool skipRouting = false; ///< --no-routing: the routing rows come from a run of their own
};

/// A row of the table: milliseconds (or MB for memory) by size; NaN when it could not be measured.
struct Row
{
    QString name;
    bool memory = false;
    std::map<int, double> values;
    std::map<int, QString> notes;
};

class Table
{
public:
    Row &row(const QString &name, bool memory = false)
    {
        for (Row &r : m_rows) {
            if (r.name == name)
                return r;
        }
        m_rows.push_back({name, memory, {}, {}});
        return m_rows.back();
    }
    void set(const QString &name, int n, double value, const QString &note = {})
    {
        Row &r = row(name);
        r.values[n] = value;
        if (!note.isEmpty())
            r.notes[n] = note;
        std::fprintf(stderr, "  %-52s %7d: %s\n", qPrintable(name), n, qPrintable(format(r, n)));
    }
    void setMemory(const QString &name, int n, double mb)
    {
        row(name, true).values[n] = mb;
        std::fprintf(stderr, "  %-52s %7d: %.0f MB\n", qPrintable(name), n, mb);
    }
    static QString format(const Row &r, int n)
    {
        const auto it = r.values.find(n);
        const auto note = r.notes.find(n);
        if (it == r.values.end() || std::isnan(it->second))
            return note != r.notes.end() ? note->second : QStringLiteral("–");
        const double v = it->second;
        QString text = r.memory                 ? QStringLiteral("%1 MB").arg(v, 0, 'f', 0)
                       : v >= 10000            ? QStringLiteral("%1 s").arg(v / 1000, 0, 'f', 1)
                       : v >= 1000             ? QStringLiteral("%1 s").arg(v / 1000, 0, 'f', 2)
                       : v >= 100              ? QStringLiteral("%1 ms").arg(v, 0, 'f', 0)
                       : v >= 10               ? QStringLiteral("%1 ms").arg(v, 0, 'f', 1)
                       : v >= 1                ? QStringLiteral("%1 ms").arg(v, 0, 'f', 2)
                                               : QStringLiteral("%1 ms").arg(v, 0, 'f', 3);
        if (note != r.notes.end())
            text = note->second + QLatin1Char(' ') + text;
        return text;
    }
    /// Microseconds (kB for memory) per component.
    static QString perComponent(const Row &r, int n)
    {
        const auto it = r.values.find(n);
        if (it == r.values.end() || std::isnan(it->second) || r.notes.count(n))
            return QStringLiteral("–");
        const double per = r.memory ? it->second * 1024 / n : it->second * 1000 / n;
        return QStringLiteral("%1 %2").arg(per, 0, 'f', per >= 10 ? 1 : per >= 1 ? 2 : 3).arg(r.memory ? QStringLiteral("kB") : QStringLiteral("µs"));
    }
    void print(const std::vector<int> &sizes) const
    {
        std::printf("\n| operation |");
        for (int n : sizes)
            std::printf(" %s | per component |", qPrintable(QLocale(QLocale::English).toString(n)));
        const bool growth = sizes.size() >= 2;
        if (growth)
            std::printf(" %s / %s |", qPrintable(QLocale(QLocale::English).toString(sizes.back())),
                        qPrintable(QLocale(QLocale::English).toString(sizes[sizes.size() - 2])));
        std::printf("\n|---|");
        for (size_t i = 0; i < sizes.size(); ++i)
            std::printf("---:|---:|");
        if (growth)
            std::printf("---:|");
        std::printf("\n");
        for (const Row &r : m_rows) {
            std::printf("| %s |", qPrintable(r.name));
            for (int n : sizes)
                std::printf(" %s | %s |", qPrintable(format(r, n)), qPrintable(perComponent(r, n)));
            if (growth) {
                const auto a = r.values.find(sizes[sizes.size() - 2]);
                const auto b = r.values.find(sizes.back());
                if (a != r.values.end() && b != r.values.end() && !std::isnan(a->second) && !std::isnan(b->second) && a->second > 0
                    && !r.notes.count(sizes.back()) && !r.notes.count(sizes[sizes.size() - 2]))
                    std::printf(" %.1f× |", b->second / a->second);
                else
                    std::printf(" – |");
            }
            std::printf("\n");
        }
        std::fflush(stdout);
    }

private:
    std::vector<Row> m_rows;
};

/// Peak resident memory of this process in MB (VmHWM).
double peakMemoryMb()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return std::nan("");
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').value(0).toDouble() / 1024;
    }
    return std::nan("");
}

/// Runs a program; its wall-clock time in ms, or NaN (with @p why filled) when it fails or times out.
double runProcess(const QString &program, const QStringList &arguments, int timeoutSeconds, QString *why, QByteArray *output = nullptr)
{
    QProcess process;
    QElapsedTimer timer;
    timer.start();
    const double cpuBefore = childrenCpuMs();
    process.start(program, arguments);
    if (!process.waitForStarted()) {
        *why = QStringLiteral("cannot start %1").arg(program);
        return std::nan("");
    }
    if (!process.waitForFinished(timeoutSeconds * 1000)) {
        process.kill();
        process.waitForFinished();
        *why = QStringLiteral("> %1 s").arg(timeoutSeconds);
        return std::nan("");
    }
    const double ms = g_cpuTime ? childrenCpuMs() - cpuBefore : double(timer.nsecsElapsed()) / 1e6;
    if (process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0) {
        // the last line says why (the ones before may be Qt's notes about the environment)
        const QStringList lines = QString::fromUtf8(process.readAllStandardError()).trimmed().split(QLatin1Char('\n'));
        *why = QStringLiteral("failed: %1").arg(lines.last().section(QStringLiteral(": "), -1).left(120));
        return std::nan("");
    }
    if (output)
        *output = process.readAllStandardOutput();
    return ms;
}

/// The median time of @p runs runs of a program (NaN with @p why filled when one fails).
double medianRun(int runs, const QString &program, const QStringList &arguments, int timeoutSeconds, QString *why)
{
    std::vector<double> times;
    for (int i = 0; i < runs; ++i)
        times.push_back(runProcess(program, arguments, timeoutSeconds, why));
    if (std::any_of(times.begin(), times.end(), [](double t) { return std::isnan(t); }))
        return std::nan("");
    std::sort(times.begin(), times.end());
    return times[times.size() / 2];
}

QString elkjsFolder(const Settings &settings)
{
    QStringList candidates = {settings.elkjs, qEnvironmentVariable("KUMO_ELKJS"), QDir::current().filePath(QStringLiteral("node_modules/elkjs"))};
    for (const QString &c : candidates) {
        if (!c.isEmpty() && QFile::exists(c + QStringLiteral("/lib/elk.bundled.js")))
            return QDir(c).absolutePath();
    }
    return {};
}

void waitMs(int ms)
{
    QElapsedTimer t;
    t.start();
    while (t.elapsed() < ms) {
        QApplication::processEvents(QEventLoop::AllEvents, 10);
        QThread::msleep(1);
    }
}

/// The peak memory of the editor (the main window) opened on a design file: run in a process of
/// its own so that nothing else the benchmark holds is counted.
int memoryChild(const QString &path)
{
    MainWindow window;
    window.resize(1600, 1000);
    window.show();
    if (!window.openFile(path))
        return 1;
    waitMs(600); // the findings pass and the overview's picture run on timers
    std::printf("%.1f\n", peakMemoryMb());
    return 0;
}

/// Connector routing of the laid-out design: every arrow, then the arrows of one moved component.
double measureRouting(int n, const Settings &settings, Table &table, const Design &design, const Design &laidOut, double layout)
{
    Q_UNUSED(design);
    const int heavyRuns = settings.quick ? 1 : n <= 10000 ? 3 : 1;
    double routing = std::nan("");
    {
        // every arrow of the laid-out design, then the arrows of one moved component again
        const DiagramLayout diagram = Diagram::compute(laidOut, DiagramView::Logical);
        routing = medianMs(heavyRuns, [&] { (void)Diagram::routedArrows(laidOut, diagram.boxes); });
        table.set(QStringLiteral("connector routing (every arrow)"), n, routing);
        {
            // the quality of those routes, counted as tools/diagram-metrics counts them
            std::vector<Routing::Route> routes;
            for (const DiagramArrow &a : Diagram::routedArrows(laidOut, diagram.boxes))
                routes.push_back({a.points, a.labelBox});
            const Routing::Quality q = Routing::measure(routes);
            table.set(QStringLiteral("  routes: crossings, bends per arrow"), n, std::nan(""),
                      QStringLiteral("%1, %2").arg(q.crossings).arg(double(q.bends) / std::max(q.arrows, 1), 0, 'f', 2));
        }
        std::vector<Routing::Box> boxes;
        for (const DiagramBox &b : diagram.boxes)
            boxes.push_back({b.id, b.parent, b.rect, b.container});
        QHash<QString, std::vector<Routing::Link>> linksOf;
        for (const DiagramArrow &a : diagram.arrows) {
            linksOf[a.from].push_back({a.from, a.to, {}});
            if (a.to != a.from)
                linksOf[a.to].push_back({a.from, a.to, {}});
        }
        // a component with arrows, moved by 20 units
        size_t moved = 0;
        for (size_t i = 0; i < boxes.size(); ++i) {
            if (!boxes[i].container && linksOf.value(boxes[i].id).size() >= 2) {
                moved = i;
                break;
            }
        }
        boxes[moved].rect.translate(20, 0);
        const std::vector<Routing::Link> links = linksOf.value(boxes[moved].id);
        table.set(QStringLiteral("rerouting the arrows of one moved component"), n,
                  medianMs(settings.quick ? 3 : 21, [&] { (void)Routing::route(boxes, links); }));
        table.set(QStringLiteral("layout + routing"), n, layout + routing);
    }
    return routing;
}

void measure(int n, const Settings &settings, Table &table, const QTemporaryDir &dir)
{
    const int runs = settings.quick ? 1 : n <= 1000 ? 7 : n <= 10000 ? 5 : 3;
    const int heavyRuns = settings.quick ? 1 : n <= 10000 ? 3 : 1;
    const Design design = testing::generateDesign(n, 1);
    std::fprintf(stderr, "%lld components\n", static_cast<long long>(design.componentCount()));
    Design laidOut = design;
    AutoLayout::apply(laidOut);
    const QByteArray bytes = DesignJson::write(laidOut);
    const QString file = dir.filePath(QStringLiteral("design-%1.kumo").arg(n));
    {
        QFile f(file);
        if (!f.open(QIODevice::WriteOnly) || f.write(bytes) != bytes.size())
            std::fprintf(stderr, "cannot write %s\n", qPrintable(file));
    }

    if (settings.routingOnly) {
        measureRouting(n, settings, table, design, laidOut, medianMs(heavyRuns, [&] { (void)AutoLayout::compute(design); }));
        return;
    }
    table.set(QStringLiteral("load (file with geometry)"), n, medianMs(runs, [&] { (void)DesignJson::read(bytes); }));
    table.set(QStringLiteral("save"), n, medianMs(runs, [&] { (void)DesignJson::write(laidOut); }));
    table.set(QStringLiteral("full validation"), n, medianMs(runs, [&] { (void)Validator::validate(design); }));
    {
        Design edited = design;
        IncrementalValidator incremental;
        incremental.validateAll(edited);
        const auto components = edited.components();
        QRandomGenerator rng(7);
        const std::vector<double> edits = sortedTimesMs(settings.quick ? 5 : 101, [&] {
                      // a typical edit: a subnet's CIDR, an instance type, a name
                      const Component *c = components[rng.bounded(int(components.size()))];
                      QString key = QStringLiteral("name");
                      nlohmann::json value = "edited";
                      if (c->kind == QLatin1String("subnet")) {
                          key = QStringLiteral("cidr");
                          value = c->stringProp(key).toStdString();
                      } else if (c->kind == QLatin1String("ec2_instance")) {
                          key = QStringLiteral("instance_type");
                          value = "t3.small";
                      }
                      edited.mutableComponent(c->id)->props[key.toStdString()] = value;
                      incremental.update(edited, ChangeEvent{ChangeEvent::Type::PropertyChanged, {c->id}, key});
                  });
        table.set(QStringLiteral("validation after one property change"), n, edits[edits.size() / 2]);
        // the edits whose property a shared analysis reads (a subnet's range feeds the exposure)
        table.set(QStringLiteral("  the slowest tenth of those changes (90th percentile)"), n, edits[edits.size() * 9 / 10]);
    }
    QString why;
    table.set(QStringLiteral("validation, whole process (`kumo validate`)"), n,
              medianRun(heavyRuns, QStringLiteral(KUMO_EXECUTABLE), {QStringLiteral("validate"), file}, settings.timeoutSeconds, &why), why);
    why.clear();
    table.set(QStringLiteral("Terraform export (in process)"), n, medianMs(runs, [&] { (void)TerraformExporter::generate(design); }));
    {
        const QString out = dir.filePath(QStringLiteral("tf-%1").arg(n));
        const double t = medianRun(heavyRuns, QStringLiteral(KUMO_EXECUTABLE),
                                   {QStringLiteral("export"), QStringLiteral("terraform"), file, QStringLiteral("-o"), out, QStringLiteral("--force")},
                                   settings.timeoutSeconds, &why);
        table.set(QStringLiteral("Terraform export, whole process (`kumo export terraform`)"), n, t, why);
    }
    const double layout = medianMs(heavyRuns, [&] { (void)AutoLayout::compute(design); });
    table.set(QStringLiteral("automatic layout"), n, layout);
    // routing every arrow takes minutes at 50,000 components: --no-routing leaves it to a run of its own (--routing)
    const double routing = settings.skipRouting ? std::nan("") : measureRouting(n, settings, table, design, laidOut, layout);

    for (const auto &[format, name] : {std::pair{DiagramRenderer::Format::Svg, "SVG"}, std::pair{DiagramRenderer::Format::Png, "PNG"},
                                       std::pair{DiagramRenderer::Format::Pdf, "PDF"}}) {
        const QString out = dir.filePath(QStringLiteral("diagram-%1.%2").arg(n).arg(QString::fromLatin1(DiagramRenderer::info(format).id)));
        bool ok = true;
        QString error;
        DiagramRenderer::Options options;
        const bool png = format == DiagramRenderer::Format::Png;
        const QString row = png ? QStringLiteral("PNG export at scale 1 (in process, canvas built)")
                                : QStringLiteral("%1 export (in process, canvas built)").arg(QString::fromLatin1(name));
        if (png) {
            // a raster of the whole canvas grows with its area: past 128 megapixels it is not worth waiting for
            options.scale = 1;
            QRectF area;
            for (const Component *c : laidOut.components()) {
                if (c->parent.isEmpty() && c->geometry)
                    area |= *c->geometry;
            }
            const double megapixels = area.width() * area.height() / 1e6;
            if (megapixels > 128) {
                table.set(row, n, std::nan(""), QStringLiteral("skipped: %1 × %2 pixels").arg(qRound(area.width())).arg(qRound(area.height())));
                continue;
            }
        }
        const DiagramRenderer::Format drawn = format; // clang 14 cannot capture a structured binding
        const double ms = medianMs(png ? 1 : heavyRuns, [&] { ok = DiagramRenderer::render(laidOut, drawn, out, options, &error) && ok; });
        if (ok)
            table.set(row, n, ms, format == DiagramRenderer::Format::Svg ? QStringLiteral("(%1 MB)").arg(QFileInfo(out).size() / 1e6, 0, 'f', 1)
                                                                          : QString());
        else
            table.set(row, n, std::nan(""), QStringLiteral("fails: %1").arg(error.section(QLatin1Char(':'), -1).trimmed()));
    }
    double kumoSvg = std::nan("");
    {
        const QString out = dir.filePath(QStringLiteral("whole-%1.svg").arg(n));
        const QStringList svg = {QStringLiteral("export"), QStringLiteral("svg")};
        table.set(QStringLiteral("SVG export, whole process (`kumo export svg`)"), n,
                  medianRun(heavyRuns, QStringLiteral(KUMO_EXECUTABLE), svg + QStringList{file, QStringLiteral("-o"), out}, settings.timeoutSeconds, &why),
                  why);
        why.clear();
        // without geometry: the export lays the design out first (what dot and ELK do too)
        const QString bare = dir.filePath(QStringLiteral("bare-%1.kumo").arg(n));
        QFile f(bare);
        if (f.open(QIODevice::WriteOnly))
            f.write(DesignJson::write(design));
        f.close();
        kumoSvg = medianRun(heavyRuns, QStringLiteral(KUMO_EXECUTABLE), svg + QStringList{bare, QStringLiteral("-o"), out}, settings.timeoutSeconds, &why);
        table.set(QStringLiteral("layout + SVG export, whole process (no geometry in the file)"), n, kumoSvg, why);
        why.clear();
    }

    {
        const QByteArray state = testing::generateState(n);
        table.set(QStringLiteral("Terraform import of a state of as many resources"), n, medianMs(heavyRuns, [&] {
                      (void)tfimport::TerraformImporter::import({{QStringLiteral("bench.tfstate"), state}}, QStringLiteral("bench"));
                  }));
        const QString stateFile = dir.filePath(QStringLiteral("state-%1.tfstate").arg(n));
        QFile f(stateFile);
        if (f.open(QIODevice::WriteOnly))
            f.write(state);
        f.close();
        table.set(QStringLiteral("Terraform import, whole process (`kumo import terraform`)"), n,
                  medianRun(heavyRuns, QStringLiteral(KUMO_EXECUTABLE),
                            {QStringLiteral("import"), QStringLiteral("terraform"), stateFile, QStringLiteral("-o"),
                             dir.filePath(QStringLiteral("imported-%1.kumo").arg(n)), QStringLiteral("--force")},
                            settings.timeoutSeconds, &why),
                  why);
        why.clear();
    }
    {
        std::vector<Lesson> lessons;
        for (const LessonInfo &info : LessonLibrary::list()) {
            const LessonReadResult r = LessonLibrary::loadFile(info.path);
            if (r.ok())
                lessons.push_back(*r.lesson);
        }
        const std::vector<Finding> findings = Validator::validate(design);
        table.set(QStringLiteral("lesson checks (every step of every bundled lesson)"), n, medianMs(runs, [&] {
                      const LessonChecker checker(design, &findings);
                      for (const Lesson &l : lessons)
                          (void)checker.evaluate(l);
                  }));
    }
    {
        Document document;
        document.reset(Design(laidOut));
        table.set(QStringLiteral("building the canvas (scene)"), n, medianMs(heavyRuns, [&] { DesignScene scene(&document); }));
    }
    {
        // frames of the editor's canvas, painted the way the window paints them
        MainWindow window;
        window.resize(1600, 1000);
        window.show();
        window.setDesign(laidOut, file);
        waitMs(300);
        DesignView *view = window.findChild<DesignView *>();
        if (view) {
            const int frames = settings.quick ? 3 : 21;
            view->fitAll();
            QApplication::processEvents();
            table.set(QStringLiteral("one frame at fit zoom"),
                      n, medianMs(frames, [&] { view->viewport()->repaint(); }));
            view->setZoom(1.0);
            // among the servers, the busiest part of the drawing
            QString busy;
            std::vector<const Component *> instances;
            for (const Component *c : laidOut.components()) {
                if (c->kind == QLatin1String("ec2_instance"))
                    instances.push_back(c);
            }
            if (!instances.empty())
                busy = instances[instances.size() / 2]->id;
            view->centreOn({busy});
            view->setZoom(1.0);
            QApplication::processEvents();
            table.set(QStringLiteral("one frame at 100%"), n, medianMs(frames, [&] { view->viewport()->repaint(); }));
            view->setZoom(0.5);
            QApplication::processEvents();
            int step = 0;
            table.set(QStringLiteral("one frame while panning (50%)"), n, medianMs(frames, [&] {
                          QScrollBar *bar = view->horizontalScrollBar();
                          bar->setValue(bar->value() + (step++ % 20 < 10 ? 40 : -40));
                          view->viewport()->repaint();
                      }));
        }
    }
    {
        QByteArray output;
        const double ms = runProcess(QCoreApplication::applicationFilePath(), {QStringLiteral("--memory"), file}, settings.timeoutSeconds, &why, &output);
        if (std::isnan(ms))
            table.set(QStringLiteral("peak memory, editor open on the design"), n, std::nan(""), why);
        else
            table.setMemory(QStringLiteral("peak memory, editor open on the design"), n, output.trimmed().toDouble());
        why.clear();
    }

    // the same graph in the tools people would use instead
    const Graph graph = graphOf(design);
    const QString dot = QStandardPaths::findExecutable(QStringLiteral("dot"));
    const QString externalRuns = n <= 1000 && !settings.quick ? QStringLiteral("3") : QStringLiteral("1");
    if (dot.isEmpty()) {
        table.set(QStringLiteral("Graphviz dot -Tsvg, whole process"), n, std::nan(""), QStringLiteral("dot not installed"));
    } else {
        const QString in = dir.filePath(QStringLiteral("graph-%1.dot").arg(n));
        QFile f(in);
        if (f.open(QIODevice::WriteOnly))
            f.write(toDot(design, graph));
        f.close();
        const double t = medianRun(externalRuns.toInt(), dot, {QStringLiteral("-Tsvg"), in, QStringLiteral("-o"), dir.filePath(QStringLiteral("graph.svg"))},
                                   settings.timeoutSeconds, &why);
        table.set(QStringLiteral("Graphviz dot -Tsvg, whole process"), n, t, why);
        table.set(QStringLiteral("  ratio dot / Kumo (layout + SVG export, whole process)"), n, std::nan(""),
                  std::isnan(t) ? (why.startsWith(QLatin1Char('>')) ? QStringLiteral("> %1×").arg(settings.timeoutSeconds * 1000 / kumoSvg, 0, 'f', 0) : QStringLiteral("–"))
                                : QStringLiteral("%1×").arg(t / kumoSvg, 0, 'f', 1));
        why.clear();
    }
    const QString node = QStandardPaths::findExecutable(QStringLiteral("node"));
    const QString elkjs = elkjsFolder(settings);
    if (node.isEmpty() || elkjs.isEmpty()) {
        table.set(QStringLiteral("ELK layered + orthogonal routing (elkjs, layout only)"), n, std::nan(""),
                  node.isEmpty() ? QStringLiteral("node not installed") : QStringLiteral("elkjs not found (--elkjs DIR)"));
    } else {
        const QString in = dir.filePath(QStringLiteral("graph-%1.json").arg(n));
        const QString script = dir.filePath(QStringLiteral("elk.js"));
        QFile f(in);
        if (f.open(QIODevice::WriteOnly))
            f.write(toElk(design, graph));
        f.close();
        QFile s(script);
        if (s.open(QIODevice::WriteOnly))
            s.write(kElkScript);
        s.close();
        std::vector<double> times;
        for (int i = 0; i < externalRuns.toInt(); ++i) {
            QByteArray output;
            const double whole = runProcess(node, {script, in, elkjs, g_cpuTime ? QStringLiteral("cpu") : QStringLiteral("wall")},
                                            settings.timeoutSeconds, &why, &output);
            times.push_back(std::isnan(whole) ? whole : output.trimmed().toDouble());
        }
        std::sort(times.begin(), times.end());
        const double t = times[times.size() / 2];
        table.set(QStringLiteral("ELK layered + orthogonal routing (elkjs, layout only)"), n, t, why);
        const double ours = std::isnan(routing) ? layout : layout + routing;
        table.set(QStringLiteral("  ratio ELK / Kumo (layout + routing)"), n, std::nan(""),
                  std::isnan(t) ? (why.startsWith(QLatin1Char('>')) ? QStringLiteral("> %1×").arg(settings.timeoutSeconds * 1000 / ours, 0, 'f', 0) : QStringLiteral("–"))
                                : QStringLiteral("%1×").arg(t / ours, 0, 'f', 1));
        why.clear();
    }
}

/// The slowest rules on one design, to see where a full pass spends its time.
void printSlowestRules(const Design &design)
{
    const ValidationContext context(design);
    std::vector<std::pair<double, QString>> perRule;
    for (const Rule &rule : RuleRegistry::instance().rules()) {
        std::vector<Finding> sink;
        FindingSink collector(rule.id, rule.severity, sink);
        // forgetDerived: a rule that shares a derived result (the exposure analysis) pays for it here
        perRule.push_back({medianMs(5, [&] { sink.clear(); context.forgetDerived(); rule.check(context, collector); }), rule.id});
    }
    std::sort(perRule.rbegin(), perRule.rend());
    std::printf("\nslowest rules on %lld components:\n", static_cast<long long>(design.componentCount()));
    for (size_t i = 0; i < 8 && i < perRule.size(); ++i)
        std::printf("  %-32s %8.3f ms\n", qPrintable(perRule[i].second), perRule[i].first);
    std::printf("  %-32s %8.3f ms\n", "(building the indexes)", medianMs(5, [&] { ValidationContext c(design); }));
}

/// How long the largest files the loader accepts (DesignLimits::maximumFileBytes) take to load:
/// generated designs of many small components, the most work per byte. CPU time is what an idle
/// machine's wall-clock time would be (loading is single-threaded).
void printLargestFileLoad()
{
    const int sample = 10000;
    const qsizetype bytesPerComponent = DesignJson::write(testing::generateDesign(sample, 1)).size() / sample;
    std::printf("\nloading big files (limit %.1f MB):\n", double(DesignLimits::maximumFileBytes) / (1024 * 1024));
    for (const int percent : {25, 50, 100}) {
        const int n = int(DesignLimits::maximumFileBytes / bytesPerComponent * percent * 95 / 10000);
        const QByteArray bytes = DesignJson::write(testing::generateDesign(n, 1));
        double cpuMs = 0;
        const double wallMs = medianMs(3, [&] {
            const std::clock_t start = std::clock();
            (void)DesignJson::read(bytes);
            cpuMs = double(std::clock() - start) * 1000 / CLOCKS_PER_SEC;
        });
        std::printf("  %7d components, %5.1f MB: %7.0f ms (CPU %7.0f ms)\n", n, double(bytes.size()) / (1024 * 1024), wallMs, cpuMs);
        std::fflush(stdout);
    }
}

} // namespace

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() == 3 && args.at(1) == QLatin1String("--memory"))
        return memoryChild(args.at(2));
    if (args.size() == 5 && args.at(1) == QLatin1String("--write")) { // keep a generated design for timing by hand
        // --write N FILE laid-out|bare
        Design design = testing::generateDesign(args.at(2).toInt(), 1);
        if (args.at(4) == QLatin1String("laid-out"))
            AutoLayout::apply(design);
        QFile f(args.at(3));
        return f.open(QIODevice::WriteOnly) && f.write(DesignJson::write(design)) > 0 ? 0 : 1;
    }
    if (args.contains(QStringLiteral("--largest-file"))) {
        printLargestFileLoad();
        return 0;
    }
    if (args.contains(QStringLiteral("--rules"))) {
        printSlowestRules(testing::generateDesign(10000, 1));
        return 0;
    }
    Settings settings;
    for (qsizetype i = 1; i < args.size(); ++i) {
        if (args.at(i) == QLatin1String("--quick")) {
            settings.quick = true;
            settings.sizes = {200};
            settings.timeoutSeconds = 60;
        } else if (args.at(i) == QLatin1String("--sizes") && i + 1 < args.size()) {
            settings.sizes.clear();
            for (const QString &s : args.at(++i).split(QLatin1Char(',')))
                settings.sizes.push_back(s.toInt());
        } else if (args.at(i) == QLatin1String("--elkjs") && i + 1 < args.size()) {
            settings.elkjs = args.at(++i);
        } else if (args.at(i) == QLatin1String("--no-routing")) {
            settings.skipRouting = true;
        } else if (args.at(i) == QLatin1String("--routing")) {
            settings.routingOnly = true;
        } else if (args.at(i) == QLatin1String("--cpu")) {
            g_cpuTime = true;
        } else if (args.at(i) == QLatin1String("--timeout") && i + 1 < args.size()) {
            settings.timeoutSeconds = args.at(++i).toInt();
        } else {
            std::fprintf(stderr, "usage: kumo_bench [--quick] [--sizes N,N,...] [--routing | --no-routing] [--cpu] [--elkjs DIR] [--timeout SECONDS] [--rules] [--largest-file]\n");
            return 2;
        }
    }
    QTemporaryDir dir;
    Table table;
    for (int n : settings.sizes)
        measure(n, settings, table, dir);
    std::printf("%s, %d logical processors, Qt %s; %s\n", qPrintable(QSysInfo::prettyProductName()), QThread::idealThreadCount(), qVersion(),
                g_cpuTime ? "CPU time" : "wall-clock time");
    table.print(settings.sizes);
    return 0;
}
