// IPv4 CIDR arithmetic, against values worked out by hand.
#include "support/testregistry.h"
#include "cidr.h"

#include <QtTest>

#include <vector>

using kumo::Ipv4Cidr;

class TestCidr : public QObject
{
    Q_OBJECT

private slots:
    void parseValid_data();
    void parseValid();
    void parseInvalid_data();
    void parseInvalid();
    void containsAndOverlaps_data();
    void containsAndOverlaps();
    void nextFree();
    void privateRanges();
};

void TestCidr::parseValid_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<quint32>("network");
    QTest::addColumn<int>("prefix");
    QTest::addColumn<quint32>("broadcast");
    QTest::addColumn<quint64>("size");
    QTest::addColumn<int>("hostBits");
    // 10.0.0.0 = 0x0A000000; /16 leaves 16 host bits: 65536 addresses, last 10.0.255.255
    QTest::newRow("vpc /16") << "10.0.0.0/16" << 0x0A000000u << 16 << 0x0A00FFFFu << quint64(65536) << 16;
    // 10.0.1.0/24: 256 addresses, last 10.0.1.255
    QTest::newRow("subnet /24") << "10.0.1.0/24" << 0x0A000100u << 24 << 0x0A0001FFu << quint64(256) << 8;
    // 10.0.10.128/25: 128 addresses from .128 to .255
    QTest::newRow("upper half /25") << "10.0.10.128/25" << 0x0A000A80u << 25 << 0x0A000AFFu << quint64(128) << 7;
    // /28: 16 addresses, 192.168.0.16 .. 192.168.0.31
    QTest::newRow("smallest /28") << "192.168.0.16/28" << 0xC0A80010u << 28 << 0xC0A8001Fu << quint64(16) << 4;
    QTest::newRow("single host") << "172.16.5.4/32" << 0xAC100504u << 32 << 0xAC100504u << quint64(1) << 0;
    QTest::newRow("everything") << "0.0.0.0/0" << 0u << 0 << 0xFFFFFFFFu << quint64(4294967296ull) << 32;
    QTest::newRow("whitespace around") << "  10.0.0.0/8 " << 0x0A000000u << 8 << 0x0AFFFFFFu << quint64(16777216) << 24;
}

void TestCidr::parseValid()
{
    QFETCH(QString, text);
    QFETCH(quint32, network);
    QFETCH(int, prefix);
    QFETCH(quint32, broadcast);
    QFETCH(quint64, size);
    QFETCH(int, hostBits);
    const auto cidr = Ipv4Cidr::parse(text);
    QVERIFY(cidr);
    QCOMPARE(cidr->network(), network);
    QCOMPARE(cidr->prefix(), prefix);
    QCOMPARE(cidr->broadcast(), broadcast);
    QCOMPARE(cidr->size(), size);
    QCOMPARE(cidr->hostBits(), hostBits);
    QCOMPARE(cidr->toString(), text.trimmed());
}

void TestCidr::parseInvalid_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("error");
    using E = Ipv4Cidr::ParseError;
    QTest::newRow("host bits set") << "10.0.1.5/24" << int(E::HostBitsSet);
    QTest::newRow("host bit in /25") << "10.0.10.64/25" << int(E::HostBitsSet);
    QTest::newRow("octet 256") << "10.0.256.0/24" << int(E::Octet);
    QTest::newRow("negative octet") << "10.-1.0.0/16" << int(E::Octet);
    QTest::newRow("letters") << "10.a.0.0/16" << int(E::Octet);
    QTest::newRow("prefix 33") << "10.0.0.0/33" << int(E::Prefix);
    QTest::newRow("prefix missing") << "10.0.0.0/" << int(E::Prefix);
    QTest::newRow("prefix sign") << "10.0.0.0/+8" << int(E::Prefix);
    QTest::newRow("no slash") << "10.0.0.0" << int(E::Syntax);
    QTest::newRow("three octets") << "10.0.0/16" << int(E::Syntax);
    QTest::newRow("two slashes") << "10.0.0.0/16/2" << int(E::Syntax);
    QTest::newRow("empty") << "" << int(E::Syntax);
    QTest::newRow("ipv6") << "2001:db8::/32" << int(E::Syntax);
}

void TestCidr::parseInvalid()
{
    QFETCH(QString, text);
    QFETCH(int, error);
    Ipv4Cidr::ParseError actual = Ipv4Cidr::ParseError::None;
    QVERIFY(!Ipv4Cidr::parse(text, &actual));
    QCOMPARE(int(actual), error);
    QVERIFY(!Ipv4Cidr::describe(actual).isEmpty());
}

void TestCidr::containsAndOverlaps_data()
{
    QTest::addColumn<QString>("a");
    QTest::addColumn<QString>("b");
    QTest::addColumn<bool>("aContainsB");
    QTest::addColumn<bool>("overlap");
    QTest::newRow("subnet in vpc") << "10.0.0.0/16" << "10.0.1.0/24" << true << true;
    QTest::newRow("first block of vpc") << "10.0.0.0/16" << "10.0.0.0/24" << true << true;
    QTest::newRow("last block of vpc") << "10.0.0.0/16" << "10.0.255.240/28" << true << true;
    QTest::newRow("just past the vpc") << "10.0.0.0/16" << "10.1.0.0/24" << false << false;
    QTest::newRow("just before the vpc") << "10.1.0.0/16" << "10.0.255.0/24" << false << false;
    QTest::newRow("equal blocks") << "10.0.1.0/24" << "10.0.1.0/24" << true << true;
    QTest::newRow("adjacent /24s") << "10.0.1.0/24" << "10.0.2.0/24" << false << false;
    QTest::newRow("adjacent /25 halves") << "10.0.10.0/25" << "10.0.10.128/25" << false << false;
    QTest::newRow("upper half in /24") << "10.0.10.0/24" << "10.0.10.128/25" << true << true;
    QTest::newRow("/24 in /25 is not contained") << "10.0.10.128/25" << "10.0.10.0/24" << false << true;
    QTest::newRow("/23 covers two /24s") << "10.0.0.0/23" << "10.0.1.0/24" << true << true;
    QTest::newRow("adjacent /28s") << "10.0.0.0/28" << "10.0.0.16/28" << false << false;
    QTest::newRow("/16 and /16") << "10.0.0.0/16" << "10.1.0.0/16" << false << false;
}

void TestCidr::containsAndOverlaps()
{
    QFETCH(QString, a);
    QFETCH(QString, b);
    QFETCH(bool, aContainsB);
    QFETCH(bool, overlap);
    const auto ca = Ipv4Cidr::parse(a);
    const auto cb = Ipv4Cidr::parse(b);
    QVERIFY(ca && cb);
    QCOMPARE(ca->contains(*cb), aContainsB);
    QCOMPARE(ca->overlaps(*cb), overlap);
    QCOMPARE(cb->overlaps(*ca), overlap);
}

void TestCidr::nextFree()
{
    const auto vpc = *Ipv4Cidr::parse(QStringLiteral("10.0.0.0/16"));
    std::vector<Ipv4Cidr> used;
    // empty VPC: the first /24 is 10.0.0.0/24
    QCOMPARE(vpc.nextFree(24, used)->toString(), QStringLiteral("10.0.0.0/24"));
    used.push_back(*Ipv4Cidr::parse(QStringLiteral("10.0.0.0/24")));
    used.push_back(*Ipv4Cidr::parse(QStringLiteral("10.0.1.0/24")));
    QCOMPARE(vpc.nextFree(24, used)->toString(), QStringLiteral("10.0.2.0/24"));
    // a /28 fits right after the used /24s
    QCOMPARE(vpc.nextFree(28, used)->toString(), QStringLiteral("10.0.2.0/28"));
    // a /25 at 10.0.2.128 pushes the next /24 to 10.0.3.0
    used.push_back(*Ipv4Cidr::parse(QStringLiteral("10.0.2.128/25")));
    QCOMPARE(vpc.nextFree(24, used)->toString(), QStringLiteral("10.0.3.0/24"));
    // ... but the free lower half still takes a /25
    QCOMPARE(vpc.nextFree(25, used)->toString(), QStringLiteral("10.0.2.0/25"));
    // a prefix shorter than the range's own cannot fit
    QVERIFY(!vpc.nextFree(15, used));
    // a full range has no room
    const auto tiny = *Ipv4Cidr::parse(QStringLiteral("10.0.0.0/27"));
    std::vector<Ipv4Cidr> full = {*Ipv4Cidr::parse(QStringLiteral("10.0.0.0/28")), *Ipv4Cidr::parse(QStringLiteral("10.0.0.16/28"))};
    QVERIFY(!tiny.nextFree(28, full));
    // the last block of a range is found
    full.pop_back();
    QCOMPARE(tiny.nextFree(28, full)->toString(), QStringLiteral("10.0.0.16/28"));
    // a block used outside the range does not matter
    const std::vector<Ipv4Cidr> elsewhere = {*Ipv4Cidr::parse(QStringLiteral("192.168.0.0/16"))};
    QCOMPARE(vpc.nextFree(20, elsewhere)->toString(), QStringLiteral("10.0.0.0/20"));
    // the very top of the address space does not overflow
    const auto top = *Ipv4Cidr::parse(QStringLiteral("255.255.255.0/24"));
    const std::vector<Ipv4Cidr> lower = {*Ipv4Cidr::parse(QStringLiteral("255.255.255.0/25"))};
    QCOMPARE(top.nextFree(25, lower)->toString(), QStringLiteral("255.255.255.128/25"));
}

void TestCidr::privateRanges()
{
    auto isPrivate = [](const char *text) { return kumo::isPrivateRange(*Ipv4Cidr::parse(QString::fromLatin1(text))); };
    QVERIFY(isPrivate("10.0.0.0/16"));
    QVERIFY(isPrivate("10.0.0.0/8"));
    QVERIFY(isPrivate("172.16.0.0/12"));
    QVERIFY(isPrivate("172.31.255.0/24"));
    QVERIFY(!isPrivate("172.32.0.0/16"));   // just past 172.16.0.0/12
    QVERIFY(!isPrivate("172.15.0.0/16"));   // just before
    QVERIFY(isPrivate("192.168.10.0/24"));
    QVERIFY(!isPrivate("192.169.0.0/16"));
    QVERIFY(!isPrivate("8.0.0.0/8"));
    QVERIFY(!isPrivate("10.0.0.0/7"));      // larger than 10.0.0.0/8
    QCOMPARE(Ipv4Cidr::parse(QStringLiteral("10.0.1.0/24"))->awsUsableHosts(), 251);
    QCOMPARE(Ipv4Cidr::parse(QStringLiteral("10.0.1.0/28"))->awsUsableHosts(), 11);
}

KUMO_TEST_GUILESS_MAIN(TestCidr)
#include "tst_cidr.moc"
