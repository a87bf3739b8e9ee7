#pragma once

#include <QFrame>

class QVBoxLayout;

namespace kumo {

/// Shown over an empty canvas: start from a template, reopen a recent design, or drag
/// components from the palette.
class WelcomeWidget : public QFrame
{
    Q_OBJECT

public:
    explicit WelcomeWidget(QWidget *parent = nullptr);
    /// Rebuilds the lists (templates from the catalog of bundled designs, recent files).
    void populate(const QStringList &recentFiles);

signals:
    void templateChosen(const QString &id);
    void recentChosen(const QString &path);
    void openRequested();
    /// A lesson was chosen (the path of its file, or of a bundled one).
    void lessonChosen(const QString &path);

private:
    QVBoxLayout *m_layout;
};

} // namespace kumo
