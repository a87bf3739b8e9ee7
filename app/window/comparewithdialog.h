#pragma once

#include "design.h"
#include "diff/gitrevisions.h"

#include <QDialog>

#include <vector>

class QLabel;
class QLineEdit;
class QRadioButton;
class QTreeWidget;

namespace kumo {

/// File › Compare With…: the other version of the open design to compare it with, either another
/// file or an earlier version of the open file in git (a recent commit from its history, or a
/// revision typed in: a branch, a tag, HEAD~2). Compare reads it and stays open with the reason
/// when it cannot be read.
class CompareWithDialog : public QDialog
{
    Q_OBJECT

public:
    /// @p designPath is the open design's file; empty for an unsaved design (only a file then).
    explicit CompareWithDialog(const QString &designPath, QWidget *parent = nullptr);

    /// The version read, after the dialog was accepted.
    const Design &design() const { return m_design; }
    /// How the comparison names it: "old.kumo", "a1b2c3d · Bigger web server", "main".
    QString label() const { return m_label; }

    /// For tests and the keyboard: choose a file, or a revision (typed, or a row of the history).
    void chooseFile(const QString &path);
    void chooseRevision(const QString &revision);
    bool hasHistory() const { return !m_history.empty(); }
    QTreeWidget *historyList() const { return m_commits; }
    /// Why the dialog did not accept (empty when nothing went wrong).
    QString problem() const;

    void accept() override;

private:
    void browse();
    void commitChosen();
    void updateEnabled();
    bool load();

    QString m_designPath;
    std::vector<diff::GitRevisions::Revision> m_history;
    QRadioButton *m_fileChoice;
    QRadioButton *m_revisionChoice;
    QLineEdit *m_file;
    QTreeWidget *m_commits;
    QLineEdit *m_revision;
    QLabel *m_problem;
    Design m_design;
    QString m_label;
};

} // namespace kumo
