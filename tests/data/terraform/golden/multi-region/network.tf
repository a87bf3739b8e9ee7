resource "aws_vpc" "oregon_vpc" {
  cidr_block           = "10.1.0.0/16"
  enable_dns_support   = true
  enable_dns_hostnames = true

  tags = {
    Name = "oregon-vpc"
  }
}

resource "aws_vpc" "tokyo_vpc" {
  provider = aws.tokyo

  cidr_block           = "10.0.0.0/16"
  enable_dns_support   = true
  enable_dns_hostnames = true

  tags = {
    Name = "tokyo-vpc"
  }
}

resource "aws_subnet" "oregon_db_a" {
  vpc_id            = aws_vpc.oregon_vpc.id
  cidr_block        = "10.1.1.0/24"
  availability_zone = "us-west-2a"

  tags = {
    Name = "oregon-db-a"
  }
}

resource "aws_subnet" "oregon_db_c" {
  vpc_id            = aws_vpc.oregon_vpc.id
  cidr_block        = "10.1.2.0/24"
  availability_zone = "us-west-2c"

  tags = {
    Name = "oregon-db-c"
  }
}

resource "aws_subnet" "tokyo_db_a" {
  provider = aws.tokyo

  vpc_id            = aws_vpc.tokyo_vpc.id
  cidr_block        = "10.0.1.0/24"
  availability_zone = "ap-northeast-1a"

  tags = {
    Name = "tokyo-db-a"
  }
}

resource "aws_subnet" "tokyo_db_c" {
  provider = aws.tokyo

  vpc_id            = aws_vpc.tokyo_vpc.id
  cidr_block        = "10.0.2.0/24"
  availability_zone = "ap-northeast-1c"

  tags = {
    Name = "tokyo-db-c"
  }
}
