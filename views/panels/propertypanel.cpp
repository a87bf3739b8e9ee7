#include "propertypanel.h"

#include "catalog.h"
#include "changepropertycommand.h"
#include "document.h"
#include "valueeditors.h"

#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QScrollArea>
#include <QVBoxLayout>

namespace kumo {

PropertyPanel::PropertyPanel(Document *document, QWidget *parent)
    : QWidget(parent)
    , m_document(document)
    , m_header(new QLabel(this))
    , m_error(new QLabel(this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 8, 8, 8);
    m_header->setWordWrap(true);
    m_header->setTextFormat(Qt::RichText);
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("QLabel { color: #b3261e; background: #fdecea; border-radius: 4px; padding: 6px; }"));
    m_error->hide();
    layout->addWidget(m_header);
    layout->addWidget(m_error);
    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff); // fields wrap to the dock's width
    scroll->setFrameShape(QFrame::NoFrame);
    m_body = new QWidget(scroll);
    scroll->setWidget(m_body);
    layout->addWidget(scroll, 1);
    connect(document, &Document::changed, this, &PropertyPanel::documentChanged);
    rebuild();
}

QString PropertyPanel::errorText() const
{
    return m_error->isVisible() ? m_error->text() : QString();
}

void PropertyPanel::showComponent(const QString &id)
{
    if (id == m_id)
        return;
    m_id = id;
    m_error->hide();
    rebuild();
}

void PropertyPanel::showSelection(const QStringList &ids)
{
    m_selectionCount = int(ids.size());
    if (ids.size() == 1) {
        showComponent(ids.first());
        return;
    }
    m_id.clear();
    m_error->hide();
    rebuild();
}

void PropertyPanel::documentChanged(const ChangeEvent &event)
{
    if (m_committing)
        return;
    if (event.type == ChangeEvent::Type::GeometryChanged)
        return;
    if (!m_document->design().contains(m_id))
        m_id.clear();
    rebuild();
}

void PropertyPanel::refuse(const QString &message)
{
    m_error->setText(message);
    m_error->show();
}

void PropertyPanel::commit(const QString &key, const nlohmann::json &value, const QString &scope, const QString &undoText)
{
    m_error->hide();
    m_committing = true;
    auto *command = new ChangePropertyCommand(m_document, m_id, key, value);
    if (!scope.isNull() || !undoText.isEmpty())
        command->setEditScope(undoText.isEmpty() ? scope : QString()); // an added or removed entry never merges
    if (!undoText.isEmpty())
        command->setText(undoText);
    m_document->undoStack()->push(command);
    m_committing = false;
}

void PropertyPanel::commitAndRefresh(const QString &key, const nlohmann::json &value, const QString &scope, const QString &undoText)
{
    commit(key, value, scope, undoText);
    // structured lists change shape (a card added or removed): show the new value, once the
    // editor that reported has finished its own signal
    const PropertySpec *spec = m_document->design().component(m_id) ? m_document->design().component(m_id)->kindSpec()->property(key) : nullptr;
    if (spec && spec->type == PropertyType::ObjectList)
        QMetaObject::invokeMethod(this, &PropertyPanel::rebuild, Qt::QueuedConnection);
}

void PropertyPanel::rebuild()
{
    // replace the form in one go
    QWidget *old = m_body->findChild<QWidget *>(QStringLiteral("form"), Qt::FindDirectChildrenOnly);
    delete old;
    delete m_body->layout();
    auto *outer = new QVBoxLayout(m_body);
    outer->setContentsMargins(0, 0, 0, 0);
    auto *form = new QWidget(m_body);
    form->setObjectName(QStringLiteral("form"));
    outer->addWidget(form);
    outer->addStretch();
    auto *layout = new QFormLayout(form);
    layout->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    layout->setRowWrapPolicy(QFormLayout::WrapLongRows);

    const Component *c = m_document->design().component(m_id);
    if (!c) {
        m_header->setText(m_selectionCount > 1 ? tr("<i>%n components selected. Select one to edit its properties.</i>", nullptr, m_selectionCount)
                                               : tr("<i>Select a component to see and edit its properties.</i>"));
        return;
    }
    const KindSpec *spec = c->kindSpec();
    m_header->setText(QStringLiteral("<b>%1</b> <span style='color:#5f6b7a'>%2 · %3</span><br><span style='color:#3c4043'>%4</span>")
                          .arg(c->displayName().toHtmlEscaped(), Catalog::instance().displayName(c->kind), c->id,
                               spec ? spec->translatedSummary().toHtmlEscaped() : QString()));

    auto *name = new QLineEdit(c->name, form);
    name->setPlaceholderText(c->id);
    connect(name, &QLineEdit::editingFinished, this, [this, name] {
        const Component *current = m_document->design().component(m_id);
        if (current && name->text() != current->name)
            m_document->undoStack()->push(new RenameComponentCommand(m_document, m_id, name->text()));
    });
    layout->addRow(tr("Name"), name);
    if (!spec)
        return;
    for (const PropertySpec &p : spec->properties) {
        QWidget *editor = editorFor(*c, p);
        editor->setToolTip(p.translatedDescription());
        layout->addRow(createPropertyLabel(c->kind, p.name, p, form), editor);
    }
}

QWidget *PropertyPanel::editorFor(const Component &c, const PropertySpec &p)
{
    const QString key = p.name;
    const QString id = c.id;
    const ValueSink sink{[this, key](const nlohmann::json &value) { commitAndRefresh(key, value); },
                         [this](const QString &message) { refuse(message); },
                         [this, id, key] {
                             const Component *now = m_document->design().component(id);
                             return now ? now->prop(key) : nlohmann::json();
                         },
                         [this, key](const nlohmann::json &value, const QString &scope, const QString &undoText) {
                             commitAndRefresh(key, value, scope, undoText);
                         }};
    return createValueEditor(p, c.prop(key), m_document->design(), c.id, sink, m_body);
}

} // namespace kumo
