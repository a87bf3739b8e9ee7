locals {
  common_tags = {
    Project   = var.app_name
    ManagedBy = "terraform"
  }

  # one /24 per tier and zone; the offset keeps the tiers apart in the address plan
  tiers = {
    web  = { offset = 0, public = true }
    app  = { offset = 10, public = false }
    data = { offset = 20, public = false }
  }

  networks = {
    primary = { cidr = "10.10.0.0/16", zones = ["${var.primary_region}a", "${var.primary_region}b"] }
    standby = { cidr = "10.20.0.0/16", zones = ["${var.standby_region}a", "${var.standby_region}c"] }
  }

  primary_subnets = merge([
    for tier, t in local.tiers : {
      for i, zone in local.networks.primary.zones : "${tier}-${i}" => {
        tier   = tier
        zone   = zone
        cidr   = cidrsubnet(local.networks.primary.cidr, 8, t.offset + i)
        public = t.public
      }
    }
  ]...)

  standby_subnets = merge([
    for tier, t in local.tiers : {
      for i, zone in local.networks.standby.zones : "${tier}-${i}" => {
        tier   = tier
        zone   = zone
        cidr   = cidrsubnet(local.networks.standby.cidr, 8, t.offset + i)
        public = t.public
      }
    }
  ]...)
}
