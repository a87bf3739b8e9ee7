// `kumo exposure`: what the internet reaches, through which path, and why not (exposure.md).
#include "cliexposure.h"
#include "clisupport.h"

#include "exposureanalysis.h"
#include "exposurenetwork.h"

#include <QCommandLineParser>

namespace kumo::cli {

namespace {

using namespace kumo::exposure;
using nlohmann::ordered_json;

ordered_json hopJson(const Hop &hop)
{
    ordered_json j;
    j["from"] = toStd(hop.from);
    j["to"] = toStd(hop.to);
    j["port"] = hop.port;
    if (!hop.via.isEmpty()) {
        ordered_json via = ordered_json::array();
        for (const QString &id : hop.via)
            via.push_back(toStd(id));
        j["via"] = via;
    }
    j["because"] = toStd(hop.because);
    if (hop.blocked)
        j["blocked"] = true;
    return j;
}

ordered_json pathJson(const std::vector<Hop> &hops)
{
    ordered_json path = ordered_json::array();
    for (const Hop &hop : hops)
        path.push_back(hopJson(hop));
    return path;
}

ordered_json reachableJson(const ReachablePath &p)
{
    ordered_json j;
    j["component"] = toStd(p.component);
    j["port"] = p.port;
    j["hops"] = p.hops.size();
    j["source"] = toStd(p.sourceRange);
    ordered_json names = ordered_json::array();
    for (const QString &name : p.names)
        names.push_back(toStd(name));
    j["names"] = names;
    j["path"] = pathJson(p.hops);
    return j;
}

ordered_json blockedJson(const BlockedPath &b)
{
    ordered_json j;
    j["component"] = toStd(b.component);
    j["port"] = b.port;
    j["path"] = pathJson(b.hops);
    ordered_json by = ordered_json::array();
    for (const Blocker &blocker : b.blockedBy)
        by.push_back({{"component", toStd(blocker.component)}, {"reason", toStd(blocker.reason)}, {"fix", toStd(blocker.fix)}});
    j["blocked_by"] = by;
    return j;
}

QString hopLines(const Network &network, const std::vector<Hop> &hops)
{
    QString text;
    for (size_t i = 0; i < hops.size(); ++i) {
        const Hop &hop = hops[i];
        const QString from = hop.from == QLatin1String("internet") ? tr("internet") : network.displayName(hop.from);
        QStringList via;
        for (const QString &id : hop.via)
            via << network.displayName(id);
        text += QStringLiteral("    %1. %2 -> %3 %4").arg(i + 1).arg(from, network.displayName(hop.to)).arg(hop.port);
        if (!via.isEmpty())
            text += tr(" via %1").arg(via.join(QStringLiteral(", ")));
        text += hop.blocked ? tr(": BLOCKED: %1\n").arg(hop.because) : QStringLiteral(": %1\n").arg(hop.because);
    }
    return text;
}

QString reachableText(const Network &network, const ReachablePath &p)
{
    QString head = tr("%1 [%2] on %3 from %4, %n hop(s)", nullptr, int(p.hops.size()))
                       .arg(network.displayName(p.component), p.component)
                       .arg(p.port)
                       .arg(p.sourceRange);
    if (!p.names.isEmpty())
        head += tr(" (named %1)").arg(p.names.join(QStringLiteral(", ")));
    return QStringLiteral("  ") + head + QLatin1Char('\n') + hopLines(network, p.hops);
}

QString blockedText(const Network &network, const BlockedPath &b)
{
    QString text = tr("%1 [%2] is not reachable from the internet on %3.\n")
                       .arg(network.displayName(b.component), b.component)
                       .arg(b.port);
    text += tr("Closest path: %1\n").arg(Analysis::pathText(network, b.hops));
    text += hopLines(network, b.hops);
    text += tr("Blocked by:\n");
    for (const Blocker &blocker : b.blockedBy)
        text += tr("  - %1\n    fix: %2\n").arg(blocker.reason, blocker.fix);
    return text;
}

} // namespace

int exposureCommand(const QStringList &arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption to(QStringLiteral("to"), tr("the component to explain"), QStringLiteral("ID"));
    const QCommandLineOption portOption(QStringLiteral("port"), tr("the port (1 to 65535)"), QStringLiteral("N"));
    const QCommandLineOption format(QStringLiteral("format"), tr("text or json"), QStringLiteral("FORMAT"));
    const QCommandLineOption output = outputOption(QStringLiteral("OUT"));
    parser.addOptions({to, portOption, format, output});
    if (!parse(parser, arguments, 2))
        return BadInput;
    bool ok = false;
    const QString fmt = formatOption(parser, format, {QStringLiteral("text"), QStringLiteral("json")}, &ok);
    if (!ok)
        return BadInput;
    std::optional<int> port;
    if (parser.isSet(portOption)) {
        const int value = parser.value(portOption).toInt(&ok);
        // port 0 is no port a listener or a security group rule can name
        if (!ok || value < 1 || value > 65535)
            return usageError(tr("--port must be a number from 1 to 65535, not '%1'").arg(parser.value(portOption)));
        port = value;
    }
    const QString path = parser.positionalArguments().at(1);
    const auto design = loadOrReport(path);
    if (!design)
        return BadInput;
    const QString target = parser.value(to);
    const Network network(*design);
    if (parser.isSet(to)) {
        const Component *c = design->component(target);
        if (!c) {
            err(tr("%1: --to names no component: '%2'").arg(path, target));
            return BadInput;
        }
        if (network.endpointIndex(target) < 0) {
            err(tr("%1: %2 is a %3: exposure follows packets to instances, ECS services, load balancers, databases, "
                   "CloudFront distributions and S3 buckets")
                    .arg(path, target, c->kind));
            return BadInput;
        }
    }

    const ExposureReport report = Analysis::analyze(network);
    std::vector<const ReachablePath *> shown;
    for (const ReachablePath &p : report.reachable) {
        if ((target.isEmpty() || p.component == target) && (!port || p.port == *port))
            shown.push_back(&p);
    }
    std::optional<BlockedPath> blocked;
    bool unknownPorts = false;
    if (!target.isEmpty() && shown.empty()) {
        blocked = Analysis::explain(network, report, target, port);
        unknownPorts = !blocked;
    }

    if (fmt == QLatin1String("json")) {
        ordered_json j;
        ordered_json reachable = ordered_json::array();
        for (const ReachablePath *p : shown)
            reachable.push_back(reachableJson(*p));
        j["reachable"] = reachable;
        ordered_json blockedList = ordered_json::array();
        if (blocked)
            blockedList.push_back(blockedJson(*blocked));
        else if (unknownPorts)
            blockedList.push_back({{"component", toStd(target)}, {"port", nullptr}, {"path", ordered_json::array()},
                                   {"blocked_by", ordered_json::array({{{"component", toStd(target)},
                                                                        {"reason", toStd(tr("it serves no port the design names"))},
                                                                        {"fix", toStd(tr("give it a port (a container port, a listener)"))}}})}});
        j["blocked"] = blockedList;
        return writeOutput(outputPath(parser, output), jsonBytes(j)) ? Success : BadInput;
    }

    QString text;
    if (target.isEmpty()) {
        text = shown.empty() ? tr("%1: nothing is reachable from the internet\n").arg(path)
                             : tr("%1: %n reachable from the internet:\n", nullptr, int(shown.size())).arg(path);
    }
    for (const ReachablePath *p : shown)
        text += reachableText(network, *p);
    if (blocked)
        text += blockedText(network, *blocked);
    else if (unknownPorts)
        text += tr("%1 [%2] is not reachable from the internet: it serves no port the design names.\n")
                    .arg(network.displayName(target), target);
    return writeOutput(outputPath(parser, output), text.toUtf8()) ? Success : BadInput;
}

} // namespace kumo::cli
