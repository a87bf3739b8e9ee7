variable "name_prefix" {
  description = "Prefix of account-wide and global names (buckets, repositories, IAM, load balancers), so that two stacks can live in one account"
  type        = string
  default     = "kumo"

  validation {
    condition     = can(regex("^[a-z][a-z0-9-]{0,11}$", var.name_prefix))
    error_message = "The prefix is 1 to 12 lowercase letters, digits or hyphens, starting with a letter."
  }
}

variable "force_destroy" {
  description = "Let terraform destroy delete buckets and repositories that still hold objects or images (true for a workshop account you want to clean up)"
  type        = bool
  default     = false
}

variable "create_ecs_service_linked_role" {
  description = "Create the ECS service-linked role AWSServiceRoleForECS: true only in an account that has never used ECS (it exists once per account)"
  type        = bool
  default     = false
}

variable "app_db_master_password" {
  description = "Master password of the database app-db (kept in neither the configuration nor the state)"
  type        = string
  sensitive   = true
  ephemeral   = true

  validation {
    condition     = can(regex("^[!#-.0-?A-~]{8,41}$", var.app_db_master_password))
    error_message = "The password needs 8 to 41 characters, without /, @, \" or spaces."
  }
}

variable "kumo_demo_net_domain" {
  description = "Domain name of the hosted zone kumo-demo.net"
  type        = string
  default     = "kumo-demo.net"
}
