resource "aws_db_subnet_group" "orders" {
  name       = "${var.name_prefix}-orders"
  subnet_ids = [aws_subnet.private_a.id, aws_subnet.private_b.id]

  tags = {
    Name = "orders"
  }
}

resource "aws_db_instance" "orders" {
  identifier                  = "${var.name_prefix}-orders"
  engine                      = "postgres"
  engine_version              = "16.3"
  instance_class              = "db.t4g.medium"
  allocated_storage           = 50
  storage_encrypted           = true
  multi_az                    = true
  username                    = "orders_admin"
  manage_master_user_password = true
  backup_retention_period     = 7
  db_subnet_group_name        = aws_db_subnet_group.orders.name
  vpc_security_group_ids      = [aws_security_group.db_sg.id]
  publicly_accessible         = false
  skip_final_snapshot         = false
  final_snapshot_identifier   = "${var.name_prefix}-orders-final"

  tags = {
    Name = "orders"
  }
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
  bucket = "${var.name_prefix}-kumo-test-artifacts"

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
  bucket = "${var.name_prefix}-kumo-test-assets"

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
  bucket = "kumo-test-site-bucket"

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
