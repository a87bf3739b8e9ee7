resource "aws_vpc" "workshop" {
  cidr_block           = "10.0.0.0/16"
  enable_dns_support   = true
  enable_dns_hostnames = true

  tags = {
    Name = "workshop"
  }
}

resource "aws_subnet" "public_a" {
  vpc_id                  = aws_vpc.workshop.id
  cidr_block              = "10.0.1.0/24"
  availability_zone       = "ap-northeast-1a"
  map_public_ip_on_launch = true

  tags = {
    Name = "public-a"
  }
}

resource "aws_route_table_association" "public_a" {
  subnet_id      = aws_subnet.public_a.id
  route_table_id = aws_route_table.workshop_public.id
}

resource "aws_internet_gateway" "workshop_igw" {
  vpc_id = aws_vpc.workshop.id

  tags = {
    Name = "workshop-igw"
  }
}

resource "aws_route_table" "workshop_public" {
  vpc_id = aws_vpc.workshop.id

  route {
    cidr_block = "0.0.0.0/0"
    gateway_id = aws_internet_gateway.workshop_igw.id
  }

  tags = {
    Name = "workshop-public"
  }
}

resource "aws_security_group" "web_sg" {
  name        = "web-sg"
  description = "HTTP from anywhere, SSH from the office"
  vpc_id      = aws_vpc.workshop.id

  tags = {
    Name = "web-sg"
  }
}

resource "aws_vpc_security_group_ingress_rule" "web_sg_ingress_1" {
  security_group_id = aws_security_group.web_sg.id
  description       = "HTTP"
  ip_protocol       = "tcp"
  from_port         = 80
  to_port           = 80
  cidr_ipv4         = "0.0.0.0/0"
}

resource "aws_vpc_security_group_ingress_rule" "web_sg_ingress_2" {
  security_group_id = aws_security_group.web_sg.id
  description       = "SSH from the office network"
  ip_protocol       = "tcp"
  from_port         = 22
  to_port           = 22
  cidr_ipv4         = "203.0.113.0/24"
}

resource "aws_vpc_security_group_egress_rule" "web_sg_egress_1" {
  security_group_id = aws_security_group.web_sg.id
  ip_protocol       = "-1"
  cidr_ipv4         = "0.0.0.0/0"
}

resource "aws_eip" "web_ip" {
  domain   = "vpc"
  instance = aws_instance.web_server.id

  tags = {
    Name = "web-ip"
  }

  depends_on = [aws_internet_gateway.workshop_igw]
}
