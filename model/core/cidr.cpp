#include "cidr.h"

#include <QCoreApplication>

namespace kumo {

Ipv4Cidr::Ipv4Cidr(std::uint32_t address, int prefix)
    : m_network(address & maskFor(prefix))
    , m_prefix(prefix)
{
}

namespace {
/// Reads up to three decimal digits at @p pos; returns -1 when there is no digit there.
int readNumber(QStringView text, qsizetype &pos, int maxDigits)
{
    int value = 0;
    int digits = 0;
    while (pos < text.size() && digits < maxDigits && text[pos] >= u'0' && text[pos] <= u'9') {
        value = value * 10 + (text[pos].unicode() - u'0');
        ++pos;
        ++digits;
    }
    return digits == 0 ? -1 : value;
}

/// Parses four dotted octets from the start of @p text; reports where it stopped.
std::optional<std::uint32_t> readAddress(QStringView text, qsizetype &pos)
{
    std::uint32_t address = 0;
    for (int octet = 0; octet < 4; ++octet) {
        if (octet > 0) {
            if (pos >= text.size() || text[pos] != u'.')
                return std::nullopt;
            ++pos;
        }
        const int value = readNumber(text, pos, 3);
        if (value < 0 || value > 255)
            return std::nullopt;
        address = (address << 8) | std::uint32_t(value);
    }
    return address;
}
} // namespace

std::optional<std::uint32_t> Ipv4Cidr::parseAddress(const QString &text)
{
    qsizetype pos = 0;
    const auto address = readAddress(text, pos);
    return address && pos == text.size() ? address : std::nullopt;
}

QString Ipv4Cidr::formatAddress(std::uint32_t a)
{
    return QStringLiteral("%1.%2.%3.%4").arg(a >> 24).arg((a >> 16) & 0xff).arg((a >> 8) & 0xff).arg(a & 0xff);
}

std::optional<Ipv4Cidr> Ipv4Cidr::parse(const QString &input, ParseError *error)
{
    auto fail = [error](ParseError e) -> std::optional<Ipv4Cidr> {
        if (error)
            *error = e;
        return std::nullopt;
    };
    if (error)
        *error = ParseError::None;
    const QStringView text = QStringView(input).trimmed();
    const qsizetype slash = text.indexOf(u'/');
    if (slash < 0 || text.indexOf(u'/', slash + 1) >= 0 || text.left(slash).count(u'.') != 3)
        return fail(ParseError::Syntax);
    qsizetype pos = 0;
    const auto address = readAddress(text, pos);
    if (!address || pos != slash)
        return fail(ParseError::Octet);
    ++pos;
    const int prefix = readNumber(text, pos, 2);
    if (prefix < 0 || prefix > 32 || pos != text.size())
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
