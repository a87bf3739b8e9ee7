#pragma once

#include <QStandardItemModel>

namespace kumo {

class Document;
struct ChangeEvent;

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
    Document *m_document;
    QHash<QString, QStandardItem *> m_items;
};

} // namespace kumo
