variable "app_db_password" {
  description = "Master password of the database app-db"
  type        = string
  sensitive   = true
}

variable "example_com_domain" {
  description = "Domain name of the hosted zone example.com"
  type        = string
  default     = "example.com"
}
