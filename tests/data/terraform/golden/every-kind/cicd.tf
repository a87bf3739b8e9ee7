resource "aws_codecommit_repository" "api_code" {
  repository_name = "${var.name_prefix}-api-code"
  description     = "Source of api-code"

  tags = {
    Name = "api-code"
  }
}

resource "aws_codebuild_project" "api_build" {
  name         = "${var.name_prefix}-api-build"
  service_role = aws_iam_role.build.arn

  artifacts {
    type = "CODEPIPELINE"
  }

  environment {
    compute_type    = "BUILD_GENERAL1_MEDIUM"
    image           = "aws/codebuild/standard:7.0"
    type            = "LINUX_CONTAINER"
    privileged_mode = true
  }

  source {
    type      = "CODEPIPELINE"
    buildspec = "buildspec.yml"
  }

  tags = {
    Name = "api-build"
  }
}

resource "aws_codedeploy_app" "api_deploy" {
  name             = "${var.name_prefix}-api-deploy"
  compute_platform = "ECS"

  tags = {
    Name = "api-deploy"
  }
}

resource "aws_codedeploy_deployment_group" "api_deploy" {
  app_name               = aws_codedeploy_app.api_deploy.name
  deployment_group_name  = "api-deploy-group"
  service_role_arn       = aws_iam_role.deploy.arn
  deployment_config_name = "CodeDeployDefault.ECSAllAtOnce"

  deployment_style {
    deployment_option = "WITH_TRAFFIC_CONTROL"
    deployment_type   = "BLUE_GREEN"
  }

  blue_green_deployment_config {
    deployment_ready_option {
      action_on_timeout = "CONTINUE_DEPLOYMENT"
    }

    terminate_blue_instances_on_deployment_success {
      action                           = "TERMINATE"
      termination_wait_time_in_minutes = 5
    }
  }

  ecs_service {
    cluster_name = aws_ecs_cluster.api_cluster.name
    service_name = aws_ecs_service.api.name
  }

  load_balancer_info {
    target_group_pair_info {
      prod_traffic_route {
        listener_arns = [aws_lb_listener.edge_alb_443.arn]
      }

      target_group {
        name = aws_lb_target_group.api_tg.name
      }

      target_group {
        name = aws_lb_target_group.api_tg_green.name
      }
    }
  }
}

resource "aws_codepipeline" "api_release" {
  name          = "${var.name_prefix}-api-release"
  pipeline_type = "V2"
  role_arn      = aws_iam_role.pipeline.arn

  artifact_store {
    location = aws_s3_bucket.artifacts.bucket
    type     = "S3"
  }

  stage {
    name = "Source"

    action {
      name             = "Code"
      category         = "Source"
      owner            = "AWS"
      provider         = "CodeCommit"
      version          = "1"
      output_artifacts = ["Src"]
      configuration = {
        RepositoryName       = aws_codecommit_repository.api_code.repository_name
        BranchName           = "release"
        PollForSourceChanges = "false"
      }
    }

    action {
      name             = "Upstream"
      category         = "Source"
      owner            = "AWS"
      provider         = "CodeStarSourceConnection"
      version          = "1"
      output_artifacts = ["Upstream"]
      configuration = {
        ConnectionArn        = aws_codestarconnections_connection.api_release_upstream.arn
        FullRepositoryId     = var.api_release_upstream_repository
        BranchName           = "main"
        OutputArtifactFormat = "CODE_ZIP"
      }
    }
  }

  stage {
    name = "Build"

    action {
      name             = "Build"
      category         = "Build"
      owner            = "AWS"
      provider         = "CodeBuild"
      version          = "1"
      input_artifacts  = ["Src", "Upstream"]
      output_artifacts = ["Built"]
      configuration = {
        ProjectName = aws_codebuild_project.api_build.name
      }
    }

    action {
      name            = "Test"
      category        = "Test"
      owner           = "Custom"
      provider        = "Jenkins"
      version         = "1"
      input_artifacts = ["Src"]
      configuration = {
        ProjectName = var.api_release_test_project
      }
    }
  }

  stage {
    name = "Approve"

    action {
      name     = "Approve"
      category = "Approval"
      owner    = "AWS"
      provider = "Manual"
      version  = "1"
    }
  }

  stage {
    name = "Deploy"

    action {
      name            = "BlueGreen"
      category        = "Deploy"
      owner           = "AWS"
      provider        = "CodeDeployToECS"
      version         = "1"
      input_artifacts = ["Built"]
      configuration = {
        ApplicationName                = aws_codedeploy_app.api_deploy.name
        DeploymentGroupName            = aws_codedeploy_deployment_group.api_deploy.deployment_group_name
        TaskDefinitionTemplateArtifact = "Built"
        TaskDefinitionTemplatePath     = "taskdef.json"
        AppSpecTemplateArtifact        = "Built"
        AppSpecTemplatePath            = "appspec.yml"
        Image1ArtifactName             = "Built"
        Image1ContainerName            = "IMAGE1_NAME"
      }
    }

    action {
      name            = "Batch"
      category        = "Deploy"
      owner           = "AWS"
      provider        = "ECS"
      version         = "1"
      input_artifacts = ["Built"]
      configuration = {
        ClusterName = aws_ecs_cluster.api_cluster.name
        ServiceName = aws_ecs_service.batch.name
        FileName    = "imagedefinitions.json"
      }
    }

    action {
      name            = "Site"
      category        = "Deploy"
      owner           = "AWS"
      provider        = "S3"
      version         = "1"
      input_artifacts = ["Built"]
      configuration = {
        BucketName = aws_s3_bucket.site.bucket
        Extract    = "true"
      }
    }

    action {
      name     = "Notify"
      category = "Invoke"
      owner    = "AWS"
      provider = "Lambda"
      version  = "1"
      configuration = {
        FunctionName = var.api_release_notify_function
      }
    }

    action {
      name     = "Workflow"
      category = "Invoke"
      owner    = "AWS"
      provider = "StepFunctions"
      version  = "1"
      configuration = {
        StateMachineArn = var.api_release_workflow_state_machine_arn
      }
    }
  }

  tags = {
    Name = "api-release"
  }
}

resource "aws_codestarconnections_connection" "api_release_upstream" {
  name          = "${var.name_prefix}-api-release-upstrea"
  provider_type = "GitHub"

  tags = {
    Name = "api-release"
  }
}

resource "aws_cloudwatch_event_rule" "api_release" {
  name        = "${var.name_prefix}-api-release-start"
  description = "Start api-release on pushes to release of api-code"
  event_pattern = jsonencode({
    source      = ["aws.codecommit"]
    detail-type = ["CodeCommit Repository State Change"]
    resources   = [aws_codecommit_repository.api_code.arn]
    detail = {
      event         = ["referenceCreated", "referenceUpdated"]
      referenceType = ["branch"]
      referenceName = ["release"]
    }
  })
}

resource "aws_cloudwatch_event_target" "api_release" {
  rule     = aws_cloudwatch_event_rule.api_release.name
  arn      = aws_codepipeline.api_release.arn
  role_arn = aws_iam_role.api_release_events.arn
}
