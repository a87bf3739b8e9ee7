#include "document.h"

#include "designfile.h"

namespace kumo {

Document::Document(QObject *parent)
    : QObject(parent)
{
    qRegisterMetaType<kumo::ChangeEvent>();
    connect(&m_undoStack, &QUndoStack::cleanChanged, this, [this](bool clean) { emit modifiedChanged(!clean); });
}

void Document::setFilePath(const QString &path)
{
    if (m_filePath == path)
        return;
    m_filePath = path;
    emit filePathChanged(path);
}

void Document::reset(Design design, const QString &filePath)
{
    m_undoStack.clear();
    m_design = std::move(design);
    setFilePath(filePath);
    emitChange(ChangeEvent::Type::Reset, {});
}

bool Document::save(const QString &path, QString *error)
{
    if (!DesignFile::save(m_design, path, error))
        return false;
    setFilePath(path);
    m_undoStack.setClean();
    return true;
}

void Document::insertComponents(const std::vector<Component> &components)
{
    QStringList ids;
    for (const Component &c : components) {
        if (m_design.insert(c))
            ids << c.id;
    }
    emitChange(ChangeEvent::Type::ComponentsAdded, ids);
}

std::vector<Component> Document::takeComponents(const QStringList &ids)
{
    std::vector<Component> taken;
    QStringList takenIds;
    for (const QString &id : ids) {
        if (auto c = m_design.take(id)) {
            takenIds << id;
            taken.push_back(std::move(*c));
        }
    }
    emitChange(ChangeEvent::Type::ComponentsRemoved, takenIds);
    return taken;
}

void Document::setProperty(const QString &id, const QString &key, const nlohmann::json &value)
{
    Component *c = m_design.mutableComponent(id);
    if (!c)
        return;
    if (value.is_null())
        c->props.erase(toStd(key));
    else
        c->props[toStd(key)] = value;
    emitChange(ChangeEvent::Type::PropertyChanged, {id}, key);
}

void Document::setUsageQuantity(const QString &id, const QString &quantity, const nlohmann::json &value)
{
    nlohmann::json &usage = m_design.extra["usage"];
    if (!usage.is_object())
        usage = nlohmann::json::object();
    if (value.is_null()) {
        if (usage.contains(toStd(id)) && usage[toStd(id)].is_object()) {
            usage[toStd(id)].erase(toStd(quantity));
            if (usage[toStd(id)].empty())
                usage.erase(toStd(id));
        }
        if (usage.empty())
            m_design.extra.erase("usage");
    } else {
        usage[toStd(id)][toStd(quantity)] = value;
    }
    emitChange(ChangeEvent::Type::UsageChanged, {id}, quantity);
}

void Document::setName(const QString &id, const QString &name)
{
    if (Component *c = m_design.mutableComponent(id)) {
        c->name = name;
        emitChange(ChangeEvent::Type::NameChanged, {id});
    }
}

void Document::setGeometry(const QString &id, const std::optional<QRectF> &geometry)
{
    if (Component *c = m_design.mutableComponent(id)) {
        c->geometry = geometry;
        emitChange(ChangeEvent::Type::GeometryChanged, {id});
    }
}

void Document::setGeometries(const std::vector<std::pair<QString, std::optional<QRectF>>> &geometries)
{
    QStringList ids;
    for (const auto &[id, geometry] : geometries) {
        if (Component *c = m_design.mutableComponent(id)) {
            c->geometry = geometry;
            ids << id;
        }
    }
    if (!ids.isEmpty())
        emitChange(ChangeEvent::Type::GeometryChanged, ids);
}

bool Document::setParent(const QString &id, const QString &parent)
{
    if (!m_design.setParent(id, parent))
        return false;
    emitChange(ChangeEvent::Type::ParentChanged, {id});
    return true;
}

void Document::insertConnections(const std::vector<Connection> &connections)
{
    QStringList ids;
    for (const Connection &c : connections) {
        if (m_design.insertConnection(c))
            ids << c.id;
    }
    emitChange(ChangeEvent::Type::ConnectionsAdded, ids);
}

std::vector<Connection> Document::takeConnections(const QStringList &ids)
{
    std::vector<Connection> taken;
    QStringList takenIds;
    for (const QString &id : ids) {
        if (auto c = m_design.takeConnection(id)) {
            takenIds << id;
            taken.push_back(std::move(*c));
        }
    }
    emitChange(ChangeEvent::Type::ConnectionsRemoved, takenIds);
    return taken;
}

void Document::replaceDesign(Design design)
{
    m_design = std::move(design);
    emitChange(ChangeEvent::Type::Reset, {});
}

void Document::emitChange(ChangeEvent::Type type, QStringList ids, QString property)
{
    emit changed(ChangeEvent{type, std::move(ids), std::move(property)});
}

} // namespace kumo
