#include "propertyreads.h"

#include "component.h"

#include <cstdint>

namespace kumo {

namespace {
thread_local PropertyReads *t_recording = nullptr;

QString entry(const QString &kind, QStringView key)
{
    return kind + QLatin1Char('\n') + key;
}
} // namespace

bool PropertyReads::contains(const QString &kind, const QString &key) const
{
    return m_entries.contains(entry(kind, key));
}

void PropertyReads::merge(const PropertyReads &other)
{
    m_entries.unite(other.m_entries);
}

void PropertyReads::add(const QString &kind, std::string_view key)
{
    const std::uintptr_t pointer = reinterpret_cast<std::uintptr_t>(key.data());
    const size_t slot = ((pointer >> 3) ^ (pointer >> 11) ^ size_t(kind.size()) * 31
                         ^ (kind.isEmpty() ? 0u : size_t(kind.back().unicode()) * 7))
                        % m_recent.size();
    Recent &recent = m_recent[slot];
    if (recent.key == key && recent.kind == kind)
        return;
    m_entries.insert(entry(kind, QString::fromUtf8(key.data(), qsizetype(key.size()))));
    recent.kind = kind;
    recent.key.assign(key);
}

PropertyReads::Recording::Recording(PropertyReads &into)
    : m_into(into)
    , m_outer(t_recording)
{
    t_recording = &m_into;
}

PropertyReads::Recording::~Recording()
{
    t_recording = m_outer;
    if (m_outer)
        m_outer->merge(m_into);
}

void PropertyReads::note(const Component &component, std::string_view key)
{
    if (t_recording)
        t_recording->add(component.kind, key);
}

void PropertyReads::noteAll(const PropertyReads &reads)
{
    if (t_recording)
        t_recording->merge(reads);
}

} // namespace kumo
