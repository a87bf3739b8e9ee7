#include "welcomewidget.h"

#include "lessonpanel.h"

#include "templates.h"

#include <QFileInfo>
#include <QLabel>
#include <QMenu>
#include <QPushButton>
#include <QVBoxLayout>

namespace kumo {

WelcomeWidget::WelcomeWidget(QWidget *parent)
    : QFrame(parent)
    , m_layout(new QVBoxLayout(this))
{
    setObjectName(QStringLiteral("welcome"));
    setStyleSheet(QStringLiteral("#welcome { background: white; border: 1px solid #d0d5db; border-radius: 10px; }"
                                 "QPushButton { text-align: left; padding: 6px 10px; }"));
    m_layout->setContentsMargins(28, 24, 28, 24);
    m_layout->setSpacing(8);
    populate({});
}

void WelcomeWidget::populate(const QStringList &recentFiles)
{
    while (QLayoutItem *item = m_layout->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    auto *title = new QLabel(tr("<h2 style='margin:0'>Kumo</h2>"), this);
    m_layout->addWidget(title);
    m_layout->addWidget(new QLabel(tr("Drag components from the palette onto the canvas, or start from a template:"), this));
    for (const TemplateInfo &t : Templates::list()) {
        auto *button = new QPushButton(t.title, this);
        connect(button, &QPushButton::clicked, this, [this, id = t.id] { emit templateChosen(id); });
        m_layout->addWidget(button);
    }
    auto *open = new QPushButton(tr("Open a design..."), this);
    connect(open, &QPushButton::clicked, this, &WelcomeWidget::openRequested);
    m_layout->addWidget(open);
    // a class starts here: the lessons, by level
    auto *lessons = new QPushButton(tr("Start a lesson..."), this);
    lessons->setObjectName(QStringLiteral("lessons"));
    auto *menu = new QMenu(lessons);
    LessonPanel::fillMenu(menu, [this](const QString &path) { emit lessonChosen(path); });
    lessons->setMenu(menu);
    m_layout->addWidget(lessons);
    if (!recentFiles.isEmpty()) {
        m_layout->addSpacing(8);
        m_layout->addWidget(new QLabel(tr("<b>Recent designs</b>"), this));
        for (const QString &path : recentFiles.mid(0, 5)) {
            auto *button = new QPushButton(QFileInfo(path).fileName(), this);
            button->setToolTip(path);
            button->setFlat(true);
            connect(button, &QPushButton::clicked, this, [this, path] { emit recentChosen(path); });
            m_layout->addWidget(button);
        }
    }
    adjustSize();
}

} // namespace kumo
