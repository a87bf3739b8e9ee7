// The CIDR parser on any text: a network or a reason; what parses prints and parses back the same.
#include "cidr.h"
#include "fuzzcheck.h"

#include <QString>

using namespace kumo;

extern "C" int LLVMFuzzerTestOneInput(const unsigned char *data, size_t size)
{
    const QString text = QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size));
    Ipv4Cidr::ParseError error = Ipv4Cidr::ParseError::Syntax;
    const auto cidr = Ipv4Cidr::parse(text, &error);
    if (!cidr) {
        fuzz::check(error != Ipv4Cidr::ParseError::None, "a refusal has a reason");
        fuzz::check(!Ipv4Cidr::describe(error).isEmpty(), "the reason has a text");
    } else {
        fuzz::check(error == Ipv4Cidr::ParseError::None, "no reason when it parses");
        fuzz::check(cidr->prefix() >= 0 && cidr->prefix() <= 32, "prefix in range");
        fuzz::check(cidr->contains(*cidr) && cidr->contains(cidr->broadcast()), "a block contains itself");
        const auto again = Ipv4Cidr::parse(cidr->toString());
        fuzz::check(again && again->network() == cidr->network() && again->prefix() == cidr->prefix(), "prints and parses back");
    }
    if (const auto address = Ipv4Cidr::parseAddress(text)) {
        const auto again = Ipv4Cidr::parseAddress(Ipv4Cidr::formatAddress(*address));
        fuzz::check(again && *again == *address, "an address prints and parses back");
    }
    return 0;
}
