output "endpoints" {
  value = { for name, svc in module.service : name => svc.url }
}
