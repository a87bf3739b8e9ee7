#include "usagequantities.h"

#include "design.h"
#include "inputfile.h"
#include "pricesnapshot.h"

#include <QCoreApplication>
#include <QFile>

#include <cmath>

namespace kumo {

namespace {

using nlohmann::json;

QString translated(const char *text)
{
    return QCoreApplication::translate("kumo::cost", text);
}

struct QuantityInfo
{
    const char *kind;
    const char *quantity;
    const char *description;
};

const QuantityInfo kQuantities[] = {
    {"ec2_instance", "data_out_gb", QT_TRANSLATE_NOOP("kumo::cost", "GB sent to the internet per month")},
    {"nat_gateway", "data_processed_gb", QT_TRANSLATE_NOOP("kumo::cost", "GB processed per month")},
    {"load_balancer", "lcu", QT_TRANSLATE_NOOP("kumo::cost", "average load balancer capacity units (LCU) over the month")},
    {"load_balancer", "data_out_gb", QT_TRANSLATE_NOOP("kumo::cost", "GB sent to the internet per month")},
    {"s3_bucket", "storage_gb", QT_TRANSLATE_NOOP("kumo::cost", "GB stored (average over the month)")},
    {"s3_bucket", "put_requests", QT_TRANSLATE_NOOP("kumo::cost", "PUT, COPY, POST and LIST requests per month")},
    {"s3_bucket", "get_requests", QT_TRANSLATE_NOOP("kumo::cost", "GET and other requests per month")},
    {"cloudfront_distribution", "data_out_gb_japan", QT_TRANSLATE_NOOP("kumo::cost", "GB delivered to viewers in Japan per month")},
    {"cloudfront_distribution", "data_out_gb_us", QT_TRANSLATE_NOOP("kumo::cost", "GB delivered to viewers in the United States, Mexico and Canada per month")},
    {"cloudfront_distribution", "https_requests_japan", QT_TRANSLATE_NOOP("kumo::cost", "HTTPS requests from viewers in Japan per month")},
    {"cloudfront_distribution", "https_requests_us", QT_TRANSLATE_NOOP("kumo::cost", "HTTPS requests from viewers in the United States, Mexico and Canada per month")},
    {"route53_zone", "dns_queries", QT_TRANSLATE_NOOP("kumo::cost", "DNS queries per month")},
    {"ecr_repository", "storage_gb", QT_TRANSLATE_NOOP("kumo::cost", "GB of images stored")},
    {"codebuild_project", "build_minutes", QT_TRANSLATE_NOOP("kumo::cost", "build minutes per month")},
    {"codepipeline", "action_minutes", QT_TRANSLATE_NOOP("kumo::cost", "action execution minutes per month")},
    {"codecommit_repository", "active_users", QT_TRANSLATE_NOOP("kumo::cost", "active users per month (account-wide)")},
};

/// "line L, column C" of byte offset @p offset (1-based, as nlohmann counts) in @p text.
std::pair<int, int> lineAndColumn(const QByteArray &text, std::size_t offset)
{
    int line = 1;
    int column = 1;
    for (std::size_t i = 0; i + 1 < offset && i < std::size_t(text.size()); ++i) {
        if (text.at(qsizetype(i)) == '\n') {
            ++line;
            column = 1;
        } else if ((text.at(qsizetype(i)) & 0xC0) != 0x80) { // count characters, not UTF-8 continuation bytes
            ++column;
        }
    }
    return {line, column};
}

} // namespace

QStringList UsageQuantities::quantitiesOf(const QString &kind)
{
    QStringList names;
    for (const QuantityInfo &q : kQuantities) {
        if (kind == QLatin1String(q.kind))
            names << QString::fromLatin1(q.quantity);
    }
    return names;
}

QString UsageQuantities::quantityDescription(const QString &quantity)
{
    for (const QuantityInfo &q : kQuantities) {
        if (quantity == QLatin1String(q.quantity))
            return translated(q.description);
    }
    return quantity;
}

std::optional<UsageQuantities> UsageQuantities::fromJson(const json &usage, const Design &design, QString *error)
{
    auto fail = [error](const QString &message) {
        if (error)
            *error = message;
        return std::optional<UsageQuantities>();
    };
    if (!usage.is_object())
        return fail(QCoreApplication::translate("kumo::cost", "expected an object { \"COMPONENT_ID\": { \"QUANTITY\": number } }"));
    UsageQuantities result;
    for (auto it = usage.begin(); it != usage.end(); ++it) {
        const QString id = QString::fromStdString(it.key());
        const Component *component = design.component(id);
        if (!component)
            return fail(QCoreApplication::translate("kumo::cost", "%1: no component with this id in the design").arg(id));
        const QStringList known = quantitiesOf(component->kind);
        if (!it.value().is_object())
            return fail(QCoreApplication::translate("kumo::cost", "%1: expected an object of quantities").arg(id));
        for (auto q = it.value().begin(); q != it.value().end(); ++q) {
            const QString name = QString::fromStdString(q.key());
            const QString place = id + QLatin1Char('.') + name;
            if (!known.contains(name)) {
                const QString expected = known.isEmpty() ? QCoreApplication::translate("kumo::cost", "a %1 takes no usage quantities").arg(component->kind)
                                                         : QCoreApplication::translate("kumo::cost", "expected %1").arg(known.join(QStringLiteral(", ")));
                return fail(QCoreApplication::translate("kumo::cost", "%1: unknown quantity (%2)").arg(place, expected));
            }
            if (!q.value().is_number())
                return fail(QCoreApplication::translate("kumo::cost", "%1: expected a number").arg(place));
            const double v = q.value().get<double>();
            if (!std::isfinite(v) || v < 0 || v > maximumValue)
                return fail(QCoreApplication::translate("kumo::cost", "%1: expected a number from 0 to %2, found %3")
                                .arg(place, QString::number(maximumValue, 'g', 15), QString::fromStdString(q.value().dump())));
            result.set(id, name, v);
        }
    }
    return result;
}

std::optional<UsageQuantities> UsageQuantities::fromDesign(const Design &design, QString *error)
{
    const auto it = design.extra.find("usage");
    if (it == design.extra.end() || it->is_null())
        return UsageQuantities();
    QString inner;
    auto result = fromJson(*it, design, &inner);
    if (!result && error)
        *error = QStringLiteral("usage: ") + inner;
    return result;
}

std::optional<UsageQuantities> UsageQuantities::fromFile(const QString &path, const Design &design, QString *error)
{
    const InputRead input = InputFile::read(path, InputLimits::usageFileBytes);
    if (!input.ok()) {
        if (error)
            *error = QStringLiteral("%1: %2").arg(InputFile::displayName(path), input.message());
        return std::nullopt;
    }
    return fromBytes(input.bytes, path, design, error);
}

std::optional<UsageQuantities> UsageQuantities::fromBytes(const QByteArray &bytes, const QString &path, const Design &design, QString *error)
{
    auto fail = [error, &path](const QString &message) {
        if (error)
            *error = InputFile::displayName(path) + QStringLiteral(": ") + message;
        return std::optional<UsageQuantities>();
    };
    json usage;
    try {
        usage = json::parse(bytes.constBegin(), bytes.constEnd());
    } catch (const json::parse_error &e) {
        const auto [line, column] = lineAndColumn(bytes, e.byte);
        if (error)
            *error = QStringLiteral("%1:%2:%3: %4").arg(InputFile::displayName(path)).arg(line).arg(column).arg(QCoreApplication::translate("kumo::cost", "not valid JSON"));
        return std::nullopt;
    } catch (const json::exception &) { // a number beyond a double (1e999)
        return fail(QCoreApplication::translate("kumo::cost", "not valid JSON: a number is too large"));
    }
    QString inner;
    auto result = fromJson(usage, design, &inner);
    if (!result)
        return fail(inner);
    return result;
}

void UsageQuantities::fillWorkshopDefaults(const Design &design)
{
    static const json preset = [] {
        ensurePriceResources();
        QFile file(QStringLiteral(":/prices/workshop-usage.json"));
        if (!file.open(QIODevice::ReadOnly))
            return json::object();
        const QByteArray bytes = file.readAll();
        const json root = json::parse(bytes.constBegin(), bytes.constEnd(), nullptr, false);
        return root.is_object() && root.contains("kinds") ? root["kinds"] : json::object();
    }();
    for (const Component *c : design.components()) {
        const auto kind = preset.find(c->kind.toStdString());
        if (kind == preset.end() || !kind->is_object())
            continue;
        for (auto q = kind->begin(); q != kind->end(); ++q) {
            const QString name = QString::fromStdString(q.key());
            if (q->is_number() && !value(c->id, name))
                set(c->id, name, q->get<double>(), true);
        }
    }
}

void UsageQuantities::overrideWith(const UsageQuantities &other)
{
    for (const auto &[component, quantities] : other.m_values) {
        for (const auto &[name, v] : quantities)
            m_values[component][name] = v;
    }
}

std::optional<UsageValue> UsageQuantities::value(const QString &component, const QString &quantity) const
{
    const auto c = m_values.find(component);
    if (c == m_values.end())
        return std::nullopt;
    const auto q = c->second.find(quantity);
    if (q == c->second.end())
        return std::nullopt;
    return q->second;
}

void UsageQuantities::set(const QString &component, const QString &quantity, double value, bool assumed)
{
    m_values[component][quantity] = {value, assumed};
}

} // namespace kumo
