resource "aws_iam_policy" "app_read_static" {
  name        = "app-read-static"
  description = "Read the static assets bucket"
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [
      {
        Effect   = "Allow"
        Action   = ["s3:GetObject"]
        Resource = ["arn:aws:s3:::kumo-example-static-assets/*"]
      },
    ]
  })

  tags = {
    Name = "app-read-static"
  }
}

resource "aws_iam_policy" "developer_read_only" {
  name        = "developer-read-only"
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

resource "aws_iam_policy" "ecs_task_execution" {
  name        = "ecs-task-execution"
  description = "Pull images from ECR and write logs"
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [
      {
        Effect = "Allow"
        Action = [
          "ecr:GetAuthorizationToken",
          "ecr:BatchCheckLayerAvailability",
          "ecr:GetDownloadUrlForLayer",
          "ecr:BatchGetImage",
          "logs:CreateLogStream",
          "logs:PutLogEvents",
        ]
        Resource = ["*"]
      },
    ]
  })

  tags = {
    Name = "ecs-task-execution"
  }
}

resource "aws_iam_policy" "pipeline_permissions" {
  name        = "pipeline-permissions"
  description = "What the pipeline, build and deployment need"
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [
      {
        Effect = "Allow"
        Action = [
          "codecommit:GetBranch",
          "codecommit:GetCommit",
          "codecommit:UploadArchive",
          "codecommit:GetUploadArchiveStatus",
          "codebuild:StartBuild",
          "codebuild:BatchGetBuilds",
          "ecs:DescribeServices",
          "ecs:UpdateService",
          "ecs:RegisterTaskDefinition",
          "ecr:*",
          "s3:GetObject",
          "s3:PutObject",
          "iam:PassRole",
          "logs:CreateLogGroup",
          "logs:CreateLogStream",
          "logs:PutLogEvents",
        ]
        Resource = ["*"]
      },
    ]
  })

  tags = {
    Name = "pipeline-permissions"
  }
}

resource "aws_iam_user" "alice" {
  name = "alice"

  tags = {
    Name = "alice"
  }
}

resource "aws_iam_user_group_membership" "alice" {
  user   = aws_iam_user.alice.name
  groups = [aws_iam_group.developers.name]
}

resource "aws_iam_group" "developers" {
  name = "developers"
}

resource "aws_iam_group_policy_attachment" "developers_developer_read_only" {
  group      = aws_iam_group.developers.name
  policy_arn = aws_iam_policy.developer_read_only.arn
}

resource "aws_iam_role" "app_task_role" {
  name = "app-task-role"
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
  name = "codebuild-role"
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

resource "aws_iam_role_policy_attachment" "codebuild_role_pipeline_permissions" {
  role       = aws_iam_role.codebuild_role.name
  policy_arn = aws_iam_policy.pipeline_permissions.arn
}

resource "aws_iam_role" "ecs_task_execution_role" {
  name = "ecs-task-execution-role"
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

resource "aws_iam_role_policy_attachment" "ecs_task_execution_role_ecs_task_execution" {
  role       = aws_iam_role.ecs_task_execution_role.name
  policy_arn = aws_iam_policy.ecs_task_execution.arn
}

resource "aws_iam_role" "codepipeline_role" {
  name = "codepipeline-role"
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
