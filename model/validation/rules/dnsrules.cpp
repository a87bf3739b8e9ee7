// Delivery, DNS and certificates: CloudFront, ACM and Route 53.
#include "rulehelpers.h"
#include "rulesets.h"
#include "ruletext.h"

#include "validation/validationcontext.h"

#include <QHash>

namespace kumo::rules {

namespace {

QString normalizedDomain(QString name)
{
    name = name.trimmed().toLower();
    while (name.endsWith(QLatin1Char('.')))
        name.chop(1);
    return name;
}

bool isInside(const QString &name, const QString &zone)
{
    return name == zone || name.endsWith(QLatin1Char('.') + zone);
}

/// Top-level domains a relative record name would hardly end with: a name ending with one of
/// them was meant as a full name.
bool endsWithCommonTld(const QString &name)
{
    static const QStringList tlds = {QStringLiteral("com"), QStringLiteral("net"), QStringLiteral("org"), QStringLiteral("io"),
                                     QStringLiteral("jp"), QStringLiteral("dev"), QStringLiteral("app"), QStringLiteral("co"),
                                     QStringLiteral("info"), QStringLiteral("biz"), QStringLiteral("cloud"), QStringLiteral("edu"),
                                     QStringLiteral("gov"), QStringLiteral("uk"), QStringLiteral("de"), QStringLiteral("cn")};
    return name.contains(QLatin1Char('.')) && tlds.contains(name.section(QLatin1Char('.'), -1));
}

/// The fully qualified name of a record, the way Route 53 and Terraform complete it.
QString recordFqdn(const Component &record, const QString &zone)
{
    const QString raw = record.stringProp("name").trimmed();
    if (raw.isEmpty() || raw == QLatin1String("@"))
        return zone;
    const QString name = normalizedDomain(raw);
    if (raw.endsWith(QLatin1Char('.')) || isInside(name, zone) || zone.isEmpty())
        return name;
    return name + QLatin1Char('.') + zone;
}

QString zoneDomainOf(const ValidationContext &ctx, const Component &record)
{
    const Component *zone = ctx.resolve(record.parent, {kZone});
    return zone ? normalizedDomain(zone->stringProp("domain")) : QString();
}

void checkOrigin(const ValidationContext &ctx, FindingSink &sink)
{
    for (const Component *cdn : ctx.ofKind(kCdn)) {
        const QString origin = cdn->stringProp("origin");
        if (origin.isEmpty() && !cdn->stringProp("origin_domain").trimmed().isEmpty())
            continue; // a custom origin outside the design, by its domain name
        if (origin.isEmpty()) {
            sink.report({cdn->id}, msg("distribution %1 has no origin").arg(cdn->displayName()));
            continue;
        }
        const Component *target = ctx.component(origin);
        if (!target)
            sink.report({cdn->id}, msg("distribution %1 names origin '%2', which is not in the design").arg(cdn->displayName(), origin));
        else if (target->kind != QLatin1String("s3_bucket") && target->kind != kLb)
            sink.report({cdn->id, target->id}, msg("distribution %1 uses %2 %3 as origin; an origin is an S3 bucket or a load balancer")
                                                   .arg(cdn->displayName(), kindName(target->kind), target->displayName()));
    }
}

void checkCertificateRegion(const ValidationContext &ctx, FindingSink &sink)
{
    for (const Component *cdn : ctx.ofKind(kCdn)) {
        const Component *cert = ctx.resolve(cdn->stringProp("certificate"), {kCert});
        if (!cert)
            continue;
        const QString region = regionCodeOf(ctx, *cert);
        if (!region.isEmpty() && region != QLatin1String("us-east-1"))
            sink.report({cdn->id, cert->id}, msg("distribution %1 uses certificate %2 from %3; CloudFront only accepts certificates from us-east-1")
                                                 .arg(cdn->displayName(), cert->displayName(), region));
    }
}

bool certificateCovers(const Component &cert, const QString &name)
{
    QStringList domains = {cert.stringProp("domain")};
    const nlohmann::json sans = cert.prop("subject_alternative_names");
    if (sans.is_array()) {
        for (const auto &s : sans) {
            if (s.is_string())
                domains << toQString(s);
        }
    }
    for (const QString &raw : domains) {
        const QString domain = normalizedDomain(raw);
        if (domain == name)
            return true;
        if (domain.startsWith(QStringLiteral("*.")) && name.endsWith(domain.mid(1))
            && !name.left(name.size() - domain.size() + 1).contains(QLatin1Char('.')))
            return true;
    }
    return false;
}

void checkDomainMismatch(const ValidationContext &ctx, FindingSink &sink)
{
    // names served through each load balancer and distribution by alias records
    QHash<QString, QStringList> aliasNames;
    for (const Component *r : ctx.ofKind(kRecord)) {
        const QString target = r->stringProp("alias_target");
        if (!target.isEmpty())
            aliasNames[target] << recordFqdn(*r, zoneDomainOf(ctx, *r));
    }
    QHash<QString, QStringList> servedByCert;
    for (const Component *lb : ctx.ofKind(kLb)) {
        const nlohmann::json listeners = lb->prop("listeners");
        if (!listeners.is_array())
            continue;
        for (const nlohmann::json &l : listeners) {
            const auto cert = l.find("certificate");
            if (cert == l.end() || !cert->is_string())
                continue;
            QStringList &names = servedByCert[toQString(*cert)];
            names += aliasNames.value(lb->id);
            const auto rules = l.find("rules");
            if (rules != l.end() && rules->is_array()) {
                for (const nlohmann::json &rule : *rules) {
                    const auto host = rule.find("host_header");
                    if (host != rule.end() && host->is_string() && !host->get<std::string>().empty())
                        names << normalizedDomain(toQString(*host));
                }
            }
        }
    }
    for (const Component *cdn : ctx.ofKind(kCdn)) {
        const QString cert = cdn->stringProp("certificate");
        if (cert.isEmpty())
            continue;
        QStringList &names = servedByCert[cert];
        names += aliasNames.value(cdn->id);
        const nlohmann::json aliases = cdn->prop("aliases");
        if (aliases.is_array()) {
            for (const auto &a : aliases) {
                if (a.is_string())
                    names << normalizedDomain(toQString(a));
            }
        }
    }
    for (const Component *cert : ctx.ofKind(kCert)) {
        QStringList names = servedByCert.value(cert->id);
        names.removeDuplicates();
        names.removeAll(QString());
        if (names.isEmpty())
            continue;
        bool covered = false;
        for (const QString &n : names)
            covered = covered || certificateCovers(*cert, n);
        if (!covered)
            sink.report({cert->id}, msg("certificate %1 for %2 covers none of the names served with it: %3")
                                        .arg(cert->displayName(), cert->stringProp("domain"), names.join(QStringLiteral(", "))));
    }
}

void checkOutsideZone(const ValidationContext &ctx, FindingSink &sink)
{
    for (const Component *r : ctx.ofKind(kRecord)) {
        const QString zone = zoneDomainOf(ctx, *r);
        const QString raw = r->stringProp("name").trimmed();
        if (zone.isEmpty() || raw.isEmpty() || raw == QLatin1String("@"))
            continue;
        const QString name = normalizedDomain(raw);
        const bool meantAsFull = raw.endsWith(QLatin1Char('.')) || endsWithCommonTld(name);
        if (meantAsFull && !isInside(name, zone))
            sink.report({r->id, r->parent}, msg("record %1 is not inside zone %2").arg(name, zone));
    }
}

void checkAliasTarget(const ValidationContext &ctx, FindingSink &sink)
{
    for (const Component *r : ctx.ofKind(kRecord)) {
        const QString alias = r->stringProp("alias_target");
        const QStringList records = [&] {
            QStringList values;
            const nlohmann::json v = r->prop("records");
            if (v.is_array()) {
                for (const auto &s : v) {
                    if (s.is_string() && !s.get<std::string>().empty())
                        values << toQString(s);
                }
            }
            return values;
        }();
        if (!alias.isEmpty()) {
            if (!ctx.resolve(alias, {kLb, kCdn, QStringLiteral("s3_bucket")}))
                sink.report({r->id}, msg("record %1 is an alias of '%2', which is not a load balancer, distribution or bucket of the design")
                                         .arg(r->displayName(), alias));
        } else if (records.isEmpty()) {
            sink.report({r->id}, msg("record %1 has neither an alias target nor values").arg(r->displayName()));
        }
    }
}

void checkCnameApex(const ValidationContext &ctx, FindingSink &sink)
{
    for (const Component *r : ctx.ofKind(kRecord)) {
        if (r->stringProp("type") != QLatin1String("CNAME"))
            continue;
        const QString zone = zoneDomainOf(ctx, *r);
        if (!zone.isEmpty() && recordFqdn(*r, zone) == zone)
            sink.report({r->id}, msg("record %1 is a CNAME at the apex of zone %2").arg(r->displayName(), zone));
    }
}

/// True for domains reserved for documentation and testing (RFC 2606, RFC 6761, JPRS).
bool isReservedDomain(const QString &domain)
{
    static const QStringList names = {QStringLiteral("example.com"), QStringLiteral("example.net"), QStringLiteral("example.org"),
                                      QStringLiteral("example.jp")};
    static const QStringList topLevel = {QStringLiteral("example"), QStringLiteral("test"), QStringLiteral("invalid"), QStringLiteral("localhost")};
    for (const QString &n : names) {
        if (isInside(domain, n))
            return true;
    }
    return topLevel.contains(domain.section(QLatin1Char('.'), -1));
}

void checkReservedDomain(const ValidationContext &ctx, FindingSink &sink)
{
    for (const Component *zone : ctx.ofKind(kZone)) {
        if (zone->boolProp("private"))
            continue; // private zones may use any name
        const QString domain = normalizedDomain(zone->stringProp("domain"));
        if (!domain.isEmpty() && isReservedDomain(domain))
            sink.report({zone->id}, msg("hosted zone %1 uses the reserved domain %2, which Route 53 refuses to host").arg(zone->displayName(), domain));
    }
}

} // namespace

std::vector<Rule> dnsRules()
{
    return {
        {QStringLiteral("cloudfront.origin"), Severity::Error, KUMO_RULE_TEXT("Distribution without a usable origin"),
         KUMO_RULE_TEXT("CloudFront caches content at edge locations around the world, but it fetches that content from an "
                        "origin: here an S3 bucket (for static files) or a load balancer (for the application), or a "
                        "custom origin outside the design named by its domain. A distribution without one has nothing "
                        "to deliver, and Terraform cannot create it (the provider requires an origin)."),
         {kCdn, QStringLiteral("s3_bucket"), kLb}, checkOrigin},
        {QStringLiteral("cloudfront.certificate-region"), Severity::Error, KUMO_RULE_TEXT("CloudFront certificate outside us-east-1"),
         KUMO_RULE_TEXT("CloudFront is a global service and only uses ACM certificates requested in US East (N. Virginia), "
                        "us-east-1, whatever region the rest of the system runs in. Request a second certificate for the "
                        "same names in us-east-1 for the distribution; the load balancer keeps its own regional one."),
         {kCdn, kCert, QStringLiteral("region")}, checkCertificateRegion},
        {QStringLiteral("acm.domain-mismatch"), Severity::Warning, KUMO_RULE_TEXT("Certificate for other names"),
         KUMO_RULE_TEXT("Browsers accept a TLS certificate only for the names it lists (its domain and subject alternative "
                        "names; *.example.com covers one level, such as www.example.com but not example.com). A "
                        "certificate that covers none of the names users reach it by produces certificate errors. Add the "
                        "names as alternative names, or use a wildcard."),
         {kCert, kLb, kCdn, kRecord, kZone}, checkDomainMismatch},
        {QStringLiteral("route53.outside-zone"), Severity::Error, KUMO_RULE_TEXT("Record outside its zone"),
         KUMO_RULE_TEXT("A hosted zone answers only for its own domain and the names under it: the zone example.com can "
                        "hold www.example.com and api.example.com, not www.example.org. Write names relative to the "
                        "zone (www) or in full inside it, and create another zone for another domain."),
         {kRecord, kZone}, checkOutsideZone},
        {QStringLiteral("route53.alias-target"), Severity::Error, KUMO_RULE_TEXT("Record without a target"),
         KUMO_RULE_TEXT("A DNS record maps a name to something: plain values (addresses for A, a name for CNAME) or, as a "
                        "Route 53 alias, an AWS resource such as a load balancer or CloudFront distribution whose "
                        "addresses Route 53 looks up itself. A record needs one of the two, and an alias must point to a "
                        "resource of the design."),
         {kRecord, kLb, kCdn, QStringLiteral("s3_bucket")}, checkAliasTarget},
        {QStringLiteral("route53.cname-apex"), Severity::Error, KUMO_RULE_TEXT("CNAME at the zone apex"),
         KUMO_RULE_TEXT("The apex of a zone (example.com itself) must hold the zone's SOA and NS records, and DNS forbids a "
                        "CNAME next to any other record. Use an A record as an alias to the load balancer or distribution "
                        "instead: Route 53 aliases work at the apex and cost nothing per query."),
         {kRecord, kZone}, checkCnameApex},
        {QStringLiteral("route53.reserved-domain"), Severity::Warning, KUMO_RULE_TEXT("Reserved domain in a hosted zone"),
         KUMO_RULE_TEXT("Some names are reserved for documentation and tests and belong to nobody: example.com, example.net, "
                        "example.org, example.jp, and everything under .example, .test, .invalid and .localhost. They "
                        "are fine on a drawing, but nobody can register them, and Route 53 refuses to create a public "
                        "hosted zone for them. Before deploying, put a domain you own in the zone (and in the certificates "
                        "and records that use it)."),
         {kZone}, checkReservedDomain},
    };
}

} // namespace kumo::rules
