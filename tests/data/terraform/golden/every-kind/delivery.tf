data "aws_cloudfront_cache_policy" "caching_disabled" {
  name = "Managed-CachingDisabled"
}

data "aws_cloudfront_origin_request_policy" "all_viewer" {
  name = "Managed-AllViewer"
}

resource "aws_cloudfront_distribution" "api_cdn" {
  enabled         = true
  is_ipv6_enabled = true
  comment         = "api-cdn"
  price_class     = "PriceClass_200"

  origin {
    origin_id   = "edge-alb"
    domain_name = aws_lb.edge_alb.dns_name

    custom_origin_config {
      http_port              = 80
      https_port             = 443
      origin_protocol_policy = "https-only"
      origin_ssl_protocols   = ["TLSv1.2"]
    }
  }

  default_cache_behavior {
    target_origin_id         = "edge-alb"
    viewer_protocol_policy   = "https-only"
    allowed_methods          = ["DELETE", "GET", "HEAD", "OPTIONS", "PATCH", "POST", "PUT"]
    cached_methods           = ["GET", "HEAD"]
    compress                 = true
    cache_policy_id          = data.aws_cloudfront_cache_policy.caching_disabled.id
    origin_request_policy_id = data.aws_cloudfront_origin_request_policy.all_viewer.id
  }

  restrictions {
    geo_restriction {
      restriction_type = "none"
    }
  }

  viewer_certificate {
    cloudfront_default_certificate = true
  }

  tags = {
    Name = "api-cdn"
  }
}

resource "aws_cloudfront_origin_access_control" "assets_cdn" {
  name                              = "${var.name_prefix}-assets-cdn"
  origin_access_control_origin_type = "s3"
  signing_behavior                  = "always"
  signing_protocol                  = "sigv4"
}

resource "aws_cloudfront_cache_policy" "assets_cdn" {
  name        = "${var.name_prefix}-assets-cdn"
  comment     = "Like Managed-CachingOptimized, with the default TTL of assets-cdn"
  min_ttl     = 1
  default_ttl = 600
  max_ttl     = 31536000

  parameters_in_cache_key_and_forwarded_to_origin {
    enable_accept_encoding_brotli = true
    enable_accept_encoding_gzip   = true

    cookies_config {
      cookie_behavior = "none"
    }

    headers_config {
      header_behavior = "none"
    }

    query_strings_config {
      query_string_behavior = "none"
    }
  }
}

resource "aws_cloudfront_distribution" "assets_cdn" {
  enabled         = true
  is_ipv6_enabled = true
  comment         = "assets-cdn"
  price_class     = "PriceClass_All"
  aliases         = ["cdn.${var.example_net_domain}"]

  origin {
    origin_id                = "assets"
    domain_name              = aws_s3_bucket.assets.bucket_regional_domain_name
    origin_access_control_id = aws_cloudfront_origin_access_control.assets_cdn.id
  }

  default_cache_behavior {
    target_origin_id       = "assets"
    viewer_protocol_policy = "redirect-to-https"
    allowed_methods        = ["GET", "HEAD"]
    cached_methods         = ["GET", "HEAD"]
    compress               = true
    cache_policy_id        = aws_cloudfront_cache_policy.assets_cdn.id
  }

  restrictions {
    geo_restriction {
      restriction_type = "none"
    }
  }

  viewer_certificate {
    acm_certificate_arn      = aws_acm_certificate_validation.global_cert.certificate_arn
    ssl_support_method       = "sni-only"
    minimum_protocol_version = "TLSv1.2_2021"
  }

  tags = {
    Name = "assets-cdn"
  }
}

resource "aws_s3_bucket_policy" "assets_cloudfront" {
  bucket = aws_s3_bucket.assets.id
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [
      {
        Sid    = "AllowCloudFrontRead"
        Effect = "Allow"
        Principal = {
          Service = "cloudfront.amazonaws.com"
        }
        Action   = "s3:GetObject"
        Resource = "${aws_s3_bucket.assets.arn}/*"
        Condition = {
          StringEquals = {
            "AWS:SourceArn" = aws_cloudfront_distribution.assets_cdn.arn
          }
        }
      },
    ]
  })
}

resource "aws_acm_certificate" "api_cert" {
  domain_name               = "api.${var.example_net_domain}"
  subject_alternative_names = ["admin.${var.example_net_domain}"]
  validation_method         = "DNS"

  lifecycle {
    create_before_destroy = true
  }

  tags = {
    Name = "api-cert"
  }
}

resource "aws_acm_certificate_validation" "api_cert" {
  # example.net is created here: it answers only once its name servers are registered with the
  # domain's registrar. Apply the zone first (terraform apply -target=aws_route53_zone.example_net),
  # delegate the domain to the name servers in the output, then apply the rest.
  certificate_arn         = aws_acm_certificate.api_cert.arn
  validation_record_fqdns = [for record in aws_route53_record.api_cert_validation : record.fqdn]
}

resource "aws_acm_certificate" "email_cert" {
  domain_name       = "mail.other.org"
  validation_method = "EMAIL"

  lifecycle {
    create_before_destroy = true
  }

  tags = {
    Name = "email-cert"
  }
}

resource "aws_acm_certificate" "global_cert" {
  provider = aws.virginia

  domain_name       = "*.${var.example_net_domain}"
  validation_method = "DNS"

  lifecycle {
    create_before_destroy = true
  }

  tags = {
    Name = "global-cert"
  }
}

resource "aws_acm_certificate_validation" "global_cert" {
  provider = aws.virginia

  # example.net is created here: it answers only once its name servers are registered with the
  # domain's registrar. Apply the zone first (terraform apply -target=aws_route53_zone.example_net),
  # delegate the domain to the name servers in the output, then apply the rest.
  certificate_arn         = aws_acm_certificate.global_cert.arn
  validation_record_fqdns = [for record in aws_route53_record.global_cert_validation : record.fqdn]
}
