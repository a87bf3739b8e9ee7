# Global resources (IAM, Route 53, CloudFront) use the default provider;
# each regional resource names the provider of its region.
provider "aws" {
  region = "us-east-1"

  default_tags {
    tags = {
      Design    = "Three-tier web application"
      ManagedBy = "Terraform"
    }
  }
}

provider "aws" {
  alias  = "tokyo"
  region = "ap-northeast-1"

  default_tags {
    tags = {
      Design    = "Three-tier web application"
      ManagedBy = "Terraform"
    }
  }
}

provider "aws" {
  alias  = "n_virginia"
  region = "us-east-1"

  default_tags {
    tags = {
      Design    = "Three-tier web application"
      ManagedBy = "Terraform"
    }
  }
}
