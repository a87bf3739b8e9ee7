#include "valueeditors.h"

#include "propertylabels.h"
#include "rulepresets.h"

#include "cidr.h"
#include "component.h"
#include "design.h"
#include "propertyspec.h"

#include <QCheckBox>
#include <QComboBox>
#include <QCoreApplication>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

#include <limits>

namespace kumo {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("kumo", text);
}

QWidget *booleanEditor(const nlohmann::json &value, const ValueSink &sink, QWidget *parent)
{
    auto *box = new QCheckBox(parent);
    box->setChecked(value.is_boolean() && value.get<bool>());
    QObject::connect(box, &QCheckBox::toggled, box, [sink](bool on) { sink.changed(on); });
    return box;
}

QWidget *choiceEditor(const PropertySpec &spec, const nlohmann::json &value, const ValueSink &sink, QWidget *parent)
{
    auto *combo = new QComboBox(parent);
    if (spec.defaultValue.is_null())
        combo->addItem(QString(), QString());
    for (const QString &choice : spec.choices) {
        // raw AWS values get words where they need them ("-1" is "All traffic")
        const QString words = valueLabel(spec.name, choice);
        combo->addItem(words == choice ? choice : QStringLiteral("%1 (%2)").arg(words, choice), choice);
    }
    const int current = combo->findData(toQString(value));
    if (current >= 0)
        combo->setCurrentIndex(current);
    else if (!toQString(value).isEmpty()) // a value from a newer file stays visible
        combo->addItem(toQString(value), toQString(value)), combo->setCurrentIndex(combo->count() - 1);
    else
        combo->setCurrentIndex(-1);
    QObject::connect(combo, &QComboBox::activated, combo, [sink, combo](int) {
        const QString raw = combo->currentData().toString();
        sink.changed(raw.isEmpty() ? nlohmann::json() : nlohmann::json(toStd(raw)));
    });
    return combo;
}

QWidget *referenceEditor(const PropertySpec &spec, const nlohmann::json &value, const Design &design, const QString &ownerId,
                         const ValueSink &sink, QWidget *parent)
{
    auto *combo = new QComboBox(parent);
    combo->addItem(tr("(none)"), QString());
    for (const Component *target : design.components()) {
        if (spec.targetKinds.contains(target->kind) && target->id != ownerId)
            combo->addItem(QStringLiteral("%1  (%2)").arg(target->displayName(), target->id), target->id);
    }
    const QString current = toQString(value);
    if (!current.isEmpty() && combo->findData(current) < 0) // a reference to nothing stays visible until changed
        combo->addItem(tr("%1 (missing)").arg(current), current);
    combo->setCurrentIndex(std::max(0, combo->findData(current)));
    QObject::connect(combo, &QComboBox::activated, combo, [sink, combo](int) {
        const QString id = combo->currentData().toString();
        sink.changed(id.isEmpty() ? nlohmann::json() : nlohmann::json(toStd(id)));
    });
    return combo;
}

QWidget *referenceListEditor(const PropertySpec &spec, const nlohmann::json &value, const Design &design, const ValueSink &sink,
                             QWidget *parent)
{
    auto *list = new QListWidget(parent);
    QStringList selected;
    for (const auto &v : value.is_array() ? value : nlohmann::json::array()) {
        if (v.is_string())
            selected << toQString(v);
    }
    for (const Component *target : design.components()) {
        if (!spec.targetKinds.contains(target->kind))
            continue;
        auto *item = new QListWidgetItem(QStringLiteral("%1  (%2)").arg(target->displayName(), target->id), list);
        item->setData(Qt::UserRole, target->id);
        item->setCheckState(selected.contains(target->id) ? Qt::Checked : Qt::Unchecked);
    }
    list->setMaximumHeight(std::min(160, 22 * std::max(2, list->count()) + 6));
    QObject::connect(list, &QListWidget::itemChanged, list, [sink, list] {
        nlohmann::json ids = nlohmann::json::array();
        for (int i = 0; i < list->count(); ++i) {
            if (list->item(i)->checkState() == Qt::Checked)
                ids.push_back(toStd(list->item(i)->data(Qt::UserRole).toString()));
        }
        sink.changed(ids);
    });
    return list;
}

QWidget *stringListEditor(const nlohmann::json &value, const ValueSink &sink, QWidget *parent)
{
    QStringList items;
    for (const auto &s : value.is_array() ? value : nlohmann::json::array()) {
        if (s.is_string())
            items << toQString(s);
    }
    auto *line = new QLineEdit(items.join(QStringLiteral(", ")), parent);
    line->setPlaceholderText(tr("comma-separated"));
    QObject::connect(line, &QLineEdit::editingFinished, line, [sink, line] {
        nlohmann::json list = nlohmann::json::array();
        for (const QString &s : line->text().split(QLatin1Char(','), Qt::SkipEmptyParts))
            list.push_back(toStd(s.trimmed()));
        sink.changed(list);
    });
    return line;
}

/// KEY=value, one per line (container environment variables).
QWidget *stringMapEditor(const nlohmann::json &value, const ValueSink &sink, QWidget *parent)
{
    QStringList lines;
    if (value.is_object()) {
        for (auto it = value.begin(); it != value.end(); ++it)
            lines << QString::fromStdString(it.key()) + QLatin1Char('=') + toQString(it.value());
    }
    auto *edit = new QPlainTextEdit(lines.join(QLatin1Char('\n')), parent);
    edit->setPlaceholderText(tr("KEY=value, one per line"));
    edit->setMaximumHeight(80);
    auto *apply = new QPushButton(tr("Apply"), parent);
    auto *box = new QWidget(parent);
    auto *layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    edit->setParent(box);
    apply->setParent(box);
    layout->addWidget(edit);
    layout->addWidget(apply, 0, Qt::AlignRight);
    QObject::connect(apply, &QPushButton::clicked, box, [sink, edit] {
        nlohmann::json map = nlohmann::json::object();
        for (const QString &line : edit->toPlainText().split(QLatin1Char('\n'), Qt::SkipEmptyParts)) {
            const qsizetype eq = line.indexOf(QLatin1Char('='));
            if (eq <= 0) {
                sink.refused(tr("'%1' is not KEY=value; nothing was changed.").arg(line));
                return;
            }
            map[toStd(line.left(eq).trimmed())] = toStd(line.mid(eq + 1));
        }
        sink.changed(map);
    });
    return box;
}

QWidget *textEditor(const PropertySpec &spec, const nlohmann::json &value, const ValueSink &sink, QWidget *parent)
{
    const bool integer = spec.type == PropertyType::Integer;
    const bool cidr = spec.type == PropertyType::Cidr;
    const QString previous = integer ? (value.is_number_integer() ? QString::number(value.get<qint64>()) : QString()) : toQString(value);
    auto *line = new QLineEdit(previous, parent);
    if (cidr)
        line->setPlaceholderText(QStringLiteral("10.0.0.0/16"));
    if (!spec.defaultValue.is_null() && !spec.defaultValue.is_array() && !spec.defaultValue.is_object())
        line->setPlaceholderText(QString::fromStdString(spec.defaultValue.is_string() ? spec.defaultValue.get<std::string>() : spec.defaultValue.dump()));
    const qint64 lo = spec.minimum.value_or(std::numeric_limits<int>::min());
    const qint64 hi = spec.maximum.value_or(std::numeric_limits<int>::max());
    const QString name = spec.name;
    QObject::connect(line, &QLineEdit::editingFinished, line, [=] {
        const QString text = line->text().trimmed();
        if (text == previous)
            return;
        if (text.isEmpty()) {
            sink.changed(nullptr);
            return;
        }
        if (integer) {
            bool ok = false;
            const qint64 n = text.toLongLong(&ok);
            if (!ok || n < lo || n > hi) {
                line->setText(previous);
                sink.refused(tr("%1 must be a whole number from %2 to %3; '%4' was not kept.").arg(propertyLabel(QString(), name)).arg(lo).arg(hi).arg(text));
                return;
            }
            sink.changed(n);
            return;
        }
        if (cidr) {
            Ipv4Cidr::ParseError error;
            if (!Ipv4Cidr::parse(text, &error)) {
                line->setText(previous);
                sink.refused(tr("'%1' is not a CIDR range: %2. The previous value was kept.").arg(text, Ipv4Cidr::describe(error)));
                return;
            }
        }
        sink.changed(toStd(text));
    });
    return line;
}

/// What one entry of a structured list is called, for card titles and buttons.
QString entryNoun(const QString &list)
{
    if (list == QLatin1String("ingress"))
        return tr("inbound rule");
    if (list == QLatin1String("egress"))
        return tr("outbound rule");
    if (list == QLatin1String("listeners"))
        return tr("listener");
    if (list == QLatin1String("rules"))
        return tr("rule");
    if (list == QLatin1String("containers"))
        return tr("container");
    if (list == QLatin1String("stages"))
        return tr("stage");
    if (list == QLatin1String("actions"))
        return tr("action");
    if (list == QLatin1String("statements"))
        return tr("statement");
    return tr("entry");
}

/// One card per entry of a structured list, with the entry's fields, a remove button, and an
/// add button at the end. Nested lists (a listener's rules, a stage's actions) nest cards.
QWidget *objectListEditor(const PropertySpec &spec, const nlohmann::json &value, const Design &design, const QString &ownerId,
                          const ValueSink &sink, QWidget *parent)
{
    auto *box = new QWidget(parent);
    auto *layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(6);
    const nlohmann::json list = value.is_array() ? value : nlohmann::json::array();
    const QString noun = entryNoun(spec.name);
    const auto live = [sink, list] {
        const nlohmann::json now = sink.current ? sink.current() : list;
        return now.is_array() ? now : nlohmann::json::array();
    };
    for (size_t i = 0; i < list.size(); ++i) {
        auto *card = new QGroupBox(QStringLiteral("%1 %2").arg(noun.left(1).toUpper() + noun.mid(1)).arg(i + 1), box);
        auto *form = new QFormLayout(card);
        form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
        form->setRowWrapPolicy(QFormLayout::WrapLongRows); // nested cards are narrow: labels go above their fields
        const nlohmann::json entry = list[i].is_object() ? list[i] : nlohmann::json::object();
        for (const PropertySpec &field : spec.fields) {
            const auto it = entry.find(toStd(field.name));
            const nlohmann::json fieldValue = it != entry.end() ? *it : nlohmann::json();
            const std::string key = toStd(field.name);
            // a field's edit changes the list; its scope says which entry and field, so that
            // typing in one field merges but the next field is an undo step of its own
            auto apply = [sink, live, i, key](const nlohmann::json &v, const QString &inner, const QString &undoText) {
                nlohmann::json updated = live();
                if (i >= updated.size())
                    return;
                if (!updated[i].is_object())
                    updated[i] = nlohmann::json::object();
                if (v.is_null())
                    updated[i].erase(key);
                else
                    updated[i][key] = v;
                const QString scope = QStringLiteral("%1/%2").arg(i).arg(QString::fromStdString(key));
                sink.change(updated, inner.isEmpty() ? scope : scope + QLatin1Char('/') + inner, undoText);
            };
            ValueSink fieldSink{[apply](const nlohmann::json &v) { apply(v, QString(), QString()); }, sink.refused,
                                [live, i, key] {
                                    const nlohmann::json now = live();
                                    return i < now.size() && now[i].is_object() && now[i].contains(key) ? now[i][key] : nlohmann::json();
                                },
                                [apply](const nlohmann::json &v, const QString &inner, const QString &undoText) { apply(v, inner, undoText); }};
            QWidget *editor = createValueEditor(field, fieldValue, design, ownerId, fieldSink, card);
            editor->setToolTip(field.translatedDescription());
            form->addRow(createPropertyLabel(QString(), spec.name + QLatin1Char('.') + field.name, field, card), editor);
        }
        auto *remove = new QPushButton(tr("Remove %1").arg(noun), card);
        QObject::connect(remove, &QPushButton::clicked, card, [sink, live, i, noun] {
            nlohmann::json updated = live();
            if (i >= updated.size())
                return;
            updated.erase(updated.begin() + std::ptrdiff_t(i));
            sink.change(updated, QString(), tr("Remove %1").arg(noun));
        });
        form->addRow(remove);
        layout->addWidget(card);
    }
    auto *add = new QPushButton(tr("Add %1").arg(noun), box);
    auto append = [sink, live, noun](const nlohmann::json &entry) {
        nlohmann::json updated = live();
        updated.push_back(entry);
        sink.change(updated, QString(), tr("Add %1").arg(noun));
    };
    const bool rules = spec.name == QLatin1String("ingress") || spec.name == QLatin1String("egress");
    if (rules) {
        // a new rule starts valid: the common ones ready-made, or a custom one that passes
        auto *menu = new QMenu(add);
        for (const RulePreset &preset : securityGroupRulePresets(design, ownerId, spec.name == QLatin1String("ingress")))
            menu->addAction(preset.label, add, [append, rule = preset.rule] { append(rule); });
        add->setMenu(menu);
    } else {
        QObject::connect(add, &QPushButton::clicked, box, [append, spec] {
            // a new entry starts with the fields' defaults
            nlohmann::json entry = nlohmann::json::object();
            for (const PropertySpec &field : spec.fields) {
                if (!field.defaultValue.is_null() && !(field.defaultValue.is_array() && field.defaultValue.empty()))
                    entry[toStd(field.name)] = field.defaultValue;
            }
            append(entry);
        });
    }
    layout->addWidget(add, 0, Qt::AlignLeft);
    return box;
}

} // namespace

QWidget *createPropertyLabel(const QString &kind, const QString &path, const PropertySpec &spec, QWidget *parent)
{
    const QString raw = path.section(QLatin1Char('.'), -1);
    auto *label = new QLabel(QStringLiteral("%1%2<br><span style='font-size:small; color:#8a939e'>%3</span>")
                                 .arg(propertyLabel(kind, path).toHtmlEscaped(), spec.required ? QStringLiteral(" *") : QString(),
                                      raw.toHtmlEscaped()),
                             parent);
    label->setTextFormat(Qt::RichText);
    label->setToolTip(spec.translatedDescription());
    return label;
}

QWidget *createValueEditor(const PropertySpec &spec, const nlohmann::json &value, const Design &design, const QString &ownerId,
                           const ValueSink &sink, QWidget *parent)
{
    switch (spec.type) {
    case PropertyType::Boolean: return booleanEditor(value, sink, parent);
    case PropertyType::Choice: return choiceEditor(spec, value, sink, parent);
    case PropertyType::Reference: return referenceEditor(spec, value, design, ownerId, sink, parent);
    case PropertyType::ReferenceList: return referenceListEditor(spec, value, design, sink, parent);
    case PropertyType::StringList: return stringListEditor(value, sink, parent);
    case PropertyType::StringMap: return stringMapEditor(value, sink, parent);
    case PropertyType::ObjectList: return objectListEditor(spec, value, design, ownerId, sink, parent);
    case PropertyType::Integer:
    case PropertyType::Cidr:
    case PropertyType::String:
    case PropertyType::Image: return textEditor(spec, value, sink, parent);
    }
    return new QLabel(parent);
}

} // namespace kumo
