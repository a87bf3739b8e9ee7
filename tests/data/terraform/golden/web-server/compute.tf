data "aws_ssm_parameter" "al2023_x86_64" {
  name = "/aws/service/ami-amazon-linux-latest/al2023-ami-kernel-default-x86_64"
}

resource "aws_instance" "web_server" {
  ami                         = data.aws_ssm_parameter.al2023_x86_64.insecure_value
  instance_type               = "t3.micro"
  subnet_id                   = aws_subnet.public_a.id
  vpc_security_group_ids      = [aws_security_group.web_sg.id]
  key_name                    = var.key_name
  iam_instance_profile        = aws_iam_instance_profile.web_server_ssm.name
  user_data                   = "#!/bin/bash\n# install and start a web server at the first boot (Amazon Linux 2023)\ndnf install -y nginx\necho '<h1>Hello from Kumo</h1>' > /usr/share/nginx/html/index.html\nsystemctl enable --now nginx\n"
  user_data_replace_on_change = true

  metadata_options {
    http_endpoint = "enabled"
    http_tokens   = "required"
  }

  root_block_device {
    volume_size = 8
    volume_type = "gp3"
    encrypted   = true
  }

  tags = {
    Name = "web-server"
  }

  lifecycle {
    ignore_changes = [ami]
  }
}
