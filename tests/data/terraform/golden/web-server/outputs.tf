output "web_ip_public_ip" {
  description = "Public address of web-ip"
  value       = aws_eip.web_ip.public_ip
}
