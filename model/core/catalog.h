#pragma once

#include "propertyspec.h"

#include <QHash>
#include <QString>
#include <QStringList>

#include <vector>

namespace kumo {

/// The palette groups kinds are shown in.
enum class KindGroup { Network, Compute, Containers, LoadBalancing, Data, DeliveryDns, Identity, CiCd, Diagram };

QString kindGroupId(KindGroup group);          ///< stable id ("network", "load_balancing", ...)
QString kindGroupDisplayName(KindGroup group); ///< translated title

/// Everything the product knows about one kind of component.
struct KindSpec
{
    QString id;                  ///< the `kind` value in design files, e.g. "subnet"
    const char *label = "";      ///< source text of the display name ("kumo::Catalog" context)
    const char *summary = "";    ///< source text of a short explanation for learners
    KindGroup group = KindGroup::Diagram;
    QStringList parents;         ///< kinds that may contain it
    bool topLevel = false;       ///< may sit at the top of the design (no parent)
    bool anyParent = false;      ///< may sit inside any component (notes)
    std::vector<PropertySpec> properties;

    const PropertySpec *property(const QString &name) const;
    QString displayName() const;
    QString translatedSummary() const;
};

/// The catalog of kinds: the single declarative description that drives loading, validation,
/// the palette, the property panel and `kumo kinds`.
class Catalog
{
public:
    static const Catalog &instance();

    const std::vector<KindSpec> &kinds() const { return m_kinds; }
    const KindSpec *kind(const QString &id) const;
    bool hasKind(const QString &id) const { return kind(id) != nullptr; }
    /// The translated name of a kind, or the id itself for a kind the catalog does not know.
    QString displayName(const QString &kindId) const;

    /// May a component of @p childKind sit inside one of @p parentKind?
    /// An empty @p parentKind asks whether it may sit at the top level.
    bool canContain(const QString &parentKind, const QString &childKind) const;
    /// True when some kind may be placed inside @p kind.
    bool isContainer(const QString &kind) const;

private:
    Catalog();
    std::vector<KindSpec> m_kinds;
    QHash<QString, qsizetype> m_index;
    QHash<QString, bool> m_containers;
};

} // namespace kumo
