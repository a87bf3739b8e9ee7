#include "glossarydialog.h"

#include "glossary.h"

#include <QHBoxLayout>
#include <QLineEdit>
#include <QListWidget>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace kumo {

GlossaryDialog::GlossaryDialog(QWidget *parent)
    : QDialog(parent)
    , m_search(new QLineEdit(this))
    , m_terms(new QListWidget(this))
    , m_text(new QTextBrowser(this))
{
    setWindowTitle(tr("Glossary"));
    m_search->setPlaceholderText(tr("Search the glossary"));
    m_search->setClearButtonEnabled(true);
    const auto &entries = Glossary::entries();
    for (int i = 0; i < int(entries.size()); ++i) {
        auto *item = new QListWidgetItem(entries[size_t(i)].translatedTerm(), m_terms);
        item->setData(Qt::UserRole, i);
    }
    m_terms->setMaximumWidth(220);
    auto *body = new QHBoxLayout;
    body->addWidget(m_terms);
    body->addWidget(m_text, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_search);
    layout->addLayout(body, 1);
    connect(m_search, &QLineEdit::textChanged, this, &GlossaryDialog::filter);
    connect(m_terms, &QListWidget::currentRowChanged, this, &GlossaryDialog::showEntry);
    m_terms->setCurrentRow(0);
    resize(720, 460);
}

void GlossaryDialog::filter(const QString &text)
{
    // a term matches by its name or by its explanation
    const auto &entries = Glossary::entries();
    int first = -1;
    for (int row = 0; row < m_terms->count(); ++row) {
        QListWidgetItem *item = m_terms->item(row);
        const Glossary::Entry &e = entries[size_t(item->data(Qt::UserRole).toInt())];
        const bool match = text.isEmpty() || e.translatedTerm().contains(text, Qt::CaseInsensitive)
                           || e.translatedText().contains(text, Qt::CaseInsensitive);
        item->setHidden(!match);
        if (match && first < 0)
            first = row;
    }
    if (first >= 0 && (m_terms->currentRow() < 0 || m_terms->currentItem()->isHidden()))
        m_terms->setCurrentRow(first);
}

void GlossaryDialog::showEntry(int row)
{
    QListWidgetItem *item = m_terms->item(row);
    if (!item) {
        m_text->clear();
        return;
    }
    const Glossary::Entry &e = Glossary::entries()[size_t(item->data(Qt::UserRole).toInt())];
    m_text->setHtml(QStringLiteral("<h3>%1</h3><p>%2</p>").arg(e.translatedTerm().toHtmlEscaped(), e.translatedText().toHtmlEscaped()));
}

bool GlossaryDialog::showTerm(const QString &term)
{
    for (int row = 0; row < m_terms->count(); ++row) {
        if (m_terms->item(row)->text() == term) {
            m_terms->setCurrentRow(row);
            return true;
        }
    }
    return false;
}

QString GlossaryDialog::shownText() const
{
    return m_text->toPlainText();
}

} // namespace kumo
