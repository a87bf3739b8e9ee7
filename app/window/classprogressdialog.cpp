#include "classprogressdialog.h"

#include "lessons/lessonlibrary.h"
#include "lessons/lessonreport.h"

#include <QComboBox>
#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QFileSystemWatcher>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QSplitter>
#include <QTableWidget>
#include <QTimer>
#include <QVBoxLayout>

namespace kumo {

namespace {
QString uiLanguage()
{
    return QLocale().language() == QLocale::Japanese ? QStringLiteral("ja") : QStringLiteral("en");
}

QTableWidgetItem *cell(const QString &text, const QColor &colour = QColor())
{
    auto *item = new QTableWidgetItem(text);
    item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
    item->setToolTip(text);
    if (colour.isValid())
        item->setForeground(colour);
    return item;
}

const QColor kDone(0x1b, 0x7f, 0x3b);
const QColor kError(0xb0, 0x00, 0x20);
} // namespace

ClassProgressDialog::ClassProgressDialog(const QString &lessonId, QWidget *parent)
    : QDialog(parent)
    , m_folderLabel(new QLabel(this))
    , m_summary(new QLabel(this))
    , m_lessons(new QComboBox(this))
    , m_learners(new QTableWidget(this))
    , m_steps(new QTableWidget(this))
    , m_watcher(new QFileSystemWatcher(this))
    , m_refresh(new QTimer(this))
    , m_lessonLabel(new QLabel(this))
    , m_choose(new QPushButton(this))
{
    setObjectName(QStringLiteral("classProgress"));
    m_folderLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_folderLabel->setWordWrap(true);
    for (QTableWidget *table : {m_learners, m_steps}) {
        table->verticalHeader()->hide();
        table->setEditTriggers(QAbstractItemView::NoEditTriggers);
        table->setSelectionBehavior(QAbstractItemView::SelectRows);
        table->setWordWrap(false);
        table->horizontalHeader()->setStretchLastSection(true);
    }
    m_learners->setColumnCount(4);
    m_steps->setColumnCount(3);
    fillLessons();
    if (const int index = m_lessons->findData(lessonId); index >= 0)
        m_lessons->setCurrentIndex(index);

    auto *top = new QHBoxLayout;
    top->addWidget(m_choose);
    top->addWidget(m_folderLabel, 1);
    top->addWidget(m_lessonLabel);
    top->addWidget(m_lessons);
    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_learners);
    splitter->addWidget(m_steps);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_summary);
    layout->addWidget(splitter, 1);

    // files change in bursts (a save writes a temporary file, then renames it): read once it settles
    m_refresh->setSingleShot(true);
    m_refresh->setInterval(300);
    connect(m_refresh, &QTimer::timeout, this, &ClassProgressDialog::refresh);
    connect(m_watcher, &QFileSystemWatcher::directoryChanged, m_refresh, qOverload<>(&QTimer::start));
    connect(m_watcher, &QFileSystemWatcher::fileChanged, m_refresh, qOverload<>(&QTimer::start));
    connect(m_choose, &QPushButton::clicked, this, &ClassProgressDialog::chooseFolder);
    connect(m_lessons, &QComboBox::currentIndexChanged, this, &ClassProgressDialog::refresh);
    connect(m_learners, &QTableWidget::cellActivated, this, [this](int row, int) {
        if (row >= 0 && row < m_paths.size())
            emit designChosen(m_paths[row]);
    });
    retranslate();
    resize(860, 560);
}

void ClassProgressDialog::fillLessons()
{
    const QSignalBlocker block(m_lessons);
    const QString current = m_lessons->currentData().toString();
    m_lessons->clear();
    for (const LessonInfo &info : LessonLibrary::list())
        m_lessons->addItem(info.title.in(uiLanguage()), info.id);
    if (const int index = m_lessons->findData(current); index >= 0)
        m_lessons->setCurrentIndex(index);
}

void ClassProgressDialog::chooseFolder()
{
    const QString folder = QFileDialog::getExistingDirectory(this, tr("Folder the class saves its designs to"), m_folder);
    if (!folder.isEmpty())
        setFolder(folder);
}

void ClassProgressDialog::setFolder(const QString &folder)
{
    if (!m_watcher->directories().isEmpty())
        m_watcher->removePaths(m_watcher->directories());
    m_folder = folder;
    m_watcher->addPath(folder);
    const QString named = LessonReport::commonLesson(LessonReport::designFiles({folder}));
    if (!named.isEmpty())
        setLesson(named); // refreshes when the lesson changes
    refresh();
}

bool ClassProgressDialog::setLesson(const QString &lessonId)
{
    const int index = m_lessons->findData(lessonId);
    if (index < 0)
        return false;
    m_lessons->setCurrentIndex(index);
    return true;
}

QString ClassProgressDialog::lesson() const
{
    return m_lessons->currentData().toString();
}

void ClassProgressDialog::watchFiles(const QStringList &files)
{
    // a file replaced by a save is dropped by the watcher: watch what is there now
    if (!m_watcher->files().isEmpty())
        m_watcher->removePaths(m_watcher->files());
    if (!files.isEmpty())
        m_watcher->addPaths(files);
}

void ClassProgressDialog::refresh()
{
    m_folderLabel->setText(m_folder.isEmpty() ? tr("No folder chosen yet.") : QDir::toNativeSeparators(m_folder));
    m_learners->setRowCount(0);
    m_steps->setRowCount(0);
    m_paths.clear();
    if (m_folder.isEmpty()) {
        m_summary->clear();
        return;
    }
    const LessonReadResult read = LessonLibrary::find(lesson());
    if (!read.ok()) {
        m_summary->setText(read.error.message);
        return;
    }
    const Lesson &l = *read.lesson;
    const QString lang = uiLanguage();
    const QStringList files = LessonReport::designFiles({m_folder});
    watchFiles(files);
    const ClassProgress progress = LessonReport::build(l, files, lang);
    int finished = 0;
    int readable = 0;
    m_learners->setRowCount(int(progress.learners.size()));
    for (int row = 0; row < int(progress.learners.size()); ++row) {
        const LearnerProgress &p = progress.learners[size_t(row)];
        m_paths << p.file;
        m_learners->setItem(row, 0, cell(QFileInfo(p.file).fileName()));
        if (!p.error.isEmpty()) {
            m_learners->setItem(row, 1, cell(QStringLiteral("—"), kError));
            m_learners->setItem(row, 2, cell(tr("Cannot be read"), kError));
            m_learners->setItem(row, 3, cell(p.error, kError));
            continue;
        }
        ++readable;
        const bool all = p.next.isEmpty();
        finished += all ? 1 : 0;
        m_learners->setItem(row, 1, cell(QStringLiteral("%1 / %2").arg(p.done).arg(p.total), all ? kDone : QColor()));
        const int next = l.stepIndex(p.next);
        m_learners->setItem(row, 2, cell(all ? tr("All done") : QStringLiteral("%1. %2").arg(next + 1).arg(l.steps[size_t(next)].title.in(lang)),
                                         all ? kDone : QColor()));
        m_learners->setItem(row, 3, cell(p.why));
    }
    m_steps->setRowCount(int(progress.steps.size()));
    for (int row = 0; row < int(progress.steps.size()); ++row) {
        const StepProgress &s = progress.steps[size_t(row)];
        m_steps->setItem(row, 0, cell(QStringLiteral("%1. %2").arg(row + 1).arg(l.steps[size_t(row)].title.in(lang))));
        m_steps->setItem(row, 1, cell(QStringLiteral("%1 / %2").arg(s.done).arg(readable), readable > 0 && s.done == readable ? kDone : QColor()));
        m_steps->setItem(row, 2, cell(s.why));
    }
    m_learners->resizeColumnsToContents();
    m_steps->resizeColumnsToContents();
    m_summary->setText(tr("%n design(s) in the folder; %1 finished the lesson. Double-click a learner to open the design.", nullptr,
                          int(progress.learners.size()))
                           .arg(finished));
}

void ClassProgressDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        fillLessons();
        refresh();
    }
    QDialog::changeEvent(event);
}

void ClassProgressDialog::retranslate()
{
    setWindowTitle(tr("Class Progress"));
    m_choose->setText(tr("Choose Folder…"));
    m_lessonLabel->setText(tr("Lesson:"));
    m_learners->setHorizontalHeaderLabels({tr("Design"), tr("Done"), tr("Next step"), tr("Why it is not done yet")});
    m_steps->setHorizontalHeaderLabels({tr("Step"), tr("Done by"), tr("Most common reason it is not done")});
    refresh();
}

} // namespace kumo
