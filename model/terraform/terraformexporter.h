#pragma once

#include <QString>
#include <QStringList>

#include <map>

namespace kumo {

class Design;

/// Turns a design into a Terraform configuration for the hashicorp/aws provider: versions.tf,
/// providers.tf, variables.tf, outputs.tf and one resource file per area (network.tf,
/// compute.tf, containers.tf, load_balancing.tf, data.tf, delivery.tf, dns.tf, iam.tf, cicd.tf).
/// Walks the Design only; the same design always gives the same bytes.
namespace TerraformExporter {

/// The files, by name.
std::map<QString, QString> generate(const Design &design);
/// Writes the files into @p directory (created when missing), each atomically, and removes
/// resource files of a previous export that this design no longer needs.
bool write(const Design &design, const QString &directory, QString *error = nullptr, QStringList *written = nullptr);
/// Every file name the exporter may write.
QStringList knownFileNames();

} // namespace TerraformExporter

} // namespace kumo
