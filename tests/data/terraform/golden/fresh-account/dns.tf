data "aws_route53_zone" "kumo_demo_net" {
  name         = var.kumo_demo_net_domain
  private_zone = false
}

resource "aws_route53_record" "app_cert_validation" {
  for_each = {
    for option in aws_acm_certificate.app_cert.domain_validation_options : option.domain_name => {
      name   = option.resource_record_name
      record = option.resource_record_value
      type   = option.resource_record_type
    }
  }

  allow_overwrite = true
  name            = each.value.name
  records         = [each.value.record]
  ttl             = 60
  type            = each.value.type
  zone_id         = data.aws_route53_zone.kumo_demo_net.zone_id
}

resource "aws_route53_record" "cdn_cert_validation" {
  for_each = {
    for option in aws_acm_certificate.cdn_cert.domain_validation_options : option.domain_name => {
      name   = option.resource_record_name
      record = option.resource_record_value
      type   = option.resource_record_type
    }
  }

  allow_overwrite = true
  name            = each.value.name
  records         = [each.value.record]
  ttl             = 60
  type            = each.value.type
  zone_id         = data.aws_route53_zone.kumo_demo_net.zone_id
}

resource "aws_route53_record" "app" {
  zone_id = data.aws_route53_zone.kumo_demo_net.zone_id
  name    = "app.${var.kumo_demo_net_domain}"
  type    = "A"

  alias {
    name                   = aws_lb.web_alb.dns_name
    zone_id                = aws_lb.web_alb.zone_id
    evaluate_target_health = true
  }
}

resource "aws_route53_record" "static" {
  zone_id = data.aws_route53_zone.kumo_demo_net.zone_id
  name    = "static.${var.kumo_demo_net_domain}"
  type    = "A"

  alias {
    name                   = aws_cloudfront_distribution.static_cdn.domain_name
    zone_id                = aws_cloudfront_distribution.static_cdn.hosted_zone_id
    evaluate_target_health = false
  }
}

resource "aws_route53_record" "static_ipv6" {
  zone_id = data.aws_route53_zone.kumo_demo_net.zone_id
  name    = "static.${var.kumo_demo_net_domain}"
  type    = "AAAA"

  alias {
    name                   = aws_cloudfront_distribution.static_cdn.domain_name
    zone_id                = aws_cloudfront_distribution.static_cdn.hosted_zone_id
    evaluate_target_health = false
  }
}
