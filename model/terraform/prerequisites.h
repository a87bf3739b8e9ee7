#pragma once

#include <QStringList>

namespace kumo {

class Design;

namespace TerraformExporter {

/// What must happen outside Terraform before the exported configuration applies and serves
/// traffic, one line per topic, each saying when: before apply (zones to delegate or look up,
/// passwords to give), then after apply (connections to authorise, images to push); empty when
/// nothing is needed. The command line prints it after writing.
QStringList prerequisites(const Design &design);

/// The variable holding the master password of a database that is the source of read replicas
/// (@p terraformName: the database's Terraform name).
inline QString masterPasswordVariable(const QString &terraformName)
{
    return terraformName + QStringLiteral("_master_password");
}

} // namespace TerraformExporter

} // namespace kumo
