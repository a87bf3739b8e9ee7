output "web_repository_url" {
  description = "Where to push the images of web"
  value       = aws_ecr_repository.web.repository_url
}

output "web_alb_dns_name" {
  description = "DNS name of the load balancer web-alb"
  value       = aws_lb.web_alb.dns_name
}

output "app_db_endpoint" {
  description = "Connection endpoint of the database app-db"
  value       = aws_db_instance.app_db.endpoint
}

output "app_db_master_secret_arn" {
  description = "Secrets Manager secret holding the master credentials of app-db"
  value       = aws_secretsmanager_secret.app_db_credentials.arn
}

output "app_db_replica_endpoint" {
  description = "Connection endpoint of the database app-db-replica"
  value       = aws_db_instance.app_db_replica.endpoint
}

output "static_cdn_domain_name" {
  description = "Domain name of the distribution static-cdn"
  value       = aws_cloudfront_distribution.static_cdn.domain_name
}

output "app_release_source_connection_arn" {
  description = "Connection to GitHub: authorise it once in the console (Developer Tools > Settings > Connections), it stays PENDING until then"
  value       = aws_codestarconnections_connection.app_release_source.arn
}
