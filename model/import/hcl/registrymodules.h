#pragma once

#include "tfconfiguration.h"

#include <functional>
#include <optional>
#include <string>

namespace kumo::hclread {

/// A call of a registry module Kumo understands without fetching it: the resources the module
/// would make (each with its address inside the module) and the outputs it would give.
struct RegistryExpansion
{
    std::string version; ///< the version assumed (the constraint given, or the one Kumo follows)
    std::vector<ConfigResource> resources; ///< module is relative to the call ("" = the call itself, "module.db_instance" inside it)
    nlohmann::json outputs = nlohmann::json::object();
};

/// What the expansion needs from the configuration: a synthetic id per address and the region.
struct RegistryContext
{
    std::function<std::string(const std::string &address)> idFor; ///< address inside the module -> an id
    std::string region;
};

/// The registry modules that AWS configurations use most (terraform-aws-modules vpc, alb,
/// security-group, rds, ecs with its cluster and service submodules), understood from their
/// inputs as the module's published code uses them.
namespace RegistryModules {

/// "terraform-aws-modules/vpc/aws" (registry or GitHub form) -> "vpc"; "ecs//modules/service" -> "ecs-service"; else empty.
std::string recognise(const std::string &source);
std::optional<RegistryExpansion> expand(const std::string &source, const std::string &version, const nlohmann::json &inputs,
                                        const RegistryContext &context);

} // namespace RegistryModules

} // namespace kumo::hclread
