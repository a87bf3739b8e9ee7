data "aws_caller_identity" "current" {}

resource "aws_db_subnet_group" "app_db" {
  name       = "${var.name_prefix}-app-db"
  subnet_ids = [aws_subnet.db_a.id, aws_subnet.db_c.id]

  tags = {
    Name = "app-db"
  }
}

resource "aws_db_instance" "app_db" {
  identifier                = "${var.name_prefix}-app-db"
  engine                    = "mysql"
  engine_version            = "8.4"
  instance_class            = "db.t3.small"
  allocated_storage         = 20
  storage_encrypted         = true
  multi_az                  = true
  username                  = "app"
  password_wo               = var.app_db_master_password
  password_wo_version       = 1
  backup_retention_period   = 7
  db_subnet_group_name      = aws_db_subnet_group.app_db.name
  vpc_security_group_ids    = [aws_security_group.db_sg.id]
  publicly_accessible       = false
  skip_final_snapshot       = false
  final_snapshot_identifier = "${var.name_prefix}-app-db-final"

  tags = {
    Name = "app-db"
  }
}

resource "aws_secretsmanager_secret" "app_db_credentials" {
  name_prefix = "${var.name_prefix}-app-db-credentials-"
  description = "Master credentials of the database app-db"

  tags = {
    Name = "app-db"
  }
}

resource "aws_secretsmanager_secret_version" "app_db_credentials" {
  secret_id = aws_secretsmanager_secret.app_db_credentials.id
  secret_string_wo = jsonencode({
    username = "app"
    password = var.app_db_master_password
  })
  secret_string_wo_version = 1
}

resource "aws_db_instance" "app_db_replica" {
  identifier             = "${var.name_prefix}-app-db-replica"
  replicate_source_db    = aws_db_instance.app_db.identifier
  instance_class         = "db.t3.small"
  vpc_security_group_ids = [aws_security_group.db_sg.id]
  publicly_accessible    = false
  skip_final_snapshot    = true

  tags = {
    Name = "app-db-replica"
  }
}

resource "aws_s3_bucket" "pipeline_artifacts" {
  bucket        = "${var.name_prefix}-example-pipeline-artif-${data.aws_caller_identity.current.account_id}-ap-northeast-1"
  force_destroy = var.force_destroy

  tags = {
    Name = "pipeline-artifacts"
  }
}

resource "aws_s3_bucket_versioning" "pipeline_artifacts" {
  bucket = aws_s3_bucket.pipeline_artifacts.id

  versioning_configuration {
    status = "Enabled"
  }
}

resource "aws_s3_bucket_public_access_block" "pipeline_artifacts" {
  bucket                  = aws_s3_bucket.pipeline_artifacts.id
  block_public_acls       = true
  block_public_policy     = true
  ignore_public_acls      = true
  restrict_public_buckets = true
}

resource "aws_s3_bucket" "static_assets" {
  bucket        = "${var.name_prefix}-example-static-assets-${data.aws_caller_identity.current.account_id}-ap-northeast-1"
  force_destroy = var.force_destroy

  tags = {
    Name = "static-assets"
  }
}

resource "aws_s3_bucket_versioning" "static_assets" {
  bucket = aws_s3_bucket.static_assets.id

  versioning_configuration {
    status = "Enabled"
  }
}

resource "aws_s3_bucket_public_access_block" "static_assets" {
  bucket                  = aws_s3_bucket.static_assets.id
  block_public_acls       = true
  block_public_policy     = true
  ignore_public_acls      = true
  restrict_public_buckets = true
}
