resource "aws_vpc" "core" {
  cidr_block           = "10.20.0.0/16"
  enable_dns_support   = true
  enable_dns_hostnames = true

  tags = {
    Name = "core"
  }
}

resource "aws_subnet" "private_a" {
  vpc_id            = aws_vpc.core.id
  cidr_block        = "10.20.10.0/24"
  availability_zone = "ap-northeast-3a"

  tags = {
    Name = "private-a"
  }
}

resource "aws_route_table_association" "private_a" {
  subnet_id      = aws_subnet.private_a.id
  route_table_id = aws_route_table.r_3a_private.id
}

resource "aws_subnet" "public_a" {
  vpc_id                  = aws_vpc.core.id
  cidr_block              = "10.20.0.0/24"
  availability_zone       = "ap-northeast-3a"
  map_public_ip_on_launch = true

  tags = {
    Name = "public-a"
  }
}

resource "aws_route_table_association" "public_a" {
  subnet_id      = aws_subnet.public_a.id
  route_table_id = aws_route_table.core_public.id
}

resource "aws_subnet" "private_b" {
  vpc_id            = aws_vpc.core.id
  cidr_block        = "10.20.11.0/24"
  availability_zone = "ap-northeast-3b"

  tags = {
    Name = "private-b"
  }
}

resource "aws_route_table_association" "private_b" {
  subnet_id      = aws_subnet.private_b.id
  route_table_id = aws_route_table.r_3b_private.id
}

resource "aws_subnet" "public_b" {
  vpc_id                  = aws_vpc.core.id
  cidr_block              = "10.20.1.0/24"
  availability_zone       = "ap-northeast-3b"
  map_public_ip_on_launch = true

  tags = {
    Name = "public-b"
  }
}

resource "aws_route_table_association" "public_b" {
  subnet_id      = aws_subnet.public_b.id
  route_table_id = aws_route_table.core_public.id
}

resource "aws_internet_gateway" "core_igw" {
  vpc_id = aws_vpc.core.id

  tags = {
    Name = "core-igw"
  }
}

resource "aws_route_table" "core_public" {
  vpc_id = aws_vpc.core.id

  route {
    cidr_block = "0.0.0.0/0"
    gateway_id = aws_internet_gateway.core_igw.id
  }

  tags = {
    Name = "core-public"
  }
}

resource "aws_eip" "nat_a" {
  domain = "vpc"

  tags = {
    Name = "nat-a"
  }
}

resource "aws_nat_gateway" "nat_a" {
  allocation_id = aws_eip.nat_a.id
  subnet_id     = aws_subnet.public_a.id

  tags = {
    Name = "nat-a"
  }

  depends_on = [aws_internet_gateway.core_igw]
}

resource "aws_route_table" "r_3a_private" {
  vpc_id = aws_vpc.core.id

  route {
    cidr_block     = "0.0.0.0/0"
    nat_gateway_id = aws_nat_gateway.nat_a.id
  }

  tags = {
    Name = "3a-private"
  }
}

resource "aws_eip" "nat_b" {
  domain = "vpc"

  tags = {
    Name = "nat-b"
  }
}

resource "aws_nat_gateway" "nat_b" {
  allocation_id = aws_eip.nat_b.id
  subnet_id     = aws_subnet.public_b.id

  tags = {
    Name = "nat-b"
  }

  depends_on = [aws_internet_gateway.core_igw]
}

resource "aws_route_table" "r_3b_private" {
  vpc_id = aws_vpc.core.id

  route {
    cidr_block     = "0.0.0.0/0"
    nat_gateway_id = aws_nat_gateway.nat_b.id
  }

  tags = {
    Name = "3b-private"
  }
}

resource "aws_security_group" "app_sg" {
  name        = "app-sg"
  description = "Security group app-sg"
  vpc_id      = aws_vpc.core.id

  tags = {
    Name = "app-sg"
  }
}

resource "aws_vpc_security_group_ingress_rule" "app_sg_ingress_1" {
  security_group_id            = aws_security_group.app_sg.id
  ip_protocol                  = "tcp"
  from_port                    = 8080
  to_port                      = 8080
  referenced_security_group_id = aws_security_group.web_sg.id
}

resource "aws_vpc_security_group_egress_rule" "app_sg_egress_1" {
  security_group_id = aws_security_group.app_sg.id
  ip_protocol       = "-1"
  cidr_ipv4         = "0.0.0.0/0"
}

resource "aws_security_group" "db_sg" {
  name        = "db-sg"
  description = "Security group db-sg"
  vpc_id      = aws_vpc.core.id

  tags = {
    Name = "db-sg"
  }
}

resource "aws_vpc_security_group_ingress_rule" "db_sg_ingress_1" {
  security_group_id            = aws_security_group.db_sg.id
  ip_protocol                  = "tcp"
  from_port                    = 5432
  to_port                      = 5432
  referenced_security_group_id = aws_security_group.app_sg.id
}

resource "aws_vpc_security_group_egress_rule" "db_sg_egress_1" {
  security_group_id = aws_security_group.db_sg.id
  ip_protocol       = "-1"
  cidr_ipv4         = "0.0.0.0/0"
}

resource "aws_security_group" "web_sg" {
  name        = "web-sg"
  description = "Quotes \"here\", a backslash \\ and $${not.a.reference} and %%{ if x }"
  vpc_id      = aws_vpc.core.id

  tags = {
    Name = "web-sg"
  }
}

resource "aws_vpc_security_group_ingress_rule" "web_sg_ingress_1" {
  security_group_id = aws_security_group.web_sg.id
  description       = "HTTP\nfrom anywhere"
  ip_protocol       = "tcp"
  from_port         = 80
  to_port           = 80
  cidr_ipv4         = "0.0.0.0/0"
}

resource "aws_vpc_security_group_ingress_rule" "web_sg_ingress_2" {
  security_group_id = aws_security_group.web_sg.id
  description       = "ping inside"
  ip_protocol       = "icmp"
  from_port         = -1
  to_port           = -1
  cidr_ipv4         = "10.20.0.0/16"
}

resource "aws_vpc_security_group_egress_rule" "web_sg_egress_1" {
  security_group_id = aws_security_group.web_sg.id
  ip_protocol       = "tcp"
  from_port         = 443
  to_port           = 443
  cidr_ipv4         = "0.0.0.0/0"
}

resource "aws_eip" "bastion_ip" {
  domain   = "vpc"
  instance = aws_instance.bastion.id

  tags = {
    Name = "bastion-ip"
  }

  depends_on = [aws_internet_gateway.core_igw]
}
