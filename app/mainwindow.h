#pragma once

#include <QMainWindow>

#include <memory>

class QTimer;

class QLabel;
class QListView;
class QTextBrowser;
class QTreeView;

namespace kumo {

class Document;
class FindingsModel;
class IncrementalValidator;
struct ChangeEvent;
class OutlineModel;

/// The editor window.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    Document *document() const { return m_document; }
    bool openFile(const QString &path);

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void createActions();
    void documentChanged(const ChangeEvent &event);
    void publishFindings();
    void showFindingExplanation();
    void updateTitle();
    bool save();
    bool saveAs();
    void exportTerraform();
    bool confirmDiscard();

    Document *m_document;
    OutlineModel *m_outline;
    FindingsModel *m_findings;
    QTreeView *m_outlineView;
    QListView *m_findingsView;
    QTextBrowser *m_explanation;
    QLabel *m_status;
    std::unique_ptr<IncrementalValidator> m_validator;
    QTimer *m_validationTimer;
};

} // namespace kumo
