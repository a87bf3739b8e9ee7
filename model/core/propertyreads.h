#pragma once

#include <QSet>
#include <QString>

#include <array>
#include <string>
#include <string_view>

namespace kumo {

struct Component;

/// The properties (kind and key) some code read from components while it ran.
///
/// Incremental validation records what each rule reads during a pass; a later property change
/// can only change a rule's result when the rule read that key on a component of that kind, so
/// only those rules run again. Every read through Component::prop() and its typed accessors, and
/// through forEachReference(), is recorded while a Recording is alive on the same thread.
class PropertyReads
{
public:
    /// Whether a key @p key of a component of @p kind was read.
    bool contains(const QString &kind, const QString &key) const;
    bool isEmpty() const { return m_entries.isEmpty(); }
    void merge(const PropertyReads &other);

    /// Records into @p into, on this thread, until destroyed; what it records is added to the
    /// recording around it too, when there is one.
    class Recording
    {
    public:
        explicit Recording(PropertyReads &into);
        ~Recording();
        Recording(const Recording &) = delete;
        Recording &operator=(const Recording &) = delete;

    private:
        PropertyReads &m_into;
        PropertyReads *m_outer;
    };

    /// Notes that @p component's @p key was read (a no-op when nothing records).
    static void note(const Component &component, std::string_view key);
    /// Adds @p reads to the current recording: code reused a result computed while they were read.
    static void noteAll(const PropertyReads &reads);

private:
    void add(const QString &kind, std::string_view key);

    QSet<QString> m_entries; ///< "kind\nkey"
    /// The last reads, so that reading the same keys again and again costs a comparison.
    struct Recent
    {
        QString kind;
        std::string key;
    };
    std::array<Recent, 128> m_recent;
};

} // namespace kumo
