#include "mainwindow.h"

#include "layout/placement.h"

#include "addcomponentscommand.h"
#include "autosave.h"
#include "designlock.h"
#include "catalog.h"
#include "clipboard.h"
#include "comparewithdialog.h"
#include "conflictspanel.h"
#include "differencespanel.h"
#include "componentitem.h"
#include "designfile.h"
#include "designscene.h"
#include "designview.h"
#include "document.h"
#include "explanationhtml.h"
#include "exportdiagramdialog.h"
#include "exposurepanel.h"
#include "filewatch.h"
#include "findingsmodel.h"
#include "geometrycommand.h"
#include "glossarydialog.h"
#include "classprogressdialog.h"
#include "lessonlayout.h"
#include "lessonpanel.h"
#include "lessons/lessonlibrary.h"
#include "lessons/lessonsolution.h"
#include "incrementalvalidator.h"
#include "language.h"
#include "diagram/diagramlayout.h"
#include "layout/autolayout.h"
#include "layout/placement.h"
#include "minimapview.h"
#include "outlinemodel.h"
#include "palettewidget.h"
#include "propertypanel.h"
#include "costpanel.h"
#include "ruleregistry.h"
#include "templates.h"
#include "terraformexporter.h"
#include "terraformimport.h"
#include "validator.h"
#include "welcomewidget.h"

#include <QActionGroup>
#include <QApplication>
#include <QClipboard>
#include <QCloseEvent>
#include <QDockWidget>
#include <QFileDialog>
#include <QFileInfo>
#include <QGraphicsItem>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QSettings>
#include <QStatusBar>
#include <QTextBrowser>
#include <QTimer>
#include <QToolBar>
#include <QTreeView>
#include <QUndoView>
#include <QWidgetAction>

#include <optional>

namespace kumo {

MainWindow::~MainWindow()
{
    // the scene clears its items (and selection) while the panels go away: stop listening first
    m_scene->disconnect(this);
    m_document->disconnect(this);
    // closing the window hides the docks, which must not reach this half-destroyed window
    for (QDockWidget *dock : findChildren<QDockWidget *>()) {
        dock->toggleViewAction()->disconnect(this);
        if (dock->widget())
            dock->widget()->disconnect(this);
    }
}

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
    , m_document(new Document(this))
    , m_scene(new DesignScene(m_document, this))
    , m_view(new DesignView(m_scene, this))
    , m_outline(new OutlineModel(m_document, this))
    , m_findings(new FindingsModel(this))
    , m_palette(new PaletteWidget(this))
    , m_properties(new PropertyPanel(m_document, this))
    , m_outlineView(new QTreeView(this))
    , m_findingsView(new QTreeView(this))
    , m_explanation(new QTextBrowser(this))
    , m_counts(new QLabel(this))
    , m_zoom(new QLabel(this))
    , m_search(new QLineEdit(this))
    , m_validator(std::make_unique<IncrementalValidator>())
    , m_validationTimer(new QTimer(this))
    , m_autosave(std::make_unique<Autosave>())
    , m_autosaveTimer(new QTimer(this))
    , m_fileWatch(new FileWatch(this))
    , m_lessonLayout(new LessonLayout(this))
{
    // unsaved work goes to disk every 20 seconds
    m_autosaveTimer->setInterval(20000);
    connect(m_autosaveTimer, &QTimer::timeout, this, [this] {
        if (m_document->isModified())
            m_autosave->write(m_document->design(), m_document->filePath());
    });
    m_autosaveTimer->start();
    setCentralWidget(m_view);
    setAcceptDrops(true);
    setDockNestingEnabled(true);
    m_search->setClearButtonEnabled(true);
    m_search->setMaximumWidth(320);
    m_searchAction = new QWidgetAction(this);
    m_searchAction->setDefaultWidget(m_search);
    connect(m_search, &QLineEdit::returnPressed, this, [this] {
        const int matches = find(m_search->text());
        statusBar()->showMessage(tr("%n component(s) found", nullptr, matches), 3000);
    });
    createDocks();
    createActions();
    statusBar()->addPermanentWidget(m_counts);
    statusBar()->addPermanentWidget(m_zoom);

    // findings follow edits after a short pause, so typing stays smooth
    m_validationTimer->setSingleShot(true);
    m_validationTimer->setInterval(60);
    connect(m_validationTimer, &QTimer::timeout, this, &MainWindow::publishFindings);
    connect(m_document, &Document::changed, this, &MainWindow::documentChanged);
    connect(m_document, &Document::modifiedChanged, this, &MainWindow::updateTitle);
    connect(m_document, &Document::filePathChanged, this, &MainWindow::updateTitle);
    connect(m_fileWatch, &FileWatch::changedElsewhere, this, &MainWindow::fileChangedElsewhere);
    connect(m_scene, &QGraphicsScene::selectionChanged, this, &MainWindow::selectionChanged);
    connect(m_scene, &DesignScene::statusMessage, this, [this](const QString &m) { statusBar()->showMessage(m, 5000); });
    connect(m_view, &DesignView::statusMessage, this, [this](const QString &m) { statusBar()->showMessage(m, 3000); });
    connect(m_view, &DesignView::zoomChanged, this, [this](double z) { m_zoom->setText(QStringLiteral("%1%").arg(qRound(z * 100))); });
    m_zoom->setText(QStringLiteral("100%"));
    m_welcome = new WelcomeWidget(m_view);
    m_view->viewport()->installEventFilter(this);
    connect(m_welcome, &WelcomeWidget::templateChosen, this, &MainWindow::newFromTemplate);
    connect(m_welcome, &WelcomeWidget::recentChosen, this, &MainWindow::openFile);
    connect(m_welcome, &WelcomeWidget::openRequested, this, &MainWindow::open);
    connect(m_welcome, &WelcomeWidget::lessonChosen, this, [this](const QString &path) { startLesson(path); });
    updateWelcome();
    m_validator->validateAll(m_document->design());
    publishFindings();
    showFindingExplanation();
    updateTitle();
    resize(1440, 900);
}

void MainWindow::setLanguage(const QString &code)
{
    if (!Language::apply(code))
        return;
    retranslateUi();
}

void MainWindow::retranslateUi()
{
    createActions();
    retitleDocks();
    m_palette->retranslate();
    m_outline->rebuild();
    m_outlineView->expandToDepth(2);
    m_properties->showSelection(m_scene->selectedIds());
    m_scene->refreshTexts();
    m_history->setEmptyLabel(tr("<opened>"));
    updateWelcome();
    // finding messages are written in the language of the moment: validate again
    m_validator->validateAll(m_document->design());
    publishFindings();
    showFindingExplanation();
    updateTitle();
}

void MainWindow::retitleDocks()
{
    const std::pair<const char *, QString> titles[] = {
        {"palette", tr("Components")}, {"outline", tr("Outline")},  {"properties", tr("Properties")},
        {"minimap", tr("Overview")},   {"history", tr("History")},  {"explanation", tr("Explanation")},
        {"findings", tr("Findings")},  {"exposure", tr("Exposure")}, {"cost", tr("Cost")},
        {"differences", tr("Differences")}, {"conflicts", tr("Merge Conflicts")},
    };
    for (const auto &[name, title] : titles) {
        if (auto *d = findChild<QDockWidget *>(QString::fromLatin1(name)))
            d->setWindowTitle(title);
    }
}

void MainWindow::createDocks()
{
    // titles come from retitleDocks(), which the language switch calls again
    auto dock = [this](const char *name, QWidget *content, Qt::DockWidgetArea area) {
        auto *d = new QDockWidget(this);
        d->setObjectName(QString::fromLatin1(name));
        d->setWidget(content);
        addDockWidget(area, d);
        return d;
    };
    QDockWidget *palette = dock("palette", m_palette, Qt::LeftDockWidgetArea);
    connect(m_palette, &PaletteWidget::kindActivated, this, &MainWindow::addKindWithoutDragging);
    m_outlineView->setModel(m_outline);
    // sizing the column to its contents measures every row: too slow for designs of thousands
    m_outlineView->header()->setSectionResizeMode(0, QHeaderView::Interactive);
    m_outlineView->header()->resizeSection(0, 200);
    m_outlineView->setUniformRowHeights(true);
    m_outlineView->setSelectionMode(QAbstractItemView::ExtendedSelection);
    QDockWidget *outline = dock("outline", m_outlineView, Qt::LeftDockWidgetArea);
    tabifyDockWidget(palette, outline);
    palette->raise();
    connect(m_outlineView->selectionModel(), &QItemSelectionModel::selectionChanged, this, &MainWindow::outlineSelectionChanged);

    QDockWidget *properties = dock("properties", m_properties, Qt::RightDockWidgetArea);
    QDockWidget *minimap = dock("minimap", new MinimapView(m_view, this), Qt::RightDockWidgetArea);
    splitDockWidget(properties, minimap, Qt::Vertical);
    auto *history = m_history = new QUndoView(m_document->undoStack(), this);
    history->setEmptyLabel(tr("<opened>"));
    QDockWidget *historyDock = dock("history", history, Qt::RightDockWidgetArea);
    tabifyDockWidget(properties, historyDock);
    properties->raise();

    m_findingsView->setModel(m_findings);
    m_findingsView->setHeaderHidden(true);
    m_findingsView->setWordWrap(true);
    m_findingsView->setAlternatingRowColors(true);
    m_findingsView->setExpandsOnDoubleClick(true);
    // groups stay as the user left them while findings come and go
    connect(m_findingsView, &QTreeView::collapsed, this, [this](const QModelIndex &i) {
        if (m_findings->findingAt(i) < 0)
            m_collapsedSeverities.insert(i.data(FindingsModel::SeverityRole).toInt());
    });
    connect(m_findingsView, &QTreeView::expanded, this, [this](const QModelIndex &i) {
        m_collapsedSeverities.remove(i.data(FindingsModel::SeverityRole).toInt());
    });
    QDockWidget *findings = dock("findings", m_findingsView, Qt::BottomDockWidgetArea);
    m_findingsDock = findings;
    QDockWidget *explanation = dock("explanation", m_explanation, Qt::BottomDockWidgetArea);
    splitDockWidget(findings, explanation, Qt::Horizontal);
    QDockWidget *exposure = dock("exposure", new ExposurePanel(m_document, m_scene, this), Qt::BottomDockWidgetArea);
    splitDockWidget(explanation, exposure, Qt::Horizontal);
    exposure->hide(); // View › Exposure shows the panel and draws the paths
    tabifyDockWidget(findings, dock("cost", m_costPanel = new CostPanel(m_document, this), Qt::BottomDockWidgetArea));
    // File › Compare With… and designs written by `kumo merge` with conflicts show these
    QDockWidget *differences = dock("differences", m_differences = new DifferencesPanel(m_document, m_scene, this), Qt::BottomDockWidgetArea);
    tabifyDockWidget(findings, differences);
    differences->hide();
    connect(m_differences, &DifferencesPanel::showRequested, this, [this](const QRectF &area) { m_view->centerOn(area.center()); });
    connect(m_differences, &DifferencesPanel::closed, this, [this, differences] {
        differences->hide();
        if (m_closeComparison)
            m_closeComparison->setEnabled(false);
    });
    // closing the panel ends the comparison (switching to another tab does not)
    connect(differences->toggleViewAction(), &QAction::toggled, this, [this](bool shown) {
        if (!shown)
            m_differences->closeComparison();
    });
    QDockWidget *conflicts = dock("conflicts", m_conflicts = new ConflictsPanel(m_document, m_scene, this), Qt::BottomDockWidgetArea);
    tabifyDockWidget(findings, conflicts);
    conflicts->hide();
    connect(m_conflicts, &ConflictsPanel::countChanged, this, &MainWindow::conflictCountChanged);
    connect(m_conflicts, &ConflictsPanel::showRequested, this, [this](const QStringList &ids) { m_view->centreOn(ids); });
    findings->raise();
    resizeDocks({palette, properties}, {250, 360}, Qt::Horizontal);
    resizeDocks({properties, minimap}, {560, 150}, Qt::Vertical);
    resizeDocks({findings}, {190}, Qt::Vertical);
    connect(m_findingsView->selectionModel(), &QItemSelectionModel::currentChanged, this, &MainWindow::showFindingExplanation);
    auto activate = [this](const QModelIndex &i) {
        if (const int finding = m_findings->findingAt(i); finding >= 0)
            activateFinding(finding);
    };
    connect(m_findingsView, &QTreeView::activated, this, activate);
    connect(m_findingsView, &QTreeView::clicked, this, activate);
    retitleDocks();
}

void MainWindow::createActions()
{
    // built afresh when the language changes: a new menu bar, toolbar and undo actions
    setMenuBar(new QMenuBar(this));
    delete m_undoAction;
    delete m_redoAction;
    if (m_toolbar) {
        removeToolBar(m_toolbar);
        delete m_toolbar; // the search box survives: its action belongs to the window
    }

    QMenu *file = menuBar()->addMenu(tr("&File"));
    file->addAction(tr("&New"), QKeySequence::New, this, [this] {
        if (confirmDiscard())
            setDesign(Design(), QString());
    });
    QMenu *templates = file->addMenu(tr("New from &Template"));
    for (const TemplateInfo &t : Templates::list())
        templates->addAction(t.title, this, [this, id = t.id] { newFromTemplate(id); });
    file->addAction(tr("&Open..."), QKeySequence::Open, this, &MainWindow::open);
    m_recentMenu = file->addMenu(tr("Open &Recent"));
    updateRecentMenu();
    file->addAction(tr("&Save"), QKeySequence::Save, this, &MainWindow::save);
    file->addAction(tr("Save &As..."), QKeySequence::SaveAs, this, &MainWindow::saveAs);
    file->addSeparator();
    QAction *compare = file->addAction(tr("Compare &With..."), this, &MainWindow::compareWithDialog);
    compare->setStatusTip(tr("Show what changed since another version of this design: a file, or a commit in git"));
    m_closeComparison = file->addAction(tr("C&lose Comparison"), QKeySequence(Qt::Key_Escape), this, [this] {
        // Escape on the canvas with something selected only deselects, as it does otherwise
        if (m_view->hasFocus() && !m_scene->selectedItems().isEmpty())
            m_scene->clearSelection();
        else
            closeComparison();
    });
    m_closeComparison->setEnabled(m_differences->isComparing());
    file->addSeparator();
    QMenu *importMenu = file->addMenu(tr("&Import"));
    importMenu->addAction(tr("&Terraform State or Plan..."), this, [this] { importTerraform({}); });
    importMenu->addAction(tr("Terraform &Configuration Folder..."), this, &MainWindow::importTerraformFolder);
    QMenu *exportMenu = file->addMenu(tr("&Export"));
    exportMenu->addAction(tr("&Terraform..."), this, &MainWindow::exportTerraform);
    exportMenu->addAction(tr("&Diagram (PNG, SVG, PDF)..."), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E), this, &MainWindow::exportDiagram);
    file->addSeparator();
    file->addAction(tr("&Class Progress..."), this, [this] { showClassProgress(); });
    file->addSeparator();
    file->addAction(tr("&Quit"), QKeySequence::Quit, this, &QWidget::close);

    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    QAction *undo = m_undoAction = m_document->undoStack()->createUndoAction(this, tr("&Undo"));
    undo->setShortcut(QKeySequence::Undo);
    QAction *redo = m_redoAction = m_document->undoStack()->createRedoAction(this, tr("&Redo"));
    redo->setShortcut(QKeySequence::Redo);
    edit->addActions({undo, redo});
    edit->addSeparator();
    edit->addAction(tr("Cu&t"), QKeySequence::Cut, this, [this] {
        copySelection();
        m_scene->deleteSelection();
    });
    edit->addAction(tr("&Copy"), QKeySequence::Copy, this, &MainWindow::copySelection);
    edit->addAction(tr("&Paste"), QKeySequence::Paste, this, &MainWindow::paste);
    edit->addAction(tr("D&uplicate"), QKeySequence(Qt::CTRL | Qt::Key_D), this, &MainWindow::duplicateSelection);
    QAction *remove = edit->addAction(tr("&Delete"), this, [this] { m_scene->deleteSelection(); });
    remove->setShortcuts({QKeySequence::Delete, QKeySequence(Qt::Key_Backspace)});
    edit->addAction(tr("Select &All"), QKeySequence::SelectAll, this, [this] {
        for (QGraphicsItem *i : m_scene->items())
            i->setSelected(true);
    });

    QMenu *arrange = menuBar()->addMenu(tr("&Arrange"));
    const std::pair<QString, Align::Edge> edges[] = {
        {tr("Align &Left"), Align::Edge::Left}, {tr("Align &Centre"), Align::Edge::HorizontalCentre}, {tr("Align &Right"), Align::Edge::Right},
        {tr("Align &Top"), Align::Edge::Top}, {tr("Align &Middle"), Align::Edge::VerticalCentre}, {tr("Align &Bottom"), Align::Edge::Bottom}};
    for (const auto &[text, edge] : edges)
        arrange->addAction(text, this, [this, edge = edge] { m_scene->alignSelection(edge); });
    arrange->addSeparator();
    arrange->addAction(tr("Distribute &Horizontally"), this, [this] { m_scene->distributeSelection(Qt::Horizontal); });
    arrange->addAction(tr("Distribute &Vertically"), this, [this] { m_scene->distributeSelection(Qt::Vertical); });
    arrange->addSeparator();
    QAction *tidy = arrange->addAction(tr("T&idy Layout"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_L), this, &MainWindow::tidyLayout);
    tidy->setStatusTip(tr("Arrange the whole design automatically: zones as columns, tiers in rows, global services around the regions"));
    arrange->addSeparator();
    QAction *snap = arrange->addAction(tr("&Snap to Grid"));
    snap->setCheckable(true);
    snap->setChecked(m_scene->snapToGrid());
    connect(snap, &QAction::toggled, m_scene, &DesignScene::setSnapToGrid);

    QMenu *viewMenu = menuBar()->addMenu(tr("&View"));
    viewMenu->addAction(tr("Zoom &In"), QKeySequence::ZoomIn, m_view, &DesignView::zoomIn);
    viewMenu->addAction(tr("Zoom &Out"), QKeySequence::ZoomOut, m_view, &DesignView::zoomOut);
    viewMenu->addAction(tr("&Fit Design"), QKeySequence(Qt::CTRL | Qt::Key_9), m_view, &DesignView::fitAll);
    viewMenu->addAction(tr("Actual &Size"), QKeySequence(Qt::CTRL | Qt::Key_0), m_view, [this] { m_view->setZoom(1.0); });
    viewMenu->addSeparator();
    QAction *deployment = viewMenu->addAction(tr("&Deployment View"));
    deployment->setCheckable(true);
    deployment->setChecked(m_scene->view() == DiagramView::Deployment);
    deployment->setToolTip(tr("Also show where each ECS service's tasks and each Multi-AZ database's standby run, inside their subnets"));
    connect(deployment, &QAction::toggled, this, [this](bool on) { m_scene->setView(on ? DiagramView::Deployment : DiagramView::Logical); });
    viewMenu->addSeparator();
    for (QDockWidget *d : findChildren<QDockWidget *>())
        viewMenu->addAction(d->toggleViewAction());
    viewMenu->addSeparator();
    QMenu *languages = viewMenu->addMenu(tr("&Language"));
    auto *languageGroup = new QActionGroup(languages);
    for (const QString &code : Language::available()) {
        QAction *a = languages->addAction(Language::nativeName(code), this, [this, code] { setLanguage(code); });
        a->setCheckable(true);
        a->setChecked(code == Language::current());
        a->setData(code);
        languageGroup->addAction(a);
    }

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&Glossary"), QKeySequence::HelpContents, this, [this] {
        GlossaryDialog glossary(this);
        glossary.exec();
    });
    QMenu *lessons = help->addMenu(tr("&Lessons"));
    connect(lessons, &QMenu::aboutToShow, this, [this, lessons] {
        LessonPanel::fillMenu(lessons, [this](const QString &path) { startLesson(path); });
    });
    help->addAction(tr("&About Kumo"), this, [this] {
        QMessageBox::about(this, tr("About Kumo"),
                           tr("<h2>Kumo %1</h2><p>Design AWS architectures on a canvas, learn why AWS would reject or warn about "
                              "them, and export Terraform and diagrams.</p><p>Built with Qt %2. Icons and explanations drawn and "
                              "written for Kumo.</p>")
                               .arg(QCoreApplication::applicationVersion(), QString::fromLatin1(qVersion())));
    });

    QToolBar *tools = m_toolbar = addToolBar(tr("Main"));
    tools->setObjectName(QStringLiteral("main-toolbar"));
    tools->setMovable(false);
    // fixed texts, so the buttons after them never move; the command's name is the tooltip
    QUndoStack *stack = m_document->undoStack();
    QAction *undoTool = tools->addAction(tr("Undo"), stack, &QUndoStack::undo);
    QAction *redoTool = tools->addAction(tr("Redo"), stack, &QUndoStack::redo);
    auto updateUndoTools = [stack, undoTool, redoTool] {
        undoTool->setEnabled(stack->canUndo());
        redoTool->setEnabled(stack->canRedo());
        undoTool->setToolTip(stack->canUndo() ? tr("Undo %1 (Ctrl+Z)").arg(stack->undoText()) : tr("Nothing to undo"));
        redoTool->setToolTip(stack->canRedo() ? tr("Redo %1 (Ctrl+Shift+Z)").arg(stack->redoText()) : tr("Nothing to redo"));
    };
    connect(stack, &QUndoStack::indexChanged, undoTool, updateUndoTools);
    connect(stack, &QUndoStack::cleanChanged, undoTool, updateUndoTools);
    updateUndoTools();
    tools->addSeparator();
    tools->addAction(tr("Fit"), m_view, &DesignView::fitAll);
    tools->addAction(tr("Zoom In"), m_view, &DesignView::zoomIn);
    tools->addAction(tr("Zoom Out"), m_view, &DesignView::zoomOut);
    tools->addSeparator();
    tools->addAction(tr("Export Terraform"), this, &MainWindow::exportTerraform);
    tools->addAction(tr("Export Diagram"), this, &MainWindow::exportDiagram);
    tools->addSeparator();
    m_search->setPlaceholderText(tr("Find by name, id, kind or CIDR (Ctrl+F)"));
    tools->addAction(m_searchAction);
    edit->addSeparator();
    edit->addAction(tr("&Find..."), QKeySequence::Find, this, [this] {
        m_search->setFocus();
        m_search->selectAll();
    });
}

void MainWindow::compareWithDialog()
{
    CompareWithDialog dialog(m_document->filePath(), this);
    if (dialog.exec() == QDialog::Accepted)
        compareWith(dialog.design(), dialog.label());
}

void MainWindow::compareWith(Design before, const QString &label)
{
    auto *dock = findChild<QDockWidget *>(QStringLiteral("differences"));
    dock->show();
    dock->raise();
    m_differences->compareWith(std::move(before), label);
    m_closeComparison->setEnabled(true);
    statusBar()->showMessage(m_differences->summaryText(), 8000);
}

void MainWindow::closeComparison()
{
    m_differences->closeComparison();
}

void MainWindow::conflictCountChanged(int count)
{
    auto *dock = findChild<QDockWidget *>(QStringLiteral("conflicts"));
    if (count > 0) {
        dock->show();
        dock->raise();
        statusBar()->showMessage(tr("This design has %n merge conflict(s) to resolve: see Merge Conflicts", nullptr, count), 10000);
    } else if (dock->isVisible()) {
        statusBar()->showMessage(tr("All merge conflicts resolved; save to write the design without its conflict record"), 10000);
    }
}

void MainWindow::claimDesign(const QString &path)
{
    if (!m_designLock || m_designLock->path() != path)
        m_designLock = std::make_unique<DesignLock>(path);
}

void MainWindow::setDesign(Design design, const QString &path)
{
    claimDesign(path);
    closeComparison(); // it compared the design that was open before
    if (AutoLayout::needsLayout(design))
        Diagram::applyPlacement(design);
    m_document->reset(std::move(design), path);
    if (m_conflicts->conflicts().empty())
        findChild<QDockWidget *>(QStringLiteral("conflicts"))->hide();
    m_search->clear();
    m_fileWatch->watch(path);
    m_outlineView->expandToDepth(2);
    syncLesson();
    QTimer::singleShot(0, m_view, &DesignView::fitAll);
}

void MainWindow::syncLesson()
{
    const nlohmann::json &extra = m_document->design().extra;
    const auto named = extra.find("lesson");
    const QString id = named != extra.end() && named->is_string() ? QString::fromStdString(named->get<std::string>()) : QString();
    std::optional<Lesson> lesson;
    if (m_lessonFromFile && m_lessonFromFile->id == id)
        lesson = std::move(m_lessonFromFile);
    m_lessonFromFile.reset();
    if (!lesson && !id.isEmpty()) {
        LessonReadResult found = LessonLibrary::find(id);
        if (found.ok())
            lesson = std::move(found.lesson);
        else
            statusBar()->showMessage(tr("This design was started from the lesson '%1', which is not installed here").arg(id), 10000);
    }
    if (!lesson) {
        endLesson();
        return;
    }
    LessonPanel *panel = LessonPanel::ensureDock(this, m_document);
    connect(panel, &LessonPanel::nextLessonRequested, this, &MainWindow::startNextLesson, Qt::UniqueConnection);
    connect(panel, &LessonPanel::endRequested, this, &MainWindow::endLesson, Qt::UniqueConnection);
    panel->setLesson(*lesson); // opens at the first step not done
    m_lessonLayout->enter(findChild<QDockWidget *>(QStringLiteral("lesson")));
}

void MainWindow::startNextLesson(const QString &path)
{
    startLesson(path); // asks to save the finished design first
}

void MainWindow::endLesson()
{
    if (m_lessonLayout->active())
        m_lessonLayout->leave();
    else if (auto *dock = findChild<QDockWidget *>(QStringLiteral("lesson")))
        dock->hide();
}

ClassProgressDialog *MainWindow::showClassProgress(const QString &folder)
{
    if (!m_classProgress) {
        const auto *panel = findChild<LessonPanel *>();
        m_classProgress = new ClassProgressDialog(panel && panel->lesson() ? panel->lesson()->id : QString(), this);
        m_classProgress->setAttribute(Qt::WA_DeleteOnClose);
        connect(m_classProgress, &ClassProgressDialog::designChosen, this, [this](const QString &path) {
            if (confirmDiscard())
                openFile(path);
        });
    }
    QString chosen = folder;
    if (chosen.isEmpty() && m_classProgress->folder().isEmpty())
        chosen = QFileDialog::getExistingDirectory(this, tr("Folder the class saves its designs to"));
    if (!chosen.isEmpty())
        m_classProgress->setFolder(chosen);
    m_classProgress->show();
    m_classProgress->raise();
    return m_classProgress;
}

bool MainWindow::openFile(const QString &path)
{
    if (path.endsWith(QLatin1String(".kumo-lesson")))
        return startLesson(path, false);
    qint64 otherWindow = 0;
    const bool mine = m_designLock && m_designLock->isHeld() && m_designLock->path() == path;
    if (!mine && DesignLock::isHeldElsewhere(path, &otherWindow)) {
        const QString where = otherWindow == QCoreApplication::applicationPid() || otherWindow <= 0
                                  ? tr("another window")
                                  : tr("another Kumo window (process %1)").arg(otherWindow);
        const auto answer = QMessageBox::warning(
            this, tr("Design open elsewhere"),
            tr("%1 is already open in %2. If both windows save it, one overwrites the other's changes. Open it here anyway?")
                .arg(QFileInfo(path).fileName(), where),
            QMessageBox::Open | QMessageBox::Cancel, QMessageBox::Cancel);
        if (answer != QMessageBox::Open)
            return false;
    }
    DesignReadResult result = DesignFile::load(path);
    if (!result.ok()) {
        QMessageBox::warning(this, tr("Cannot open design"), result.error.toString(QFileInfo(path).fileName()));
        return false;
    }
    setDesign(std::move(*result.design), path);
    rememberRecent(path);
    return true;
}

void MainWindow::fileChangedElsewhere(const QString &path, bool removed)
{
    const QString name = QFileInfo(path).fileName();
    if (removed) {
        // keep the work: saving writes the file again
        m_document->undoStack()->resetClean();
        statusBar()->showMessage(tr("%1 was deleted or moved by another program; save to keep this design").arg(name), 10000);
        return;
    }
    if (m_document->isModified()
        && QMessageBox::question(this, tr("File changed on disk"),
                                 tr("Another program changed %1. Reload it and lose your unsaved changes, or keep your version?").arg(name),
                                 QMessageBox::Yes | QMessageBox::No, QMessageBox::No)
               != QMessageBox::Yes) {
        return; // saving will overwrite the other program's version
    }
    DesignReadResult result = DesignFile::load(path);
    if (!result.ok()) {
        statusBar()->showMessage(tr("%1 was changed by another program and cannot be read now: %2").arg(name, result.error.message), 10000);
        return;
    }
    setDesign(std::move(*result.design), path);
    statusBar()->showMessage(tr("Reloaded %1: another program changed it").arg(name), 8000);
}

bool MainWindow::restoreLastSession()
{
    const QString last = QSettings().value(QStringLiteral("lastSession")).toString();
    if (last.isEmpty() || !QFileInfo::exists(last))
        return false;
    return openFile(last);
}

bool MainWindow::offerRecovery()
{
    const auto leftOver = Autosave::findLeftOver();
    if (!leftOver)
        return false;
    const QString name = leftOver->originalPath.isEmpty() ? tr("an unsaved design") : QFileInfo(leftOver->originalPath).fileName();
    const auto answer = QMessageBox::question(this, tr("Recover unsaved work?"),
                                              tr("Kumo did not close normally last time. Recover the unsaved changes to %1?").arg(name),
                                              QMessageBox::Yes | QMessageBox::Discard, QMessageBox::Yes);
    DesignReadResult result = answer == QMessageBox::Yes ? DesignFile::load(leftOver->file) : DesignReadResult();
    QFile::remove(leftOver->file);
    QFile::remove(leftOver->file + QStringLiteral(".path"));
    if (!result.ok())
        return false;
    setDesign(std::move(*result.design), leftOver->originalPath);
    // recovered work is unsaved work: mark it so, and keep it safe again
    m_document->undoStack()->resetClean();
    m_autosave->write(m_document->design(), m_document->filePath());
    updateTitle();
    return true;
}

void MainWindow::rememberRecent(const QString &path)
{
    QSettings settings;
    QStringList recent = settings.value(QStringLiteral("recentFiles")).toStringList();
    recent.removeAll(path);
    recent.prepend(path);
    settings.setValue(QStringLiteral("recentFiles"), QStringList(recent.mid(0, 8)));
    updateRecentMenu();
}

void MainWindow::updateRecentMenu()
{
    m_recentMenu->clear();
    const QStringList recent = QSettings().value(QStringLiteral("recentFiles")).toStringList();
    for (const QString &path : recent) {
        m_recentMenu->addAction(QFileInfo(path).fileName(), this, [this, path] {
            if (confirmDiscard())
                openFile(path);
        })->setToolTip(path);
    }
    m_recentMenu->setEnabled(!recent.isEmpty());
}

void MainWindow::newFromTemplate(const QString &id)
{
    if (!confirmDiscard())
        return;
    DesignReadResult result = Templates::load(id);
    if (result.ok())
        setDesign(std::move(*result.design), QString());
}

void MainWindow::open()
{
    if (!confirmDiscard())
        return;
    const QString path = QFileDialog::getOpenFileName(this, tr("Open design"), {}, tr("Kumo designs and lessons (*.kumo *.kumo-lesson)"));
    if (!path.isEmpty())
        openFile(path);
}

void MainWindow::importTerraform(QStringList paths)
{
    if (!confirmDiscard())
        return;
    if (paths.isEmpty())
        paths = QFileDialog::getOpenFileNames(this, tr("Import Terraform state or plan"), {},
                                              tr("Terraform state or plan JSON (*.tfstate *.backup *.json);;All files (*)"));
    tfimport::ImportReport report;
    if (std::optional<Design> design = importTerraformFiles(this, paths, &report)) {
        setDesign(std::move(*design), QString());
        ImportReportDialog(report, this).exec();
    }
}

void MainWindow::importTerraformFolder()
{
    if (!confirmDiscard())
        return;
    const QString folder = QFileDialog::getExistingDirectory(this, tr("Import a Terraform configuration folder (.tf files)"));
    if (folder.isEmpty())
        return;
    tfimport::ImportReport report;
    if (std::optional<Design> design = importTerraformFiles(this, {folder}, &report)) {
        setDesign(std::move(*design), QString());
        ImportReportDialog(report, this).exec();
    }
}

void MainWindow::updateWelcome()
{
    const bool empty = m_document->design().componentCount() == 0;
    if (empty) {
        m_welcome->populate(QSettings().value(QStringLiteral("recentFiles")).toStringList());
        m_welcome->adjustSize();
        placeWelcome();
    }
    m_welcome->setVisible(empty);
}

void MainWindow::placeWelcome()
{
    // centred across, a third of the way down the canvas
    // (a child of the view, not of its viewport: the viewport scrolls its children with the canvas)
    const QRect area = m_view->viewport()->geometry();
    m_welcome->move(area.topLeft()
                    + QPoint(std::max(0, (area.width() - m_welcome->width()) / 2), std::max(20, (area.height() - m_welcome->height()) / 3)));
}

bool MainWindow::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_view->viewport() && event->type() == QEvent::Resize)
        placeWelcome(); // docks resize the canvas without resizing the window
    return QMainWindow::eventFilter(watched, event);
}

void MainWindow::resizeEvent(QResizeEvent *event)
{
    QMainWindow::resizeEvent(event);
    updateWelcome();
    m_lessonLayout->fit();
}

void MainWindow::documentChanged(const ChangeEvent &event)
{
    if (event.type == ChangeEvent::Type::Reset || event.type == ChangeEvent::Type::ComponentsAdded
        || event.type == ChangeEvent::Type::ComponentsRemoved)
        updateWelcome();
    // a structural edit needs a full pass: it waits for the timer, so that a burst of edits (or
    // a paste of many components) pays for one pass; property edits stay incremental
    const bool structural = event.type != ChangeEvent::Type::PropertyChanged && event.type != ChangeEvent::Type::GeometryChanged;
    if (structural)
        m_fullValidationPending = true;
    else if (!m_fullValidationPending)
        m_validator->update(m_document->design(), event);
    m_validationTimer->start();
    if (event.type == ChangeEvent::Type::Reset || event.type == ChangeEvent::Type::ComponentsAdded
        || event.type == ChangeEvent::Type::ComponentsRemoved || event.type == ChangeEvent::Type::ParentChanged)
        m_outlineView->expandToDepth(2);
}

void MainWindow::publishFindings()
{
    if (m_fullValidationPending) {
        m_validator->validateAll(m_document->design());
        m_fullValidationPending = false;
    }
    const std::vector<Finding> &findings = m_validator->findings();
    // keep the finding being read current when it is still there after the edit
    const int current = m_findings->findingAt(m_findingsView->currentIndex());
    std::optional<Finding> reading;
    if (current >= 0)
        reading = m_findings->findings()[size_t(current)];
    m_findings->setFindings(findings);
    for (int row = 0; row < m_findings->rowCount(); ++row) {
        const QModelIndex group = m_findings->index(row, 0);
        m_findingsView->setExpanded(group, !m_collapsedSeverities.contains(group.data(FindingsModel::SeverityRole).toInt()));
    }
    if (reading) {
        const std::vector<Finding> &now = m_findings->findings();
        const auto same = std::find_if(now.begin(), now.end(), [&](const Finding &f) {
            return f.rule == reading->rule && f.components == reading->components;
        });
        if (same != now.end()) {
            const QSignalBlocker block(m_findingsView->selectionModel());
            m_findingsView->setCurrentIndex(m_findings->indexOfFinding(int(same - now.begin())));
        }
    }
    m_findingsView->setToolTip(findings.empty() ? tr("No findings: AWS would accept this design as it is.") : QString());
    m_scene->setFindings(findings);
    if (!m_explainedComponent.isEmpty() && m_document->design().contains(m_explainedComponent))
        explainComponent(m_explainedComponent); // its checks may have changed
    else if (!m_findingsView->currentIndex().isValid())
        showFindingExplanation();
    const Validator::Counts counts = Validator::count(findings);
    m_findingsDock->setWindowTitle(tr("Findings — %1 · %2 · %3")
                                       .arg(tr("%n error(s)", nullptr, counts.errors), tr("%n warning(s)", nullptr, counts.warnings),
                                            tr("%n hint(s)", nullptr, counts.infos)));
    m_counts->setText(tr("%n component(s)", nullptr, int(m_document->design().componentCount())) + QStringLiteral("  ·  ")
                      + tr("%n error(s)", nullptr, counts.errors) + QStringLiteral("  ·  ") + tr("%n warning(s)", nullptr, counts.warnings)
                      + QStringLiteral("  ·  ") + tr("%n hint(s)", nullptr, counts.infos));
}

void MainWindow::activateFinding(int row)
{
    if (row < 0 || row >= int(m_findings->findings().size()))
        return;
    const Finding &f = m_findings->findings()[size_t(row)];
    if (m_findings->findingAt(m_findingsView->currentIndex()) != row)
        m_findingsView->setCurrentIndex(m_findings->indexOfFinding(row));
    m_showingFinding = true;
    m_scene->selectIds(f.components);
    m_showingFinding = false;
    m_view->centreOn(f.components);
    showFindingExplanation();
}

void MainWindow::copySelection()
{
    const QStringList ids = m_scene->selectedIds();
    if (ids.isEmpty())
        return;
    auto *mime = new QMimeData;
    const QByteArray data = Clipboard::copy(m_document->design(), ids);
    mime->setData(QString::fromLatin1(Clipboard::mimeType), data);
    mime->setText(QString::fromUtf8(data));
    QApplication::clipboard()->setMimeData(mime);
}

void MainWindow::addKindWithoutDragging(const QString &kind)
{
    const QPoint middle = m_view->viewport()->rect().center();
    QString why;
    if (!m_scene->addComponent(kind, m_view->mapToScene(middle), &why)) {
        m_view->showRefusal(middle, why, true);
        statusBar()->showMessage(why, 5000);
        return;
    }
    m_view->clearRefusal();
    statusBar()->clearMessage();
    // the user asked for it: make sure it can be seen, scrolling as little as possible
    const QStringList added = m_scene->selectedIds();
    if (!added.isEmpty())
        if (ComponentItem *item = m_scene->item(added.first()))
            m_view->ensureVisible(item->sceneBoundingRect(), 20, 20);
}

void MainWindow::paste()
{
    const QMimeData *mime = QApplication::clipboard()->mimeData();
    if (mime && mime->hasFormat(QString::fromLatin1(Clipboard::mimeType)))
        addCopies(mime->data(QString::fromLatin1(Clipboard::mimeType)), tr("Paste"));
}

void MainWindow::tidyLayout()
{
    if (m_document->design().componentCount() == 0)
        return;
    m_document->undoStack()->push(new GeometryCommand(m_document, Diagram::tidyPlacement(m_document->design()), tr("Tidy Layout")));
    m_view->fitAll();
}

void MainWindow::duplicateSelection()
{
    const QStringList ids = m_scene->selectedIds();
    if (!ids.isEmpty())
        addCopies(Clipboard::copy(m_document->design(), ids), tr("Duplicate"));
}

void MainWindow::addCopies(const QByteArray &copied, const QString &undoText)
{
    std::vector<Component> components = Clipboard::paste(m_document->design(), copied, QPointF(24, 24));
    if (components.empty())
        return;
    QStringList top; // select what was copied, not everything inside it
    for (const Component &c : components) {
        if (std::none_of(components.begin(), components.end(), [&](const Component &other) { return other.id == c.parent; }))
            top << c.id;
    }
    // the copies land at the nearest free spot inside their containers, which grow to hold them
    const QHash<QString, QRectF> grown = Placement::placeNew(m_document->design(), components, m_scene->visibleArea());
    QUndoStack *stack = m_document->undoStack();
    stack->beginMacro(undoText);
    stack->push(new AddComponentsCommand(m_document, std::move(components)));
    if (!grown.isEmpty())
        stack->push(new GeometryCommand(m_document, grown, tr("Grow containers")));
    stack->endMacro();
    m_scene->selectIds(top);
}

int MainWindow::find(const QString &text)
{
    const QString needle = text.trimmed();
    QStringList ids;
    if (!needle.isEmpty()) {
        for (const Component *c : m_document->design().components()) {
            const KindSpec *spec = c->kindSpec();
            const QStringList haystack = {c->displayName(), c->id, c->kind, spec ? spec->displayName() : QString(), c->stringProp("cidr")};
            for (const QString &h : haystack) {
                if (h.contains(needle, Qt::CaseInsensitive)) {
                    ids << c->id;
                    break;
                }
            }
        }
    }
    m_scene->selectIds(ids);
    m_view->reveal(ids); // zoomed in far enough to read what was found
    return int(ids.size());
}

void MainWindow::selectionChanged()
{
    if (m_syncingSelection)
        return;
    const QStringList ids = m_scene->selectedIds();
    m_properties->showSelection(ids);
    m_costPanel->showSelection(ids);
    if (!m_showingFinding) {
        // a selection of the user's own: the finding that was being read is no longer current
        const QSignalBlocker block(m_findingsView->selectionModel());
        m_findingsView->setCurrentIndex(QModelIndex());
        m_findingsView->clearSelection();
        // one component chosen: the Explanation panel teaches what it is; nothing: the overview
        if (ids.size() == 1)
            explainComponent(ids.first());
        else
            showFindingExplanation();
    } else if (ids.size() == 1 && m_findings->findingAt(m_findingsView->currentIndex()) < 0) {
        explainComponent(ids.first());
    }
    m_syncingSelection = true;
    m_outlineView->selectionModel()->clearSelection();
    for (const QString &id : ids) {
        const QModelIndex index = m_outline->indexOf(id);
        if (index.isValid()) {
            m_outlineView->selectionModel()->select(index, QItemSelectionModel::Select | QItemSelectionModel::Rows);
            m_outlineView->scrollTo(index);
        }
    }
    m_syncingSelection = false;
}

void MainWindow::outlineSelectionChanged()
{
    // only the user's own clicks in the outline move the canvas: the outline also changes its
    // selection when rows are added or removed under it, and the view must not jump then
    if (m_syncingSelection || !m_outlineView->hasFocus())
        return;
    QStringList ids;
    for (const QModelIndex &index : m_outlineView->selectionModel()->selectedRows())
        ids << index.data(OutlineModel::IdRole).toString();
    m_syncingSelection = true;
    m_scene->selectIds(ids);
    m_syncingSelection = false;
    m_properties->showSelection(ids);
    m_view->centreOn(ids);
}

void MainWindow::explainComponent(const QString &id)
{
    const Component *c = m_document->design().component(id);
    if (!c)
        return;
    m_explainedComponent = id;
    m_explanation->setHtml(ExplanationHtml::component(*c, m_findings->findings()));
}

void MainWindow::showFindingExplanation()
{
    const QModelIndex index = m_findingsView->currentIndex();
    const Rule *rule = RuleRegistry::instance().rule(index.data(FindingsModel::RuleRole).toString());
    if (!rule) {
        m_explainedComponent.clear();
        m_explanation->setHtml(m_findings->findings().empty()
                                   ? tr("<p><b>No findings.</b></p><p style='color:#5f6b7a'>Nothing in this design would be rejected by AWS, "
                                        "and nothing looks insecure. Findings appear here while you edit.</p>")
                                   : tr("<p style='color:#5f6b7a'>Select a finding to read why it matters and how to fix it.</p>"));
        return;
    }
    m_explainedComponent.clear();
    m_explanation->setHtml(ExplanationHtml::finding(*rule, index.data().toString()));
}

void MainWindow::updateTitle()
{
    const QString path = m_document->filePath();
    const QString name = path.isEmpty() ? tr("Untitled") : QFileInfo(path).fileName();
    setWindowTitle(name + QStringLiteral("[*] — Kumo"));
    setWindowModified(m_document->isModified());
}

bool MainWindow::saveTo(const QString &path)
{
    QString error;
    if (!m_document->save(path, &error)) {
        QMessageBox::warning(this, tr("Cannot save design"), error);
        return false;
    }
    statusBar()->showMessage(tr("Saved %1").arg(QFileInfo(path).fileName()), 3000);
    claimDesign(path);
    m_fileWatch->watch(path); // what is on disk now is ours
    m_autosave->discard();
    rememberRecent(path);
    return true;
}

bool MainWindow::save()
{
    return m_document->filePath().isEmpty() ? saveAs() : saveTo(m_document->filePath());
}

bool MainWindow::saveAs()
{
    QString path = QFileDialog::getSaveFileName(this, tr("Save design"), m_document->filePath(), tr("Kumo designs (*.kumo)"));
    if (path.isEmpty())
        return false;
    if (QFileInfo(path).suffix().isEmpty())
        path += QStringLiteral(".kumo");
    return saveTo(path);
}

void MainWindow::exportDiagram()
{
    const QString current = m_document->filePath();
    const QString base = current.isEmpty() ? QDir::home().filePath(QStringLiteral("design"))
                                           : QFileInfo(current).absolutePath() + QLatin1Char('/') + QFileInfo(current).completeBaseName();
    ExportDiagramDialog dialog(base + QStringLiteral(".png"), m_scene->selectedIds(), this);
    dialog.setView(m_scene->view()); // the picture on the canvas, unless the user picks the other
    if (dialog.exec() != QDialog::Accepted)
        return;
    QString error;
    if (!writeDiagram(dialog.path(), dialog.format(), dialog.options(), &error))
        QMessageBox::warning(this, tr("Export Diagram"), error);
}

bool MainWindow::writeDiagram(const QString &path, DiagramRenderer::Format format, const DiagramRenderer::Options &options, QString *error)
{
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const bool written = DiagramRenderer::render(m_document->design(), format, path, options, error);
    QApplication::restoreOverrideCursor();
    if (written)
        statusBar()->showMessage(tr("Diagram exported to %1").arg(QDir::toNativeSeparators(path)), 8000);
    return written;
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

bool MainWindow::startLesson(const QString &path, bool confirm)
{
    const LessonReadResult read = LessonLibrary::loadFile(path);
    auto start = read.ok() ? LessonSolution::startDesign(*read.lesson) : std::nullopt;
    if (!start) {
        QMessageBox::warning(this, tr("Lessons"), read.error.toString(path));
        return false;
    }
    if (confirm && !confirmDiscard())
        return false;
    // the design remembers its lesson, so that opening it again resumes where the learner was
    start->extra["lesson"] = read.lesson->id.toStdString();
    m_lessonFromFile = *read.lesson;
    setDesign(std::move(*start), QString());
    return true;
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
    if (confirmDiscard()) {
        m_autosave->discard(); // saved, or deliberately discarded
        m_designLock.reset();   // another window may open it now
        // the next start without a file opens this one again
        QSettings().setValue(QStringLiteral("lastSession"), m_document->filePath());
        event->accept();
    } else {
        event->ignore();
    }
}

namespace {

/// What a drop may import: Terraform files and configuration folders.
QStringList terraformInputs(const QMimeData *data)
{
    QStringList paths;
    for (const QUrl &url : data->urls()) {
        const QString path = url.isLocalFile() ? url.toLocalFile() : QString();
        if (!path.isEmpty() && (isTerraformFile(path) || isTerraformFolder(path)))
            paths << path;
    }
    return paths;
}

} // namespace

void MainWindow::dragEnterEvent(QDragEnterEvent *event)
{
    const QList<QUrl> urls = event->mimeData()->urls();
    const bool design = std::any_of(urls.begin(), urls.end(), [](const QUrl &url) { return url.isLocalFile() && url.toLocalFile().endsWith(QStringLiteral(".kumo")); });
    if (design || !terraformInputs(event->mimeData()).isEmpty())
        event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent *event)
{
    for (const QUrl &url : event->mimeData()->urls()) {
        if (url.isLocalFile() && url.toLocalFile().endsWith(QStringLiteral(".kumo")) && confirmDiscard()) {
            openFile(url.toLocalFile());
            return;
        }
    }
    // Terraform files and configuration folders dropped together become one design, as on the command line
    const QStringList inputs = terraformInputs(event->mimeData());
    if (!inputs.isEmpty())
        importTerraform(inputs);
}

} // namespace kumo
