#pragma once

#include "lessons/lesson.h"
#include "design.h"

#include <QStringList>
#include <QWidget>

class QLabel;

namespace kumo {

class Document;
class DesignScene;
class DesignView;

/// Presentation mode: the instructor steps through a lesson's reference solution on a full-screen
/// canvas with large text (Right, Space or Page Down: next step; Left or Page Up: back; Escape:
/// leave). The components each step adds are highlighted; every step keeps one layout, that of
/// the whole solution, so nothing jumps around.
class LessonPresenter : public QWidget
{
    Q_OBJECT

public:
    explicit LessonPresenter(const Lesson &lesson, const QString &language, QWidget *parent = nullptr);
    ~LessonPresenter() override;

    /// 0 is the start design; n is the design after step n.
    int step() const { return m_step; }
    void setStep(int step);
    /// The components the shown step added.
    const QStringList &highlighted() const { return m_highlighted; }

private:
    Lesson m_lesson;
    QString m_language;
    Design m_laidOut;
    int m_step = -1;
    QStringList m_highlighted;
    Document *m_document;
    DesignScene *m_scene;
    DesignView *m_view;
    QLabel *m_heading;
    QLabel *m_text;
};

} // namespace kumo
