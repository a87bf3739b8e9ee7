#include "lessonpanel.h"
#include "lessons/lessonmarkup.h"

#include "addcomponentscommand.h"
#include "catalog.h"
#include "changepropertycommand.h"
#include "document.h"
#include "geometrycommand.h"
#include "diagram/diagramlayout.h"
#include "lessons/lessonchecker.h"
#include "lessons/lessonconcepts.h"
#include "lessons/lessonlibrary.h"
#include "lessons/lessonsolution.h"
#include "lessonpresenter.h"
#include "lessonhandout.h"
#include "references.h"
#include "removecomponentscommand.h"

#include <QDockWidget>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QMainWindow>
#include <QMenu>
#include <QPushButton>
#include <QFileDialog>
#include <QMessageBox>
#include <QShortcut>
#include <QTextBrowser>
#include <QTimer>
#include <QUndoStack>
#include <QVBoxLayout>

#include <map>

namespace kumo {

LessonPanel::LessonPanel(Document *document, QWidget *parent)
    : QWidget(parent)
    , m_document(document)
    , m_title(new QLabel(this))
    , m_steps(new QListWidget(this))
    , m_text(new QTextBrowser(this))
    , m_hint(new QPushButton(this))
    , m_showMe(new QPushButton(this))
    , m_present(new QPushButton(this))
    , m_handout(new QPushButton(this))
    , m_next(new QPushButton(this))
    , m_end(new QPushButton(this))
    , m_timer(new QTimer(this))
{
    m_title->setWordWrap(true);
    QFont bold = m_title->font();
    bold.setBold(true);
    m_title->setFont(bold);
    m_text->setOpenLinks(false);
    // paragraphs close together: the whole step fits the lesson layout of a 1366×768 laptop
    m_text->document()->setDefaultStyleSheet(QStringLiteral("p { margin-top: 0px; margin-bottom: 6px; } blockquote { margin: 4px 8px; }"));
    m_text->document()->setDocumentMargin(6);
    m_next->setObjectName(QStringLiteral("nextLesson"));
    m_next->hide();
    m_end->setObjectName(QStringLiteral("endLesson"));
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_hint);
    buttons->addWidget(m_showMe);
    buttons->addStretch();
    buttons->addWidget(m_handout);
    buttons->addWidget(m_present);
    buttons->addWidget(m_end);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_title);
    layout->addWidget(m_steps);
    layout->addWidget(m_text, 1);
    layout->addWidget(m_next);
    layout->addLayout(buttons);

    m_timer->setSingleShot(true);
    m_timer->setInterval(120);
    connect(m_timer, &QTimer::timeout, this, &LessonPanel::evaluate);
    connect(m_document, &Document::changed, m_timer, qOverload<>(&QTimer::start));
    connect(m_steps, &QListWidget::currentRowChanged, this, [this](int row) {
        if (row >= 0 && row != m_current)
            setCurrentStep(row);
    });
    connect(m_hint, &QPushButton::clicked, this, [this] {
        m_hintShown = !m_hintShown;
        render();
    });
    connect(m_showMe, &QPushButton::clicked, this, &LessonPanel::showMe);
    connect(m_next, &QPushButton::clicked, this, [this] {
        if (!m_nextPath.isEmpty())
            emit nextLessonRequested(m_nextPath);
    });
    connect(m_end, &QPushButton::clicked, this, &LessonPanel::endRequested);
    connect(m_present, &QPushButton::clicked, this, &LessonPanel::present);
    connect(m_handout, &QPushButton::clicked, this, [this] {
        if (!m_lesson)
            return;
        const QString path = QFileDialog::getSaveFileName(this, tr("Lesson handout"), m_lesson->id + QStringLiteral(".pdf"), tr("PDF (*.pdf)"));
        QString error;
        if (!path.isEmpty() && !LessonHandout::write(*m_lesson, language(), path, &error))
            QMessageBox::warning(this, tr("Lesson handout"), error);
    });
    connect(new QShortcut(QKeySequence(Qt::Key_F5), this, nullptr, nullptr, Qt::WindowShortcut), &QShortcut::activated, this,
            &LessonPanel::present);
    connect(m_text, &QTextBrowser::anchorClicked, this, [this](const QUrl &url) {
        const QString id = url.toString().section(QLatin1Char(':'), 1);
        m_concept = m_concept == id ? QString() : id;
        render();
    });
    retranslate();
}

QString LessonPanel::language() const
{
    return QLocale().language() == QLocale::Japanese ? QStringLiteral("ja") : QStringLiteral("en");
}

void LessonPanel::setLesson(const Lesson &lesson)
{
    m_lesson = lesson;
    const auto next = LessonLibrary::next(lesson.id);
    m_nextPath = next ? next->path : QString();
    m_current = 0;
    m_hintShown = false;
    m_concept.clear();
    evaluate();
    // start at the first step not done yet
    for (size_t i = 0; i < m_done.size(); ++i) {
        if (!m_done[i]) {
            setCurrentStep(int(i));
            return;
        }
    }
    render();
}

void LessonPanel::setCurrentStep(int index)
{
    if (!m_lesson || index < 0 || index >= int(m_lesson->steps.size()))
        return;
    m_current = index;
    m_hintShown = false;
    m_concept.clear();
    render();
}

void LessonPanel::evaluate()
{
    if (!m_lesson)
        return;
    const std::vector<bool> before = m_done;
    const std::vector<StepResult> results = LessonChecker(m_document->design(), nullptr, language()).evaluate(*m_lesson);
    m_done.assign(results.size(), false);
    m_why.assign(results.size(), QString());
    for (size_t i = 0; i < results.size(); ++i) {
        m_done[i] = results[i].done;
        m_why[i] = results[i].why;
    }
    // the step just finished moves the learner on to the next open one
    if (size_t(m_current) < m_done.size() && m_done[size_t(m_current)] && before.size() == m_done.size() && !before[size_t(m_current)]) {
        for (size_t i = size_t(m_current) + 1; i < m_done.size(); ++i) {
            if (!m_done[i]) {
                setCurrentStep(int(i));
                return;
            }
        }
    }
    render();
}

void LessonPanel::render()
{
    if (!m_lesson) {
        m_title->setText(tr("No lesson open. Choose one in Help › Lessons."));
        m_steps->clear();
        m_text->clear();
        m_hint->setEnabled(false);
        m_showMe->setEnabled(false);
        m_present->setEnabled(false);
        m_handout->setEnabled(false);
        m_next->hide();
        m_end->hide();
        return;
    }
    m_end->show();
    const QString lang = language();
    m_title->setText(m_lesson->title.in(lang));
    {
        const QSignalBlocker block(m_steps);
        m_steps->clear();
        for (size_t i = 0; i < m_lesson->steps.size(); ++i) {
            const bool done = i < m_done.size() && m_done[i];
            auto *item = new QListWidgetItem(QStringLiteral("%1  %2. %3").arg(done ? QStringLiteral("✔") : QStringLiteral("○")).arg(i + 1)
                                                 .arg(m_lesson->steps[i].title.in(lang)),
                                             m_steps);
            if (done)
                item->setForeground(QColor(0x1b, 0x7f, 0x3b));
        }
        m_steps->setCurrentRow(m_current);
        m_steps->scrollToItem(m_steps->currentItem());
        // at most three rows tall: the room goes to the current step's text
        const int rowHeight = std::max(16, m_steps->sizeHintForRow(0));
        m_steps->setFixedHeight(rowHeight * std::min<int>(3, m_steps->count()) + 2 * m_steps->frameWidth() + 2);
    }
    const LessonStep &step = m_lesson->steps[size_t(m_current)];
    const bool done = size_t(m_current) < m_done.size() && m_done[size_t(m_current)];
    QString html = QStringLiteral("<p><b>%1. %2</b></p><p>%3</p>").arg(m_current + 1).arg(step.title.in(lang).toHtmlEscaped(), lessonTextToHtml(step.instructions.in(lang)));
    if (!step.concepts.isEmpty()) {
        QStringList links;
        for (const QString &c : step.concepts)
            links << QStringLiteral("<a href=\"concept:%1\">%2</a>").arg(c, LessonConcepts::title(c).toHtmlEscaped());
        html += QStringLiteral("<p>%1 %2</p>").arg(tr("Learn more:"), links.join(QStringLiteral(" · ")));
    }
    if (!m_concept.isEmpty())
        html += QStringLiteral("<blockquote><b>%1</b><br>%2</blockquote>")
                    .arg(LessonConcepts::title(m_concept).toHtmlEscaped(), LessonConcepts::explanation(m_concept).toHtmlEscaped());
    if (m_hintShown && !step.hint.en.isEmpty())
        html += QStringLiteral("<p><i>%1 %2</i></p>").arg(tr("Hint:"), lessonTextToHtml(step.hint.in(lang)));
    if (done)
        html += QStringLiteral("<p style=\"color:#1b7f3b\"><b>%1</b></p>").arg(tr("Done!"));
    else if (size_t(m_current) < m_why.size())
        html += QStringLiteral("<p style=\"color:#9a5b00\"><b>%1</b> %2</p>").arg(tr("Not yet:"), m_why[size_t(m_current)].toHtmlEscaped());
    const bool allDone = !m_done.empty() && std::all_of(m_done.begin(), m_done.end(), [](bool d) { return d; });
    if (allDone)
        html += comparisonHtml();
    m_next->setVisible(allDone && !m_nextPath.isEmpty());
    if (allDone && !m_nextPath.isEmpty()) {
        const LessonReadResult next = LessonLibrary::loadFile(m_nextPath);
        m_next->setText(tr("Next lesson: %1 →").arg(next.ok() ? next.lesson->title.in(lang) : QString()));
    }
    m_text->setHtml(html);
    m_hint->setEnabled(!step.hint.en.isEmpty());
    m_hint->setText(m_hintShown ? tr("Hide hint") : tr("Hint"));
    m_showMe->setEnabled(!done);
    m_present->setEnabled(true);
    m_handout->setEnabled(true);
}

QString LessonPanel::comparisonHtml() const
{
    const auto reference = LessonSolution::designAfter(*m_lesson, -1);
    if (!reference)
        return {};
    std::map<QString, std::pair<int, int>> counts; // kind -> (yours, reference)
    for (const Component *c : m_document->design().components())
        ++counts[c->kind].first;
    for (const Component *c : reference->components())
        ++counts[c->kind].second;
    QString rows;
    for (const auto &[kind, n] : counts) {
        const QString style = n.first != n.second ? QStringLiteral(" style=\"color:#9a5b00\"") : QString();
        rows += QStringLiteral("<tr%1><td>%2</td><td align=\"right\">%3</td><td align=\"right\">%4</td></tr>")
                    .arg(style, Catalog::instance().displayName(kind).toHtmlEscaped())
                    .arg(n.first)
                    .arg(n.second);
    }
    return QStringLiteral("<h3>%1</h3><p>%2</p><table cellspacing=\"4\"><tr><th align=\"left\">%3</th><th>%4</th><th>%5</th></tr>%6</table>")
        .arg(tr("Every step is done"), tr("Your design next to the reference solution, by kind of component:"), tr("Kind"), tr("Yours"),
             tr("Reference"), rows);
}

bool LessonPanel::showMe()
{
    if (!m_lesson)
        return false;
    const LessonStep &step = m_lesson->steps[size_t(m_current)];
    const Design &current = m_document->design();
    Design result = current;
    QString error;
    bool fits = LessonSolution::apply(result, step.solution, &error);
    // the solution builds on the reference's earlier steps: it fits only when what it names exists
    QStringList added;
    for (const Component *c : result.components()) {
        if (!current.contains(c->id))
            added << c->id;
    }
    for (const Component *c : fits ? result.components() : std::vector<const Component *>()) {
        if (!c->parent.isEmpty() && !result.contains(c->parent))
            fits = false;
        forEachReference(*c, [&](const Reference &r) {
            if (!result.contains(r.target) && !current.contains(r.target))
                fits = false;
        });
    }
    QUndoStack *stack = m_document->undoStack();
    stack->beginMacro(tr("Show Me: %1").arg(step.title.in(language())));
    if (fits) {
        // new components go next to what is there; containers grow to hold them
        const QHash<QString, QRectF> layout = Diagram::placement(result);
        QHash<QString, QRectF> grown;
        for (const Component *c : current.components()) {
            if (layout.contains(c->id) && c->geometry != layout.value(c->id))
                grown.insert(c->id, layout.value(c->id));
        }
        if (!grown.isEmpty())
            stack->push(new GeometryCommand(m_document, grown, tr("Show Me")));
        std::vector<Component> components;
        for (const QString &id : added) {
            Component c = *result.component(id);
            if (layout.contains(id))
                c.geometry = layout.value(id);
            components.push_back(std::move(c));
        }
        if (!components.empty())
            stack->push(new AddComponentsCommand(m_document, std::move(components)));
        for (const Component *c : current.components()) {
            const Component *after = result.component(c->id);
            if (!after)
                continue;
            QStringList keys;
            for (auto it = c->props.begin(); it != c->props.end(); ++it)
                keys << QString::fromStdString(it.key());
            for (auto it = after->props.begin(); it != after->props.end(); ++it)
                keys << QString::fromStdString(it.key());
            keys.removeDuplicates();
            for (const QString &key : keys) {
                const std::string k = key.toStdString();
                const nlohmann::json before = c->props.value(k, nlohmann::json());
                const nlohmann::json now = after->props.value(k, nlohmann::json());
                if (before != now)
                    stack->push(new ChangePropertyCommand(m_document, c->id, key, now));
            }
        }
    } else {
        // the learner's design is built differently: show the reference design after this step
        auto reference = LessonSolution::designAfter(*m_lesson, m_current + 1);
        if (!reference) {
            stack->endMacro();
            return false;
        }
        Diagram::applyPlacement(*reference);
        QStringList all;
        for (const Component *c : current.components())
            all << c->id;
        if (!all.isEmpty())
            stack->push(new RemoveComponentsCommand(m_document, all));
        std::vector<Component> components;
        for (const Component *c : reference->components())
            components.push_back(*c);
        stack->push(new AddComponentsCommand(m_document, std::move(components)));
    }
    stack->endMacro();
    evaluate();
    return true;
}

QWidget *LessonPanel::present()
{
    if (!m_lesson)
        return nullptr;
    auto *presenter = new LessonPresenter(*m_lesson, language(), window());
    presenter->showFullScreen();
    return presenter;
}

bool LessonPanel::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == parentWidget() && event->type() == QEvent::Close && m_lesson)
        emit endRequested();
    return QWidget::eventFilter(watched, event);
}

void LessonPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void LessonPanel::retranslate()
{
    m_showMe->setText(tr("Show Me"));
    m_end->setText(tr("End"));
    m_end->setToolTip(tr("Close the lesson and put the window back as it was"));
    m_present->setText(tr("Present (F5)"));
    m_handout->setText(tr("Handout…"));
    m_handout->setToolTip(tr("Write a PDF with each step's instructions and the diagram after it"));
    m_present->setToolTip(tr("Step through the reference solution full screen; arrow keys move, Escape leaves"));
    m_showMe->setToolTip(tr("Apply this step's solution to the design (one undo step)"));
    if (auto *dock = qobject_cast<QDockWidget *>(parentWidget()))
        dock->setWindowTitle(tr("Lesson"));
    if (m_lesson)
        evaluate(); // the why texts follow the language
    else
        render();
}

void LessonPanel::fillMenu(QMenu *menu, const std::function<void(const QString &path)> &chosen)
{
    menu->clear();
    const QString lang = QLocale().language() == QLocale::Japanese ? QStringLiteral("ja") : QStringLiteral("en");
    int level = 0;
    for (const LessonInfo &info : LessonLibrary::list()) {
        if (info.level != level) {
            level = info.level;
            menu->addSection(tr("Level %1").arg(level));
        }
        const QString path = info.path;
        menu->addAction(info.title.in(lang), menu, [chosen, path] { chosen(path); });
    }
}

LessonPanel *LessonPanel::ensureDock(QMainWindow *window, Document *document)
{
    auto *dock = window->findChild<QDockWidget *>(QStringLiteral("lesson"));
    if (!dock) {
        dock = new QDockWidget(window);
        dock->setObjectName(QStringLiteral("lesson"));
        dock->setWidget(new LessonPanel(document, dock));
        dock->setWindowTitle(tr("Lesson"));
        window->addDockWidget(Qt::RightDockWidgetArea, dock);
        dock->installEventFilter(dock->widget()); // closing the dock ends the lesson
        // the panel needs room for its text: about half the window's height, once the dock is laid out
        QTimer::singleShot(0, dock, [window, dock] { window->resizeDocks({dock}, {std::max(380, window->height() * 7 / 10)}, Qt::Vertical); });
    }
    dock->show();
    dock->raise();
    return static_cast<LessonPanel *>(dock->widget());
}

} // namespace kumo
