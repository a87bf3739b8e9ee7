provider "aws" {
  region = "ap-northeast-1"

  default_tags {
    tags = {
      Design    = "Single web server"
      ManagedBy = "Terraform"
    }
  }
}
