data "aws_region" "current" {}

resource "aws_ecr_repository" "web" {
  name                 = "${var.name_prefix}-web"
  image_tag_mutability = "IMMUTABLE"
  force_delete         = var.force_destroy

  image_scanning_configuration {
    scan_on_push = true
  }

  tags = {
    Name = "web"
  }
}

resource "aws_ecs_cluster" "app_cluster" {
  name = "${var.name_prefix}-app-cluster"

  setting {
    name  = "containerInsights"
    value = "enabled"
  }

  tags = {
    Name = "app-cluster"
  }
}

resource "aws_cloudwatch_log_group" "api" {
  name              = "/ecs/${var.name_prefix}-api"
  retention_in_days = 30

  tags = {
    Name = "api"
  }
}

resource "aws_ecs_task_definition" "api" {
  family                   = "${var.name_prefix}-api"
  requires_compatibilities = ["FARGATE"]
  network_mode             = "awsvpc"
  cpu                      = "256"
  memory                   = "512"
  execution_role_arn       = aws_iam_role.ecs_task_execution_role.arn
  task_role_arn            = aws_iam_role.app_task_role.arn

  container_definitions = jsonencode([
    {
      name      = "api"
      image     = "${aws_ecr_repository.web.repository_url}:api-1.0.0"
      essential = true
      portMappings = [
        {
          containerPort = 8081
          hostPort      = 8081
          protocol      = "tcp"
        },
      ]
      environment = [
        {
          name  = "DB_HOST"
          value = aws_db_instance.app_db.address
        },
        {
          name  = "DB_PORT"
          value = tostring(aws_db_instance.app_db.port)
        },
        {
          name  = "DB_SECRET_ARN"
          value = aws_secretsmanager_secret.app_db_credentials.arn
        },
      ]
      secrets = [
        {
          name      = "DB_USERNAME"
          valueFrom = "${aws_secretsmanager_secret.app_db_credentials.arn}:username::"
        },
        {
          name      = "DB_PASSWORD"
          valueFrom = "${aws_secretsmanager_secret.app_db_credentials.arn}:password::"
        },
      ]
      logConfiguration = {
        logDriver = "awslogs"
        options = {
          awslogs-group         = aws_cloudwatch_log_group.api.name
          awslogs-region        = data.aws_region.current.region
          awslogs-stream-prefix = "api"
        }
      }
    },
  ])

  tags = {
    Name = "api"
  }
}

resource "aws_cloudwatch_log_group" "web" {
  name              = "/ecs/${var.name_prefix}-web"
  retention_in_days = 30

  tags = {
    Name = "web"
  }
}

resource "aws_ecs_task_definition" "web" {
  family                   = "${var.name_prefix}-web"
  requires_compatibilities = ["FARGATE"]
  network_mode             = "awsvpc"
  cpu                      = "512"
  memory                   = "1024"
  execution_role_arn       = aws_iam_role.ecs_task_execution_role.arn
  task_role_arn            = aws_iam_role.app_task_role.arn

  container_definitions = jsonencode([
    {
      name      = "web"
      image     = "${aws_ecr_repository.web.repository_url}:1.0.0"
      essential = true
      portMappings = [
        {
          containerPort = 8080
          hostPort      = 8080
          protocol      = "tcp"
        },
      ]
      environment = [
        {
          name  = "APP_ENV"
          value = "production"
        },
        {
          name  = "DB_HOST"
          value = aws_db_instance.app_db.address
        },
        {
          name  = "DB_PORT"
          value = tostring(aws_db_instance.app_db.port)
        },
        {
          name  = "DB_SECRET_ARN"
          value = aws_secretsmanager_secret.app_db_credentials.arn
        },
      ]
      secrets = [
        {
          name      = "DB_USERNAME"
          valueFrom = "${aws_secretsmanager_secret.app_db_credentials.arn}:username::"
        },
        {
          name      = "DB_PASSWORD"
          valueFrom = "${aws_secretsmanager_secret.app_db_credentials.arn}:password::"
        },
      ]
      logConfiguration = {
        logDriver = "awslogs"
        options = {
          awslogs-group         = aws_cloudwatch_log_group.web.name
          awslogs-region        = data.aws_region.current.region
          awslogs-stream-prefix = "web"
        }
      }
    },
  ])

  tags = {
    Name = "web"
  }
}

resource "aws_ecs_service" "api" {
  name            = "api"
  cluster         = aws_ecs_cluster.app_cluster.id
  task_definition = aws_ecs_task_definition.api.arn
  desired_count   = 2
  launch_type     = "FARGATE"

  network_configuration {
    subnets          = [aws_subnet.app_a.id, aws_subnet.app_c.id]
    security_groups  = [aws_security_group.app_sg.id]
    assign_public_ip = false
  }

  load_balancer {
    target_group_arn = aws_lb_target_group.api_tg.arn
    container_name   = "api"
    container_port   = 8081
  }

  tags = {
    Name = "api"
  }

  depends_on = [
    aws_lb_listener_rule.web_alb_443_rule_1,
    aws_iam_role_policy_attachment.ecs_task_execution_role_amazon_ecs_task_execution_role_policy,
    aws_iam_role_policy_attachment.app_task_role_app_read_static,
    aws_iam_role_policy.api_database_secrets,
    aws_iam_role_policy.api_task_database_secrets,
    aws_iam_service_linked_role.ecs,
  ]
}

resource "aws_ecs_service" "web" {
  name            = "web"
  cluster         = aws_ecs_cluster.app_cluster.id
  task_definition = aws_ecs_task_definition.web.arn
  desired_count   = 2
  launch_type     = "FARGATE"

  network_configuration {
    subnets          = [aws_subnet.app_a.id, aws_subnet.app_c.id]
    security_groups  = [aws_security_group.app_sg.id]
    assign_public_ip = false
  }

  load_balancer {
    target_group_arn = aws_lb_target_group.web_tg.arn
    container_name   = "web"
    container_port   = 8080
  }

  tags = {
    Name = "web"
  }

  depends_on = [
    aws_lb_listener.web_alb_443,
    aws_iam_role_policy_attachment.ecs_task_execution_role_amazon_ecs_task_execution_role_policy,
    aws_iam_role_policy_attachment.app_task_role_app_read_static,
    aws_iam_role_policy.web_database_secrets,
    aws_iam_role_policy.web_task_database_secrets,
    aws_iam_service_linked_role.ecs,
  ]

  lifecycle {
    ignore_changes = [task_definition]
  }
}
