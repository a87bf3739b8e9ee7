// The inverse of delivery.tf and dns.tf: CloudFront, ACM certificates, Route 53 zones and records.
#include "importers.h"

namespace kumo::tfimport {

using json = nlohmann::json;

namespace {

const QStringList kCertificate = {QStringLiteral("acm_certificate")};
const QStringList kDistribution = {QStringLiteral("cloudfront_distribution")};

QString withoutDot(QString name)
{
    while (name.endsWith(QLatin1Char('.')))
        name.chop(1);
    return name.toLower();
}

/// The component an origin or alias domain name stands for: a load balancer, distribution or bucket.
QString targetOf(ImportContext &ctx, const TfResource &r, const QString &path)
{
    const QStringList kinds = {QStringLiteral("load_balancer"), QStringLiteral("cloudfront_distribution"), QStringLiteral("s3_bucket")};
    for (const TfResource *t : ctx.referenced(r, path)) {
        QString id = ctx.componentIdFor(*t, kinds);
        if (id.isEmpty() && t->type == QLatin1String("aws_s3_bucket_website_configuration"))
            id = ctx.ref(*t, QStringLiteral("bucket"), {QStringLiteral("s3_bucket")});
        if (!id.isEmpty())
            return id;
    }
    return {};
}

/// The origin of a distribution: the one its default cache behaviour uses. Its domain name resolves
/// to a load balancer (DNS name) or bucket (regional or global domain name, website endpoint) of the
/// inputs; a domain that is neither is kept as a custom origin (`origin_domain`).
void importOrigin(ImportContext &ctx, const TfResource &r, Component &c)
{
    const json &origins = attr::blocks(r.attributes, "origin");
    const QString target = attr::str(attr::block(r.attributes, "default_cache_behavior"), "target_origin_id");
    size_t chosen = 0;
    for (size_t i = 0; i < origins.size(); ++i) {
        if (!target.isEmpty() && attr::str(origins[i], "origin_id") == target)
            chosen = i;
    }
    if (origins.size() > 1)
        ctx.assume(tfimport::tr("%1: a design holds one origin; of %2 origins, %3 (the default cache behaviour's) was kept")
                       .arg(r.address)
                       .arg(origins.size())
                       .arg(attr::str(origins[chosen], "origin_id")));
    const QStringList kinds = {QStringLiteral("load_balancer"), QStringLiteral("s3_bucket")};
    const QString domain = chosen < origins.size() ? attr::str(origins[chosen], "domain_name") : QString();
    QString origin;
    if (!domain.isEmpty()) {
        for (const TfResource *t : ctx.lookup(domain)) {
            origin = ctx.componentIdFor(*t, kinds);
            if (origin.isEmpty() && t->type == QLatin1String("aws_s3_bucket_website_configuration"))
                origin = ctx.ref(*t, QStringLiteral("bucket"), {QStringLiteral("s3_bucket")});
            if (!origin.isEmpty())
                break;
        }
    } else if (chosen == 0) {
        origin = targetOf(ctx, r, QStringLiteral("origin.domain_name")); // unknown until applied: the configuration says
    }
    if (!origin.isEmpty()) {
        if (ctx.component(origin)->kind == kinds.first() || ctx.component(origin)->kind == kinds.last())
            c.props["origin"] = origin.toStdString();
        return;
    }
    if (!domain.isEmpty()) {
        c.props["origin_domain"] = domain.toLower().toStdString();
        ctx.assume(tfimport::tr("%1: its origin %2 is neither a load balancer nor a bucket of the inputs; kept as a custom origin").arg(r.address, domain));
    }
}

void importDistribution(ImportContext &ctx, const TfResource &r, Component *c)
{
    const QString comment = attr::str(r.attributes, "comment");
    if (!comment.isEmpty() && c->name.isEmpty())
        c->name = comment;
    importOrigin(ctx, r, *c);
    const QStringList aliases = attr::strings(r.attributes, "aliases");
    if (!aliases.isEmpty()) {
        json list = json::array();
        for (const QString &a : aliases)
            list.push_back(a.toStdString());
        c->props["aliases"] = std::move(list);
    }
    setString(*c, "certificate", ctx.ref(r, QStringLiteral("viewer_certificate.acm_certificate_arn"), kCertificate));
    setString(*c, "price_class", attr::str(r.attributes, "price_class"));
    const json &cache = attr::block(r.attributes, "default_cache_behavior");
    if (const auto ttl = attr::integer(cache, "default_ttl"))
        c->props["default_ttl"] = *ttl;
    setString(*c, "viewer_protocol_policy", attr::str(cache, "viewer_protocol_policy"));
}

void foldOriginAccessControl(ImportContext &ctx, const TfResource &r, Component *)
{
    for (const TfResource *d : ctx.resources()) {
        if (d->type != QLatin1String("aws_cloudfront_distribution"))
            continue;
        for (const TfResource *oac : ctx.referenced(*d, QStringLiteral("origin.origin_access_control_id"))) {
            const QString id = ctx.componentIdFor(*d, kDistribution);
            if (oac == &r && !id.isEmpty())
                return ctx.fold(r, id);
        }
    }
    ctx.skip(r, tfimport::tr("no imported distribution uses it"));
}

void importCertificate(ImportContext &ctx, const TfResource &r, Component *c)
{
    const QString domain = attr::str(r.attributes, "domain_name");
    setString(*c, "domain", domain);
    if (c->name.isEmpty())
        c->name = domain;
    QStringList sans = attr::strings(r.attributes, "subject_alternative_names");
    sans.removeAll(domain);
    if (!sans.isEmpty()) {
        json list = json::array();
        for (const QString &s : sans)
            list.push_back(s.toStdString());
        c->props["subject_alternative_names"] = list;
    }
    const QString method = attr::str(r.attributes, "validation_method");
    if (method == QLatin1String("DNS") || method == QLatin1String("EMAIL"))
        c->props["validation"] = method.toStdString();
    ctx.placeInRegion(*c, r);
}

void foldCertificateValidation(ImportContext &ctx, const TfResource &r, Component *)
{
    const QString cert = ctx.ref(r, QStringLiteral("certificate_arn"), kCertificate);
    if (cert.isEmpty())
        return ctx.skip(r, tfimport::tr("its certificate is not in the inputs"));
    ctx.fold(r, cert);
}

void importZone(ImportContext &ctx, const TfResource &r, Component *c)
{
    const QString domain = withoutDot(attr::str(r.attributes, "name"));
    setString(*c, "domain", domain);
    if (c->name.isEmpty())
        c->name = domain;
    c->props["create"] = true; // the inputs manage it
    const json &vpcs = attr::blocks(r.attributes, "vpc");
    if (!vpcs.empty()) {
        c->props["private"] = true;
        setString(*c, "vpc", ctx.ref(r, QStringLiteral("vpc.vpc_id"), {QStringLiteral("vpc")}));
    }
}

const CertificateFacts &certificateFacts(ImportContext &ctx)
{
    CertificateFacts &facts = ctx.certificates;
    if (facts.known)
        return facts;
    facts.known = true;
    for (const TfResource *cert : ctx.resources()) {
        if (cert->type != QLatin1String("aws_acm_certificate"))
            continue;
        facts.certificates.push_back(cert);
        for (const json &option : attr::blocks(cert->attributes, "domain_validation_options")) {
            const QString name = withoutDot(attr::str(option, "resource_record_name"));
            if (!name.isEmpty())
                facts.byValidationName.insert(name, cert);
        }
    }
    return facts;
}

/// The certificate whose DNS validation a record is, or null.
const TfResource *validatedCertificate(ImportContext &ctx, const TfResource &record)
{
    const CertificateFacts &facts = certificateFacts(ctx);
    const QString name = withoutDot(attr::str(record.attributes, "name"));
    if (!name.isEmpty())
        return facts.byValidationName.value(name, nullptr);
    // in a plan the records are not known yet: for_each over the certificate's validation options
    if (!record.config || !record.config->contains("for_each_expression") || !(*record.config)["for_each_expression"].is_object())
        return nullptr;
    const json &refs = (*record.config)["for_each_expression"].value("references", json::array());
    for (const TfResource *cert : facts.certificates) {
        for (const json &ref : refs.is_array() ? refs : json::array()) {
            if (ref.is_string() && QString::fromStdString(ref.get<std::string>()).startsWith(cert->configAddress() + QLatin1Char('.')))
                return cert;
        }
    }
    return nullptr;
}

const TfResource *mirroredRecord(ImportContext &ctx, const TfResource &r);

std::optional<std::pair<Outcome, QString>> validationRecords(ImportContext &ctx, const TfResource &r)
{
    if (validatedCertificate(ctx, r) || mirroredRecord(ctx, r))
        return std::make_pair(Outcome::Folded, QString());
    return std::nullopt;
}

/// The component of a zone the inputs manage with this domain (and the same privacy), or empty.
QString managedZoneNamed(ImportContext &ctx, const TfResource &data, const QString &domain)
{
    const bool wantsPrivate = attr::boolean(data.attributes, "private_zone").value_or(false);
    for (const Component &z : ctx.components()) {
        if (z.kind == QLatin1String("route53_zone") && z.boolProp("create") && z.stringProp("domain") == domain && z.boolProp("private") == wantsPrivate)
            return z.id;
    }
    return {};
}

/// The hosted zone of a record: one of the inputs, or one that exists already and that a data source
/// (data.aws_route53_zone) looks up, added once as a zone the design does not create.
QString zoneOf(ImportContext &ctx, const TfResource &r)
{
    const QStringList kinds = {QStringLiteral("route53_zone")};
    const QString zone = ctx.ref(r, QStringLiteral("zone_id"), kinds);
    if (!zone.isEmpty())
        return zone;
    for (const TfResource *d : ctx.referenced(r, QStringLiteral("zone_id"), {QStringLiteral("aws_route53_zone")})) {
        if (d->isManaged())
            continue;
        const QString domain = withoutDot(attr::str(d->attributes, "name"));
        if (domain.isEmpty())
            continue;
        const QString managed = managedZoneNamed(ctx, *d, domain);
        if (!managed.isEmpty()) { // read and managed: one zone, the managed one
            ctx.standFor(*d, managed);
            ctx.fold(*d, managed);
            ctx.assume(tfimport::tr("%1 reads the zone %2, which the inputs also manage; merged into %3").arg(d->address, domain, managed));
            return managed;
        }
        Component &added = ctx.createExtra(QStringLiteral("route53_zone"), d->name, domain);
        added.props["domain"] = domain.toStdString();
        if (attr::boolean(d->attributes, "private_zone").value_or(false))
            added.props["private"] = true;
        ctx.standFor(*d, added.id);
        ctx.setOutcome(*d, Outcome::Mapped, added.id);
        return added.id;
    }
    return {};
}

/// An AAAA alias that mirrors an A alias of the same name to the same target (IPv6 for CloudFront).
const TfResource *mirroredRecord(ImportContext &ctx, const TfResource &r)
{
    if (attr::str(r.attributes, "type") != QLatin1String("AAAA") || attr::blocks(r.attributes, "alias").empty())
        return nullptr;
    const QString name = withoutDot(attr::str(r.attributes, "name"));
    const QString target = attr::str(attr::block(r.attributes, "alias"), "name");
    for (const TfResource *other : ctx.resources()) {
        if (other->type == QLatin1String("aws_route53_record") && other != &r && attr::str(other->attributes, "type") == QLatin1String("A")
            && withoutDot(attr::str(other->attributes, "name")) == name && attr::str(attr::block(other->attributes, "alias"), "name") == target
            && attr::str(other->attributes, "zone_id") == attr::str(r.attributes, "zone_id"))
            return other;
    }
    return nullptr;
}

void importRecord(ImportContext &ctx, const TfResource &r, Component *c)
{
    if (!c && mirroredRecord(ctx, r)) {
        const QString id = ctx.componentIdFor(*mirroredRecord(ctx, r));
        if (id.isEmpty())
            return ctx.skip(r, tfimport::tr("the IPv6 twin of a record that is not imported"));
        return ctx.fold(r, id);
    }
    if (!c) { // a DNS validation record of a certificate
        const TfResource *cert = validatedCertificate(ctx, r);
        const QString id = cert ? ctx.componentIdFor(*cert, kCertificate) : QString();
        if (id.isEmpty())
            return ctx.skip(r, tfimport::tr("validates a certificate that is not imported"));
        ctx.component(id)->props["validation"] = "DNS";
        return ctx.fold(r, id);
    }
    const QString zoneId = zoneOf(ctx, r);
    const Component *zone = ctx.component(zoneId);
    QString name = withoutDot(attr::str(r.attributes, "name"));
    const QString domain = zone ? zone->stringProp("domain") : QString();
    if (!domain.isEmpty() && name == domain)
        name = QStringLiteral("@");
    else if (!domain.isEmpty() && name.endsWith(QLatin1Char('.') + domain))
        name.chop(domain.size() + 1);
    if (!name.isEmpty()) {
        c->props["name"] = name.toStdString();
        if (c->name.isEmpty())
            c->name = name;
    }
    setString(*c, "type", attr::str(r.attributes, "type"));
    const QString alias = targetOf(ctx, r, QStringLiteral("alias.name"));
    if (!alias.isEmpty()) {
        c->props["alias_target"] = alias.toStdString();
    } else {
        json records = json::array();
        for (const QString &value : attr::strings(r.attributes, "records")) {
            // an address of the design stands for its component
            const QString address = ctx.componentForValue(value, {QStringLiteral("elastic_ip"), QStringLiteral("ec2_instance")});
            records.push_back((address.isEmpty() ? value : address).toStdString());
        }
        if (!records.empty())
            c->props["records"] = records;
        if (const auto ttl = attr::integer(r.attributes, "ttl"))
            c->props["ttl"] = *ttl;
    }
    if (!attr::blocks(r.attributes, "weighted_routing_policy").empty()) {
        c->props["routing_policy"] = "weighted";
        if (const auto weight = attr::integer(attr::block(r.attributes, "weighted_routing_policy"), "weight"))
            c->props["weight"] = *weight;
    } else if (!attr::blocks(r.attributes, "latency_routing_policy").empty()) {
        c->props["routing_policy"] = "latency";
    } else if (!attr::blocks(r.attributes, "failover_routing_policy").empty()) {
        c->props["routing_policy"] = "failover";
    }
    setString(*c, "set_identifier", attr::str(r.attributes, "set_identifier"));
    for (const TfResource *check : ctx.referenced(r, QStringLiteral("health_check_id"), {QStringLiteral("aws_route53_health_check")}))
        setString(*c, "health_check_path", attr::str(check->attributes, "resource_path"));
    placeIn(ctx, *c, zoneId, tfimport::tr("its hosted zone is not in the inputs"));
}

void foldHealthCheck(ImportContext &ctx, const TfResource &r, Component *)
{
    for (const TfResource *record : ctx.resources()) {
        if (record->type != QLatin1String("aws_route53_record"))
            continue;
        for (const TfResource *check : ctx.referenced(*record, QStringLiteral("health_check_id"))) {
            const QString id = ctx.componentIdFor(*record, {QStringLiteral("route53_record")});
            if (check == &r && !id.isEmpty())
                return ctx.fold(r, id);
        }
    }
    ctx.skip(r, tfimport::tr("no imported record uses it"));
}

} // namespace

void addDeliveryImporters(ImportTable &table, std::vector<Finisher> &)
{
    const QString cdn = QStringLiteral("cloudfront_distribution");
    table.push_back(maps(QStringLiteral("aws_cloudfront_distribution"), cdn, {QStringLiteral("domain_name")}, importDistribution));
    table.push_back(folds(QStringLiteral("aws_cloudfront_origin_access_control"), cdn, QStringLiteral("origin access to an S3 origin"), 1, foldOriginAccessControl));
    table.push_back(maps(QStringLiteral("aws_acm_certificate"), QStringLiteral("acm_certificate"), {}, importCertificate));
    table.push_back(folds(QStringLiteral("aws_acm_certificate_validation"), QStringLiteral("acm_certificate"), QStringLiteral("validation"), 1, foldCertificateValidation, {QStringLiteral("certificate_arn")}, QStringLiteral("certificate_arn")));
    table.push_back(maps(QStringLiteral("aws_route53_zone"), QStringLiteral("route53_zone"), {QStringLiteral("zone_id")}, importZone));
    table.push_back(maps(QStringLiteral("aws_route53_record"), QStringLiteral("route53_record"), {}, importRecord, validationRecords, QStringLiteral("folded into its certificate when it is a DNS validation record, into its A twin when it is the AAAA of an alias")));
    table.push_back(folds(QStringLiteral("aws_route53_health_check"), QStringLiteral("route53_record"), QStringLiteral("health_check_path"), 1, foldHealthCheck));
}

} // namespace kumo::tfimport
