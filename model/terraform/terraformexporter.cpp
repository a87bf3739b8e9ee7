#include "terraformexporter.h"

#include "catalog.h"
#include "designfile.h"
#include "emitters.h"

#include <optional>

#include <QCoreApplication>
#include <QDir>

namespace kumo {
namespace TerraformExporter {

namespace {
const tf::EmitterTable &emitters()
{
    static const tf::EmitterTable table = [] {
        tf::EmitterTable t;
        tf::addNetworkEmitters(t);
        tf::addComputeEmitters(t);
        tf::addContainerEmitters(t);
        tf::addLoadBalancingEmitters(t);
        tf::addDataEmitters(t);
        tf::addDeliveryEmitters(t);
        tf::addIdentityEmitters(t);
        tf::addPipelineEmitters(t);
        return t;
    }();
    return table;
}
} // namespace

QStringList knownFileNames()
{
    return {QStringLiteral("versions.tf"), QStringLiteral("providers.tf"), QStringLiteral("variables.tf"), QStringLiteral("outputs.tf"),
            QStringLiteral("network.tf"), QStringLiteral("compute.tf"), QStringLiteral("containers.tf"), QStringLiteral("load_balancing.tf"),
            QStringLiteral("data.tf"), QStringLiteral("delivery.tf"), QStringLiteral("dns.tf"), QStringLiteral("iam.tf"), QStringLiteral("cicd.tf")};
}

namespace {
/// A component the provider schema cannot hold as it is: a distribution without a usable origin (an
/// error of validation, cloudfront.origin). It is left out, so that even a forced export is valid.
bool unwritable(const Design &design, const Component &c)
{
    if (c.kind != QLatin1String("cloudfront_distribution") || !c.stringProp("origin_domain").trimmed().isEmpty())
        return false;
    const Component *origin = design.component(c.stringProp("origin"));
    return !origin || (origin->kind != QLatin1String("s3_bucket") && origin->kind != QLatin1String("load_balancer"));
}
} // namespace

std::map<QString, QString> generate(const Design &original)
{
    std::optional<Design> writable;
    for (const Component *c : original.componentsOfKind(QStringLiteral("cloudfront_distribution"))) {
        if (!unwritable(original, *c))
            continue;
        if (!writable)
            writable = original;
        writable->take(c->id);
    }
    const Design &design = writable ? *writable : original;
    TerraformContext ctx(design);
    // within each file, resources follow the catalog's order of kinds (VPCs, subnets, gateways,
    // security groups, ...), then the design's canonical order
    std::vector<const Component *> ordered = design.components();
    QHash<QString, int> rank;
    for (const KindSpec &k : Catalog::instance().kinds())
        rank.insert(k.id, int(rank.size()));
    std::stable_sort(ordered.begin(), ordered.end(),
                     [&](const Component *a, const Component *b) { return rank.value(a->kind) < rank.value(b->kind); });
    for (const Component *c : ordered) {
        const auto it = emitters().constFind(c->kind);
        if (it != emitters().constEnd())
            (*it)(ctx, *c);
    }
    return ctx.files();
}

bool write(const Design &design, const QString &directory, QString *error, QStringList *written)
{
    QDir dir(directory);
    if (!dir.exists() && !QDir().mkpath(directory)) {
        if (error)
            *error = QCoreApplication::translate("kumo::TerraformExporter", "cannot create the folder %1").arg(directory);
        return false;
    }
    const std::map<QString, QString> files = generate(design);
    for (const auto &[name, text] : files) {
        if (!DesignFile::writeAtomically(dir.filePath(name), text.toUtf8(), error))
            return false;
        if (written)
            *written << dir.filePath(name);
    }
    for (const QString &stale : knownFileNames()) {
        if (!files.count(stale) && dir.exists(stale))
            dir.remove(stale);
    }
    return true;
}

} // namespace TerraformExporter
} // namespace kumo
