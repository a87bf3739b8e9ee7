terraform {
  required_providers {
    aws = {
      source  = "hashicorp/aws"
      version = ">= 5.0"
    }
  }
}

provider "aws" {
  region = "eu-central-1"
}

locals {
  env = "prod"
  services = {
    api   = { port = 8080, cpu = 512, image = "public.ecr.aws/acme/api:1.4.2" }
    admin = { port = 9090, cpu = 256, image = "public.ecr.aws/acme/admin:0.9.0" }
  }
}

module "network" {
  source = "../../modules/network"

  name       = "shop-${local.env}"
  cidr_block = "172.16.0.0/16"
  zones      = ["eu-central-1a", "eu-central-1b", "eu-central-1c"]
}

resource "aws_ecs_cluster" "main" {
  name = "shop-${local.env}"
}

module "service" {
  source   = "../../modules/ecs-service"
  for_each = local.services

  name        = "${each.key}-${local.env}"
  cluster_id  = aws_ecs_cluster.main.id
  vpc_id      = module.network.vpc_id
  subnet_ids  = module.network.private_subnet_ids
  public_ids  = module.network.public_subnet_ids
  port        = each.value.port
  cpu         = each.value.cpu
  image       = each.value.image
}

resource "aws_s3_bucket" "assets" {
  bucket = "shop-${local.env}-assets"
}
