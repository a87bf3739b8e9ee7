output "dr_replica_endpoint" {
  description = "Connection endpoint of the database dr-replica"
  value       = aws_db_instance.dr_replica.endpoint
}

output "primary_endpoint" {
  description = "Connection endpoint of the database primary"
  value       = aws_db_instance.primary.endpoint
}

output "primary_master_secret_arn" {
  description = "Secrets Manager secret holding the master credentials of primary"
  value       = aws_secretsmanager_secret.primary_credentials.arn
}
