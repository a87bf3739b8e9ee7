#include "lessonpresenter.h"
#include "lessons/lessonmarkup.h"

#include "designscene.h"
#include "designview.h"
#include "document.h"
#include "diagram/diagramlayout.h"
#include "lessons/lessonsolution.h"

#include <QLabel>
#include <QShortcut>
#include <QTimer>
#include <QVBoxLayout>

namespace kumo {

LessonPresenter::LessonPresenter(const Lesson &lesson, const QString &language, QWidget *parent)
    : QWidget(parent, Qt::Window)
    , m_lesson(lesson)
    , m_language(language)
    , m_document(new Document(this))
    , m_scene(new DesignScene(m_document, this))
    , m_view(new DesignView(m_scene, this))
    , m_heading(new QLabel(this))
    , m_text(new QLabel(this))
{
    setAttribute(Qt::WA_DeleteOnClose);
    setWindowTitle(lesson.title.in(language));
    if (auto all = LessonSolution::designAfter(lesson, -1)) {
        m_laidOut = *all;
        Diagram::applyPlacement(m_laidOut);
    }
    QFont heading = font();
    heading.setPointSizeF(heading.pointSizeF() * 2.2);
    heading.setBold(true);
    m_heading->setFont(heading);
    m_heading->setWordWrap(true);
    QFont text = font();
    text.setPointSizeF(text.pointSizeF() * 1.7);
    m_text->setFont(text);
    m_text->setWordWrap(true);
    m_text->setTextFormat(Qt::RichText);
    m_view->setInteractive(false);
    m_view->setFocusPolicy(Qt::NoFocus);
    m_view->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_view->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(32, 24, 32, 24);
    layout->addWidget(m_heading);
    layout->addWidget(m_text);
    layout->addWidget(m_view, 1);

    const auto keys = [this](std::initializer_list<int> list, int delta) {
        for (int key : list)
            connect(new QShortcut(QKeySequence(key), this), &QShortcut::activated, this, [this, delta] { setStep(m_step + delta); });
    };
    keys({Qt::Key_Right, Qt::Key_Space, Qt::Key_PageDown, Qt::Key_Down}, 1);
    keys({Qt::Key_Left, Qt::Key_PageUp, Qt::Key_Up, Qt::Key_Backspace}, -1);
    connect(new QShortcut(QKeySequence(Qt::Key_Escape), this), &QShortcut::activated, this, &QWidget::close);
    setStep(0);
}

LessonPresenter::~LessonPresenter() = default;

void LessonPresenter::setStep(int step)
{
    step = std::clamp(step, 0, int(m_lesson.steps.size()));
    if (step == m_step)
        return;
    m_step = step;
    auto design = LessonSolution::designAfter(m_lesson, step);
    if (!design)
        return;
    const auto before = step > 0 ? LessonSolution::designAfter(m_lesson, step - 1) : std::nullopt;
    m_highlighted.clear();
    for (const Component *c : design->components()) {
        if (const Component *placed = m_laidOut.component(c->id))
            design->mutableComponent(c->id)->geometry = placed->geometry;
        if (step > 0 && before && (!before->contains(c->id) || before->component(c->id)->props != c->props))
            m_highlighted << c->id;
    }
    m_document->reset(std::move(*design));
    m_scene->selectIds(m_highlighted);
    const int total = int(m_lesson.steps.size());
    if (step == 0) {
        m_heading->setText(m_lesson.title.in(m_language));
        m_text->setText(lessonTextToHtml(m_lesson.summary.in(m_language)));
    } else {
        const LessonStep &s = m_lesson.steps[size_t(step - 1)];
        m_heading->setText(QStringLiteral("%1 / %2  %3").arg(step).arg(total).arg(s.title.in(m_language)));
        m_text->setText(lessonTextToHtml(s.instructions.in(m_language)));
    }
    QTimer::singleShot(0, m_view, &DesignView::fitAll);
}

} // namespace kumo
