#include "comparewithdialog.h"

#include "designfile.h"
#include "designjson.h"

#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace kumo {

namespace {
constexpr int kHistoryLength = 50; ///< recent commits offered
}

CompareWithDialog::CompareWithDialog(const QString &designPath, QWidget *parent)
    : QDialog(parent)
    , m_designPath(designPath)
    , m_fileChoice(new QRadioButton(tr("Another &file:"), this))
    , m_revisionChoice(new QRadioButton(this))
    , m_file(new QLineEdit(this))
    , m_commits(new QTreeWidget(this))
    , m_revision(new QLineEdit(this))
    , m_problem(new QLabel(this))
{
    setWindowTitle(tr("Compare With"));
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(tr("Compare the open design with another version of it. The canvas then shows what the open design "
                                "added (green), removed (red, at its old place) and changed (amber)."),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);

    layout->addWidget(m_fileChoice);
    auto *fileRow = new QHBoxLayout;
    fileRow->addSpacing(20);
    fileRow->addWidget(m_file, 1);
    auto *browse = new QPushButton(tr("&Browse..."), this);
    fileRow->addWidget(browse);
    layout->addLayout(fileRow);
    m_file->setPlaceholderText(tr("a .kumo file"));

    QString historyProblem;
    if (!designPath.isEmpty())
        m_history = diff::GitRevisions::history(designPath, kHistoryLength, &historyProblem);
    else
        historyProblem = tr("the design has not been saved to a file yet");
    const QString name = designPath.isEmpty() ? tr("this design") : QFileInfo(designPath).fileName();
    m_revisionChoice->setText(tr("An earlier version of %1 in &git:").arg(name));
    layout->addWidget(m_revisionChoice);
    m_commits->setColumnCount(4);
    m_commits->setHeaderLabels({tr("Commit"), tr("Date"), tr("Author"), tr("Message")});
    m_commits->setRootIsDecorated(false);
    m_commits->setUniformRowHeights(true);
    m_commits->header()->setStretchLastSection(true);
    for (const diff::GitRevisions::Revision &r : m_history) {
        auto *row = new QTreeWidgetItem(m_commits, {r.shortHash, r.date, r.author, r.subject});
        row->setToolTip(3, r.subject);
    }
    m_commits->resizeColumnToContents(0);
    m_commits->resizeColumnToContents(1);
    m_commits->resizeColumnToContents(2);
    auto *commitsRow = new QHBoxLayout;
    commitsRow->addSpacing(20);
    commitsRow->addWidget(m_commits, 1);
    layout->addLayout(commitsRow, 1);
    auto *revisionRow = new QHBoxLayout;
    revisionRow->addSpacing(20);
    auto *revisionLabel = new QLabel(tr("&Revision:"), this);
    revisionLabel->setBuddy(m_revision);
    revisionRow->addWidget(revisionLabel);
    revisionRow->addWidget(m_revision, 1);
    layout->addLayout(revisionRow);
    m_revision->setPlaceholderText(tr("a commit, a branch, a tag, or e.g. HEAD~1"));
    if (m_history.empty()) {
        auto *why = new QLabel(tr("No git history to choose from: %1.").arg(historyProblem), this);
        why->setWordWrap(true);
        why->setForegroundRole(QPalette::PlaceholderText);
        layout->addWidget(why);
    }

    m_problem->setWordWrap(true);
    m_problem->setStyleSheet(QStringLiteral("color: #b02a1e"));
    m_problem->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_problem->hide();
    layout->addWidget(m_problem);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Compare"));
    layout->addWidget(buttons);

    connect(buttons, &QDialogButtonBox::accepted, this, &CompareWithDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(browse, &QPushButton::clicked, this, &CompareWithDialog::browse);
    connect(m_fileChoice, &QRadioButton::toggled, this, &CompareWithDialog::updateEnabled);
    connect(m_file, &QLineEdit::textEdited, this, [this] { m_fileChoice->setChecked(true); });
    connect(m_revision, &QLineEdit::textEdited, this, [this] { m_revisionChoice->setChecked(true); });
    connect(m_commits, &QTreeWidget::currentItemChanged, this, &CompareWithDialog::commitChosen);
    connect(m_commits, &QTreeWidget::itemDoubleClicked, this, &CompareWithDialog::accept);

    const bool git = !m_history.empty();
    m_revisionChoice->setEnabled(git);
    (git ? m_revisionChoice : m_fileChoice)->setChecked(true);
    if (git) {
        m_commits->setCurrentItem(m_commits->topLevelItem(0)); // the last commit: what changed since
        m_commits->setFocus();
    }
    updateEnabled();
    resize(720, 480);
}

void CompareWithDialog::chooseFile(const QString &path)
{
    m_fileChoice->setChecked(true);
    m_file->setText(path);
}

void CompareWithDialog::chooseRevision(const QString &revision)
{
    m_revisionChoice->setChecked(true);
    m_revision->setText(revision);
}

QString CompareWithDialog::problem() const
{
    return m_problem->text();
}

void CompareWithDialog::browse()
{
    const QString start = m_file->text().isEmpty() ? QFileInfo(m_designPath).absolutePath() : m_file->text();
    const QString path = QFileDialog::getOpenFileName(this, tr("Compare with design"), start, tr("Kumo designs (*.kumo)"));
    if (!path.isEmpty())
        chooseFile(path);
}

void CompareWithDialog::commitChosen()
{
    const int row = m_commits->indexOfTopLevelItem(m_commits->currentItem());
    if (row < 0 || row >= int(m_history.size()))
        return;
    m_revision->setText(m_history[size_t(row)].shortHash);
    m_revisionChoice->setChecked(true);
}

void CompareWithDialog::updateEnabled()
{
    const bool file = m_fileChoice->isChecked();
    m_file->setEnabled(file);
    m_commits->setEnabled(!file && !m_history.empty());
    m_revision->setEnabled(!file && !m_history.empty());
}

bool CompareWithDialog::load()
{
    if (m_fileChoice->isChecked()) {
        const QString path = m_file->text().trimmed();
        if (path.isEmpty()) {
            m_problem->setText(tr("Choose the file to compare with."));
            return false;
        }
        DesignReadResult read = DesignFile::load(path);
        if (!read.ok()) {
            m_problem->setText(read.error.toString(QFileInfo(path).fileName()));
            return false;
        }
        m_design = std::move(*read.design);
        m_label = QFileInfo(path).fileName();
        return true;
    }
    const QString revision = m_revision->text().trimmed();
    if (revision.isEmpty()) {
        m_problem->setText(tr("Choose a commit or type a revision."));
        return false;
    }
    QString error;
    const auto bytes = diff::GitRevisions::fileAt(m_designPath, revision, &error);
    if (!bytes) {
        m_problem->setText(tr("git cannot give %1 as of %2: %3").arg(QFileInfo(m_designPath).fileName(), revision, error));
        return false;
    }
    const QString where = QStringLiteral("%1:%2").arg(revision, QFileInfo(m_designPath).fileName());
    DesignReadResult read = DesignJson::read(*bytes);
    if (!read.ok()) {
        m_problem->setText(read.error.toString(where));
        return false;
    }
    m_design = std::move(*read.design);
    m_label = revision;
    for (const diff::GitRevisions::Revision &r : m_history) {
        if (r.shortHash == revision || r.hash == revision)
            m_label = QStringLiteral("%1 · %2").arg(r.shortHash, r.subject);
    }
    return true;
}

void CompareWithDialog::accept()
{
    m_problem->clear();
    if (!load()) {
        m_problem->show();
        return;
    }
    m_problem->hide();
    QDialog::accept();
}

} // namespace kumo
