resource "aws_route53_zone" "example_com" {
  name = var.example_com_domain

  tags = {
    Name = "example.com"
  }
}

resource "aws_route53_record" "www" {
  zone_id = aws_route53_zone.example_com.zone_id
  name    = "www.${var.example_com_domain}"
  type    = "A"
  ttl     = 300
  records = ["203.0.113.10"]
}
