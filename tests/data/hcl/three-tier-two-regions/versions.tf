terraform {
  required_version = ">= 1.5"
  required_providers {
    aws = {
      source  = "hashicorp/aws"
      version = "~> 5.40"
    }
  }
}

provider "aws" {
  region = var.primary_region
  default_tags {
    tags = local.common_tags
  }
}

# the warm standby lives in a second region
provider "aws" {
  alias  = "standby"
  region = var.standby_region
}
