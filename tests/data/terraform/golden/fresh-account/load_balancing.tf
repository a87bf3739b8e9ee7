resource "aws_lb" "web_alb" {
  name                       = "${var.name_prefix}-web-alb"
  internal                   = false
  load_balancer_type         = "application"
  drop_invalid_header_fields = true
  security_groups            = [aws_security_group.alb_sg.id]
  subnets                    = [aws_subnet.public_a.id, aws_subnet.public_c.id]

  tags = {
    Name = "web-alb"
  }
}

resource "aws_lb_listener" "web_alb_443" {
  load_balancer_arn = aws_lb.web_alb.arn
  port              = 443
  protocol          = "HTTPS"
  ssl_policy        = "ELBSecurityPolicy-TLS13-1-2-2021-06"
  certificate_arn   = aws_acm_certificate_validation.app_cert.certificate_arn

  default_action {
    type             = "forward"
    target_group_arn = aws_lb_target_group.web_tg.arn
  }

  lifecycle {
    ignore_changes = [default_action]
  }
}

resource "aws_lb_listener_rule" "web_alb_443_rule_1" {
  listener_arn = aws_lb_listener.web_alb_443.arn
  priority     = 10

  action {
    type             = "forward"
    target_group_arn = aws_lb_target_group.api_tg.arn
  }

  condition {
    path_pattern {
      values = ["/api/*"]
    }
  }
}

resource "aws_lb_listener" "web_alb_80" {
  load_balancer_arn = aws_lb.web_alb.arn
  port              = 80
  protocol          = "HTTP"

  default_action {
    type = "redirect"

    redirect {
      port        = "443"
      protocol    = "HTTPS"
      status_code = "HTTP_301"
    }
  }
}

resource "aws_lb_target_group" "api_tg" {
  name        = "${var.name_prefix}-api-tg"
  port        = 8081
  protocol    = "HTTP"
  target_type = "ip"
  vpc_id      = aws_vpc.main.id

  health_check {
    path              = "/api/health"
    interval          = 30
    healthy_threshold = 3
    matcher           = "200-399"
  }

  tags = {
    Name = "api-tg"
  }
}

resource "aws_lb_target_group" "web_tg" {
  name        = "${var.name_prefix}-web-tg"
  port        = 8080
  protocol    = "HTTP"
  target_type = "ip"
  vpc_id      = aws_vpc.main.id

  health_check {
    path              = "/health"
    interval          = 30
    healthy_threshold = 3
    matcher           = "200-399"
  }

  tags = {
    Name = "web-tg blue"
  }
}

resource "aws_lb_target_group" "web_tg_green" {
  name        = "${var.name_prefix}-web-tg-green"
  port        = 8080
  protocol    = "HTTP"
  target_type = "ip"
  vpc_id      = aws_vpc.main.id

  health_check {
    path              = "/health"
    interval          = 30
    healthy_threshold = 3
    matcher           = "200-399"
  }

  tags = {
    Name = "web-tg green"
  }
}
