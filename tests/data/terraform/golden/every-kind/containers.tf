data "aws_region" "current" {}

resource "aws_ecr_repository" "api" {
  name                 = "${var.name_prefix}-api"
  image_tag_mutability = "IMMUTABLE"
  force_delete         = var.force_destroy

  image_scanning_configuration {
    scan_on_push = true
  }

  tags = {
    Name = "api"
  }
}

resource "aws_ecs_cluster" "api_cluster" {
  name = "${var.name_prefix}-api-cluster"

  setting {
    name  = "containerInsights"
    value = "disabled"
  }

  tags = {
    Name = "api-cluster"
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
  cpu                      = "1024"
  memory                   = "2048"
  execution_role_arn       = aws_iam_role.api_task_exec.arn
  task_role_arn            = aws_iam_role.api_task.arn

  container_definitions = jsonencode([
    {
      name      = "api"
      image     = "${aws_ecr_repository.api.repository_url}:v2"
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
          name  = "GREETING"
          value = "say \"hi\" $${name}"
        },
        {
          name  = "PATH_STYLE"
          value = "C:\\temp"
        },
        {
          name  = "DB_HOST"
          value = aws_db_instance.orders_read.address
        },
        {
          name  = "DB_PORT"
          value = tostring(aws_db_instance.orders_read.port)
        },
        {
          name  = "DB_SECRET_ARN"
          value = aws_secretsmanager_secret.orders_credentials.arn
        },
      ]
      secrets = [
        {
          name      = "DB_USERNAME"
          valueFrom = "${aws_secretsmanager_secret.orders_credentials.arn}:username::"
        },
        {
          name      = "DB_PASSWORD"
          valueFrom = "${aws_secretsmanager_secret.orders_credentials.arn}:password::"
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
    {
      name      = "sidecar"
      image     = "public.ecr.aws/docker/library/busybox:latest"
      essential = false
      logConfiguration = {
        logDriver = "awslogs"
        options = {
          awslogs-group         = aws_cloudwatch_log_group.api.name
          awslogs-region        = data.aws_region.current.region
          awslogs-stream-prefix = "sidecar"
        }
      }
    },
  ])

  tags = {
    Name = "api"
  }
}

resource "aws_ecs_service" "batch" {
  name            = "batch"
  cluster         = aws_ecs_cluster.api_cluster.id
  task_definition = aws_ecs_task_definition.api.arn
  desired_count   = 1
  launch_type     = "FARGATE"

  network_configuration {
    subnets          = [aws_subnet.private_a.id, aws_subnet.private_b.id]
    security_groups  = [aws_security_group.app_sg.id]
    assign_public_ip = false
  }

  tags = {
    Name = "batch"
  }

  depends_on = [
    aws_iam_role_policy_attachment.api_task_exec_amazon_ecs_task_execution_role_policy,
    aws_iam_role_policy_attachment.api_task_read_assets,
    aws_iam_role_policy.api_database_secrets,
    aws_iam_role_policy.api_task_database_secrets,
    aws_iam_service_linked_role.ecs,
  ]

  lifecycle {
    ignore_changes = [task_definition]
  }
}

resource "aws_ecs_service" "api" {
  name            = "api"
  cluster         = aws_ecs_cluster.api_cluster.id
  task_definition = aws_ecs_task_definition.api.arn
  desired_count   = 3
  launch_type     = "FARGATE"

  network_configuration {
    subnets          = [aws_subnet.private_a.id, aws_subnet.private_b.id]
    security_groups  = [aws_security_group.app_sg.id]
    assign_public_ip = false
  }

  load_balancer {
    target_group_arn = aws_lb_target_group.api_tg.arn
    container_name   = "api"
    container_port   = 8080
  }

  deployment_controller {
    type = "CODE_DEPLOY"
  }

  tags = {
    Name = "api"
  }

  depends_on = [
    aws_lb_listener.edge_alb_443,
    aws_iam_role_policy_attachment.api_task_exec_amazon_ecs_task_execution_role_policy,
    aws_iam_role_policy_attachment.api_task_read_assets,
    aws_iam_role_policy.api_database_secrets,
    aws_iam_role_policy.api_task_database_secrets,
    aws_iam_service_linked_role.ecs,
  ]

  lifecycle {
    ignore_changes = [task_definition, load_balancer]
  }
}
