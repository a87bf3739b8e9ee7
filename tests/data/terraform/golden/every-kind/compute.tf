resource "aws_instance" "worker" {
  provider = aws.osaka

  ami                    = var.worker_ami
  instance_type          = "t3.micro"
  subnet_id              = aws_subnet.private_a.id
  vpc_security_group_ids = [aws_security_group.app_sg.id]

  root_block_device {
    volume_size = 8
    volume_type = "gp3"
    encrypted   = true
  }

  tags = {
    Name = "worker"
  }
}

resource "aws_instance" "bastion" {
  provider = aws.osaka

  ami                         = var.bastion_ami
  instance_type               = "t3.nano"
  subnet_id                   = aws_subnet.public_a.id
  vpc_security_group_ids      = [aws_security_group.web_sg.id]
  key_name                    = var.key_name
  associate_public_ip_address = true
  iam_instance_profile        = aws_iam_instance_profile.bastion_role.name

  root_block_device {
    volume_size = 16
    volume_type = "gp3"
    encrypted   = true
  }

  tags = {
    Name = "踏み台サーバー"
  }
}

resource "aws_instance" "worker_2" {
  provider = aws.osaka

  ami                    = var.worker_ami
  instance_type          = "t3.micro"
  subnet_id              = aws_subnet.private_b.id
  vpc_security_group_ids = [aws_security_group.app_sg.id]

  root_block_device {
    volume_size = 8
    volume_type = "gp3"
    encrypted   = true
  }

  tags = {
    Name = "worker"
  }
}
