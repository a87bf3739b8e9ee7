#pragma once

#include <QMainWindow>

class QLabel;
class QListView;
class QTextBrowser;
class QTreeView;

namespace kumo {

class Document;
class FindingsModel;
class OutlineModel;

/// The editor window.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(QWidget *parent = nullptr);

    Document *document() const { return m_document; }
    bool openFile(const QString &path);

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void createActions();
    void revalidate();
    void showFindingExplanation();
    void updateTitle();
    bool save();
    bool saveAs();
    bool confirmDiscard();

    Document *m_document;
    OutlineModel *m_outline;
    FindingsModel *m_findings;
    QTreeView *m_outlineView;
    QListView *m_findingsView;
    QTextBrowser *m_explanation;
    QLabel *m_status;
};

} // namespace kumo
