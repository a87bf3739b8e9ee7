#pragma once

#include "diff/designmerge.h"

#include <QWidget>

#include <vector>

class QLabel;
class QPushButton;
class QTreeWidget;

namespace kumo {

class DesignScene;
class Document;

/// The Merge Conflicts panel: the conflicts `kumo merge` recorded in the open design
/// (`merge_conflicts`), one row each with our value (the one the design holds), theirs and the
/// base. "Keep Ours" and "Take Theirs" resolve the chosen row as one undo step; resolving the last
/// one removes the record, so the next save writes a clean file. Choosing a row selects its component.
class ConflictsPanel : public QWidget
{
    Q_OBJECT

public:
    ConflictsPanel(Document *document, DesignScene *scene, QWidget *parent = nullptr);

    const std::vector<diff::MergeConflict> &conflicts() const { return m_conflicts; }
    QTreeWidget *tree() const { return m_tree; }
    QString summaryText() const;
    /// Resolves conflict number @p row with @p side (one undo step). False, with the reason shown
    /// in the panel, when that side's value cannot be applied to the design as it is now.
    bool resolve(int row, diff::Side side);

signals:
    /// The number of conflicts left changed (the window shows the panel while there are some).
    void countChanged(int count);
    /// A row was chosen and its component selected.
    void showRequested(const QStringList &ids);

protected:
    void changeEvent(QEvent *event) override;

private:
    void reload();
    void fill();
    void retranslate();
    void updateButtons();
    void resolveCurrent(diff::Side side);

    Document *m_document;
    DesignScene *m_scene;
    std::vector<diff::MergeConflict> m_conflicts;
    QLabel *m_summary;
    QTreeWidget *m_tree;
    QPushButton *m_ours;
    QPushButton *m_theirs;
    QLabel *m_problem;
};

} // namespace kumo
