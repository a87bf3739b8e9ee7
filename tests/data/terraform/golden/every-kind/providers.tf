# Global resources (IAM, Route 53, CloudFront) use the default provider;
# each regional resource names the provider of its region.
provider "aws" {
  region = "us-east-1"

  default_tags {
    tags = {
      Design    = "Every kind \"and\" $${escapes}"
      ManagedBy = "Terraform"
    }
  }
}

provider "aws" {
  alias  = "osaka"
  region = "ap-northeast-3"

  default_tags {
    tags = {
      Design    = "Every kind \"and\" $${escapes}"
      ManagedBy = "Terraform"
    }
  }
}

provider "aws" {
  alias  = "virginia"
  region = "us-east-1"

  default_tags {
    tags = {
      Design    = "Every kind \"and\" $${escapes}"
      ManagedBy = "Terraform"
    }
  }
}
