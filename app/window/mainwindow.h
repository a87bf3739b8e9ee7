#pragma once

#include "diagramrenderer.h"

#include <QMainWindow>
#include <QPointer>
#include <QSet>

#include "lessons/lesson.h"

#include <optional>

#include <memory>

class QLabel;
class QDockWidget;
class QLineEdit;
class QMenu;
class QToolBar;
class QTreeView;
class QUndoView;
class QWidgetAction;
class QTextBrowser;
class QTimer;

namespace kumo {

class FileWatch;
class ClassProgressDialog;
class LessonLayout;

class Design;
class DesignScene;
class DesignView;
class Document;
class FindingsModel;
class Autosave;
class DesignLock;
class IncrementalValidator;
class OutlineModel;
class PaletteWidget;
class PropertyPanel;
class CostPanel;
class ConflictsPanel;
class DifferencesPanel;
class WelcomeWidget;
struct ChangeEvent;

/// The editor window.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    Document *document() const { return m_document; }
    DesignScene *scene() const { return m_scene; }
    DesignView *view() const { return m_view; }
    PropertyPanel *propertyPanel() const { return m_properties; }
    FindingsModel *findingsModel() const { return m_findings; }
    OutlineModel *outlineModel() const { return m_outline; }
    QTreeView *findingsView() const { return m_findingsView; }

    /// Opens a design or lesson file; a design open in another window is opened only when the
    /// user confirms it.
    bool openFile(const QString &path);
    /// Offers to restore work left behind by a window that did not close cleanly.
    /// Offers the work an earlier run left unsaved; true when it was recovered.
    bool offerRecovery();
    /// Opens the design that was open when Kumo last closed; false when there is none.
    bool restoreLastSession();
    /// Another program changed (or removed) the open file: reload it, asking first when there
    /// are unsaved changes.
    void fileChangedElsewhere(const QString &path, bool removed);
    /// Replaces the design (laid out first when it has no geometry).
    void setDesign(Design design, const QString &path);
    bool saveTo(const QString &path);
    /// Selects and centres the components of the finding at @p row.
    void activateFinding(int row);
    void copySelection();
    /// Pastes the clipboard's components next to where they were copied from; one undo step.
    /// Adds a kind chosen in the palette without a drag (double-click or Enter).
    void addKindWithoutDragging(const QString &kind);
    void paste();
    void duplicateSelection();
    /// Lays the whole design out afresh (Arrange › Tidy Layout), one undo step.
    void tidyLayout();
    /// Switches the interface language (View › Language) and redraws every text.
    void setLanguage(const QString &code);
    /// File › Export › Diagram: asks where and how, then writes the file.
    void exportDiagram();
    /// Writes the design (or part of it, see the options) as a diagram; reports in the status bar.
    bool writeDiagram(const QString &path, DiagramRenderer::Format format, const DiagramRenderer::Options &options, QString *error = nullptr);
    /// Selects the components whose name, id, kind or CIDR contain @p text; returns how many.
    int find(const QString &text);
    /// Opens a lesson file: its start design and the Lesson panel (Help › Lessons, File › Open).
    bool startLesson(const QString &path, bool confirm = true);
    /// Closes the Lesson panel and puts the window back as it was before the lesson.
    void endLesson();
    /// File › Class Progress…: the progress of every design in a folder (@p folder, or asks).
    ClassProgressDialog *showClassProgress(const QString &folder = QString());
    /// File › Compare With…: asks for the other version (a file or a git revision), then compares.
    void compareWithDialog();
    /// Shows the differences from @p before (named @p label) to the open design on the canvas
    /// and in the Differences panel, until closeComparison().
    void compareWith(Design before, const QString &label);
    void closeComparison();
    DifferencesPanel *differencesPanel() const { return m_differences; }
    ConflictsPanel *conflictsPanel() const { return m_conflicts; }

protected:
    void closeEvent(QCloseEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void createDocks();
    void createActions();
    void retitleDocks();
    void retranslateUi();
    void documentChanged(const ChangeEvent &event);
    void publishFindings();
    void selectionChanged();
    void outlineSelectionChanged();
    void showFindingExplanation();
    /// Shows what a component is and how it fares in the Explanation panel.
    void explainComponent(const QString &id);
    void updateTitle();
    void newFromTemplate(const QString &id);
    bool save();
    bool saveAs();
    void open();
    /// File › Import › Terraform state or plan (and dropped .tfstate/.json files and configuration
    /// folders): a new, unsaved design.
    void importTerraform(QStringList paths);
    /// File › Import › Terraform configuration folder: a folder of .tf files, no state needed.
    void importTerraformFolder();
    void exportTerraform();
    bool confirmDiscard();
    void addCopies(const QByteArray &copied, const QString &undoText);
    void rememberRecent(const QString &path);
    void updateRecentMenu();

    Document *m_document;
    DesignScene *m_scene;
    DesignView *m_view;
    OutlineModel *m_outline;
    FindingsModel *m_findings;
    PaletteWidget *m_palette;
    PropertyPanel *m_properties;
    CostPanel *m_costPanel = nullptr;
    DifferencesPanel *m_differences = nullptr;
    ConflictsPanel *m_conflicts = nullptr;
    QAction *m_closeComparison = nullptr; ///< Escape while comparing (rebuilt with the menus)
    /// Shows the Merge Conflicts panel while the design records conflicts, and says when all are resolved.
    void conflictCountChanged(int count);
    QTreeView *m_outlineView;
    QTreeView *m_findingsView;
    QUndoView *m_history = nullptr;
    QToolBar *m_toolbar = nullptr;
    QAction *m_undoAction = nullptr;
    QAction *m_redoAction = nullptr;
    QWidgetAction *m_searchAction = nullptr; ///< the search box in the toolbar, kept across rebuilds
    QSet<int> m_collapsedSeverities; ///< severity groups the user folded
    QTextBrowser *m_explanation;
    QLabel *m_counts;
    QLabel *m_zoom;
    QLineEdit *m_search;
    std::unique_ptr<IncrementalValidator> m_validator;
    QTimer *m_validationTimer;
    std::unique_ptr<Autosave> m_autosave;
    /// Marks the open file as open in this window (none for an unsaved design).
    std::unique_ptr<DesignLock> m_designLock;
    /// Claims @p path for this window unless it has it already.
    void claimDesign(const QString &path);
    QTimer *m_autosaveTimer;
    FileWatch *m_fileWatch;
    QMenu *m_recentMenu = nullptr;
    QDockWidget *m_findingsDock = nullptr;
    WelcomeWidget *m_welcome = nullptr;
    void updateWelcome();
    void placeWelcome();
    /// After a design was loaded: reopens the lesson it names (its `lesson` field) at the first
    /// step not done, or ends the lesson when it names none.
    void syncLesson();
    void startNextLesson(const QString &path);
    LessonLayout *m_lessonLayout = nullptr;
    std::optional<Lesson> m_lessonFromFile; ///< the lesson being started from a file outside the library
    QPointer<ClassProgressDialog> m_classProgress;
    bool m_syncingSelection = false;
    bool m_showingFinding = false; ///< the selection comes from activating a finding
    QString m_explainedComponent; ///< the component the Explanation panel teaches about, if any
    bool m_fullValidationPending = false; ///< a structural edit waits for the validation timer
};

} // namespace kumo
