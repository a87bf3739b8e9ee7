# The default provider is the main region (the one with most components); global
# resources (IAM, Route 53, CloudFront) use it too. Resources of the other regions
# name the provider of their region.
provider "aws" {
  region = "ap-northeast-3"

  default_tags {
    tags = {
      Design    = "Every kind and escapes"
      ManagedBy = "Terraform"
    }
  }
}

provider "aws" {
  alias  = "virginia"
  region = "us-east-1"

  default_tags {
    tags = {
      Design    = "Every kind and escapes"
      ManagedBy = "Terraform"
    }
  }
}
