data "aws_route53_zone" "kumo_demo_net" {
  name         = var.kumo_demo_net_domain
  private_zone = false
}

resource "aws_route53_record" "www" {
  zone_id = data.aws_route53_zone.kumo_demo_net.zone_id
  name    = "www.${var.kumo_demo_net_domain}"
  type    = "A"
  ttl     = 300
  records = [aws_eip.web_ip.public_ip]
}
