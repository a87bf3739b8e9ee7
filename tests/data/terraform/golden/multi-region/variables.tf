variable "primary_password" {
  description = "Master password of the database primary"
  type        = string
  sensitive   = true
}
