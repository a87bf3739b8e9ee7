resource "aws_iam_policy" "deny_delete" {
  name = "deny-delete"
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
  name        = "read-assets"
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
  name = "bob"

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
  name = "ops"
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
  name = "build"
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

resource "aws_iam_role" "deploy" {
  name = "deploy"
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

resource "aws_iam_role" "bastion_role" {
  name = "bastion-role"
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

resource "aws_iam_instance_profile" "bastion_role" {
  name = "bastion-role"
  role = aws_iam_role.bastion_role.name
}

resource "aws_iam_role" "pipeline" {
  name = "pipeline"
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

resource "aws_iam_role" "api_task_exec" {
  name = "api-task-exec"
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

resource "aws_iam_role" "api_task" {
  name = "api-task"
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
