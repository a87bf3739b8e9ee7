#include "validationcontext.h"

namespace kumo {

ValidationContext::ValidationContext(const Design &design)
    : m_design(design)
    , m_all(design.components())
{
    for (const Component *c : m_all)
        m_byKind[c->kind].push_back(c);
}

const std::vector<const Component *> &ValidationContext::ofKind(const QString &kind) const
{
    static const std::vector<const Component *> none;
    const auto it = m_byKind.constFind(kind);
    return it == m_byKind.constEnd() ? none : *it;
}

const Component *ValidationContext::ancestor(const Component &c, const QString &kind) const
{
    return m_design.ancestorOfKind(c.id, kind);
}

const Component *ValidationContext::vpcOf(const Component &c) const
{
    return c.kind == QLatin1String("vpc") ? &c : ancestor(c, QStringLiteral("vpc"));
}

const Component *ValidationContext::resolve(const QString &id, const QStringList &kinds) const
{
    const Component *c = m_design.component(id);
    if (!c || (!kinds.isEmpty() && !kinds.contains(c->kind)))
        return nullptr;
    return c;
}

} // namespace kumo
