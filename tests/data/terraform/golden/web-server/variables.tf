variable "name_prefix" {
  description = "Prefix of account-wide and global names (buckets, repositories, IAM, load balancers), so that two stacks can live in one account"
  type        = string
  default     = "kumo"

  validation {
    condition     = can(regex("^[a-z][a-z0-9-]{0,11}$", var.name_prefix))
    error_message = "The prefix is 1 to 12 lowercase letters, digits or hyphens, starting with a letter."
  }
}

variable "key_name" {
  description = "Name of an existing EC2 key pair for SSH to the instances (null: no key pair)"
  type        = string
  default     = null
}

variable "kumo_demo_net_domain" {
  description = "Domain name of the hosted zone kumo-demo.net"
  type        = string
  default     = "kumo-demo.net"
}
