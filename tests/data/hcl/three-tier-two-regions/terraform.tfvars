app_name          = "orders-prod"
app_instance_type = "m6i.large"
db_password       = "do-not-copy-me-0451"
