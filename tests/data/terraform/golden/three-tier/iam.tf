resource "aws_iam_role_policy" "api_database_secrets" {
  name = "read-database-secrets-api"
  role = aws_iam_role.ecs_task_execution_role.id
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [
      {
        Effect   = "Allow"
        Action   = "secretsmanager:GetSecretValue"
        Resource = [aws_secretsmanager_secret.app_db_credentials.arn]
      },
    ]
  })
}

resource "aws_iam_role_policy" "api_task_database_secrets" {
  name = "read-database-secrets-api"
  role = aws_iam_role.app_task_role.id
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [
      {
        Effect   = "Allow"
        Action   = "secretsmanager:GetSecretValue"
        Resource = [aws_secretsmanager_secret.app_db_credentials.arn]
      },
    ]
  })
}

resource "aws_iam_role_policy" "web_database_secrets" {
  name = "read-database-secrets-web"
  role = aws_iam_role.ecs_task_execution_role.id
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [
      {
        Effect   = "Allow"
        Action   = "secretsmanager:GetSecretValue"
        Resource = [aws_secretsmanager_secret.app_db_credentials.arn]
      },
    ]
  })
}

resource "aws_iam_role_policy" "web_task_database_secrets" {
  name = "read-database-secrets-web"
  role = aws_iam_role.app_task_role.id
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [
      {
        Effect   = "Allow"
        Action   = "secretsmanager:GetSecretValue"
        Resource = [aws_secretsmanager_secret.app_db_credentials.arn]
      },
    ]
  })
}

resource "aws_iam_service_linked_role" "ecs" {
  count = var.create_ecs_service_linked_role ? 1 : 0

  aws_service_name = "ecs.amazonaws.com"
}

resource "aws_iam_policy" "app_read_static" {
  name        = "${var.name_prefix}-app-read-static"
  description = "Read the static assets bucket"
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [
      {
        Effect   = "Allow"
        Action   = ["s3:GetObject"]
        Resource = ["${aws_s3_bucket.static_assets.arn}/*"]
      },
    ]
  })

  tags = {
    Name = "app-read-static"
  }
}

resource "aws_iam_policy" "build_permissions" {
  name        = "${var.name_prefix}-build-permissions"
  description = "What the build needs: logs, artifacts, and pushing the web image"
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [
      {
        Effect   = "Allow"
        Action   = ["logs:CreateLogGroup", "logs:CreateLogStream", "logs:PutLogEvents"]
        Resource = ["arn:aws:logs:*:*:log-group:/aws/codebuild/*"]
      },
      {
        Effect   = "Allow"
        Action   = ["s3:GetObject", "s3:GetObjectVersion", "s3:PutObject"]
        Resource = ["${aws_s3_bucket.pipeline_artifacts.arn}/*"]
      },
      {
        Effect   = "Allow"
        Action   = ["ecr:GetAuthorizationToken"]
        Resource = ["*"]
      },
      {
        Effect = "Allow"
        Action = [
          "ecr:BatchCheckLayerAvailability",
          "ecr:GetDownloadUrlForLayer",
          "ecr:BatchGetImage",
          "ecr:InitiateLayerUpload",
          "ecr:UploadLayerPart",
          "ecr:CompleteLayerUpload",
          "ecr:PutImage",
        ]
        Resource = [aws_ecr_repository.web.arn]
      },
    ]
  })

  tags = {
    Name = "build-permissions"
  }
}

resource "aws_iam_policy" "developer_read_only" {
  name        = "${var.name_prefix}-developer-read-only"
  description = "Look, don't touch"
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [
      {
        Effect   = "Allow"
        Action   = ["ec2:Describe*", "ecs:Describe*", "ecs:List*", "logs:GetLogEvents"]
        Resource = ["*"]
      },
    ]
  })

  tags = {
    Name = "developer-read-only"
  }
}

resource "aws_iam_policy" "pipeline_permissions" {
  name        = "${var.name_prefix}-pipeline-permissions"
  description = "What the pipeline needs: read the source, start the build, keep artifacts, deploy the web service"
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [
      {
        Effect   = "Allow"
        Action   = ["codestar-connections:UseConnection"]
        Resource = ["*"]
      },
      {
        Effect   = "Allow"
        Action   = ["codebuild:StartBuild", "codebuild:BatchGetBuilds"]
        Resource = [aws_codebuild_project.app_build.arn]
      },
      {
        Effect   = "Allow"
        Action   = ["s3:GetObject", "s3:GetObjectVersion", "s3:PutObject"]
        Resource = ["${aws_s3_bucket.pipeline_artifacts.arn}/*"]
      },
      {
        Effect   = "Allow"
        Action   = ["s3:GetBucketVersioning", "s3:GetBucketLocation"]
        Resource = [aws_s3_bucket.pipeline_artifacts.arn]
      },
      {
        Effect   = "Allow"
        Action   = ["ecs:DescribeServices", "ecs:UpdateService"]
        Resource = [aws_ecs_service.web.id]
      },
      {
        Effect = "Allow"
        Action = [
          "ecs:DescribeTaskDefinition",
          "ecs:RegisterTaskDefinition",
          "ecs:DescribeTasks",
          "ecs:ListTasks",
          "ecs:TagResource",
        ]
        Resource = ["*"]
      },
      {
        Effect   = "Allow"
        Action   = ["iam:PassRole"]
        Resource = [aws_iam_role.ecs_task_execution_role.arn, aws_iam_role.app_task_role.arn]
      },
    ]
  })

  tags = {
    Name = "pipeline-permissions"
  }
}

resource "aws_iam_user" "alice" {
  name = "${var.name_prefix}-alice"

  tags = {
    Name = "alice"
  }
}

resource "aws_iam_user_group_membership" "alice" {
  user   = aws_iam_user.alice.name
  groups = [aws_iam_group.developers.name]
}

resource "aws_iam_group" "developers" {
  name = "${var.name_prefix}-developers"
}

resource "aws_iam_group_policy_attachment" "developers_developer_read_only" {
  group      = aws_iam_group.developers.name
  policy_arn = aws_iam_policy.developer_read_only.arn
}

resource "aws_iam_role" "app_task_role" {
  name = "${var.name_prefix}-app-task-role"
  assume_role_policy = jsonencode({
    Version = "2012-10-17"
    Statement = [
      {
        Effect = "Allow"
        Principal = {
          Service = "ecs-tasks.amazonaws.com"
        }
        Action = "sts:AssumeRole"
      },
    ]
  })

  tags = {
    Name = "app-task-role"
  }
}

resource "aws_iam_role_policy_attachment" "app_task_role_app_read_static" {
  role       = aws_iam_role.app_task_role.name
  policy_arn = aws_iam_policy.app_read_static.arn
}

resource "aws_iam_role" "codebuild_role" {
  name = "${var.name_prefix}-codebuild-role"
  assume_role_policy = jsonencode({
    Version = "2012-10-17"
    Statement = [
      {
        Effect = "Allow"
        Principal = {
          Service = "codebuild.amazonaws.com"
        }
        Action = "sts:AssumeRole"
      },
    ]
  })

  tags = {
    Name = "codebuild-role"
  }
}

resource "aws_iam_role_policy_attachment" "codebuild_role_build_permissions" {
  role       = aws_iam_role.codebuild_role.name
  policy_arn = aws_iam_policy.build_permissions.arn
}

resource "aws_iam_role" "ecs_task_execution_role" {
  name = "${var.name_prefix}-ecs-task-execution-role"
  assume_role_policy = jsonencode({
    Version = "2012-10-17"
    Statement = [
      {
        Effect = "Allow"
        Principal = {
          Service = "ecs-tasks.amazonaws.com"
        }
        Action = "sts:AssumeRole"
      },
    ]
  })

  tags = {
    Name = "ecs-task-execution-role"
  }
}

resource "aws_iam_role_policy_attachment" "ecs_task_execution_role_amazon_ecs_task_execution_role_policy" {
  role       = aws_iam_role.ecs_task_execution_role.name
  policy_arn = "arn:aws:iam::aws:policy/service-role/AmazonECSTaskExecutionRolePolicy"
}

resource "aws_iam_role" "codepipeline_role" {
  name = "${var.name_prefix}-codepipeline-role"
  assume_role_policy = jsonencode({
    Version = "2012-10-17"
    Statement = [
      {
        Effect = "Allow"
        Principal = {
          Service = "codepipeline.amazonaws.com"
        }
        Action = "sts:AssumeRole"
      },
    ]
  })

  tags = {
    Name = "codepipeline-role"
  }
}

resource "aws_iam_role_policy_attachment" "codepipeline_role_pipeline_permissions" {
  role       = aws_iam_role.codepipeline_role.name
  policy_arn = aws_iam_policy.pipeline_permissions.arn
}
