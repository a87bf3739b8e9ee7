resource "aws_vpc" "primary" {
  cidr_block           = local.networks.primary.cidr
  enable_dns_hostnames = true
  tags                 = { Name = "${var.app_name}-primary" }
}

resource "aws_internet_gateway" "primary" {
  vpc_id = aws_vpc.primary.id
}

resource "aws_subnet" "primary" {
  for_each                = local.primary_subnets
  vpc_id                  = aws_vpc.primary.id
  cidr_block              = each.value.cidr
  availability_zone       = each.value.zone
  map_public_ip_on_launch = each.value.public
  tags                    = { Name = "${var.app_name}-${each.key}", Tier = each.value.tier }
}

resource "aws_eip" "nat" {
  domain = "vpc"
}

resource "aws_nat_gateway" "primary" {
  allocation_id = aws_eip.nat.id
  subnet_id     = aws_subnet.primary["web-0"].id
  depends_on    = [aws_internet_gateway.primary]
}

resource "aws_route_table" "primary_public" {
  vpc_id = aws_vpc.primary.id
  route {
    cidr_block = "0.0.0.0/0"
    gateway_id = aws_internet_gateway.primary.id
  }
}

resource "aws_route_table" "primary_private" {
  vpc_id = aws_vpc.primary.id
  route {
    cidr_block     = "0.0.0.0/0"
    nat_gateway_id = aws_nat_gateway.primary.id
  }
}

resource "aws_route_table_association" "primary" {
  for_each       = aws_subnet.primary
  subnet_id      = each.value.id
  route_table_id = local.primary_subnets[each.key].public ? aws_route_table.primary_public.id : aws_route_table.primary_private.id
}

resource "aws_security_group" "alb" {
  name   = "${var.app_name}-alb"
  vpc_id = aws_vpc.primary.id
  ingress {
    from_port   = 443
    to_port     = 443
    protocol    = "tcp"
    cidr_blocks = ["0.0.0.0/0"]
  }
  egress {
    from_port   = 0
    to_port     = 0
    protocol    = "-1"
    cidr_blocks = ["0.0.0.0/0"]
  }
}

resource "aws_security_group" "app" {
  name   = "${var.app_name}-app"
  vpc_id = aws_vpc.primary.id
  ingress {
    from_port       = 8080
    to_port         = 8080
    protocol        = "tcp"
    security_groups = [aws_security_group.alb.id]
  }
}

resource "aws_security_group" "db" {
  name   = "${var.app_name}-db"
  vpc_id = aws_vpc.primary.id
  ingress {
    from_port       = 5432
    to_port         = 5432
    protocol        = "tcp"
    security_groups = [aws_security_group.app.id]
  }
}

resource "aws_lb" "web" {
  name               = "${var.app_name}-web"
  load_balancer_type = "application"
  security_groups    = [aws_security_group.alb.id]
  subnets            = [for key, subnet in aws_subnet.primary : subnet.id if local.primary_subnets[key].public]
}

resource "aws_lb_target_group" "app" {
  name     = "${var.app_name}-app"
  port     = 8080
  protocol = "HTTP"
  vpc_id   = aws_vpc.primary.id
}

resource "aws_acm_certificate" "web" {
  domain_name       = "orders.example.com"
  validation_method = "DNS"
}

resource "aws_lb_listener" "https" {
  load_balancer_arn = aws_lb.web.arn
  port              = 443
  protocol          = "HTTPS"
  certificate_arn   = aws_acm_certificate.web.arn
  default_action {
    type             = "forward"
    target_group_arn = aws_lb_target_group.app.arn
  }
}

resource "aws_instance" "app" {
  for_each               = { for key, s in local.primary_subnets : key => s if s.tier == "app" }
  ami                    = "ami-0c55b159cbfafe1f0"
  instance_type          = var.app_instance_type
  subnet_id              = aws_subnet.primary[each.key].id
  vpc_security_group_ids = [aws_security_group.app.id]
  tags                   = { Name = "${var.app_name}-app-${each.key}" }
}

resource "aws_lb_target_group_attachment" "app" {
  for_each         = aws_instance.app
  target_group_arn = aws_lb_target_group.app.arn
  target_id        = each.value.id
  port             = 8080
}

resource "aws_db_subnet_group" "primary" {
  name       = "${var.app_name}-db"
  subnet_ids = [for key, s in aws_subnet.primary : s.id if startswith(key, "data-")]
}

resource "aws_db_instance" "orders" {
  identifier             = "${var.app_name}-db"
  engine                 = "postgres"
  engine_version         = "16.3"
  instance_class         = "db.r6g.large"
  allocated_storage      = 100
  username               = "orders"
  password               = var.db_password
  multi_az               = true
  db_subnet_group_name   = aws_db_subnet_group.primary.name
  vpc_security_group_ids = [aws_security_group.db.id]
  skip_final_snapshot    = false
}
