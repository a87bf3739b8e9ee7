#pragma once

#include <QStandardItemModel>

namespace kumo {

class Document;
struct ChangeEvent;
struct Component;

/// The design as a tree (region > VPC > zone > subnet > ...), rebuilt from the Document.
class OutlineModel : public QStandardItemModel
{
    Q_OBJECT

public:
    static constexpr int IdRole = Qt::UserRole + 1;

    explicit OutlineModel(Document *document, QObject *parent = nullptr);
    QModelIndex indexOf(const QString &componentId) const;
    /// Builds the tree again (after loading, or when the interface language changes).
    void rebuild();

private:
    /// Follows the document row by row; a reset builds the tree again.
    void documentChanged(const ChangeEvent &event);
    /// Where a component's row goes among its siblings (they are in id order, as in the design).
    int rowFor(const QString &id) const;
    /// Adds the row of a new component (and of its new container first); false when out of step.
    bool insertRowFor(const QString &id);
    static QList<QStandardItem *> makeRow(const Component &component);

    Document *m_document;
    QHash<QString, QStandardItem *> m_items;
};

} // namespace kumo
