# Global resources (IAM, Route 53, CloudFront) use the default provider;
# each regional resource names the provider of its region.
provider "aws" {
  region = "us-west-2"

  default_tags {
    tags = {
      Design    = "Two regions"
      ManagedBy = "Terraform"
    }
  }
}

provider "aws" {
  alias  = "oregon"
  region = "us-west-2"

  default_tags {
    tags = {
      Design    = "Two regions"
      ManagedBy = "Terraform"
    }
  }
}

provider "aws" {
  alias  = "tokyo"
  region = "ap-northeast-1"

  default_tags {
    tags = {
      Design    = "Two regions"
      ManagedBy = "Terraform"
    }
  }
}
