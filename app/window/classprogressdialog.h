#pragma once

#include <QDialog>
#include <QStringList>

class QComboBox;
class QFileSystemWatcher;
class QLabel;
class QTableWidget;
class QTimer;

namespace kumo {

/// File › Class Progress…: the instructor's view of the room. Watches a folder the class saves its
/// designs to (a shared drive) and shows, live as the files change, each learner's progress in a
/// lesson and, per step, how many have done it and the most common reason why not. A double-click
/// on a learner opens that design.
class ClassProgressDialog : public QDialog
{
    Q_OBJECT

public:
    /// @p lessonId: the lesson to show first when the folder's designs name none.
    explicit ClassProgressDialog(const QString &lessonId, QWidget *parent = nullptr);

    /// Watches @p folder and shows its designs (the lesson most of them were started from, if any).
    void setFolder(const QString &folder);
    QString folder() const { return m_folder; }
    /// Shows @p lessonId's progress; false when it is not a known lesson.
    bool setLesson(const QString &lessonId);
    QString lesson() const;
    QTableWidget *learnersTable() const { return m_learners; }
    QTableWidget *stepsTable() const { return m_steps; }
    /// Reads the folder again now (normally shortly after a file changes).
    void refresh();

signals:
    /// The instructor asked to open a learner's design.
    void designChosen(const QString &path);

protected:
    void changeEvent(QEvent *event) override;

private:
    void chooseFolder();
    void fillLessons();
    void retranslate();
    void watchFiles(const QStringList &files);

    QString m_folder;
    QLabel *m_folderLabel;
    QLabel *m_summary;
    QComboBox *m_lessons;
    QTableWidget *m_learners;
    QTableWidget *m_steps;
    QFileSystemWatcher *m_watcher;
    QTimer *m_refresh;
    QLabel *m_lessonLabel;
    class QPushButton *m_choose;
    QStringList m_paths; ///< the design file of each learner row
};

} // namespace kumo
