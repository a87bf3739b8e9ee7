#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <nlohmann/json.hpp>

#include <map>
#include <optional>

namespace kumo {

class Design;

/// One usage quantity: a number of GB, requests, minutes... per month.
struct UsageValue
{
    double value = 0;
    bool assumed = false; ///< filled from the workshop defaults, not given by the user
};

/// Monthly usage quantities per component, as in the design's top-level "usage" object or a
/// --usage file: `{ "COMPONENT_ID": { "QUANTITY": number } }`.
class UsageQuantities
{
public:
    /// The largest quantity accepted (a trillion GB, requests or minutes per month, as the Cost
    /// panel takes): larger ones are refused, so that every cost stays a finite, meaningful number.
    static constexpr double maximumValue = 1e12;

    /// The quantities a component of @p kind accepts ("data_processed_gb" for a NAT gateway, ...).
    static QStringList quantitiesOf(const QString &kind);
    /// What a quantity measures, for people ("GB processed per month").
    static QString quantityDescription(const QString &quantity);

    /// Reads a usage object, checked against @p design: every key a component of it, every
    /// quantity one its kind accepts, every value a number from 0 to maximumValue. On failure @p error names
    /// the place ("web-alb.lcu: expected a number").
    static std::optional<UsageQuantities> fromJson(const nlohmann::json &usage, const Design &design, QString *error);
    /// The design's own "usage" object (none: empty quantities). Errors are placed below "usage.".
    static std::optional<UsageQuantities> fromDesign(const Design &design, QString *error);
    /// A --usage file; errors name the file and the line and column, or the place in the object.
    /// (At most InputLimits::usageFileBytes; "-" is standard input.)
    static std::optional<UsageQuantities> fromFile(const QString &path, const Design &design, QString *error);
    /// The text of a usage file read from @p path (the name errors use).
    static std::optional<UsageQuantities> fromBytes(const QByteArray &bytes, const QString &path, const Design &design, QString *error);

    /// Fills every quantity not given with the bundled "workshop defaults", marked as assumed.
    void fillWorkshopDefaults(const Design &design);
    /// Takes every value of @p other over this one.
    void overrideWith(const UsageQuantities &other);

    std::optional<UsageValue> value(const QString &component, const QString &quantity) const;
    void set(const QString &component, const QString &quantity, double value, bool assumed = false);
    bool isEmpty() const { return m_values.empty(); }

private:
    std::map<QString, std::map<QString, UsageValue>> m_values;
};

} // namespace kumo
