#pragma once

#include "design.h"
#include "importreport.h"

#include <QDialog>
#include <QStringList>

#include <optional>

namespace kumo {

/// The import report in the editor: counts by type (mapped / folded / skipped), every skipped
/// resource with its reason, the assumptions made and the secrets left behind.
class ImportReportDialog : public QDialog
{
    Q_OBJECT

public:
    explicit ImportReportDialog(const tfimport::ImportReport &report, QWidget *parent = nullptr);
};

/// File › Import › Terraform state or plan: reads the files and imports them away from the
/// window's thread (a 20 MB plan must not freeze the editor), laying the design out there too.
/// Shows why when an input cannot be read; returns the design and fills @p report otherwise.
std::optional<Design> importTerraformFiles(QWidget *parent, const QStringList &paths, tfimport::ImportReport *report);

/// Files a drop may import: Terraform state (.tfstate, .tfstate.backup) and JSON (.json).
bool isTerraformFile(const QString &path);

} // namespace kumo
