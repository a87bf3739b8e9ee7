output "bastion_ip_public_ip" {
  description = "Public address of bastion-ip"
  value       = aws_eip.bastion_ip.public_ip
}

output "api_repository_url" {
  description = "Where to push the images of api"
  value       = aws_ecr_repository.api.repository_url
}

output "edge_alb_dns_name" {
  description = "DNS name of the load balancer edge-alb"
  value       = aws_lb.edge_alb.dns_name
}

output "orders_endpoint" {
  description = "Connection endpoint of the database orders"
  value       = aws_db_instance.orders.endpoint
}

output "orders_master_secret_arn" {
  description = "Secrets Manager secret holding the master credentials of orders"
  value       = aws_secretsmanager_secret.orders_credentials.arn
}

output "orders_read_endpoint" {
  description = "Connection endpoint of the database orders-read"
  value       = aws_db_instance.orders_read.endpoint
}

output "api_cdn_domain_name" {
  description = "Domain name of the distribution api-cdn"
  value       = aws_cloudfront_distribution.api_cdn.domain_name
}

output "assets_cdn_domain_name" {
  description = "Domain name of the distribution assets-cdn"
  value       = aws_cloudfront_distribution.assets_cdn.domain_name
}

output "example_net_name_servers" {
  description = "Name servers to register for example.net at the domain registrar"
  value       = aws_route53_zone.example_net.name_servers
}

output "api_code_clone_url" {
  description = "HTTPS clone URL of api-code"
  value       = aws_codecommit_repository.api_code.clone_url_http
}

output "api_release_upstream_connection_arn" {
  description = "Connection to GitHub: authorise it once in the console (Developer Tools > Settings > Connections), it stays PENDING until then"
  value       = aws_codestarconnections_connection.api_release_upstream.arn
}
