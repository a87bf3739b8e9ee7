#include "propertypanel.h"

#include "catalog.h"
#include "changepropertycommand.h"
#include "cidr.h"
#include "document.h"
#include "propertyvalue.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
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

void PropertyPanel::commit(const QString &key, const nlohmann::json &value)
{
    m_error->hide();
    m_committing = true;
    m_document->undoStack()->push(new ChangePropertyCommand(m_document, m_id, key, value));
    m_committing = false;
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

    const Component *c = m_document->design().component(m_id);
    if (!c) {
        m_header->setText(m_selectionCount > 1 ? tr("<i>%n components selected. Select one to edit its properties.</i>", nullptr, m_selectionCount)
                                               : tr("<i>Select a component to see and edit its properties.</i>"));
        return;
    }
    const KindSpec *spec = c->kindSpec();
    m_header->setText(QStringLiteral("<b>%1</b> <span style='color:#5f6b7a'>%2 · %3</span><br><span style='color:#3c4043'>%4</span>")
                          .arg(c->displayName().toHtmlEscaped(), spec ? spec->displayName() : c->kind, c->id,
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
        auto *label = new QLabel(p.name + (p.required ? QStringLiteral(" *") : QString()), form);
        label->setToolTip(p.translatedDescription());
        layout->addRow(label, editor);
    }
}

QWidget *PropertyPanel::editorFor(const Component &c, const PropertySpec &p)
{
    const nlohmann::json &value = c.prop(p.name);
    const QString key = p.name;
    switch (p.type) {
    case PropertyType::Boolean: {
        auto *box = new QCheckBox(m_body);
        box->setChecked(value.is_boolean() && value.get<bool>());
        connect(box, &QCheckBox::toggled, this, [this, key](bool on) { commit(key, on); });
        return box;
    }
    case PropertyType::Choice: {
        auto *combo = new QComboBox(m_body);
        combo->addItems(p.choices);
        combo->setCurrentText(toQString(value));
        connect(combo, &QComboBox::currentTextChanged, this, [this, key](const QString &text) { commit(key, toStd(text)); });
        return combo;
    }
    case PropertyType::Reference: {
        auto *combo = new QComboBox(m_body);
        combo->addItem(tr("(none)"), QString());
        for (const Component *target : m_document->design().components()) {
            if (p.targetKinds.contains(target->kind) && target->id != c.id)
                combo->addItem(QStringLiteral("%1  (%2)").arg(target->displayName(), target->id), target->id);
        }
        const int index = combo->findData(toQString(value));
        if (index < 0 && value.is_string()) // a reference to nothing stays visible until changed
            combo->addItem(tr("%1 (missing)").arg(toQString(value)), toQString(value));
        combo->setCurrentIndex(std::max(0, combo->findData(toQString(value))));
        connect(combo, &QComboBox::activated, this, [this, key, combo](int) {
            const QString id = combo->currentData().toString();
            commit(key, id.isEmpty() ? nlohmann::json() : nlohmann::json(toStd(id)));
        });
        return combo;
    }
    case PropertyType::ReferenceList: {
        auto *list = new QListWidget(m_body);
        const QStringList selected = c.refsProp(key);
        for (const Component *target : m_document->design().components()) {
            if (!p.targetKinds.contains(target->kind))
                continue;
            auto *item = new QListWidgetItem(QStringLiteral("%1  (%2)").arg(target->displayName(), target->id), list);
            item->setData(Qt::UserRole, target->id);
            item->setCheckState(selected.contains(target->id) ? Qt::Checked : Qt::Unchecked);
        }
        list->setMaximumHeight(std::min(160, 22 * std::max(2, list->count()) + 6));
        connect(list, &QListWidget::itemChanged, this, [this, key, list] {
            nlohmann::json ids = nlohmann::json::array();
            for (int i = 0; i < list->count(); ++i) {
                if (list->item(i)->checkState() == Qt::Checked)
                    ids.push_back(toStd(list->item(i)->data(Qt::UserRole).toString()));
            }
            commit(key, ids);
        });
        return list;
    }
    case PropertyType::ObjectList:
    case PropertyType::StringMap: {
        auto *box = new QWidget(m_body);
        auto *v = new QVBoxLayout(box);
        v->setContentsMargins(0, 0, 0, 0);
        auto *edit = new QPlainTextEdit(box);
        edit->setPlainText(QString::fromStdString(value.is_null() ? std::string() : value.dump(2)));
        edit->setMinimumHeight(110);
        QFont mono = edit->font();
        mono.setFamily(QStringLiteral("monospace"));
        mono.setStyleHint(QFont::Monospace);
        edit->setFont(mono);
        auto *apply = new QPushButton(tr("Apply"), box);
        v->addWidget(edit);
        v->addWidget(apply, 0, Qt::AlignRight);
        const PropertySpec *specPtr = &p;
        connect(apply, &QPushButton::clicked, this, [this, key, edit, specPtr] {
            const QString text = edit->toPlainText().trimmed();
            if (text.isEmpty()) {
                commit(key, nullptr);
                return;
            }
            nlohmann::json parsed;
            try {
                parsed = nlohmann::json::parse(text.toStdString());
            } catch (const nlohmann::json::parse_error &e) {
                refuse(tr("%1 is not valid JSON: %2").arg(key, QString::fromStdString(e.what())));
                return;
            }
            const PropertyTypeError error = checkPropertyType(*specPtr, parsed, key);
            if (error.isError()) {
                refuse(tr("%1: %2").arg(error.path, error.message));
                return;
            }
            commit(key, parsed);
        });
        return box;
    }
    case PropertyType::StringList: {
        QStringList items;
        for (const auto &s : value.is_array() ? value : nlohmann::json::array()) {
            if (s.is_string())
                items << toQString(s);
        }
        auto *line = new QLineEdit(items.join(QStringLiteral(", ")), m_body);
        line->setPlaceholderText(tr("comma-separated"));
        connect(line, &QLineEdit::editingFinished, this, [this, key, line] {
            nlohmann::json list = nlohmann::json::array();
            for (const QString &s : line->text().split(QLatin1Char(','), Qt::SkipEmptyParts))
                list.push_back(toStd(s.trimmed()));
            commit(key, list);
        });
        return line;
    }
    case PropertyType::Integer: {
        auto *line = new QLineEdit(value.is_number_integer() ? QString::number(value.get<qint64>()) : QString(), m_body);
        const QString previous = line->text();
        const qint64 lo = p.minimum.value_or(std::numeric_limits<int>::min());
        const qint64 hi = p.maximum.value_or(std::numeric_limits<int>::max());
        connect(line, &QLineEdit::editingFinished, this, [this, key, line, lo, hi, previous] {
            const QString text = line->text().trimmed();
            if (text == previous)
                return;
            if (text.isEmpty()) {
                commit(key, nullptr);
                return;
            }
            bool ok = false;
            const qint64 n = text.toLongLong(&ok);
            if (!ok || n < lo || n > hi) {
                refuse(tr("%1 must be a whole number from %2 to %3; '%4' was not kept.").arg(key).arg(lo).arg(hi).arg(text));
                line->setText(previous);
                return;
            }
            commit(key, n);
        });
        return line;
    }
    case PropertyType::Cidr:
    case PropertyType::String:
    case PropertyType::Image: {
        auto *line = new QLineEdit(toQString(value), m_body);
        const QString previous = line->text();
        const bool cidr = p.type == PropertyType::Cidr;
        if (cidr)
            line->setPlaceholderText(QStringLiteral("10.0.0.0/16"));
        connect(line, &QLineEdit::editingFinished, this, [this, key, line, previous, cidr] {
            const QString text = line->text().trimmed();
            if (text == previous)
                return;
            if (cidr && !text.isEmpty()) {
                Ipv4Cidr::ParseError error;
                if (!Ipv4Cidr::parse(text, &error)) {
                    refuse(tr("'%1' is not a CIDR range: %2. The previous value was kept.").arg(text, Ipv4Cidr::describe(error)));
                    line->setText(previous);
                    return;
                }
            }
            commit(key, text.isEmpty() ? nlohmann::json() : nlohmann::json(toStd(text)));
        });
        return line;
    }
    }
    return new QLabel(m_body);
}

} // namespace kumo
