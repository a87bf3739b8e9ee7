resource "aws_iam_role" "web_server_ssm" {
  name        = "${var.name_prefix}-web-server-ssm"
  description = "Session Manager access to the instance web-server"
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
    Name = "web-server ssm"
  }
}

resource "aws_iam_role_policy_attachment" "web_server_ssm" {
  role       = aws_iam_role.web_server_ssm.name
  policy_arn = "arn:aws:iam::aws:policy/AmazonSSMManagedInstanceCore"
}

resource "aws_iam_instance_profile" "web_server_ssm" {
  name = "${var.name_prefix}-web-server-ssm"
  role = aws_iam_role.web_server_ssm.name
}
