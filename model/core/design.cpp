#include "design.h"

#include <QRegularExpression>

#include <algorithm>

namespace kumo {

const Component *Design::component(const QString &id) const
{
    const auto it = m_components.find(id);
    return it == m_components.end() ? nullptr : &it->second;
}

Component *Design::mutableComponent(const QString &id)
{
    const auto it = m_components.find(id);
    return it == m_components.end() ? nullptr : &it->second;
}

std::vector<const Component *> Design::components() const
{
    std::vector<const Component *> ordered;
    ordered.reserve(m_components.size());
    // Roots: top-level components, and components whose parent is missing from the design.
    QStringList roots = m_children.value(QString());
    for (auto it = m_children.cbegin(); it != m_children.cend(); ++it) {
        if (!it.key().isEmpty() && !m_components.contains(it.key()))
            roots += it.value();
    }
    std::sort(roots.begin(), roots.end());
    std::vector<QString> stack(roots.rbegin(), roots.rend());
    while (!stack.empty()) {
        const QString id = stack.back();
        stack.pop_back();
        const Component *c = component(id);
        if (!c)
            continue;
        ordered.push_back(c);
        const QStringList kids = m_children.value(id);
        for (auto k = kids.crbegin(); k != kids.crend(); ++k)
            stack.push_back(*k);
    }
    return ordered;
}

QStringList Design::children(const QString &id) const
{
    return m_children.value(id);
}

QStringList Design::subtree(const QString &id) const
{
    QStringList result;
    if (!contains(id))
        return result;
    result << id;
    for (qsizetype i = 0; i < result.size(); ++i)
        result += m_children.value(result.at(i));
    return result;
}

const Component *Design::ancestorOfKind(const QString &id, const QString &kind) const
{
    const Component *c = component(id);
    int guard = 0;
    while (c && !c->parent.isEmpty() && guard++ < 1000) {
        c = component(c->parent);
        if (c && c->kind == kind)
            return c;
    }
    return nullptr;
}

bool Design::isAncestor(const QString &ancestor, const QString &id) const
{
    const Component *c = component(id);
    int guard = 0;
    while (c && !c->parent.isEmpty() && guard++ < 100000) {
        if (c->parent == ancestor)
            return true;
        c = component(c->parent);
    }
    return false;
}

std::vector<const Component *> Design::componentsOfKind(const QString &kind) const
{
    std::vector<const Component *> result;
    for (const Component *c : components()) {
        if (c->kind == kind)
            result.push_back(c);
    }
    return result;
}

bool Design::insert(Component c)
{
    if (c.id.isEmpty() || m_components.contains(c.id))
        return false;
    const QString id = c.id;
    const QString parent = c.parent;
    m_components.emplace(id, std::move(c));
    attachChild(parent, id);
    return true;
}

std::optional<Component> Design::take(const QString &id)
{
    const auto it = m_components.find(id);
    if (it == m_components.end())
        return std::nullopt;
    Component c = std::move(it->second);
    m_components.erase(it);
    detachChild(c.parent, id);
    return c;
}

bool Design::setParent(const QString &id, const QString &parent)
{
    Component *c = mutableComponent(id);
    if (!c || parent == id || (!parent.isEmpty() && isAncestor(id, parent)))
        return false;
    detachChild(c->parent, id);
    c->parent = parent;
    attachChild(parent, id);
    return true;
}

const Connection *Design::connection(const QString &id) const
{
    const auto it = m_connections.find(id);
    return it == m_connections.end() ? nullptr : &it->second;
}

bool Design::insertConnection(Connection c)
{
    if (c.id.isEmpty() || m_connections.contains(c.id))
        return false;
    const QString id = c.id;
    m_connections.emplace(id, std::move(c));
    return true;
}

std::optional<Connection> Design::takeConnection(const QString &id)
{
    const auto it = m_connections.find(id);
    if (it == m_connections.end())
        return std::nullopt;
    Connection c = std::move(it->second);
    m_connections.erase(it);
    return c;
}

QString Design::uniqueId(const QString &base) const
{
    QString stem = base;
    static const QRegularExpression invalid(QStringLiteral("[^A-Za-z0-9_.-]+"));
    stem.replace(invalid, QStringLiteral("-"));
    stem = stem.left(56);
    if (stem.isEmpty())
        stem = QStringLiteral("c");
    if (!contains(stem) && !m_connections.contains(stem))
        return stem;
    for (int n = 2;; ++n) {
        const QString candidate = stem + QLatin1Char('-') + QString::number(n);
        if (!contains(candidate) && !m_connections.contains(candidate))
            return candidate;
    }
}

bool Design::isValidId(const QString &id)
{
    static const QRegularExpression pattern(QStringLiteral("^[A-Za-z0-9_.-]{1,64}$"));
    return pattern.match(id).hasMatch();
}

void Design::attachChild(const QString &parent, const QString &child)
{
    QStringList &kids = m_children[parent];
    kids.insert(std::lower_bound(kids.begin(), kids.end(), child), child);
}

void Design::detachChild(const QString &parent, const QString &child)
{
    auto it = m_children.find(parent);
    if (it == m_children.end())
        return;
    it->removeOne(child);
    if (it->isEmpty())
        m_children.erase(it);
}

} // namespace kumo
