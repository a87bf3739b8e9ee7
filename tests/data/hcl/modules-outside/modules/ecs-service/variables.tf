variable "name" {}
variable "cluster_id" {}
variable "vpc_id" {}
variable "subnet_ids" {
  type = list(string)
}
variable "public_ids" {
  type = list(string)
}
variable "port" {
  type = number
}
variable "cpu" {
  type    = number
  default = 256
}
variable "image" {}
