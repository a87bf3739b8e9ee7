#include "conflictspanel.h"

#include "designscene.h"
#include "diff/conflictlabels.h"
#include "document.h"
#include "resolveconflictcommand.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace kumo {

namespace {
enum Column { SubjectColumn, WhatColumn, OursColumn, TheirsColumn, BaseColumn, ColumnCount };
}

ConflictsPanel::ConflictsPanel(Document *document, DesignScene *scene, QWidget *parent)
    : QWidget(parent)
    , m_document(document)
    , m_scene(scene)
    , m_summary(new QLabel(this))
    , m_tree(new QTreeWidget(this))
    , m_ours(new QPushButton(this))
    , m_theirs(new QPushButton(this))
    , m_problem(new QLabel(this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    m_summary->setWordWrap(true);
    layout->addWidget(m_summary);
    m_tree->setColumnCount(ColumnCount);
    m_tree->setRootIsDecorated(false);
    m_tree->setAlternatingRowColors(true);
    m_tree->setWordWrap(true);
    m_tree->header()->setStretchLastSection(true);
    layout->addWidget(m_tree, 1);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_ours);
    buttons->addWidget(m_theirs);
    buttons->addStretch(1);
    layout->addLayout(buttons);
    m_problem->setWordWrap(true);
    m_problem->setStyleSheet(QStringLiteral("color: #b02a1e"));
    m_problem->hide();
    layout->addWidget(m_problem);
    connect(m_ours, &QPushButton::clicked, this, [this] { resolveCurrent(diff::Side::Ours); });
    connect(m_theirs, &QPushButton::clicked, this, [this] { resolveCurrent(diff::Side::Theirs); });
    connect(m_tree, &QTreeWidget::currentItemChanged, this, [this] {
        m_problem->hide();
        updateButtons();
        const int row = m_tree->indexOfTopLevelItem(m_tree->currentItem());
        if (row < 0 || row >= int(m_conflicts.size()))
            return;
        const QString &id = m_conflicts[size_t(row)].component;
        if (m_document->design().contains(id)) {
            m_scene->selectIds({id});
            emit showRequested({id});
        }
    });
    connect(m_document, &Document::changed, this, &ConflictsPanel::reload);
    retranslate();
    reload();
}

QString ConflictsPanel::summaryText() const
{
    if (m_conflicts.empty())
        return tr("No merge conflicts left in this design.");
    return tr("%n merge conflict(s) to resolve. The design holds our side of each; choose a row, then keep ours or take theirs. "
              "Once all are resolved the file saves without its conflict record.",
              nullptr, int(m_conflicts.size()));
}

bool ConflictsPanel::resolve(int row, diff::Side side)
{
    if (row < 0 || row >= int(m_conflicts.size()))
        return false;
    auto *command = new ResolveConflictCommand(m_document, m_conflicts[size_t(row)], side);
    if (!command->isApplicable()) {
        m_problem->setText(tr("This choice cannot be applied: %1").arg(command->error()));
        m_problem->show();
        delete command;
        return false;
    }
    m_document->undoStack()->push(command); // the list follows through the document's change
    return true;
}

void ConflictsPanel::resolveCurrent(diff::Side side)
{
    resolve(m_tree->indexOfTopLevelItem(m_tree->currentItem()), side);
}

void ConflictsPanel::reload()
{
    std::vector<diff::MergeConflict> now = diff::recordedConflicts(m_document->design());
    if (now == m_conflicts)
        return;
    const int before = int(m_conflicts.size());
    m_conflicts = std::move(now);
    fill();
    if (int(m_conflicts.size()) != before)
        emit countChanged(int(m_conflicts.size()));
}

void ConflictsPanel::fill()
{
    const int current = std::max(0, m_tree->indexOfTopLevelItem(m_tree->currentItem()));
    const QSignalBlocker block(m_tree);
    m_tree->clear();
    const Design &design = m_document->design();
    for (const diff::MergeConflict &c : m_conflicts) {
        auto *row = new QTreeWidgetItem(m_tree);
        row->setText(SubjectColumn, diff::ConflictLabels::subject(design, c));
        row->setText(WhatColumn, diff::ConflictLabels::what(design, c));
        row->setText(OursColumn, diff::ConflictLabels::value(design, c, diff::Side::Ours));
        row->setText(TheirsColumn, diff::ConflictLabels::value(design, c, diff::Side::Theirs));
        row->setText(BaseColumn, diff::ConflictLabels::value(design, c, diff::Side::Base));
        for (int column = 0; column < ColumnCount; ++column)
            row->setToolTip(column, row->text(column));
    }
    for (int column = 0; column < ColumnCount - 1; ++column) {
        m_tree->resizeColumnToContents(column);
        m_tree->setColumnWidth(column, std::min(m_tree->columnWidth(column), 320)); // long values wrap in their tooltip
    }
    if (m_tree->topLevelItemCount() > 0)
        m_tree->setCurrentItem(m_tree->topLevelItem(std::min(current, m_tree->topLevelItemCount() - 1)));
    m_summary->setText(summaryText());
    updateButtons();
}

void ConflictsPanel::updateButtons()
{
    const bool chosen = m_tree->currentItem() != nullptr;
    m_ours->setEnabled(chosen);
    m_theirs->setEnabled(chosen);
}

void ConflictsPanel::retranslate()
{
    m_tree->setHeaderLabels({tr("Component"), tr("Value"), tr("Ours (kept now)"), tr("Theirs"), tr("Base")});
    m_ours->setText(tr("Keep Ours"));
    m_ours->setToolTip(tr("Keep the value the design holds now and mark the conflict resolved"));
    m_theirs->setText(tr("Take Theirs"));
    m_theirs->setToolTip(tr("Apply the other branch's value and mark the conflict resolved"));
    fill();
}

void ConflictsPanel::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::LanguageChange)
        retranslate();
}

} // namespace kumo
