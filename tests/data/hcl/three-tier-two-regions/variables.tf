variable "primary_region" {
  type    = string
  default = "us-east-1"
}

variable "standby_region" {
  type    = string
  default = "us-west-2"
}

variable "app_name" {
  type        = string
  description = "Short name used in every resource name"
  default     = "orders"
}

variable "app_instance_type" {
  type    = string
  default = "t3.small"
}

variable "db_password" {
  type      = string
  sensitive = true
}
