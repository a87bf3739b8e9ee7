resource "aws_ecr_repository" "api" {
  provider = aws.osaka

  name                 = "api"
  image_tag_mutability = "IMMUTABLE"

  image_scanning_configuration {
    scan_on_push = true
  }

  tags = {
    Name = "api"
  }
}

resource "aws_ecs_cluster" "api_cluster" {
  provider = aws.osaka

  name = "api-cluster"

  setting {
    name  = "containerInsights"
    value = "disabled"
  }

  tags = {
    Name = "api-cluster"
  }
}

resource "aws_ecs_task_definition" "api" {
  provider = aws.osaka

  family                   = "api"
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
      ]
    },
    {
      name      = "sidecar"
      image     = "public.ecr.aws/docker/library/busybox:latest"
      essential = false
    },
  ])

  tags = {
    Name = "api"
  }
}

resource "aws_ecs_service" "api" {
  provider = aws.osaka

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

  depends_on = [aws_lb_listener.edge_alb_443, aws_lb_listener.edge_alb_80]

  deployment_controller {
    type = "CODE_DEPLOY"
  }

  tags = {
    Name = "api"
  }
}
