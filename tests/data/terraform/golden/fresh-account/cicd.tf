resource "aws_codebuild_project" "app_build" {
  name         = "${var.name_prefix}-app-build"
  service_role = aws_iam_role.codebuild_role.arn

  artifacts {
    type = "CODEPIPELINE"
  }

  environment {
    compute_type    = "BUILD_GENERAL1_SMALL"
    image           = "aws/codebuild/standard:7.0"
    type            = "LINUX_CONTAINER"
    privileged_mode = true
  }

  source {
    type      = "CODEPIPELINE"
    buildspec = "buildspec.yml"
  }

  tags = {
    Name = "app-build"
  }
}

resource "aws_codedeploy_app" "web_deploy" {
  name             = "${var.name_prefix}-web-deploy"
  compute_platform = "ECS"

  tags = {
    Name = "web-deploy"
  }
}

resource "aws_codedeploy_deployment_group" "web_deploy" {
  app_name               = aws_codedeploy_app.web_deploy.name
  deployment_group_name  = "web-deploy-group"
  service_role_arn       = aws_iam_role.codedeploy_role_blue_green_role.arn
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
    cluster_name = aws_ecs_cluster.app_cluster.name
    service_name = aws_ecs_service.web.name
  }

  load_balancer_info {
    target_group_pair_info {
      prod_traffic_route {
        listener_arns = [aws_lb_listener.web_alb_443.arn]
      }

      target_group {
        name = aws_lb_target_group.web_tg.name
      }

      target_group {
        name = aws_lb_target_group.web_tg_green.name
      }
    }
  }
}

resource "aws_codepipeline" "app_release" {
  name          = "${var.name_prefix}-app-release"
  pipeline_type = "V2"
  role_arn      = aws_iam_role.codepipeline_role.arn

  artifact_store {
    location = aws_s3_bucket.pipeline_artifacts.bucket
    type     = "S3"
  }

  stage {
    name = "Source"

    action {
      name             = "Source"
      category         = "Source"
      owner            = "AWS"
      provider         = "CodeStarSourceConnection"
      version          = "1"
      output_artifacts = ["SourceOutput"]
      configuration = {
        ConnectionArn        = aws_codestarconnections_connection.app_release_source.arn
        FullRepositoryId     = "kumo-learners/web-app"
        BranchName           = "release"
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
      input_artifacts  = ["SourceOutput"]
      output_artifacts = ["BuildOutput"]
      configuration = {
        ProjectName = aws_codebuild_project.app_build.name
      }
    }
  }

  stage {
    name = "Approval"

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
      name            = "Deploy"
      category        = "Deploy"
      owner           = "AWS"
      provider        = "CodeDeployToECS"
      version         = "1"
      input_artifacts = ["BuildOutput"]
      configuration = {
        ApplicationName                = aws_codedeploy_app.web_deploy.name
        DeploymentGroupName            = aws_codedeploy_deployment_group.web_deploy.deployment_group_name
        TaskDefinitionTemplateArtifact = "BuildOutput"
        TaskDefinitionTemplatePath     = "taskdef.json"
        AppSpecTemplateArtifact        = "BuildOutput"
        AppSpecTemplatePath            = "appspec.yml"
        Image1ArtifactName             = "BuildOutput"
        Image1ContainerName            = "IMAGE1_NAME"
      }
    }
  }

  tags = {
    Name = "app-release"
  }
}

resource "aws_codestarconnections_connection" "app_release_source" {
  name          = "${var.name_prefix}-app-release-source"
  provider_type = "GitHub"

  tags = {
    Name = "app-release"
  }
}
