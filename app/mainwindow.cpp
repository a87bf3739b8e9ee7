#include "mainwindow.h"

#include "designfile.h"
#include "document.h"
#include "findingsmodel.h"
#include "outlinemodel.h"
#include "ruleregistry.h"
#include "terraformexporter.h"
#include "incrementalvalidator.h"
#include "validator.h"

#include <QCloseEvent>
#include <QDockWidget>
#include <QFileDialog>
#include <QFileInfo>
#include <QHeaderView>
#include <QLabel>
#include <QListView>
#include <QMenuBar>
#include <QMessageBox>
#include <QStatusBar>
#include <QTimer>
#include <QTextBrowser>
#include <QTreeView>

namespace kumo {

MainWindow::~MainWindow() = default;

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
    , m_document(new Document(this))
    , m_outline(new OutlineModel(m_document, this))
    , m_findings(new FindingsModel(this))
    , m_outlineView(new QTreeView(this))
    , m_findingsView(new QListView(this))
    , m_explanation(new QTextBrowser(this))
    , m_status(new QLabel(this))
    , m_validator(std::make_unique<IncrementalValidator>())
    , m_validationTimer(new QTimer(this))
{
    // findings follow edits after a short pause, so typing stays smooth
    m_validationTimer->setSingleShot(true);
    m_validationTimer->setInterval(60);
    connect(m_validationTimer, &QTimer::timeout, this, &MainWindow::publishFindings);
    m_outlineView->setModel(m_outline);
    m_outlineView->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    setCentralWidget(m_outlineView);

    m_findingsView->setModel(m_findings);
    m_findingsView->setWordWrap(true);
    auto *findingsDock = new QDockWidget(tr("Findings"), this);
    findingsDock->setObjectName(QStringLiteral("findings"));
    findingsDock->setWidget(m_findingsView);
    addDockWidget(Qt::BottomDockWidgetArea, findingsDock);

    auto *explanationDock = new QDockWidget(tr("Explanation"), this);
    explanationDock->setObjectName(QStringLiteral("explanation"));
    explanationDock->setWidget(m_explanation);
    addDockWidget(Qt::RightDockWidgetArea, explanationDock);

    statusBar()->addPermanentWidget(m_status);
    createActions();

    connect(m_document, &Document::changed, this, &MainWindow::documentChanged);
    connect(m_document, &Document::modifiedChanged, this, &MainWindow::updateTitle);
    connect(m_document, &Document::filePathChanged, this, &MainWindow::updateTitle);
    connect(m_findingsView->selectionModel(), &QItemSelectionModel::currentChanged, this, &MainWindow::showFindingExplanation);
    m_validator->validateAll(m_document->design());
    publishFindings();
    updateTitle();
    resize(1200, 800);
}

void MainWindow::createActions()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    file->addAction(tr("&Open..."), QKeySequence::Open, this, [this] {
        if (!confirmDiscard())
            return;
        const QString path = QFileDialog::getOpenFileName(this, tr("Open design"), {}, tr("Kumo designs (*.kumo)"));
        if (!path.isEmpty())
            openFile(path);
    });
    file->addAction(tr("&Save"), QKeySequence::Save, this, &MainWindow::save);
    file->addAction(tr("Save &As..."), QKeySequence::SaveAs, this, &MainWindow::saveAs);
    file->addSeparator();
    QMenu *exportMenu = file->addMenu(tr("&Export"));
    exportMenu->addAction(tr("&Terraform..."), this, &MainWindow::exportTerraform);
    file->addSeparator();
    file->addAction(tr("&Quit"), QKeySequence::Quit, this, &QWidget::close);

    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    QAction *undo = m_document->undoStack()->createUndoAction(this, tr("&Undo"));
    undo->setShortcut(QKeySequence::Undo);
    QAction *redo = m_document->undoStack()->createRedoAction(this, tr("&Redo"));
    redo->setShortcut(QKeySequence::Redo);
    edit->addActions({undo, redo});
}

bool MainWindow::openFile(const QString &path)
{
    LoadError error;
    if (!m_document->load(path, &error)) {
        QMessageBox::warning(this, tr("Cannot open design"), error.toString(QFileInfo(path).fileName()));
        return false;
    }
    m_outlineView->expandAll();
    return true;
}

void MainWindow::documentChanged(const ChangeEvent &event)
{
    m_validator->update(m_document->design(), event);
    m_validationTimer->start();
}

void MainWindow::publishFindings()
{
    m_findings->setFindings(m_validator->findings());
    const Validator::Counts counts = Validator::count(m_findings->findings());
    m_status->setText(tr("%n component(s)", nullptr, int(m_document->design().componentCount())) + QStringLiteral(" · ")
                      + tr("%n error(s)", nullptr, counts.errors) + QStringLiteral(" · ")
                      + tr("%n warning(s)", nullptr, counts.warnings) + QStringLiteral(" · ")
                      + tr("%n hint(s)", nullptr, counts.infos));
}

void MainWindow::showFindingExplanation()
{
    const QModelIndex index = m_findingsView->currentIndex();
    const Rule *rule = RuleRegistry::instance().rule(index.data(FindingsModel::RuleRole).toString());
    if (!rule) {
        m_explanation->clear();
        return;
    }
    m_explanation->setHtml(QStringLiteral("<h3>%1</h3><p><i>%2</i></p><p>%3</p><p><code>%4</code></p>")
                               .arg(rule->translatedTitle().toHtmlEscaped(), index.data().toString().toHtmlEscaped(),
                                    rule->translatedExplanation().toHtmlEscaped(), rule->id));
}

void MainWindow::updateTitle()
{
    const QString path = m_document->filePath();
    const QString name = path.isEmpty() ? tr("Untitled") : QFileInfo(path).fileName();
    setWindowTitle(name + QStringLiteral("[*] — Kumo"));
    setWindowModified(m_document->isModified());
}

bool MainWindow::save()
{
    if (m_document->filePath().isEmpty())
        return saveAs();
    QString error;
    if (!m_document->save(m_document->filePath(), &error)) {
        QMessageBox::warning(this, tr("Cannot save design"), error);
        return false;
    }
    return true;
}

bool MainWindow::saveAs()
{
    QString path = QFileDialog::getSaveFileName(this, tr("Save design"), m_document->filePath(), tr("Kumo designs (*.kumo)"));
    if (path.isEmpty())
        return false;
    if (QFileInfo(path).suffix().isEmpty())
        path += QStringLiteral(".kumo");
    QString error;
    if (!m_document->save(path, &error)) {
        QMessageBox::warning(this, tr("Cannot save design"), error);
        return false;
    }
    return true;
}

void MainWindow::exportTerraform()
{
    const Validator::Counts counts = Validator::count(m_validator->findings());
    if (counts.errors > 0) {
        const auto answer = QMessageBox::warning(
            this, tr("Export Terraform"),
            tr("The design has %n error(s). Terraform would reject the configuration or it would not work. Export anyway?", nullptr, counts.errors),
            QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel);
        if (answer != QMessageBox::Yes)
            return;
    }
    const QString directory = QFileDialog::getExistingDirectory(this, tr("Export Terraform into folder"));
    if (directory.isEmpty())
        return;
    QString error;
    QStringList written;
    if (!TerraformExporter::write(m_document->design(), directory, &error, &written)) {
        QMessageBox::warning(this, tr("Export Terraform"), error);
        return;
    }
    statusBar()->showMessage(tr("Wrote %n Terraform file(s) to %1", nullptr, int(written.size())).arg(directory), 5000);
}

bool MainWindow::confirmDiscard()
{
    if (!m_document->isModified())
        return true;
    const auto answer = QMessageBox::warning(this, tr("Unsaved changes"), tr("The design has changes that are not saved."),
                                             QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel);
    if (answer == QMessageBox::Save)
        return save();
    return answer == QMessageBox::Discard;
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (confirmDiscard())
        event->accept();
    else
        event->ignore();
}

} // namespace kumo
