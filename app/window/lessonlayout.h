#pragma once

#include <QByteArray>
#include <QObject>

class QDockWidget;
class QMainWindow;

namespace kumo {

/// The window's arrangement while a lesson is open, made for workshop laptops (1366×768 and up):
/// the Lesson panel tall at the top of the right-hand column so the whole current step reads without
/// scrolling, the Properties panel under it with room for its rows, the palette on the left, the
/// findings under the canvas only, and what a beginner does not need yet (overview, history,
/// explanation, exposure, cost) folded away. Leaving restores the window exactly as it was.
class LessonLayout : public QObject
{
    Q_OBJECT

public:
    explicit LessonLayout(QMainWindow *window);

    /// Arranges the window around @p lessonDock (remembering the arrangement the first time).
    void enter(QDockWidget *lessonDock);
    /// Puts the window back as it was before enter(); the Lesson dock is hidden.
    void leave();
    bool active() const { return m_active; }
    /// Shares the height and width out again (after the window was resized).
    void fit();

private:
    QDockWidget *dock(const char *name) const;

    QMainWindow *m_window;
    QDockWidget *m_lesson = nullptr;
    QByteArray m_saved;
    int m_savedCorners[4] = {};
    bool m_active = false;
};

} // namespace kumo
