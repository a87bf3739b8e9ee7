#pragma once

#include "importreport.h"
#include "terraforminput.h"

#include <QPair>
#include <QString>
#include <QStringList>

namespace kumo::tfimport {

/// Values for the variables of configuration directories (--var-file, --var), in command-line order.
struct ConfigurationValues
{
    QStringList varFiles;
    QList<QPair<QString, QString>> vars;
};

/// Reads a Terraform configuration directory (no state) into the same resource records a state
/// gives, so that the one importer and its one type table make the design; what the reading
/// learnt (parse errors, modules understood or unread, assumptions, secrets) goes to the report.
namespace ConfigurationInput {

/// Null when nothing in the folder could be read (no .tf file, or none that parses); @p error says why.
std::optional<TfInput> read(const QString &directory, int inputIndex, const ConfigurationValues &values, ImportReport &report, QString *error);
bool isConfigurationDirectory(const QString &path);

} // namespace ConfigurationInput

} // namespace kumo::tfimport
