variable "name_prefix" {
  description = "Prefix of account-wide and global names (buckets, repositories, IAM, load balancers), so that two stacks can live in one account"
  type        = string
  default     = "kumo"

  validation {
    condition     = can(regex("^[a-z][a-z0-9-]{0,11}$", var.name_prefix))
    error_message = "The prefix is 1 to 12 lowercase letters, digits or hyphens, starting with a letter."
  }
}

variable "ami" {
  description = "Machine image (AMI) for the instances"
  type        = string
  default     = "ami-0c3fd0f5d33134a76"
}

variable "key_name" {
  description = "Name of an existing EC2 key pair for SSH to the instances (null: no key pair)"
  type        = string
  default     = null
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

variable "example_net_domain" {
  description = "Domain name of the hosted zone example.net"
  type        = string
  default     = "example.net"
}

variable "orders_master_password" {
  description = "Master password of the database orders (kept in neither the configuration nor the state)"
  type        = string
  sensitive   = true
  ephemeral   = true

  validation {
    condition     = can(regex("^[!#-.0-?A-~]{8,41}$", var.orders_master_password))
    error_message = "The password needs 8 to 41 characters, without /, @, \" or spaces."
  }
}

variable "kumo_shop_org_domain" {
  description = "Domain name of the hosted zone kumo-shop.org"
  type        = string
  default     = "kumo-shop.org"
}

variable "api_release_upstream_repository" {
  description = "GitHub repository as owner/name"
  type        = string
}

variable "api_release_test_project" {
  description = "Jenkins project of the action"
  type        = string
}

variable "api_release_notify_function" {
  description = "Lambda function the pipeline invokes"
  type        = string
}

variable "api_release_workflow_state_machine_arn" {
  description = "State machine the pipeline starts"
  type        = string
}
