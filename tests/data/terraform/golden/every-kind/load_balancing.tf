resource "aws_lb" "edge_alb" {
  name                       = "${var.name_prefix}-edge-alb"
  internal                   = false
  load_balancer_type         = "application"
  drop_invalid_header_fields = true
  security_groups            = [aws_security_group.web_sg.id]
  subnets                    = [aws_subnet.public_a.id, aws_subnet.public_b.id]

  tags = {
    Name = "edge-alb"
  }
}

resource "aws_lb_listener" "edge_alb_443" {
  load_balancer_arn = aws_lb.edge_alb.arn
  port              = 443
  protocol          = "HTTPS"
  ssl_policy        = "ELBSecurityPolicy-TLS13-1-2-2021-06"
  certificate_arn   = aws_acm_certificate_validation.api_cert.certificate_arn

  default_action {
    type             = "forward"
    target_group_arn = aws_lb_target_group.api_tg.arn
  }

  lifecycle {
    ignore_changes = [default_action]
  }
}

resource "aws_lb_listener_rule" "edge_alb_443_rule_1" {
  listener_arn = aws_lb_listener.edge_alb_443.arn
  priority     = 5

  action {
    type             = "forward"
    target_group_arn = aws_lb_target_group.legacy_tg.arn
  }

  condition {
    host_header {
      values = ["admin.${var.example_net_domain}"]
    }
  }
}

resource "aws_lb_listener_rule" "edge_alb_443_rule_2" {
  listener_arn = aws_lb_listener.edge_alb_443.arn
  priority     = 10

  action {
    type             = "forward"
    target_group_arn = aws_lb_target_group.legacy_tg.arn
  }

  condition {
    path_pattern {
      values = ["/legacy/*"]
    }
  }

  condition {
    host_header {
      values = ["api.${var.example_net_domain}"]
    }
  }
}

resource "aws_lb_listener" "edge_alb_80" {
  load_balancer_arn = aws_lb.edge_alb.arn
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
  port        = 8080
  protocol    = "HTTP"
  target_type = "ip"
  vpc_id      = aws_vpc.core.id

  health_check {
    path              = "/healthz"
    interval          = 15
    healthy_threshold = 2
    matcher           = "200-399"
  }

  tags = {
    Name = "api-tg blue"
  }
}

resource "aws_lb_target_group" "api_tg_green" {
  name        = "${var.name_prefix}-api-tg-green"
  port        = 8080
  protocol    = "HTTP"
  target_type = "ip"
  vpc_id      = aws_vpc.core.id

  health_check {
    path              = "/healthz"
    interval          = 15
    healthy_threshold = 2
    matcher           = "200-399"
  }

  tags = {
    Name = "api-tg green"
  }
}

resource "aws_lb_target_group" "legacy_tg" {
  name        = "${var.name_prefix}-legacy-tg"
  port        = 80
  protocol    = "HTTP"
  target_type = "instance"
  vpc_id      = aws_vpc.core.id

  health_check {
    path              = "/"
    interval          = 30
    healthy_threshold = 3
    matcher           = "200-399"
  }

  tags = {
    Name = "legacy-tg"
  }
}

resource "aws_lb_target_group_attachment" "legacy_tg_worker" {
  target_group_arn = aws_lb_target_group.legacy_tg.arn
  target_id        = aws_instance.worker.id
  port             = 80
}

resource "aws_lb_target_group_attachment" "legacy_tg_worker_2" {
  target_group_arn = aws_lb_target_group.legacy_tg.arn
  target_id        = aws_instance.worker_2.id
  port             = 80
}
