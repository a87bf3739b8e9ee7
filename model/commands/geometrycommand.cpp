#include "geometrycommand.h"

#include "document.h"

#include <QCoreApplication>

#include <algorithm>

namespace kumo {

GeometryCommand::GeometryCommand(Document *document, const QHash<QString, QRectF> &geometries, const QString &text,
                                 QUndoCommand *parent)
    : QUndoCommand(text, parent)
    , m_document(document)
{
    for (auto it = geometries.cbegin(); it != geometries.cend(); ++it) {
        const Component *c = document->design().component(it.key());
        if (c)
            m_changes.push_back({it.key(), c->geometry, it.value()});
    }
    std::sort(m_changes.begin(), m_changes.end(), [](const Change &a, const Change &b) { return a.id < b.id; });
    if (m_changes.empty())
        setObsolete(true);
}

GeometryCommand *GeometryCommand::move(Document *document, const QStringList &ids, QPointF delta)
{
    QHash<QString, QRectF> geometries;
    for (const QString &id : ids) {
        if (const Component *c = document->design().component(id))
            geometries.insert(id, c->geometry.value_or(QRectF()).translated(delta));
    }
    return new GeometryCommand(document, geometries,
                               QCoreApplication::translate("kumo::Commands", "Move %n component(s)", nullptr, int(geometries.size())));
}

GeometryCommand *GeometryCommand::resize(Document *document, const QString &id, const QRectF &rect)
{
    return new GeometryCommand(document, {{id, rect}}, QCoreApplication::translate("kumo::Commands", "Resize"));
}

void GeometryCommand::redo()
{
    std::vector<std::pair<QString, std::optional<QRectF>>> geometries;
    geometries.reserve(m_changes.size());
    for (const Change &c : m_changes)
        geometries.emplace_back(c.id, c.after);
    m_document->setGeometries(geometries);
}

void GeometryCommand::undo()
{
    std::vector<std::pair<QString, std::optional<QRectF>>> geometries;
    geometries.reserve(m_changes.size());
    for (const Change &c : m_changes)
        geometries.emplace_back(c.id, c.before);
    m_document->setGeometries(geometries);
}

} // namespace kumo
