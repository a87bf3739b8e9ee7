output "web_ip_public_ip" {
  description = "Public address of web-ip"
  value       = aws_eip.web_ip.public_ip
}

output "example_com_name_servers" {
  description = "Name servers to register for example.com at the domain registrar"
  value       = aws_route53_zone.example_com.name_servers
}
