#pragma once

#include <QWidget>

#include <nlohmann/json.hpp>

class QFormLayout;
class QLabel;

namespace kumo {

class Document;
struct ChangeEvent;
struct Component;
struct PropertySpec;

/// Edits the selected component's name and properties with editors generated from the
/// catalog: text, numbers, switches, choices, references (pickers of the allowed kinds), lists
/// of references, and structured lists as checked JSON. Every edit is one undo step; invalid
/// values are refused with a message and never kept.
class PropertyPanel : public QWidget
{
    Q_OBJECT

public:
    explicit PropertyPanel(Document *document, QWidget *parent = nullptr);

    void showComponent(const QString &id);
    /// Shows one component's properties, or a summary when several (or none) are selected.
    void showSelection(const QStringList &ids);
    QString componentId() const { return m_id; }
    /// The message shown for the last refused value (empty when the last edit was accepted).
    QString errorText() const;

private:
    void rebuild();
    void documentChanged(const ChangeEvent &event);
    QWidget *editorFor(const Component &c, const PropertySpec &spec);
    /// Pushes a property change; returns false and shows @p refusal when it is not acceptable.
    /// Pushes the change; @p scope (when not null) limits merging to the same part of the value,
    /// @p undoText names an added or removed entry (a step that never merges).
    void commit(const QString &key, const nlohmann::json &value, const QString &scope = QString(), const QString &undoText = QString());
    void commitAndRefresh(const QString &key, const nlohmann::json &value, const QString &scope = QString(),
                          const QString &undoText = QString());
    void refuse(const QString &message);

    Document *m_document;
    QString m_id;
    int m_selectionCount = 0;
    QWidget *m_body = nullptr;
    QLabel *m_header;
    QLabel *m_error;
    bool m_committing = false;
};

} // namespace kumo
