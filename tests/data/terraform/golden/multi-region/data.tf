data "aws_caller_identity" "current" {}

resource "aws_db_subnet_group" "dr_replica" {
  name       = "${var.name_prefix}-dr-replica"
  subnet_ids = [aws_subnet.oregon_db_a.id, aws_subnet.oregon_db_c.id]

  tags = {
    Name = "dr-replica"
  }
}

resource "aws_db_instance" "dr_replica" {
  identifier           = "${var.name_prefix}-dr-replica"
  replicate_source_db  = aws_db_instance.primary.arn
  instance_class       = "db.t3.micro"
  db_subnet_group_name = aws_db_subnet_group.dr_replica.name
  publicly_accessible  = false
  skip_final_snapshot  = true

  tags = {
    Name = "dr-replica"
  }
}

resource "aws_db_subnet_group" "primary" {
  provider = aws.tokyo

  name       = "${var.name_prefix}-primary"
  subnet_ids = [aws_subnet.tokyo_db_a.id, aws_subnet.tokyo_db_c.id]

  tags = {
    Name = "primary"
  }
}

resource "aws_db_instance" "primary" {
  provider = aws.tokyo

  identifier                = "${var.name_prefix}-primary"
  engine                    = "mysql"
  engine_version            = "8.4"
  instance_class            = "db.t3.micro"
  allocated_storage         = 20
  storage_encrypted         = true
  multi_az                  = true
  username                  = "admin"
  password_wo               = var.primary_master_password
  password_wo_version       = 1
  backup_retention_period   = 7
  db_subnet_group_name      = aws_db_subnet_group.primary.name
  publicly_accessible       = false
  skip_final_snapshot       = false
  final_snapshot_identifier = "${var.name_prefix}-primary-final"

  tags = {
    Name = "primary"
  }
}

resource "aws_secretsmanager_secret" "primary_credentials" {
  provider = aws.tokyo

  name_prefix = "${var.name_prefix}-primary-credentials-"
  description = "Master credentials of the database primary"

  tags = {
    Name = "primary"
  }
}

resource "aws_secretsmanager_secret_version" "primary_credentials" {
  provider = aws.tokyo

  secret_id = aws_secretsmanager_secret.primary_credentials.id
  secret_string_wo = jsonencode({
    username = "admin"
    password = var.primary_master_password
  })
  secret_string_wo_version = 1
}

resource "aws_s3_bucket" "logs" {
  bucket        = "${var.name_prefix}-multi-region-logs-oregon-${data.aws_caller_identity.current.account_id}-us-west-2"
  force_destroy = var.force_destroy

  tags = {
    Name = "logs"
  }
}

resource "aws_s3_bucket_public_access_block" "logs" {
  bucket                  = aws_s3_bucket.logs.id
  block_public_acls       = true
  block_public_policy     = true
  ignore_public_acls      = true
  restrict_public_buckets = true
}

resource "aws_s3_bucket" "logs_2" {
  provider = aws.tokyo

  bucket        = "${var.name_prefix}-multi-region-logs-toky-${data.aws_caller_identity.current.account_id}-ap-northeast-1"
  force_destroy = var.force_destroy

  tags = {
    Name = "logs"
  }
}

resource "aws_s3_bucket_public_access_block" "logs_2" {
  provider = aws.tokyo

  bucket                  = aws_s3_bucket.logs_2.id
  block_public_acls       = true
  block_public_policy     = true
  ignore_public_acls      = true
  restrict_public_buckets = true
}
