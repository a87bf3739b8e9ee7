// delivery.tf and dns.tf: CloudFront, ACM certificates (with DNS validation), Route 53.
#include "emitters.h"

#include "validation/awsfacts.h"

namespace kumo::tf {

namespace {

const QString kDelivery = QStringLiteral("delivery.tf");
const QString kDns = QStringLiteral("dns.tf");

/// A managed CloudFront policy, looked up by name.
Value managedPolicy(TerraformContext &ctx, const QString &type, const QString &policyName)
{
    const QString name = TerraformNames::snakeCaseWords(policyName.mid(policyName.indexOf(QLatin1Char('-')) + 1));
    if (Block *d = ctx.data(kDelivery, type, name, nullptr))
        d->attribute(QStringLiteral("name"), Value::string(policyName));
    return Value::expression(QStringLiteral("data.") + type + QLatin1Char('.') + name + QStringLiteral(".id"));
}

/// The cache policy of a distribution: managed CachingOptimized for an S3 origin (or a policy
/// of its own when the design asks for another default TTL), CachingDisabled for an application.
Value cachePolicy(TerraformContext &ctx, const Component &cdn, bool s3)
{
    if (!s3)
        return managedPolicy(ctx, QStringLiteral("aws_cloudfront_cache_policy"), QStringLiteral("Managed-CachingDisabled"));
    const qint64 ttl = cdn.intProp("default_ttl", 3600);
    if (ttl == 86400) // CachingOptimized's own default
        return managedPolicy(ctx, QStringLiteral("aws_cloudfront_cache_policy"), QStringLiteral("Managed-CachingOptimized"));
    const QString name = ctx.name(cdn);
    Block &p = ctx.resource(kDelivery, QStringLiteral("aws_cloudfront_cache_policy"), name, cdn);
    p.attribute(QStringLiteral("name"), ctx.prefixed(awsName(cdn, 128 - TerraformContext::kPrefixLength)));
    p.attribute(QStringLiteral("comment"), Value::string(QStringLiteral("Like Managed-CachingOptimized, with the default TTL of %1").arg(cdn.displayName())));
    p.attribute(QStringLiteral("min_ttl"), Value::number(1));
    p.attribute(QStringLiteral("default_ttl"), Value::number(std::max<qint64>(ttl, 1)));
    p.attribute(QStringLiteral("max_ttl"), Value::number(std::max<qint64>(ttl, 31536000)));
    p.blank();
    Block &key = p.block(QStringLiteral("parameters_in_cache_key_and_forwarded_to_origin"));
    key.attribute(QStringLiteral("enable_accept_encoding_brotli"), Value::boolean(true));
    key.attribute(QStringLiteral("enable_accept_encoding_gzip"), Value::boolean(true));
    key.blank();
    key.block(QStringLiteral("cookies_config")).attribute(QStringLiteral("cookie_behavior"), Value::string(QStringLiteral("none")));
    key.blank();
    key.block(QStringLiteral("headers_config")).attribute(QStringLiteral("header_behavior"), Value::string(QStringLiteral("none")));
    key.blank();
    key.block(QStringLiteral("query_strings_config")).attribute(QStringLiteral("query_string_behavior"), Value::string(QStringLiteral("none")));
    return TerraformContext::ref(QStringLiteral("aws_cloudfront_cache_policy"), name, QStringLiteral("id"));
}

void emitDistribution(TerraformContext &ctx, const Component &cdn)
{
    const QString name = ctx.name(cdn);
    const Component *origin = ctx.resolve(cdn.stringProp("origin"), {QStringLiteral("s3_bucket"), QStringLiteral("load_balancer")});
    const bool s3 = origin && origin->kind == QLatin1String("s3_bucket");
    const QString customDomain = origin ? QString() : cdn.stringProp("origin_domain").trimmed(); // a custom origin outside the design
    const QString originId = origin ? awsName(*origin) : customDomain.isEmpty() ? QStringLiteral("origin") : customDomain;
    if (s3) {
        Block &oac = ctx.resource(kDelivery, QStringLiteral("aws_cloudfront_origin_access_control"), name, cdn);
        oac.attribute(QStringLiteral("name"), ctx.prefixed(awsName(cdn, 64 - TerraformContext::kPrefixLength)));
        oac.attribute(QStringLiteral("origin_access_control_origin_type"), Value::string(QStringLiteral("s3")));
        oac.attribute(QStringLiteral("signing_behavior"), Value::string(QStringLiteral("always")));
        oac.attribute(QStringLiteral("signing_protocol"), Value::string(QStringLiteral("sigv4")));
    }

    const Value cachePolicyId = cachePolicy(ctx, cdn, s3);
    Block &b = ctx.resource(kDelivery, QStringLiteral("aws_cloudfront_distribution"), name, cdn);
    b.attribute(QStringLiteral("enabled"), Value::boolean(true));
    b.attribute(QStringLiteral("is_ipv6_enabled"), Value::boolean(true));
    b.attribute(QStringLiteral("comment"), Value::string(cdn.displayName()));
    // a distribution that names no class is served from edges on the main region's continent
    b.attribute(QStringLiteral("price_class"), Value::string(cdn.hasProp("price_class") ? cdn.stringProp("price_class") : aws::priceClassFor(ctx.mainRegion())));
    const QStringList aliases = stringsOf(cdn, "aliases");
    if (!aliases.isEmpty()) {
        std::vector<Value> items;
        for (const QString &a : aliases)
            items.push_back(domainValue(ctx, a));
        b.attribute(QStringLiteral("aliases"), Value::list(std::move(items)));
    }
    if (origin || !customDomain.isEmpty()) {
        b.blank();
        Block &o = b.block(QStringLiteral("origin"));
        o.attribute(QStringLiteral("origin_id"), Value::string(originId));
        if (!origin) {
            o.attribute(QStringLiteral("domain_name"), Value::string(customDomain));
            o.blank();
            Block &custom = o.block(QStringLiteral("custom_origin_config"));
            custom.attribute(QStringLiteral("http_port"), Value::number(80));
            custom.attribute(QStringLiteral("https_port"), Value::number(443));
            custom.attribute(QStringLiteral("origin_protocol_policy"), Value::string(QStringLiteral("https-only")));
            custom.attribute(QStringLiteral("origin_ssl_protocols"), Value::stringList({QStringLiteral("TLSv1.2")}));
        } else if (s3) {
            o.attribute(QStringLiteral("domain_name"), TerraformContext::ref(QStringLiteral("aws_s3_bucket"), ctx.name(*origin), QStringLiteral("bucket_regional_domain_name")));
            o.attribute(QStringLiteral("origin_access_control_id"), TerraformContext::ref(QStringLiteral("aws_cloudfront_origin_access_control"), name, QStringLiteral("id")));
        } else {
            o.attribute(QStringLiteral("domain_name"), TerraformContext::ref(QStringLiteral("aws_lb"), ctx.name(*origin), QStringLiteral("dns_name")));
            o.blank();
            Block &custom = o.block(QStringLiteral("custom_origin_config"));
            custom.attribute(QStringLiteral("http_port"), Value::number(80));
            custom.attribute(QStringLiteral("https_port"), Value::number(443));
            custom.attribute(QStringLiteral("origin_protocol_policy"), Value::string(QStringLiteral("https-only")));
            custom.attribute(QStringLiteral("origin_ssl_protocols"), Value::stringList({QStringLiteral("TLSv1.2")}));
        }
    }
    b.blank();
    Block &cache = b.block(QStringLiteral("default_cache_behavior"));
    cache.attribute(QStringLiteral("target_origin_id"), Value::string(originId));
    cache.attribute(QStringLiteral("viewer_protocol_policy"), Value::string(cdn.stringProp("viewer_protocol_policy")));
    const QStringList readOnly = {QStringLiteral("GET"), QStringLiteral("HEAD")};
    cache.attribute(QStringLiteral("allowed_methods"),
                    Value::stringList(s3 ? readOnly
                                         : QStringList{QStringLiteral("DELETE"), QStringLiteral("GET"), QStringLiteral("HEAD"), QStringLiteral("OPTIONS"),
                                                       QStringLiteral("PATCH"), QStringLiteral("POST"), QStringLiteral("PUT")}));
    cache.attribute(QStringLiteral("cached_methods"), Value::stringList(readOnly));
    cache.attribute(QStringLiteral("compress"), Value::boolean(true));
    cache.attribute(QStringLiteral("cache_policy_id"), cachePolicyId);
    if (origin && !s3) // the application sees the viewer's headers (Host matches the load balancer's certificate), cookies and query
        cache.attribute(QStringLiteral("origin_request_policy_id"), managedPolicy(ctx, QStringLiteral("aws_cloudfront_origin_request_policy"), QStringLiteral("Managed-AllViewer")));
    b.blank();
    b.block(QStringLiteral("restrictions")).block(QStringLiteral("geo_restriction")).attribute(QStringLiteral("restriction_type"), Value::string(QStringLiteral("none")));
    b.blank();
    Block &viewer = b.block(QStringLiteral("viewer_certificate"));
    if (const Component *cert = ctx.resolve(cdn.stringProp("certificate"), {QStringLiteral("acm_certificate")})) {
        viewer.attribute(QStringLiteral("acm_certificate_arn"), certificateArn(ctx, *cert));
        viewer.attribute(QStringLiteral("ssl_support_method"), Value::string(QStringLiteral("sni-only")));
        viewer.attribute(QStringLiteral("minimum_protocol_version"), Value::string(QStringLiteral("TLSv1.2_2021")));
    } else {
        viewer.attribute(QStringLiteral("cloudfront_default_certificate"), Value::boolean(true));
    }
    b.blank().attribute(QStringLiteral("tags"), ctx.nameTag(cdn));
    ctx.output(name + QStringLiteral("_domain_name"), QStringLiteral("Domain name of the distribution %1").arg(cdn.displayName()),
               TerraformContext::ref(QStringLiteral("aws_cloudfront_distribution"), name, QStringLiteral("domain_name")));

    if (s3) {
        // origin access control: the bucket lets this distribution (and nothing else) read it
        const QString bucket = ctx.name(*origin);
        Block &policy = ctx.resource(kDelivery, QStringLiteral("aws_s3_bucket_policy"), bucket + QStringLiteral("_cloudfront"), *origin);
        policy.attribute(QStringLiteral("bucket"), TerraformContext::ref(QStringLiteral("aws_s3_bucket"), bucket, QStringLiteral("id")));
        const Value statement = Value::object({
            {QStringLiteral("Sid"), Value::string(QStringLiteral("AllowCloudFrontRead"))},
            {QStringLiteral("Effect"), Value::string(QStringLiteral("Allow"))},
            {QStringLiteral("Principal"), Value::object({{QStringLiteral("Service"), Value::string(QStringLiteral("cloudfront.amazonaws.com"))}})},
            {QStringLiteral("Action"), Value::string(QStringLiteral("s3:GetObject"))},
            {QStringLiteral("Resource"), Value::templateString(QStringLiteral("${aws_s3_bucket.") + bucket + QStringLiteral(".arn}/*"))},
            {QStringLiteral("Condition"),
             Value::object({{QStringLiteral("StringEquals"),
                             Value::object({{QStringLiteral("AWS:SourceArn"), TerraformContext::ref(QStringLiteral("aws_cloudfront_distribution"), name, QStringLiteral("arn"))}})}})},
        });
        policy.attribute(QStringLiteral("policy"),
                         Value::call(QStringLiteral("jsonencode"), Value::object({{QStringLiteral("Version"), Value::string(QStringLiteral("2012-10-17"))},
                                                                                  {QStringLiteral("Statement"), Value::list({statement})}})));
    }
}

void emitCertificate(TerraformContext &ctx, const Component &cert)
{
    const QString name = ctx.name(cert);
    Block &b = ctx.resource(kDelivery, QStringLiteral("aws_acm_certificate"), name, cert);
    b.attribute(QStringLiteral("domain_name"), domainValue(ctx, cert.stringProp("domain")));
    const QStringList sans = stringsOf(cert, "subject_alternative_names");
    if (!sans.isEmpty()) {
        std::vector<Value> items;
        for (const QString &s : sans)
            items.push_back(domainValue(ctx, s));
        b.attribute(QStringLiteral("subject_alternative_names"), Value::list(std::move(items)));
    }
    b.attribute(QStringLiteral("validation_method"), Value::string(cert.stringProp("validation")));
    b.blank();
    b.block(QStringLiteral("lifecycle")).attribute(QStringLiteral("create_before_destroy"), Value::boolean(true));
    b.blank().attribute(QStringLiteral("tags"), ctx.nameTag(cert));
    if (!validatedInDesign(ctx, cert))
        return;

    // DNS validation records in the design's hosted zone, and a wait for the certificate to be issued
    const Component *zone = zoneFor(ctx, cert.stringProp("domain"));
    const QString records = name + QStringLiteral("_validation");
    Block &r = ctx.resource(kDns, QStringLiteral("aws_route53_record"), records, *zone);
    r.attribute(QStringLiteral("for_each"),
                Value::lines({QStringLiteral("{"),
                              QStringLiteral("  for option in aws_acm_certificate.%1.domain_validation_options : option.domain_name => {").arg(name),
                              QStringLiteral("    name   = option.resource_record_name"),
                              QStringLiteral("    record = option.resource_record_value"),
                              QStringLiteral("    type   = option.resource_record_type"),
                              QStringLiteral("  }"),
                              QStringLiteral("}")}));
    r.blank();
    r.attribute(QStringLiteral("allow_overwrite"), Value::boolean(true));
    r.attribute(QStringLiteral("name"), Value::expression(QStringLiteral("each.value.name")));
    r.attribute(QStringLiteral("records"), Value::list({Value::expression(QStringLiteral("each.value.record"))}));
    r.attribute(QStringLiteral("ttl"), Value::number(60));
    r.attribute(QStringLiteral("type"), Value::expression(QStringLiteral("each.value.type")));
    r.attribute(QStringLiteral("zone_id"), zoneId(ctx, *zone));

    Block &v = ctx.resource(kDelivery, QStringLiteral("aws_acm_certificate_validation"), name, cert);
    if (!zoneLookedUp(*zone)) {
        v.comment(QStringLiteral("%1 is created here: it answers only once its name servers are registered with the").arg(zone->stringProp("domain")));
        v.comment(QStringLiteral("domain's registrar. Apply the zone first (terraform apply -target=aws_route53_zone.%1),").arg(ctx.name(*zone)));
        v.comment(QStringLiteral("delegate the domain to the name servers in the output, then apply the rest."));
    }
    v.attribute(QStringLiteral("certificate_arn"), TerraformContext::ref(QStringLiteral("aws_acm_certificate"), name, QStringLiteral("arn")));
    v.attribute(QStringLiteral("validation_record_fqdns"),
                Value::expression(QStringLiteral("[for record in aws_route53_record.%1 : record.fqdn]").arg(records)));
}

void emitZone(TerraformContext &ctx, const Component &zone)
{
    const QString name = ctx.name(zone);
    if (zoneLookedUp(zone)) {
        // the zone exists (and is delegated): records and certificate validation go into it
        if (Block *d = ctx.data(kDns, QStringLiteral("aws_route53_zone"), name, nullptr)) {
            d->attribute(QStringLiteral("name"), zoneDomain(ctx, zone));
            d->attribute(QStringLiteral("private_zone"), Value::boolean(false));
        }
        return;
    }
    Block &b = ctx.resource(kDns, QStringLiteral("aws_route53_zone"), name, zone);
    b.attribute(QStringLiteral("name"), zone.boolProp("private") ? Value::string(zone.stringProp("domain")) : zoneDomain(ctx, zone));
    if (zone.boolProp("private")) {
        if (const Component *vpc = ctx.resolve(zone.stringProp("vpc"), {QStringLiteral("vpc")})) {
            b.blank();
            b.block(QStringLiteral("vpc")).attribute(QStringLiteral("vpc_id"), TerraformContext::ref(QStringLiteral("aws_vpc"), ctx.name(*vpc), QStringLiteral("id")));
        }
    }
    b.blank().attribute(QStringLiteral("tags"), ctx.nameTag(zone));
    if (!zone.boolProp("private"))
        ctx.output(name + QStringLiteral("_name_servers"), QStringLiteral("Name servers to register for %1 at the domain registrar").arg(zone.displayName()),
                   TerraformContext::ref(QStringLiteral("aws_route53_zone"), name, QStringLiteral("name_servers")));
}

/// The full name of a record, as Route 53 completes it.
QString recordName(const Component &record, const QString &zoneDomain)
{
    QString raw = record.stringProp("name").trimmed().toLower();
    if (raw.isEmpty() || raw == QLatin1String("@"))
        return zoneDomain;
    const bool absolute = raw.endsWith(QLatin1Char('.'));
    while (raw.endsWith(QLatin1Char('.')))
        raw.chop(1);
    if (absolute || raw == zoneDomain || raw.endsWith(QLatin1Char('.') + zoneDomain))
        return raw;
    return raw + QLatin1Char('.') + zoneDomain;
}

void aliasBlock(Block &b, TerraformContext &ctx, const Component &target)
{
    Block &alias = b.block(QStringLiteral("alias"));
    const QString t = ctx.name(target);
    if (target.kind == QLatin1String("load_balancer")) {
        alias.attribute(QStringLiteral("name"), TerraformContext::ref(QStringLiteral("aws_lb"), t, QStringLiteral("dns_name")));
        alias.attribute(QStringLiteral("zone_id"), TerraformContext::ref(QStringLiteral("aws_lb"), t, QStringLiteral("zone_id")));
    } else if (target.kind == QLatin1String("cloudfront_distribution")) {
        alias.attribute(QStringLiteral("name"), TerraformContext::ref(QStringLiteral("aws_cloudfront_distribution"), t, QStringLiteral("domain_name")));
        alias.attribute(QStringLiteral("zone_id"), TerraformContext::ref(QStringLiteral("aws_cloudfront_distribution"), t, QStringLiteral("hosted_zone_id")));
    } else { // an S3 website
        alias.attribute(QStringLiteral("name"), TerraformContext::ref(QStringLiteral("aws_s3_bucket_website_configuration"), t, QStringLiteral("website_domain")));
        alias.attribute(QStringLiteral("zone_id"), TerraformContext::ref(QStringLiteral("aws_s3_bucket"), t, QStringLiteral("hosted_zone_id")));
    }
    alias.attribute(QStringLiteral("evaluate_target_health"), Value::boolean(target.kind == QLatin1String("load_balancer")));
}

/// Values of a plain record: an Elastic IP or instance of the design stands for its public address.
Value recordValues(const TerraformContext &ctx, const Component &record)
{
    std::vector<Value> values;
    const bool address = record.stringProp("type") == QLatin1String("A");
    for (const QString &v : stringsOf(record, "records")) {
        const Component *c = address ? ctx.resolve(v, {QStringLiteral("elastic_ip"), QStringLiteral("ec2_instance")}) : nullptr;
        if (c)
            values.push_back(TerraformContext::ref(c->kind == QLatin1String("elastic_ip") ? QStringLiteral("aws_eip") : QStringLiteral("aws_instance"), ctx.name(*c),
                                 QStringLiteral("public_ip")));
        else
            values.push_back(Value::string(v));
    }
    return Value::list(std::move(values));
}

/// True when the zone already holds an AAAA record of the same name.
bool hasAaaaTwin(const TerraformContext &ctx, const Component &zone, const Component &record, const QString &domain)
{
    const QString fqdn = recordName(record, domain);
    for (const QString &id : ctx.design().children(zone.id)) {
        const Component *other = ctx.resolve(id, {QStringLiteral("route53_record")});
        if (other && other->stringProp("type") == QLatin1String("AAAA") && recordName(*other, domain) == fqdn)
            return true;
    }
    return false;
}

void emitRecord(TerraformContext &ctx, const Component &record)
{
    const Component *zone = ctx.resolve(record.parent, {QStringLiteral("route53_zone")});
    if (!zone)
        return;
    const QString name = ctx.name(record);
    QString domain = zone->stringProp("domain").trimmed().toLower();
    while (domain.endsWith(QLatin1Char('.')))
        domain.chop(1);
    const QString fqdn = recordName(record, domain);
    const QString policy = record.stringProp("routing_policy");
    const QString healthPath = record.stringProp("health_check_path");
    if (!healthPath.isEmpty()) {
        Block &h = ctx.resource(kDns, QStringLiteral("aws_route53_health_check"), name, record);
        h.attribute(QStringLiteral("fqdn"), domainValue(ctx, fqdn));
        h.attribute(QStringLiteral("port"), Value::number(443));
        h.attribute(QStringLiteral("type"), Value::string(QStringLiteral("HTTPS")));
        h.attribute(QStringLiteral("resource_path"), Value::string(healthPath));
        h.attribute(QStringLiteral("failure_threshold"), Value::number(3));
        h.attribute(QStringLiteral("request_interval"), Value::number(30));
        h.blank().attribute(QStringLiteral("tags"), ctx.nameTag(record));
    }

    Block &b = ctx.resource(kDns, QStringLiteral("aws_route53_record"), name, record);
    b.attribute(QStringLiteral("zone_id"), zoneId(ctx, *zone));
    b.attribute(QStringLiteral("name"), zone->boolProp("private") ? Value::string(fqdn) : domainValue(ctx, fqdn));
    b.attribute(QStringLiteral("type"), Value::string(record.stringProp("type")));
    const Component *target = ctx.resolve(record.stringProp("alias_target"),
                                          {QStringLiteral("load_balancer"), QStringLiteral("cloudfront_distribution"), QStringLiteral("s3_bucket")});
    if (!target) {
        b.attribute(QStringLiteral("ttl"), Value::number(record.intProp("ttl", 300)));
        b.attribute(QStringLiteral("records"), recordValues(ctx, record));
    }
    if (policy != QLatin1String("simple")) {
        const QString identifier = record.stringProp("set_identifier");
        b.attribute(QStringLiteral("set_identifier"), Value::string(identifier.isEmpty() ? record.id : identifier));
    }
    if (!healthPath.isEmpty())
        b.attribute(QStringLiteral("health_check_id"), TerraformContext::ref(QStringLiteral("aws_route53_health_check"), name, QStringLiteral("id")));
    if (target) {
        b.blank();
        aliasBlock(b, ctx, *target);
    }
    // CloudFront answers on IPv6 too: an AAAA alias beside the A alias (unless the design has one)
    const bool ipv6Twin = target && target->kind == QLatin1String("cloudfront_distribution") && record.stringProp("type") == QLatin1String("A")
                          && policy == QLatin1String("simple") && healthPath.isEmpty() && !hasAaaaTwin(ctx, *zone, record, domain);
    if (ipv6Twin) {
        Block &six = ctx.resource(kDns, QStringLiteral("aws_route53_record"), name + QStringLiteral("_ipv6"), record);
        six.attribute(QStringLiteral("zone_id"), zoneId(ctx, *zone));
        six.attribute(QStringLiteral("name"), zone->boolProp("private") ? Value::string(fqdn) : domainValue(ctx, fqdn));
        six.attribute(QStringLiteral("type"), Value::string(QStringLiteral("AAAA")));
        six.blank();
        aliasBlock(six, ctx, *target);
    }
    if (policy == QLatin1String("weighted")) {
        b.blank();
        b.block(QStringLiteral("weighted_routing_policy")).attribute(QStringLiteral("weight"), Value::number(record.intProp("weight", 1)));
    } else if (policy == QLatin1String("latency")) {
        QString region = target ? ctx.regionOf(*target) : QString();
        if (region.isEmpty())
            region = QStringLiteral("us-east-1");
        b.blank();
        b.block(QStringLiteral("latency_routing_policy")).attribute(QStringLiteral("region"), Value::string(region));
    } else if (policy == QLatin1String("failover")) {
        // the first record of a name is the primary, the others its fallbacks
        bool first = true;
        for (const QString &id : ctx.design().children(zone->id)) {
            const Component *other = ctx.resolve(id, {QStringLiteral("route53_record")});
            if (other && recordName(*other, domain) == fqdn && other->stringProp("routing_policy") == QLatin1String("failover")) {
                first = other == &record;
                break;
            }
        }
        b.blank();
        b.block(QStringLiteral("failover_routing_policy")).attribute(QStringLiteral("type"), Value::string(first ? QStringLiteral("PRIMARY") : QStringLiteral("SECONDARY")));
    }
}

} // namespace

void addDeliveryEmitters(EmitterTable &table)
{
    table.insert(QStringLiteral("cloudfront_distribution"), emitDistribution);
    table.insert(QStringLiteral("acm_certificate"), emitCertificate);
    table.insert(QStringLiteral("route53_zone"), emitZone);
    table.insert(QStringLiteral("route53_record"), emitRecord);
}

} // namespace kumo::tf
