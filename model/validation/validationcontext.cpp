#include "validationcontext.h"

namespace kumo {

ValidationContext::ValidationContext(const Design &design)
    : m_design(design)
    , m_all(design.components())
{
    m_placement.reserve(m_all.size());
    for (const Component *c : m_all) { // parents come before their children
        m_byKind[c->kind].push_back(c);
        Placement inherited;
        if (const Component *parent = design.component(c->parent)) {
            const auto it = m_placement.find(parent);
            if (it != m_placement.end())
                inherited = it->second;
            if (parent->kind == QLatin1String("region"))
                inherited.region = parent;
            else if (parent->kind == QLatin1String("vpc"))
                inherited.vpc = parent;
            else if (parent->kind == QLatin1String("availability_zone"))
                inherited.zone = parent;
            else if (parent->kind == QLatin1String("subnet"))
                inherited.subnet = parent;
        }
        m_placement.emplace(c, inherited);
    }
}

ValidationContext::Placement ValidationContext::placement(const Component &c) const
{
    const auto it = m_placement.find(&c);
    return it == m_placement.end() ? Placement{} : it->second;
}

const std::vector<const Component *> &ValidationContext::ofKind(const QString &kind) const
{
    static const std::vector<const Component *> none;
    const auto it = m_byKind.constFind(kind);
    return it == m_byKind.constEnd() ? none : *it;
}

const Component *ValidationContext::ancestor(const Component &c, const QString &kind) const
{
    const Placement p = placement(c);
    if (kind == QLatin1String("region"))
        return p.region;
    if (kind == QLatin1String("vpc"))
        return p.vpc;
    if (kind == QLatin1String("availability_zone"))
        return p.zone;
    if (kind == QLatin1String("subnet"))
        return p.subnet;
    return m_design.ancestorOfKind(c.id, kind);
}

const Component *ValidationContext::vpcOf(const Component &c) const
{
    return c.kind == QLatin1String("vpc") ? &c : ancestor(c, QStringLiteral("vpc"));
}

void ValidationContext::forgetDerivedReading(const QString &kind, const QString &key) const
{
    for (auto it = m_derived.begin(); it != m_derived.end();) {
        if (it->second.reads.contains(kind, key))
            it = m_derived.erase(it);
        else
            ++it;
    }
}

const Component *ValidationContext::resolve(const QString &id, const QStringList &kinds) const
{
    const Component *c = m_design.component(id);
    if (!c || (!kinds.isEmpty() && !kinds.contains(c->kind)))
        return nullptr;
    return c;
}

} // namespace kumo
