terraform {
  required_version = ">= 1.11.0"

  required_providers {
    aws = {
      source  = "hashicorp/aws"
      version = "~> 6.0"
    }
  }

  # Keep the state in S3 when more than one person applies this configuration:
  # backend "s3" {
  #   bucket       = "my-terraform-state"
  #   key          = "kumo/terraform.tfstate"
  #   region       = "ap-northeast-1"
  #   use_lockfile = true
  # }
}
