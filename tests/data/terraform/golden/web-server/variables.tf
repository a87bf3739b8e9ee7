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
