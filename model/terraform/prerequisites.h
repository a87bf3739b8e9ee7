#pragma once

#include <QStringList>

namespace kumo {

class Design;

namespace TerraformExporter {

/// What must happen outside Terraform before the exported configuration applies and serves
/// traffic, one line per topic (zones to delegate or look up, connections to authorise, images
/// to push); empty when nothing is needed. The command line prints it after writing.
QStringList prerequisites(const Design &design);

} // namespace TerraformExporter

} // namespace kumo
