#include "lessonlayout.h"

#include <QDockWidget>
#include <QMainWindow>
#include <QTimer>

#include <algorithm>

namespace kumo {

namespace {
constexpr Qt::Corner kCorners[4] = {Qt::TopLeftCorner, Qt::TopRightCorner, Qt::BottomLeftCorner, Qt::BottomRightCorner};
/// Panels a beginner does not need during a lesson; View › Panels brings any of them back.
constexpr const char *kFolded[] = {"minimap", "history", "explanation", "exposure", "cost"};
} // namespace

LessonLayout::LessonLayout(QMainWindow *window)
    : QObject(window)
    , m_window(window)
{
}

QDockWidget *LessonLayout::dock(const char *name) const
{
    return m_window->findChild<QDockWidget *>(QString::fromLatin1(name));
}

void LessonLayout::enter(QDockWidget *lessonDock)
{
    if (!m_active) {
        m_saved = m_window->saveState();
        for (int i = 0; i < 4; ++i)
            m_savedCorners[i] = int(m_window->corner(kCorners[i]));
    }
    m_active = true;
    m_lesson = lessonDock;
    // the side columns run the window's full height; the findings sit under the canvas only
    m_window->setCorner(Qt::BottomLeftCorner, Qt::LeftDockWidgetArea);
    m_window->setCorner(Qt::BottomRightCorner, Qt::RightDockWidgetArea);
    for (const char *name : kFolded) {
        if (QDockWidget *d = dock(name))
            d->hide();
    }
    QDockWidget *properties = dock("properties");
    if (lessonDock->isFloating())
        lessonDock->setFloating(false);
    m_window->addDockWidget(Qt::RightDockWidgetArea, lessonDock);
    if (properties) {
        properties->setFloating(false);
        properties->show();
        m_window->splitDockWidget(lessonDock, properties, Qt::Vertical);
    }
    lessonDock->show();
    if (QDockWidget *findings = dock("findings"))
        findings->show();
    fit();
    // once the docks are laid out, share the room out again with the real sizes
    QTimer::singleShot(0, this, &LessonLayout::fit);
}

void LessonLayout::fit()
{
    if (!m_active || !m_lesson)
        return;
    const int width = m_window->width();
    const int height = m_window->height();
    QDockWidget *properties = dock("properties");
    QDockWidget *palette = dock("palette");
    // the right-hand column: wide enough for the step's text, never more than a third of the window
    const int column = std::clamp(width * 38 / 100, 400, 600);
    if (palette)
        m_window->resizeDocks({palette, m_lesson}, {std::clamp(width * 15 / 100, 190, 260), column}, Qt::Horizontal);
    else
        m_window->resizeDocks({m_lesson}, {column}, Qt::Horizontal);
    if (properties) {
        // Properties keeps room for its header and at least six rows; the lesson takes the rest
        const int propertiesHeight = std::clamp(height * 46 / 100, 320, 460);
        m_window->resizeDocks({m_lesson, properties}, {height - propertiesHeight, propertiesHeight}, Qt::Vertical);
    }
    if (QDockWidget *findings = dock("findings"))
        m_window->resizeDocks({findings}, {std::clamp(height * 15 / 100, 100, 200)}, Qt::Vertical);
}

void LessonLayout::leave()
{
    if (!m_active)
        return;
    m_active = false;
    if (m_lesson)
        m_lesson->hide();
    for (int i = 0; i < 4; ++i)
        m_window->setCorner(kCorners[i], Qt::DockWidgetArea(m_savedCorners[i]));
    m_window->restoreState(m_saved);
    if (m_lesson)
        m_lesson->hide(); // it was not part of the window before the lesson, or was closed
}

} // namespace kumo
