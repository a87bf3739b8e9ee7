data "aws_ssm_parameter" "al2023_x86_64" {
  name = "/aws/service/ami-amazon-linux-latest/al2023-ami-kernel-default-x86_64"
}

resource "aws_instance" "status_page_v2" {
  ami                         = data.aws_ssm_parameter.al2023_x86_64.insecure_value
  instance_type               = "t3.micro"
  subnet_id                   = aws_subnet.public_a.id
  vpc_security_group_ids      = [aws_security_group.alb_sg.id]
  associate_public_ip_address = true
  iam_instance_profile        = aws_iam_instance_profile.status_page_v2_ssm.name
  user_data                   = "#!/bin/bash\ndnf install -y nginx\necho 'status: $${HOSTNAME} 100%' > /usr/share/nginx/html/index.html\nsystemctl enable --now nginx\n"
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
    Name = "status page v2"
  }

  lifecycle {
    ignore_changes = [ami]
  }
}
