# A smaller copy of the web and app tiers, ready to take over
resource "aws_vpc" "standby" {
  provider   = aws.standby
  cidr_block = local.networks.standby.cidr
  tags       = { Name = "${var.app_name}-standby" }
}

resource "aws_internet_gateway" "standby" {
  provider = aws.standby
  vpc_id   = aws_vpc.standby.id
}

resource "aws_subnet" "standby" {
  provider          = aws.standby
  for_each          = local.standby_subnets
  vpc_id            = aws_vpc.standby.id
  cidr_block        = each.value.cidr
  availability_zone = each.value.zone
  tags              = { Name = "${var.app_name}-standby-${each.key}" }
}

resource "aws_route_table" "standby_public" {
  provider = aws.standby
  vpc_id   = aws_vpc.standby.id
  route {
    cidr_block = "0.0.0.0/0"
    gateway_id = aws_internet_gateway.standby.id
  }
}

resource "aws_route_table_association" "standby_public" {
  provider       = aws.standby
  for_each       = { for key, s in local.standby_subnets : key => s if s.public }
  subnet_id      = aws_subnet.standby[each.key].id
  route_table_id = aws_route_table.standby_public.id
}

resource "aws_security_group" "standby_app" {
  provider = aws.standby
  name     = "${var.app_name}-standby-app"
  vpc_id   = aws_vpc.standby.id
}

resource "aws_instance" "standby_app" {
  provider               = aws.standby
  count                  = 2
  ami                    = "ami-0a1b2c3d4e5f67890"
  instance_type          = "t3.small"
  subnet_id              = aws_subnet.standby["app-${count.index}"].id
  vpc_security_group_ids = [aws_security_group.standby_app.id]
}
