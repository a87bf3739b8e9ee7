resource "aws_iam_role" "worker_ssm" {
  name        = "${var.name_prefix}-worker-ssm"
  description = "Session Manager access to the instance worker"
  assume_role_policy = jsonencode({
    Version = "2012-10-17"
    Statement = [
      {
        Effect = "Allow"
        Principal = {
          Service = "ec2.amazonaws.com"
        }
        Action = "sts:AssumeRole"
      },
    ]
  })

  tags = {
    Name = "worker ssm"
  }
}

resource "aws_iam_role_policy_attachment" "worker_ssm" {
  role       = aws_iam_role.worker_ssm.name
  policy_arn = "arn:aws:iam::aws:policy/AmazonSSMManagedInstanceCore"
}

resource "aws_iam_instance_profile" "worker_ssm" {
  name = "${var.name_prefix}-worker-ssm"
  role = aws_iam_role.worker_ssm.name
}

resource "aws_iam_role" "worker_2_ssm" {
  name        = "${var.name_prefix}-worker-ssm"
  description = "Session Manager access to the instance worker"
  assume_role_policy = jsonencode({
    Version = "2012-10-17"
    Statement = [
      {
        Effect = "Allow"
        Principal = {
          Service = "ec2.amazonaws.com"
        }
        Action = "sts:AssumeRole"
      },
    ]
  })

  tags = {
    Name = "worker ssm"
  }
}

resource "aws_iam_role_policy_attachment" "worker_2_ssm" {
  role       = aws_iam_role.worker_2_ssm.name
  policy_arn = "arn:aws:iam::aws:policy/AmazonSSMManagedInstanceCore"
}

resource "aws_iam_instance_profile" "worker_2_ssm" {
  name = "${var.name_prefix}-worker-ssm"
  role = aws_iam_role.worker_2_ssm.name
}

resource "aws_iam_role_policy" "api_database_secrets" {
  name = "read-database-secrets-api"
  role = aws_iam_role.api_task_exec.id
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [
      {
        Effect   = "Allow"
        Action   = "secretsmanager:GetSecretValue"
        Resource = [aws_secretsmanager_secret.orders_credentials.arn]
      },
    ]
  })
}

resource "aws_iam_role_policy" "api_task_database_secrets" {
  name = "read-database-secrets-api"
  role = aws_iam_role.api_task.id
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [
      {
        Effect   = "Allow"
        Action   = "secretsmanager:GetSecretValue"
        Resource = [aws_secretsmanager_secret.orders_credentials.arn]
      },
    ]
  })
}

resource "aws_iam_service_linked_role" "ecs" {
  count = var.create_ecs_service_linked_role ? 1 : 0

  aws_service_name = "ecs.amazonaws.com"
}

resource "aws_iam_policy" "ci" {
  name        = "${var.name_prefix}-ci"
  description = "Artifacts, source and build of the pipeline"
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [
      {
        Effect   = "Allow"
        Action   = ["s3:GetObject", "s3:PutObject"]
        Resource = ["${aws_s3_bucket.artifacts.arn}/*"]
      },
      {
        Effect = "Allow"
        Action = [
          "codecommit:GetBranch",
          "codecommit:GetCommit",
          "codecommit:UploadArchive",
          "codecommit:GetUploadArchiveStatus",
        ]
        Resource = [aws_codecommit_repository.api_code.arn]
      },
      {
        Effect   = "Allow"
        Action   = ["codebuild:StartBuild", "codebuild:BatchGetBuilds"]
        Resource = [aws_codebuild_project.api_build.arn]
      },
      {
        Effect   = "Allow"
        Action   = ["ecr:GetAuthorizationToken"]
        Resource = ["*"]
      },
      {
        Effect = "Allow"
        Action = [
          "ecr:PutImage",
          "ecr:InitiateLayerUpload",
          "ecr:UploadLayerPart",
          "ecr:CompleteLayerUpload",
          "ecr:BatchCheckLayerAvailability",
        ]
        Resource = [aws_ecr_repository.api.arn]
      },
    ]
  })

  tags = {
    Name = "ci"
  }
}

resource "aws_iam_policy" "deny_delete" {
  name = "${var.name_prefix}-deny-delete"
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [
      {
        Effect   = "Deny"
        Action   = ["s3:DeleteObject"]
        Resource = ["*"]
      },
    ]
  })

  tags = {
    Name = "deny-delete"
  }
}

resource "aws_iam_policy" "read_assets" {
  name        = "${var.name_prefix}-read-assets"
  description = "Read assets"
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [
      {
        Effect   = "Allow"
        Action   = ["s3:GetObject", "s3:ListBucket"]
        Resource = ["arn:aws:s3:::kumo-test-assets", "arn:aws:s3:::kumo-test-assets/*"]
      },
    ]
  })

  tags = {
    Name = "read-assets"
  }
}

resource "aws_iam_user" "bob" {
  name = "${var.name_prefix}-bob"

  tags = {
    Name = "bob"
  }
}

resource "aws_iam_user_group_membership" "bob" {
  user   = aws_iam_user.bob.name
  groups = [aws_iam_group.ops.name]
}

resource "aws_iam_user_policy_attachment" "bob_read_assets" {
  user       = aws_iam_user.bob.name
  policy_arn = aws_iam_policy.read_assets.arn
}

resource "aws_iam_group" "ops" {
  name = "${var.name_prefix}-ops"
}

resource "aws_iam_group_policy_attachment" "ops_read_assets" {
  group      = aws_iam_group.ops.name
  policy_arn = aws_iam_policy.read_assets.arn
}

resource "aws_iam_group_policy_attachment" "ops_deny_delete" {
  group      = aws_iam_group.ops.name
  policy_arn = aws_iam_policy.deny_delete.arn
}

resource "aws_iam_role" "build" {
  name = "${var.name_prefix}-build"
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
    Name = "build"
  }
}

resource "aws_iam_role_policy_attachment" "build_ci" {
  role       = aws_iam_role.build.name
  policy_arn = aws_iam_policy.ci.arn
}

resource "aws_iam_role" "deploy" {
  name = "${var.name_prefix}-deploy"
  assume_role_policy = jsonencode({
    Version = "2012-10-17"
    Statement = [
      {
        Effect = "Allow"
        Principal = {
          Service = "codedeploy.amazonaws.com"
        }
        Action = "sts:AssumeRole"
      },
    ]
  })

  tags = {
    Name = "deploy"
  }
}

resource "aws_iam_role_policy_attachment" "deploy_aws_code_deploy_role_for_ecs" {
  role       = aws_iam_role.deploy.name
  policy_arn = "arn:aws:iam::aws:policy/AWSCodeDeployRoleForECS"
}

resource "aws_iam_role" "bastion_role" {
  name = "${var.name_prefix}-bastion-role"
  assume_role_policy = jsonencode({
    Version = "2012-10-17"
    Statement = [
      {
        Effect = "Allow"
        Principal = {
          Service = "ec2.amazonaws.com"
        }
        Action = "sts:AssumeRole"
      },
    ]
  })

  tags = {
    Name = "bastion-role"
  }
}

resource "aws_iam_role_policy_attachment" "bastion_role_amazon_ssm_managed_instance_core" {
  role       = aws_iam_role.bastion_role.name
  policy_arn = "arn:aws:iam::aws:policy/AmazonSSMManagedInstanceCore"
}

resource "aws_iam_instance_profile" "bastion_role" {
  name = "${var.name_prefix}-bastion-role"
  role = aws_iam_role.bastion_role.name
}

resource "aws_iam_role" "pipeline" {
  name = "${var.name_prefix}-pipeline"
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
    Name = "pipeline"
  }
}

resource "aws_iam_role_policy_attachment" "pipeline_ci" {
  role       = aws_iam_role.pipeline.name
  policy_arn = aws_iam_policy.ci.arn
}

resource "aws_iam_role_policy_attachment" "pipeline_aws_code_pipeline_read_only_access" {
  role       = aws_iam_role.pipeline.name
  policy_arn = "arn:aws:iam::aws:policy/AWSCodePipeline_ReadOnlyAccess"
}

resource "aws_iam_role" "api_task_exec" {
  name = "${var.name_prefix}-api-task-exec"
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
    Name = "api-task-exec"
  }
}

resource "aws_iam_role_policy_attachment" "api_task_exec_amazon_ecs_task_execution_role_policy" {
  role       = aws_iam_role.api_task_exec.name
  policy_arn = "arn:aws:iam::aws:policy/service-role/AmazonECSTaskExecutionRolePolicy"
}

resource "aws_iam_role" "api_task" {
  name = "${var.name_prefix}-api-task"
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
    Name = "api-task"
  }
}

resource "aws_iam_role_policy_attachment" "api_task_read_assets" {
  role       = aws_iam_role.api_task.name
  policy_arn = aws_iam_policy.read_assets.arn
}

resource "aws_iam_role" "api_release_events" {
  name = "${var.name_prefix}-api-release-events"
  assume_role_policy = jsonencode({
    Version = "2012-10-17"
    Statement = [
      {
        Effect = "Allow"
        Principal = {
          Service = "events.amazonaws.com"
        }
        Action = "sts:AssumeRole"
      },
    ]
  })
}

resource "aws_iam_role_policy" "api_release_events" {
  name = "start-pipeline"
  role = aws_iam_role.api_release_events.id
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [
      {
        Effect   = "Allow"
        Action   = "codepipeline:StartPipelineExecution"
        Resource = aws_codepipeline.api_release.arn
      },
    ]
  })
}
