data "aws_route53_zone" "kumo_shop_org" {
  name         = var.kumo_shop_org_domain
  private_zone = false
}

resource "aws_route53_record" "api_cert_validation" {
  for_each = {
    for option in aws_acm_certificate.api_cert.domain_validation_options : option.domain_name => {
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
  zone_id         = aws_route53_zone.example_net.zone_id
}

resource "aws_route53_record" "global_cert_validation" {
  for_each = {
    for option in aws_acm_certificate.global_cert.domain_validation_options : option.domain_name => {
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
  zone_id         = aws_route53_zone.example_net.zone_id
}

resource "aws_route53_zone" "internal" {
  name = "core.internal"

  vpc {
    vpc_id = aws_vpc.core.id
  }

  tags = {
    Name = "internal"
  }
}

resource "aws_route53_zone" "example_net" {
  name = var.example_net_domain

  tags = {
    Name = "example.net"
  }
}

resource "aws_route53_record" "db" {
  zone_id = aws_route53_zone.internal.zone_id
  name    = "db.core.internal"
  type    = "CNAME"
  ttl     = 300
  records = ["orders.cluster.local"]
}

resource "aws_route53_record" "shop_direct" {
  zone_id = data.aws_route53_zone.kumo_shop_org.zone_id
  name    = "direct.${var.kumo_shop_org_domain}"
  type    = "A"
  ttl     = 60
  records = [aws_instance.bastion.public_ip, "192.0.2.7"]
}

resource "aws_route53_record" "shop_www" {
  zone_id = data.aws_route53_zone.kumo_shop_org.zone_id
  name    = "www.${var.kumo_shop_org_domain}"
  type    = "A"
  ttl     = 300
  records = [aws_eip.bastion_ip.public_ip]
}

resource "aws_route53_record" "apex" {
  zone_id = aws_route53_zone.example_net.zone_id
  name    = var.example_net_domain
  type    = "A"

  alias {
    name                   = aws_cloudfront_distribution.assets_cdn.domain_name
    zone_id                = aws_cloudfront_distribution.assets_cdn.hosted_zone_id
    evaluate_target_health = false
  }
}

resource "aws_route53_record" "apex_ipv6" {
  zone_id = aws_route53_zone.example_net.zone_id
  name    = var.example_net_domain
  type    = "AAAA"

  alias {
    name                   = aws_cloudfront_distribution.assets_cdn.domain_name
    zone_id                = aws_cloudfront_distribution.assets_cdn.hosted_zone_id
    evaluate_target_health = false
  }
}

resource "aws_route53_health_check" "api_blue" {
  fqdn              = "api.${var.example_net_domain}"
  port              = 443
  type              = "HTTPS"
  resource_path     = "/healthz"
  failure_threshold = 3
  request_interval  = 30

  tags = {
    Name = "api-blue"
  }
}

resource "aws_route53_record" "api_blue" {
  zone_id         = aws_route53_zone.example_net.zone_id
  name            = "api.${var.example_net_domain}"
  type            = "A"
  set_identifier  = "blue"
  health_check_id = aws_route53_health_check.api_blue.id

  alias {
    name                   = aws_lb.edge_alb.dns_name
    zone_id                = aws_lb.edge_alb.zone_id
    evaluate_target_health = true
  }

  weighted_routing_policy {
    weight = 90
  }
}

resource "aws_route53_record" "api_failover" {
  zone_id        = aws_route53_zone.example_net.zone_id
  name           = "status.${var.example_net_domain}"
  type           = "A"
  set_identifier = "primary"

  alias {
    name                   = aws_lb.edge_alb.dns_name
    zone_id                = aws_lb.edge_alb.zone_id
    evaluate_target_health = true
  }

  failover_routing_policy {
    type = "PRIMARY"
  }
}

resource "aws_route53_record" "api_latency" {
  zone_id        = aws_route53_zone.example_net.zone_id
  name           = "fast.${var.example_net_domain}"
  type           = "A"
  set_identifier = "osaka"

  alias {
    name                   = aws_cloudfront_distribution.api_cdn.domain_name
    zone_id                = aws_cloudfront_distribution.api_cdn.hosted_zone_id
    evaluate_target_health = false
  }

  latency_routing_policy {
    region = "us-east-1"
  }
}

resource "aws_route53_record" "mx" {
  zone_id = aws_route53_zone.example_net.zone_id
  name    = var.example_net_domain
  type    = "MX"
  ttl     = 300
  records = ["10 mail.example.net"]
}

resource "aws_route53_record" "www" {
  zone_id = aws_route53_zone.example_net.zone_id
  name    = "www.${var.example_net_domain}"
  type    = "A"

  alias {
    name                   = aws_s3_bucket_website_configuration.site.website_domain
    zone_id                = aws_s3_bucket.site.hosted_zone_id
    evaluate_target_health = false
  }
}

resource "aws_route53_record" "spf" {
  zone_id = aws_route53_zone.example_net.zone_id
  name    = var.example_net_domain
  type    = "TXT"
  ttl     = 3600
  records = ["v=spf1 include:_spf.example.net ~all"]
}
