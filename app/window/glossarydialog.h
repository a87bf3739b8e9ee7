#pragma once

#include <QDialog>

class QLineEdit;
class QListWidget;
class QTextBrowser;

namespace kumo {

/// Help › Glossary: the general terms (IP address, CIDR, DNS, certificate, ...) with a search box.
class GlossaryDialog : public QDialog
{
    Q_OBJECT

public:
    explicit GlossaryDialog(QWidget *parent = nullptr);
    /// Shows the entry whose term is @p term (in the current language); false when there is none.
    bool showTerm(const QString &term);
    QString shownText() const;

private:
    void filter(const QString &text);
    void showEntry(int row);

    QLineEdit *m_search;
    QListWidget *m_terms;
    QTextBrowser *m_text;
};

} // namespace kumo
