#pragma once

#include "importtext.h"

#include <QString>
#include <QStringList>

#include <nlohmann/json.hpp>

#include <memory>
#include <optional>
#include <vector>

namespace kumo::tfimport {

/// One resource instance as Terraform describes it, whichever of the three input shapes it came from.
struct TfResource
{
    QString address;      ///< full instance address: module.net.aws_subnet.public["a"]
    QString module;       ///< the module instance: module.net (empty at the root)
    QString mode;         ///< "managed" or "data"
    QString type;         ///< aws_subnet
    QString name;         ///< public
    nlohmann::json indexKey; ///< null, a number (count) or a string (for_each)
    QString provider;     ///< the provider's local type name: "aws", "google", "random", ...
    QString providerKey;  ///< the provider configuration: "aws", "aws.tokyo"; distinct per input
    QString regionHint;   ///< the region the provider configuration names, if it does
    nlohmann::json attributes = nlohmann::json::object(); ///< known values (unknown ones are absent)
    const nlohmann::json *expressions = nullptr; ///< the configuration's expressions (plans only)
    const nlohmann::json *config = nullptr;      ///< the configuration of the resource (plans only)
    QStringList moduleCalls; ///< module call names from the root, for configuration lookups
    int input = 0;        ///< which input it came from
    int serial = -1;      ///< position among all resources of an import (set by the importer)

    bool isManaged() const { return mode == QLatin1String("managed"); }
    /// The address without the instance key and without module instance keys: module.net.aws_subnet.public
    QString configAddress() const;
};

/// Why an input was refused, and where.
struct InputError
{
    QString place;   ///< "resources[3].instances[0]", or "line 4, column 2"
    QString message;
};

/// Everything read from one input.
struct TfInput
{
    QString source;   ///< file name, or "-" for standard input
    QString shape;    ///< "state", "show-state" or "plan"
    std::vector<TfResource> resources;
    /// The parsed document (kept alive: resources point into its configuration).
    std::shared_ptr<nlohmann::json> document;
    /// Root module variables of a plan ("variables": {"name": {"value": ...}}).
    const nlohmann::json *variables = nullptr;
    /// configuration.root_module of a plan.
    const nlohmann::json *configuration = nullptr;
};

/// Reads the three shapes Terraform writes, recognised by content: a state file (version 4),
/// `terraform show -json` of a state, and of a plan. Refuses anything else with the place named.
namespace TerraformInput {

std::optional<TfInput> read(const QByteArray &bytes, const QString &source, int inputIndex, InputError *error);

/// module.net["a"].module.sub[0] -> module.net.module.sub (keys stripped)
QString stripInstanceKeys(const QString &address);
/// The instance key written as in an address: [0] or ["a"]
QString keySuffix(const nlohmann::json &indexKey);

} // namespace TerraformInput

} // namespace kumo::tfimport
