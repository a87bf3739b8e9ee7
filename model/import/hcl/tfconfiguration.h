#pragma once

#include <nlohmann/json.hpp>

#include <string>
#include <utility>
#include <vector>

namespace kumo::hclread {

/// Values given on the command line: --var-file F (in order) and --var NAME=VALUE (in order).
struct ConfigOptions
{
    std::vector<std::string> varFiles;
    std::vector<std::pair<std::string, std::string>> vars;
};

/// One resource instance as the configuration says it would be (the shape a state has).
struct ConfigResource
{
    std::string module;     ///< module.net["a"] (empty at the root)
    std::string mode;       ///< managed or data
    std::string type;
    std::string name;
    nlohmann::json indexKey; ///< null, a number (count) or a string (for_each)
    std::string provider;    ///< local provider name: aws, random, ...
    std::string providerKey; ///< aws, aws.west, module.net:aws
    std::string region;      ///< the region its provider configuration names (empty when unknown)
    nlohmann::json attributes = nlohmann::json::object(); ///< known values only
};

/// Everything a configuration directory gives: resource instances, and the account of how.
struct ConfigResult
{
    std::string directory;
    std::vector<ConfigResource> resources;
    std::vector<std::string> parseErrors; ///< FILE:LINE:COL: message
    std::vector<std::string> issues;      ///< FILE:LINE:COL: what could not be evaluated
    std::vector<std::string> assumptions;
    std::vector<std::string> unsetVariables; ///< "var.x (module.net)": no value, unknown
    std::vector<std::pair<std::string, std::string>> modulesUnderstood; ///< source, version assumed
    std::vector<std::pair<std::string, std::string>> modulesUnread;     ///< source, why
    std::vector<std::pair<std::string, std::string>> secrets;           ///< address, attribute (or var.x)
    int filesRead = 0;
    /// True when at least one file was read (the directory is a configuration).
    bool readable() const { return filesRead > 0; }
};

/// Reads a folder as a Terraform root module (*.tf, *.tf.json, variable files), evaluates it
/// without a provider (unknowns propagate) and lists the resource instances it would make,
/// local modules included and the best known registry modules understood from their inputs.
namespace Configuration {

ConfigResult read(const std::string &directory, const ConfigOptions &options);
/// True when @p path is a folder holding at least one .tf or .tf.json file.
bool isConfigurationDirectory(const std::string &path);

} // namespace Configuration

} // namespace kumo::hclread
