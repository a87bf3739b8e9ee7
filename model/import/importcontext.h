#pragma once

#include "component.h"
#include "importreport.h"
#include "terraforminput.h"

#include <QHash>
#include <QSet>
#include <QString>
#include <QStringList>

#include <deque>
#include <vector>

namespace kumo::tfimport {

/// What the network importers learn about routing before they decide which subnets are public.
struct RoutingFacts
{
    QHash<int, bool> tableToInternet;   ///< route table (resource serial) -> has 0.0.0.0/0 to an internet gateway
    QHash<QString, int> subnetTable;     ///< subnet component -> its route table (serial)
    QHash<QString, int> vpcMainTable;    ///< VPC component -> its main route table (serial)
    QHash<QString, bool> subnetMapsPublicIp; ///< subnet component -> map_public_ip_on_launch
    QHash<QString, QString> externalVpcs; ///< a VPC id named but not managed in the inputs -> its component
    QHash<int, int> natAddresses;        ///< Elastic IP (serial) -> the NAT gateway (serial) it belongs to
    bool natAddressesKnown = false;
    QHash<QString, QList<int>> vpcsByModule; ///< "input|module instance" -> managed VPCs (serials)
    QList<int> allVpcs;                      ///< every managed VPC (serials)
    bool vpcsKnown = false;
};

/// Certificates and the names of their DNS validation records, gathered once.
struct CertificateFacts
{
    bool known = false;
    std::vector<const TfResource *> certificates;
    QHash<QString, const TfResource *> byValidationName; ///< "_x.app.example.com" -> certificate
};

/// Where a load balancer listener went: the load balancer and the position in its `listeners`.
struct ListenerPlace
{
    QString loadBalancer;
    int index = -1;
};

/// The state of one import: the resources of every input, the components made from them, how
/// attribute values and configuration references resolve to resources and components, where
/// things are placed, and the report. The area importers work through it.
class ImportContext
{
public:
    ImportContext(std::vector<TfInput> &inputs, ImportReport &report);

    const std::vector<TfResource *> &resources() const { return m_resources; }
    const TfInput &input(int index) const { return m_inputs.at(size_t(index)); }

    // --- components -------------------------------------------------------------------------
    /// Creates the component a resource becomes (its id comes from the address).
    Component &createFor(const TfResource &r, const QString &kind, const QString &id);
    /// A component made for no single resource (regions, zones, VPCs only referenced).
    Component &createExtra(const QString &kind, const QString &idBase, const QString &name);
    Component *component(const QString &id);
    const Component *component(const QString &id) const;
    /// The component made from @p r, or null.
    Component *componentOf(const TfResource &r);
    /// References to the folded resource @p r stand for @p componentId (an instance profile for its role).
    void standFor(const TfResource &r, const QString &componentId);
    std::deque<Component> &components() { return m_components; }
    bool isTaken(const QString &id) const { return m_componentIndex.contains(id); }

    // --- values and references ----------------------------------------------------------------
    /// Makes @p r findable by the string value of @p attribute (ids and ARNs are always indexed).
    void indexValue(const TfResource &r, const QString &value);
    /// Resources whose id, ARN or indexed name is @p value (of one of @p types, when given).
    std::vector<const TfResource *> lookup(const QString &value, const QStringList &types = {}) const;
    /// The resources an attribute of @p from names: by its value, or when the value is unknown (plans)
    /// by the configuration's references. @p path: "vpc_id", "network_configuration.subnets".
    std::vector<const TfResource *> referenced(const TfResource &from, const QString &path, const QStringList &types = {}) const;
    /// Component ids of the given kinds that an attribute names, in order, without repeats.
    QStringList refs(const TfResource &from, const QString &path, const QStringList &kinds) const;
    QString ref(const TfResource &from, const QString &path, const QStringList &kinds) const;
    /// The component (of @p kinds) a resource is, or stands for.
    QString componentIdFor(const TfResource &r, const QStringList &kinds = {}) const;
    /// The component of @p kinds an attribute value names (an id, ARN or name).
    QString componentForValue(const QString &value, const QStringList &kinds) const;

    // --- placement ----------------------------------------------------------------------------
    QString regionOf(const TfResource &r);
    /// The region component for a region code (created on first use).
    QString regionComponent(const QString &code);
    /// The availability zone component of a VPC (created on first use).
    QString zoneComponent(const QString &vpcId, const QString &zone);
    void placeInRegion(Component &c, const TfResource &r);
    /// Records why a component could not be placed (it is then skipped).
    void cannotPlace(const Component &c, const QString &reason) { m_unplaced.insert(c.id, reason); }
    QString unplacedReason(const QString &id) const { return m_unplaced.value(id); }

    // --- outcomes -----------------------------------------------------------------------------
    void fold(const TfResource &r, const QString &intoComponentId);
    void skip(const TfResource &r, const QString &reason);
    bool hasOutcome(const TfResource &r) const { return m_outcome.at(size_t(r.serial)) >= 0; }
    Outcome outcome(const TfResource &r) const { return Outcome(m_outcome.at(size_t(r.serial))); }
    QString outcomeDetail(const TfResource &r) const { return m_detail.at(size_t(r.serial)); }
    void setOutcome(const TfResource &r, Outcome outcome, const QString &detail);
    void assume(const QString &text);
    void secretNotCopied(const TfResource &r, const QString &attribute);
    ImportReport &report() { return m_report; }

    RoutingFacts routing;
    CertificateFacts certificates;
    QHash<int, ListenerPlace> listeners; ///< listener resource serial -> where it went

private:
    std::vector<const TfResource *> resolveReference(const QString &reference, const TfResource &from, const QString &module,
                                                     const QStringList &calls, int depth) const;
    const nlohmann::json *moduleConfig(int input, const QStringList &calls) const;
    QString regionEvidence(const TfResource &r) const;

    std::vector<TfInput> &m_inputs;
    ImportReport &m_report;
    std::vector<TfResource *> m_resources;
    std::deque<Component> m_components;
    QHash<QString, qsizetype> m_componentIndex;
    std::vector<QString> m_componentOfResource; ///< by serial: mapped or stood-for component id
    std::vector<int> m_outcome;                 ///< by serial: Outcome, or -1
    std::vector<QString> m_detail;
    QHash<QString, QList<int>> m_byValue;
    QHash<QString, QList<int>> m_byConfigAddress; ///< "input|module.net.aws_subnet.public" -> serials
    QHash<QString, QString> m_regions;            ///< region code -> component id
    QHash<QString, QString> m_zones;              ///< vpc|zone -> component id
    QHash<QString, QString> m_providerRegion;     ///< provider key -> region its resources show
    QHash<int, QString> m_regionCache;
    QString m_defaultRegion;
    QHash<QString, QString> m_unplaced;
    QSet<QString> m_assumptions;
    int m_assumedRegions = 0;
};

} // namespace kumo::tfimport
