#pragma once

#include <QString>

#include <cstdint>
#include <optional>

namespace kumo {

/// An IPv4 network in CIDR notation (e.g. 10.0.1.0/24).
///
/// Only well-formed networks can be constructed through parse(): the address must be four
/// decimal octets, the prefix 0..32, and no host bits may be set unless the caller asks
/// for a lenient parse.
class Ipv4Cidr
{
public:
    /// Why a string is not a valid CIDR.
    enum class ParseError { None, Syntax, Octet, Prefix, HostBitsSet };

    Ipv4Cidr() = default;
    Ipv4Cidr(std::uint32_t address, int prefix);

    /// Parses "a.b.c.d/n". Fills @p error (if given) with the reason on failure.
    static std::optional<Ipv4Cidr> parse(const QString &text, ParseError *error = nullptr);
    /// A sentence describing @p error for people (translatable).
    static QString describe(ParseError error);
    /// Parses a dotted-quad address without prefix.
    static std::optional<std::uint32_t> parseAddress(const QString &text);
    static QString formatAddress(std::uint32_t address);

    std::uint32_t network() const { return m_network; }
    int prefix() const { return m_prefix; }
    int hostBits() const { return 32 - m_prefix; }
    std::uint32_t mask() const { return maskFor(m_prefix); }
    /// The last address of the block.
    std::uint32_t broadcast() const { return m_network | ~mask(); }
    /// Number of addresses in the block (2^hostBits).
    std::uint64_t size() const { return std::uint64_t(1) << hostBits(); }
    /// Addresses AWS lets you assign in a subnet of this size (it reserves five per subnet).
    std::int64_t awsUsableHosts() const { return std::int64_t(size()) - 5; }

    bool contains(std::uint32_t address) const { return (address & mask()) == m_network; }
    /// True when @p other lies entirely inside this block (equal blocks contain each other).
    bool contains(const Ipv4Cidr &other) const
    {
        return other.m_prefix >= m_prefix && contains(other.m_network);
    }
    bool overlaps(const Ipv4Cidr &other) const { return contains(other) || other.contains(*this); }

    QString toString() const;

    /// The first block of length @p prefix inside this one that overlaps none of @p used,
    /// or nothing when the range is full or the prefix is shorter than this block's.
    template <typename Range>
    std::optional<Ipv4Cidr> nextFree(int prefix, const Range &used) const
    {
        if (prefix < m_prefix || prefix > 32)
            return std::nullopt;
        const std::uint64_t step = std::uint64_t(1) << (32 - prefix);
        std::uint64_t candidate = m_network;
        const std::uint64_t end = std::uint64_t(broadcast()) + 1;
        while (candidate < end) {
            const Ipv4Cidr block(std::uint32_t(candidate), prefix);
            std::uint64_t skipTo = 0;
            for (const Ipv4Cidr &u : used) {
                if (u.overlaps(block))
                    skipTo = std::max(skipTo, std::uint64_t(u.broadcast()) + 1);
            }
            if (skipTo == 0)
                return block;
            // jump past the blocking range, then align up to the next multiple of step
            candidate = ((skipTo + step - 1) / step) * step;
        }
        return std::nullopt;
    }

    static std::uint32_t maskFor(int prefix)
    {
        return prefix <= 0 ? 0u : ~std::uint32_t(0) << (32 - prefix);
    }

    friend bool operator==(const Ipv4Cidr &, const Ipv4Cidr &) = default;

private:
    std::uint32_t m_network = 0;
    int m_prefix = 0;
};

/// True when @p block lies inside 10.0.0.0/8, 172.16.0.0/12 or 192.168.0.0/16 (RFC 1918).
bool isPrivateRange(const Ipv4Cidr &block);

} // namespace kumo
