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

/// File › Import: reads Terraform state or plan files and configuration folders (.tf files, no
/// state) and imports them away from the window's thread (a 20 MB plan or a large configuration
/// must not freeze the editor), laying the design out there too, with a wait cursor and, after a
/// moment, a progress dialog. Shows why (naming the file or folder, and each file of a
/// configuration that could not be read, with its line and column) when nothing could be imported;
/// returns the design and fills @p report otherwise.
std::optional<Design> importTerraformFiles(QWidget *parent, const QStringList &paths, tfimport::ImportReport *report);

/// Files a drop may import: Terraform state (.tfstate, .tfstate.backup) and JSON (.json).
bool isTerraformFile(const QString &path);
/// Folders a drop may import: any folder, read as a Terraform configuration (one that holds no .tf
/// file is refused with that reason when imported).
bool isTerraformFolder(const QString &path);

} // namespace kumo
