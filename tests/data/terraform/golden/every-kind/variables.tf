variable "worker_ami" {
  description = "Machine image (AMI) for worker"
  type        = string
  default     = "ami-0bbbbbbbbbbbbbbbb"
}

variable "bastion_ami" {
  description = "Machine image (AMI) for 踏み台サーバー"
  type        = string
  default     = "ami-0aaaaaaaaaaaaaaaa"
}

variable "key_name" {
  description = "Name of the SSH key pair for the instances"
  type        = string
  default     = "ops-key"
}

variable "example_net_domain" {
  description = "Domain name of the hosted zone example.net"
  type        = string
  default     = "example.net"
}

variable "orders_password" {
  description = "Master password of the database orders"
  type        = string
  sensitive   = true
}

variable "api_release_upstream_connection_arn" {
  description = "ARN of the CodeStar connection to GitHub"
  type        = string
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
