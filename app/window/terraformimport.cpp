#include "terraformimport.h"

#include "inputfile.h"

#include "diagram/diagramlayout.h"
#include "layout/autolayout.h"
#include "terraformimporter.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QDir>
#include <QEventLoop>
#include <QFile>
#include <QFileInfo>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QProgressDialog>
#include <QTableWidget>
#include <QTimer>
#include <QVBoxLayout>

#include <chrono>
#include <future>
#include <set>

namespace kumo {

ImportReportDialog::ImportReportDialog(const tfimport::ImportReport &report, QWidget *parent)
    : QDialog(parent)
{
    using tfimport::Outcome;
    setWindowTitle(tr("Terraform import"));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(new QLabel(tr("%1 resources read from %2: %3 became components, %4 were folded into them, %5 were skipped.")
                                     .arg(report.entries.size())
                                     .arg(report.inputs.join(QStringLiteral(", ")))
                                     .arg(report.count(Outcome::Mapped))
                                     .arg(report.count(Outcome::Folded))
                                     .arg(report.count(Outcome::Skipped)),
                                 this));

    // counts by type
    const auto mapped = report.byType(Outcome::Mapped);
    const auto folded = report.byType(Outcome::Folded);
    const auto skipped = report.byType(Outcome::Skipped);
    std::set<QString> types;
    for (const auto *counts : {&mapped, &folded, &skipped}) {
        for (const auto &[type, n] : *counts)
            types.insert(type);
    }
    auto *table = new QTableWidget(int(types.size()), 4, this);
    table->setObjectName(QStringLiteral("importCounts"));
    table->setHorizontalHeaderLabels({tr("Resource type"), tr("Mapped"), tr("Folded"), tr("Skipped")});
    table->verticalHeader()->hide();
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    int row = 0;
    for (const QString &type : types) {
        table->setItem(row, 0, new QTableWidgetItem(type));
        int column = 1;
        for (const auto *counts : {&mapped, &folded, &skipped}) {
            const auto it = counts->find(type);
            auto *item = new QTableWidgetItem(it == counts->end() ? QString() : QString::number(it->second));
            item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            table->setItem(row, column++, item);
        }
        ++row;
    }
    table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    layout->addWidget(table, 2);

    // what was left out, and why
    QString details;
    for (const tfimport::ImportReport::Entry &e : report.entries) {
        if (e.outcome == Outcome::Skipped)
            details += tr("Skipped %1: %2").arg(e.address, e.detail) + QLatin1Char('\n');
    }
    for (const QString &a : report.assumptions)
        details += tr("Assumed: %1").arg(a) + QLatin1Char('\n');
    for (const tfimport::ImportReport::SecretNotCopied &s : report.secrets)
        details += tr("Not copied (a secret): %1 %2").arg(s.address, s.attribute) + QLatin1Char('\n');
    // configurations (.tf folders): what could not be read or known, and the modules
    for (const QString &e : report.parseErrors)
        details += tr("Not read: %1").arg(e) + QLatin1Char('\n');
    for (const tfimport::ImportReport::Module &m : report.modulesUnderstood)
        details += tr("Module %1: understood from its inputs, version %2 assumed").arg(m.source, m.detail) + QLatin1Char('\n');
    for (const tfimport::ImportReport::Module &m : report.modulesUnread)
        details += tr("Module %1 not read: %2").arg(m.source, m.detail) + QLatin1Char('\n');
    for (const QString &v : report.unknownVariables)
        details += tr("No value for %1: it is unknown").arg(v) + QLatin1Char('\n');
    for (const QString &n : report.evaluationNotes)
        details += tr("Not evaluated: %1").arg(n) + QLatin1Char('\n');
    if (!details.isEmpty()) {
        auto *text = new QPlainTextEdit(details, this);
        text->setObjectName(QStringLiteral("importDetails"));
        text->setReadOnly(true);
        layout->addWidget(text, 1);
    }
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    resize(720, 560);
}

namespace {

/// The name an input goes by in the design's name: a file's name, a folder's own name.
QString shortName(const QString &path)
{
    const QFileInfo info(path);
    return info.isDir() ? QDir(path).dirName() : info.fileName();
}

/// The wait cursor for as long as the import runs.
class WaitCursor
{
public:
    WaitCursor() { QApplication::setOverrideCursor(Qt::WaitCursor); }
    ~WaitCursor() { QApplication::restoreOverrideCursor(); }
    WaitCursor(const WaitCursor &) = delete;
    WaitCursor &operator=(const WaitCursor &) = delete;
};

/// Reads every input (files through the capped reader, folders as configurations) and imports them.
tfimport::ImportResult importInputs(const QStringList &paths, const QString &name)
{
    std::vector<tfimport::ImportSource> sources;
    for (const QString &path : paths) {
        if (isTerraformFolder(path)) {
            sources.push_back({QDir::cleanPath(path), {}, true});
            continue;
        }
        InputRead input = InputFile::read(path, InputLimits::terraformJsonBytes);
        if (!input.ok()) {
            tfimport::ImportResult failed;
            failed.errorSource = QFileInfo(path).fileName();
            failed.errorMessage = input.message();
            return failed;
        }
        sources.push_back({QFileInfo(path).fileName(), std::move(input.bytes)});
    }
    tfimport::ImportResult result = tfimport::TerraformImporter::import(sources, name);
    if (result.ok() && AutoLayout::needsLayout(*result.design))
        Diagram::applyPlacement(*result.design);
    return result;
}

/// Why nothing was imported: the input and the reason, then each file that could not be read.
QString refusalText(const tfimport::ImportResult &result)
{
    QString text = result.errorText();
    constexpr int shown = 12;
    for (qsizetype i = 0; i < result.report.parseErrors.size() && i < shown; ++i)
        text += QLatin1Char('\n') + result.report.parseErrors.at(i);
    if (result.report.parseErrors.size() > shown)
        text += QLatin1Char('\n') + ImportReportDialog::tr("... and %1 more").arg(result.report.parseErrors.size() - shown);
    return text;
}

/// Runs the import away from the window's thread: the window stays responsive, with the wait
/// cursor and, after a moment, a progress dialog.
tfimport::ImportResult importInBackground(QWidget *parent, const QStringList &paths, const QString &name)
{
    const WaitCursor waiting;
    auto work = std::async(std::launch::async, [paths, name]() { return importInputs(paths, name); });
    QProgressDialog progress(ImportReportDialog::tr("Importing Terraform..."), QString(), 0, 0, parent);
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(400);
    QEventLoop loop;
    QTimer poll;
    QObject::connect(&poll, &QTimer::timeout, &loop, [&] {
        if (work.wait_for(std::chrono::seconds(0)) == std::future_status::ready)
            loop.quit();
    });
    poll.start(20);
    if (work.wait_for(std::chrono::seconds(0)) != std::future_status::ready)
        loop.exec();
    progress.reset();
    return work.get();
}

} // namespace

std::optional<Design> importTerraformFiles(QWidget *parent, const QStringList &paths, tfimport::ImportReport *report)
{
    if (paths.isEmpty())
        return std::nullopt;
    const QString name = ImportReportDialog::tr("Imported from %1").arg(shortName(paths.first()));
    tfimport::ImportResult result = importInBackground(parent, paths, name);
    if (!result.ok()) {
        QMessageBox::warning(parent, ImportReportDialog::tr("Cannot import"), refusalText(result));
        return std::nullopt;
    }
    *report = std::move(result.report);
    return std::move(result.design);
}

bool isTerraformFile(const QString &path)
{
    return path.endsWith(QLatin1String(".tfstate")) || path.endsWith(QLatin1String(".tfstate.backup")) || path.endsWith(QLatin1String(".json"));
}

bool isTerraformFolder(const QString &path)
{
    return QFileInfo(path).isDir();
}

} // namespace kumo
