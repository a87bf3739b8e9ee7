#include "cidr.h"

#include <QCoreApplication>
#include <QStringList>

namespace kumo {

Ipv4Cidr::Ipv4Cidr(std::uint32_t address, int prefix)
    : m_network(address & maskFor(prefix))
    , m_prefix(prefix)
{
}

std::optional<std::uint32_t> Ipv4Cidr::parseAddress(const QString &text)
{
    const QStringList octets = text.split(QLatin1Char('.'));
    if (octets.size() != 4)
        return std::nullopt;
    std::uint32_t address = 0;
    for (const QString &octet : octets) {
        if (octet.isEmpty() || octet.size() > 3)
            return std::nullopt;
        for (QChar c : octet) {
            if (c < QLatin1Char('0') || c > QLatin1Char('9'))
                return std::nullopt;
        }
        const int value = octet.toInt();
        if (value > 255)
            return std::nullopt;
        address = (address << 8) | std::uint32_t(value);
    }
    return address;
}

QString Ipv4Cidr::formatAddress(std::uint32_t a)
{
    return QStringLiteral("%1.%2.%3.%4").arg(a >> 24).arg((a >> 16) & 0xff).arg((a >> 8) & 0xff).arg(a & 0xff);
}

std::optional<Ipv4Cidr> Ipv4Cidr::parse(const QString &text, ParseError *error)
{
    auto fail = [error](ParseError e) -> std::optional<Ipv4Cidr> {
        if (error)
            *error = e;
        return std::nullopt;
    };
    if (error)
        *error = ParseError::None;
    const QString trimmed = text.trimmed();
    const qsizetype slash = trimmed.indexOf(QLatin1Char('/'));
    if (slash < 0 || trimmed.count(QLatin1Char('/')) != 1)
        return fail(ParseError::Syntax);
    const QString addressText = trimmed.left(slash);
    const QString prefixText = trimmed.mid(slash + 1);
    if (addressText.split(QLatin1Char('.')).size() != 4)
        return fail(ParseError::Syntax);
    const auto address = parseAddress(addressText);
    if (!address)
        return fail(ParseError::Octet);
    bool ok = false;
    const int prefix = prefixText.toInt(&ok);
    if (!ok || prefixText.isEmpty() || prefixText.size() > 2 || prefix < 0 || prefix > 32
        || !prefixText.at(0).isDigit())
        return fail(ParseError::Prefix);
    if ((*address & ~maskFor(prefix)) != 0)
        return fail(ParseError::HostBitsSet);
    return Ipv4Cidr(*address, prefix);
}

QString Ipv4Cidr::describe(ParseError error)
{
    switch (error) {
    case ParseError::None:
        return {};
    case ParseError::Syntax:
        return QCoreApplication::translate("kumo::Ipv4Cidr", "expected an address and a prefix length, like 10.0.0.0/16");
    case ParseError::Octet:
        return QCoreApplication::translate("kumo::Ipv4Cidr", "each of the four numbers of the address must be between 0 and 255");
    case ParseError::Prefix:
        return QCoreApplication::translate("kumo::Ipv4Cidr", "the prefix length after the slash must be between 0 and 32");
    case ParseError::HostBitsSet:
        return QCoreApplication::translate("kumo::Ipv4Cidr", "host bits are set: the address must be the first address of the block");
    }
    return {};
}

QString Ipv4Cidr::toString() const
{
    return formatAddress(m_network) + QLatin1Char('/') + QString::number(m_prefix);
}

bool isPrivateRange(const Ipv4Cidr &block)
{
    static const Ipv4Cidr ranges[] = {
        Ipv4Cidr(0x0A000000u, 8),  // 10.0.0.0/8
        Ipv4Cidr(0xAC100000u, 12), // 172.16.0.0/12
        Ipv4Cidr(0xC0A80000u, 16), // 192.168.0.0/16
    };
    for (const Ipv4Cidr &range : ranges) {
        if (range.contains(block))
            return true;
    }
    return false;
}

} // namespace kumo
