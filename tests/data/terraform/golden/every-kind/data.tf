data "aws_caller_identity" "current" {}

resource "aws_db_subnet_group" "orders" {
  name       = "${var.name_prefix}-orders"
  subnet_ids = [aws_subnet.private_a.id, aws_subnet.private_b.id]

  tags = {
    Name = "orders"
  }
}

resource "aws_db_instance" "orders" {
  identifier                = "${var.name_prefix}-orders"
  engine                    = "postgres"
  engine_version            = "16.3"
  instance_class            = "db.t4g.medium"
  allocated_storage         = 50
  storage_encrypted         = true
  multi_az                  = true
  username                  = "orders_admin"
  password_wo               = var.orders_master_password
  password_wo_version       = 1
  backup_retention_period   = 7
  db_subnet_group_name      = aws_db_subnet_group.orders.name
  vpc_security_group_ids    = [aws_security_group.db_sg.id]
  publicly_accessible       = false
  skip_final_snapshot       = false
  final_snapshot_identifier = "${var.name_prefix}-orders-final"

  tags = {
    Name = "orders"
  }
}

resource "aws_secretsmanager_secret" "orders_credentials" {
  name_prefix = "${var.name_prefix}-orders-credentials-"
  description = "Master credentials of the database orders"

  tags = {
    Name = "orders"
  }
}

resource "aws_secretsmanager_secret_version" "orders_credentials" {
  secret_id = aws_secretsmanager_secret.orders_credentials.id
  secret_string_wo = jsonencode({
    username = "orders_admin"
    password = var.orders_master_password
  })
  secret_string_wo_version = 1
}

resource "aws_db_instance" "orders_read" {
  identifier             = "${var.name_prefix}-orders-read"
  replicate_source_db    = aws_db_instance.orders.identifier
  instance_class         = "db.t4g.medium"
  vpc_security_group_ids = [aws_security_group.db_sg.id]
  publicly_accessible    = false
  skip_final_snapshot    = true

  tags = {
    Name = "orders-read"
  }
}

resource "aws_s3_bucket" "artifacts" {
  bucket        = "${var.name_prefix}-test-artifacts-${data.aws_caller_identity.current.account_id}-ap-northeast-3"
  force_destroy = var.force_destroy

  tags = {
    Name = "artifacts"
  }
}

resource "aws_s3_bucket_public_access_block" "artifacts" {
  bucket                  = aws_s3_bucket.artifacts.id
  block_public_acls       = true
  block_public_policy     = true
  ignore_public_acls      = true
  restrict_public_buckets = true
}

resource "aws_s3_bucket" "assets" {
  bucket        = "${var.name_prefix}-test-assets-${data.aws_caller_identity.current.account_id}-ap-northeast-3"
  force_destroy = var.force_destroy

  tags = {
    Name = "assets"
  }
}

resource "aws_s3_bucket_versioning" "assets" {
  bucket = aws_s3_bucket.assets.id

  versioning_configuration {
    status = "Enabled"
  }
}

resource "aws_s3_bucket_public_access_block" "assets" {
  bucket                  = aws_s3_bucket.assets.id
  block_public_acls       = true
  block_public_policy     = true
  ignore_public_acls      = true
  restrict_public_buckets = true
}

resource "aws_s3_bucket" "site" {
  bucket        = "kumo-test-site-bucket"
  force_destroy = var.force_destroy

  tags = {
    Name = "site"
  }
}

resource "aws_s3_bucket_website_configuration" "site" {
  bucket = aws_s3_bucket.site.id

  index_document {
    suffix = "index.html"
  }

  error_document {
    key = "error.html"
  }
}
