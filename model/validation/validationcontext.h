#pragma once

#include "design.h"
#include "propertyreads.h"

#include <QHash>

#include <memory>
#include <string>
#include <unordered_map>
#include <vector>

namespace kumo {

/// Read-only indexes over a design, built once per validation pass and shared by all rules.
class ValidationContext
{
public:
    explicit ValidationContext(const Design &design);

    const Design &design() const { return m_design; }
    const Component *component(const QString &id) const { return m_design.component(id); }
    /// Components of @p kind in canonical order.
    const std::vector<const Component *> &ofKind(const QString &kind) const;
    const std::vector<const Component *> &all() const { return m_all; }
    /// The nearest enclosing component of @p kind (e.g. the VPC of a subnet), or null.
    /// Constant time for region, vpc, availability_zone and subnet.
    const Component *ancestor(const Component &c, const QString &kind) const;
    /// The VPC a component belongs to: its ancestor VPC, or itself when it is one.
    const Component *vpcOf(const Component &c) const;
    /// The availability zone a component sits in, or null.
    const Component *zoneOf(const Component &c) const { return placement(c).zone; }
    /// Resolves @p id when it names a component of one of @p kinds (any kind when empty).
    const Component *resolve(const QString &id, const QStringList &kinds = {}) const;

    /// A result derived from the whole design that several rules share (the exposure analysis),
    /// computed by @p compute on first use and kept until the properties it read change. The
    /// properties it read count as read by every rule that uses it.
    template <typename T, typename Compute>
    const T &derived(const char *key, Compute &&compute) const
    {
        Derived &slot = m_derived[key];
        if (!slot.value) {
            PropertyReads reads;
            {
                const PropertyReads::Recording recording(reads);
                slot.value = std::make_shared<const T>(compute());
            }
            slot.reads = std::move(reads);
        } else {
            PropertyReads::noteAll(slot.reads);
        }
        return *std::static_pointer_cast<const T>(slot.value);
    }
    /// Drops the derived results: the design's properties changed under this context.
    void forgetDerived() const { m_derived.clear(); }
    /// Drops the derived results that read @p key of components of @p kind.
    void forgetDerivedReading(const QString &kind, const QString &key) const;

private:
    /// The network containers around a component, found once for all components.
    struct Placement
    {
        const Component *region = nullptr;
        const Component *vpc = nullptr;
        const Component *zone = nullptr;
        const Component *subnet = nullptr;
    };
    Placement placement(const Component &c) const;

    const Design &m_design;
    std::unordered_map<const Component *, Placement> m_placement; ///< of each component's parent chain
    std::vector<const Component *> m_all;
    QHash<QString, std::vector<const Component *>> m_byKind;
    struct Derived
    {
        std::shared_ptr<const void> value;
        PropertyReads reads; ///< what computing it read
    };
    mutable std::unordered_map<std::string, Derived> m_derived;
};

} // namespace kumo
