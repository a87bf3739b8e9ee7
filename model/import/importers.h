#pragma once
// The inverse of the Terraform emitters: per resource type, the kind it becomes or the component it
// folds into, and the function that reads its attributes. One file per area, like model/terraform.

#include "importcontext.h"

#include <QString>
#include <QStringList>

#include <functional>
#include <optional>
#include <vector>

namespace kumo::tfimport {

/// Kinds that several areas look references up in.
inline const QStringList kRole = {QStringLiteral("iam_role")};
inline const QStringList kSubnet = {QStringLiteral("subnet")};

/// What an importer does with a resource type.
enum class Role {
    Maps,  ///< the resource becomes a component of `kind`
    Folds, ///< the resource becomes properties of a component of `kind`
    Skips, ///< known, deliberately not imported (the reason says why)
};

/// One row of the table.
struct ImportRule
{
    QString type;     ///< aws_subnet
    Role role = Role::Maps;
    QString kind;     ///< the kind it becomes or folds into
    QString note;     ///< for Skips: why; otherwise what it contributes (documentation)
    /// Attributes besides id and arn by which other resources name it ("name", "family").
    QStringList nameKeys;
    /// Folds run in phases, so that what a fold needs is in place: 1 before 2 before 3.
    int phase = 1;
    /// For Maps: fills the component (props, parent, references). For Folds: updates the target
    /// and records the outcome (ctx.fold or ctx.skip).
    std::function<void(ImportContext &, const TfResource &, Component *)> apply;
    /// For Maps: decides before anything is created that this instance is folded or skipped instead
    /// (an Elastic IP that belongs to a NAT gateway). Returns the reason, or nothing to map it.
    std::function<std::optional<std::pair<Outcome, QString>>(ImportContext &, const TfResource &)> triage;
    /// For Folds: the attribute naming the component that references to this resource stand for
    /// (a certificate validation stands for its certificate, an instance profile for its role).
    QString standsFor;
};

using ImportTable = std::vector<ImportRule>;
using ApplyFunction = std::function<void(ImportContext &, const TfResource &, Component *)>;
using TriageFunction = std::function<std::optional<std::pair<Outcome, QString>>(ImportContext &, const TfResource &)>;

/// Table rows, so that the areas read like a table.
ImportRule maps(const QString &type, const QString &kind, const QStringList &nameKeys, ApplyFunction apply, TriageFunction triage = {},
                const QString &note = {});
ImportRule folds(const QString &type, const QString &kind, const QString &note, int phase, ApplyFunction apply,
                 const QStringList &nameKeys = {}, const QString &standsFor = {});
ImportRule skips(const QString &type, const QString &kind, const QString &note, const QStringList &nameKeys = {});
/// What runs after every rule: decisions that need all folds (which subnets are public).
using Finisher = std::function<void(ImportContext &)>;

void addNetworkImporters(ImportTable &table, std::vector<Finisher> &finishers);
void addComputeImporters(ImportTable &table, std::vector<Finisher> &finishers);
void addContainerImporters(ImportTable &table, std::vector<Finisher> &finishers);
void addLoadBalancingImporters(ImportTable &table, std::vector<Finisher> &finishers);
void addDataImporters(ImportTable &table, std::vector<Finisher> &finishers);
void addDeliveryImporters(ImportTable &table, std::vector<Finisher> &finishers);
void addIdentityImporters(ImportTable &table, std::vector<Finisher> &finishers);
void addPipelineImporters(ImportTable &table, std::vector<Finisher> &finishers);

/// The whole table, in the order the areas are listed above.
const ImportTable &importTable();
const std::vector<Finisher> &importFinishers();
const ImportRule *importRule(const QString &type);

// Reading attributes leniently: absent, null or of another type reads as "not set".
namespace attr {
QString str(const nlohmann::json &attributes, const char *key);
std::optional<qint64> integer(const nlohmann::json &attributes, const char *key);
std::optional<bool> boolean(const nlohmann::json &attributes, const char *key);
QStringList strings(const nlohmann::json &attributes, const char *key);
/// The first block of a nested block list (`root_block_device`, `health_check`), or an empty object.
const nlohmann::json &block(const nlohmann::json &attributes, const char *key);
/// All blocks of a nested block list.
const nlohmann::json &blocks(const nlohmann::json &attributes, const char *key);
/// The "Name" tag, if any.
QString nameTag(const nlohmann::json &attributes);
} // namespace attr

/// Sets a string property when the value is known and non-empty.
void setString(Component &c, const char *prop, const QString &value);
/// Sets a ref[] property when at least one reference resolved.
void setRefs(Component &c, const char *prop, const QStringList &ids);
/// Puts @p c into the component @p parentId, or records why it cannot be placed.
void placeIn(ImportContext &ctx, Component &c, const QString &parentId, const QString &missing);
/// Adds a security-group-like rule to a list property unless an equal rule is there already.
void addUniqueRule(Component &c, const char *prop, nlohmann::json rule);

/// The VPC component an attribute (vpc_id) names; a VPC that is used but not managed by the inputs
/// is added (once) so that what is in it has a place.
QString vpcOf(ImportContext &ctx, const TfResource &r, const char *attribute);
/// The subnet components an attribute names; subnets that no input manages but a data source
/// (data.aws_subnet) describes are added from what it says.
QStringList subnetsOf(ImportContext &ctx, const TfResource &r, const QString &path);
QString subnetOf(ImportContext &ctx, const TfResource &r, const QString &path);
/// The pipeline whose EventBridge trigger assumes @p role (that role is part of the trigger), or empty.
QString pipelineTriggeredWith(ImportContext &ctx, const TfResource &role);
/// True when @p role is assumed by an EventBridge trigger of a pipeline of the inputs (before components exist).
bool triggersPipeline(ImportContext &ctx, const TfResource &role);

} // namespace kumo::tfimport
