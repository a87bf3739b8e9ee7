variable "ami" {
  description = "Machine image (AMI) for the instances"
  type        = string
  default     = "ami-0abcdef1234567890"
}

variable "key_name" {
  description = "Name of the SSH key pair for the instances"
  type        = string
  default     = "workshop-key"
}

variable "example_com_domain" {
  description = "Domain name of the hosted zone example.com"
  type        = string
  default     = "example.com"
}
