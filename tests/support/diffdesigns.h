#pragma once

#include "design.h"

#include <nlohmann/json.hpp>

#include <functional>

namespace kumo::testing {

/// A small hand-made design for diff and merge tests: a region, a VPC with an internet gateway,
/// one zone with a public subnet and an app subnet, a security group "web-sg" with two inbound
/// rules (22 from 10.0.0.0/8, 80 from 0.0.0.0/0), an instance "web" in the public subnet using it,
/// a second group "db-sg", a bucket "assets", the internet and an annotation arrow "c1".
nlohmann::json baseDesignJson();
/// The base design after @p edit changed its JSON; fails the test (QFAIL-style abort) when it does not load.
Design editedDesign(const std::function<void(nlohmann::json &)> &edit = {});
/// The component object of @p id in a design's JSON.
nlohmann::json &componentIn(nlohmann::json &design, const char *id);

} // namespace kumo::testing
