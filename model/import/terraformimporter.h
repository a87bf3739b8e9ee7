#pragma once

#include "design.h"
#include "configurationinput.h"
#include "importreport.h"

#include <QByteArray>
#include <QString>

#include <optional>
#include <vector>

namespace kumo::tfimport {

/// One input: what was read, and where from (a file name, or "-").
struct ImportSource
{
    QString name;
    QByteArray bytes;
    bool directory = false; ///< name is a folder read as a Terraform configuration (bytes unused)
};

/// A design and the account of how it was made, or the reason an input was refused.
struct ImportResult
{
    std::optional<Design> design;
    ImportReport report;
    QString errorSource; ///< the input that was refused
    QString errorPlace;  ///< where in it ("resources[2].instances", "3:14")
    QString errorMessage;
    bool ok() const { return design.has_value(); }
    /// "FILE: PLACE: MESSAGE"
    QString errorText() const;
};

/// Turns Terraform state and plan JSON into a design: maps resources to components, folds those that
/// configure another into its properties, rebuilds containment and references, and accounts for
/// every resource instance in the report. The design has no geometry: it is laid out when opened.
namespace TerraformImporter {

ImportResult import(const std::vector<ImportSource> &sources, const QString &designName, const ConfigurationValues &values = {});

} // namespace TerraformImporter

} // namespace kumo::tfimport
