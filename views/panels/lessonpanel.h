#pragma once

#include "lessons/lesson.h"

#include <QWidget>

#include <functional>
#include <optional>

class QDockWidget;
class QLabel;
class QListWidget;
class QMainWindow;
class QMenu;
class QPushButton;
class QTextBrowser;
class QTimer;

namespace kumo {

class Document;
struct StepResult;

/// The Lesson panel: the current step's instructions and concept links, a hint on demand, the
/// checklist of steps ticking live as the design changes, "Show me" (the step's solution applied
/// as one undo step) and, once every step is done, a comparison with the reference solution.
class LessonPanel : public QWidget
{
    Q_OBJECT

public:
    explicit LessonPanel(Document *document, QWidget *parent = nullptr);

    /// Shows @p lesson (the document should hold its start design already).
    void setLesson(const Lesson &lesson);
    const std::optional<Lesson> &lesson() const { return m_lesson; }
    /// The index of the step shown.
    int currentStep() const { return m_current; }
    void setCurrentStep(int index);
    /// Which steps are done, as last evaluated.
    const std::vector<bool> &done() const { return m_done; }
    /// Applies the current step's solution as one undo step; false when it cannot.
    bool showMe();
    /// Re-evaluates now (normally a short timer after each change).
    void evaluate();
    /// Presentation mode (F5): the reference solution step by step, full screen.
    QWidget *present();

    /// Fills @p menu with the bundled and installed lessons by level; @p chosen gets the file.
    static void fillMenu(QMenu *menu, const std::function<void(const QString &path)> &chosen);
    /// The "lesson" dock of @p window with its panel, created on first use.
    static LessonPanel *ensureDock(QMainWindow *window, Document *document);

signals:
    /// The learner finished and asked for the lesson that follows in the course (its file).
    void nextLessonRequested(const QString &path);
    /// The learner asked to end the lesson (the window goes back to its usual layout).
    void endRequested();

protected:
    void changeEvent(QEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QString language() const;
    void retranslate();
    void render();
    QString comparisonHtml() const;

    Document *m_document;
    std::optional<Lesson> m_lesson;
    std::vector<bool> m_done;
    std::vector<QString> m_why;
    int m_current = 0;
    bool m_hintShown = false;
    QString m_concept; ///< the concept whose explanation is open
    QLabel *m_title;
    QListWidget *m_steps;
    QTextBrowser *m_text;
    QPushButton *m_hint;
    QPushButton *m_showMe;
    QPushButton *m_present;
    QPushButton *m_handout;
    QPushButton *m_next;
    QPushButton *m_end;
    QString m_nextPath; ///< the lesson after this one in the course, when there is one
    QTimer *m_timer;
};

} // namespace kumo
