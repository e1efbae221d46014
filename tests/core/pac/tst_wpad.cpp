// WPAD candidates and sources, no network: which wpad.<domain> names the DNS walk asks (and the
// public suffixes it never asks), how a resolv.conf search list is read, and how option 252 is
// read from dhclient leases, nmcli's output and systemd-networkd leases, in every spelling those
// clients use (quoted, with the NUL some servers append, as hex bytes, escaped by nmcli -t).
#include "wpadcandidates.h"
#include "wpaddhcp.h"
#include "wpaddiscovery.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

namespace {

QStringList hosts(const QList<WpadCandidate> &candidates)
{
    QStringList list;
    for (const WpadCandidate &candidate : candidates)
        list.append(candidate.url.host());
    return list;
}

QStringList urls(const QList<WpadCandidate> &candidates)
{
    QStringList list;
    for (const WpadCandidate &candidate : candidates)
        list.append(candidate.url.toString());
    return list;
}

QString write(const QTemporaryDir &dir, const QString &name, const QByteArray &bytes)
{
    const QString path = dir.filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return {};
    file.write(bytes);
    return path;
}

const QString DhclientLeases = QStringLiteral(
    "lease {\n"
    "  interface \"eth0\";\n"
    "  fixed-address 10.0.0.5;\n"
    "  option subnet-mask 255.255.255.0;\n"
    "  option wpad \"http://old.corp.example/wpad.dat\";\n"
    "  renew 2 2026/11/30 10:00:00;\n"
    "}\n"
    "lease {\n"
    "  interface \"eth0\";\n"
    "  option routers 10.0.0.1;\n"
    "  option proxy-auto-discovery \"http://wpad.corp.example/wpad.dat\\000\";\n"
    "  option unknown-252 68:74:74:70:3a:2f:2f:68:65:78:2e:63:6f:72:70:2f:70:2e:70:61:63;\n"
    "  option domain-name \"corp.example\";\n"
    "  option domain-search \"http://not-an-option-252.example/\";\n"
    "}\n");

const QString NmcliOutput = QStringLiteral(
    "DHCP4.OPTION[1]:broadcast_address = 10.0.0.255\n"
    "DHCP4.OPTION[2]:dhcp_lease_time = 3600\n"
    "DHCP4.OPTION[3]:domain_name = corp.example\n"
    "DHCP4.OPTION[4]:requested_wpad = 1\n"
    "DHCP4.OPTION[5]:wpad = http\\://wpad.corp.example/wpad.dat\n"
    "\n"
    "DHCP4.OPTION[1]:private_252 = "
    "68:74:74:70:3a:2f:2f:6e:6d:2e:63:6f:72:70:2e:65:78:61:6d:70:6c:65:2f:77:70:61:64:2e:64:61:74\n"
    "DHCP4.OPTION[2]:wpad = http\\://wpad.corp.example/wpad.dat\n");

const QString NetworkdLease = QStringLiteral(
    "# This is private data. Do not parse.\n"
    "ADDRESS=10.0.0.5\n"
    "NETMASK=255.255.255.0\n"
    "DOMAINNAME=corp.example\n"
    "OPTION_252=687474703a2f2f6e642e636f72702e6578616d706c652f777061642e646174\n");

} // namespace

class TestWpad : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void domainsWalkUpToTwoLabelsAndStopBeforePublicSuffixes_data();
    void domainsWalkUpToTwoLabelsAndStopBeforePublicSuffixes();
    void candidatesAreHttpWpadDatUrlsThatSayWhereTheyCameFrom();
    void singleLabelsAndKnownSuffixesArePublic_data();
    void singleLabelsAndKnownSuffixesArePublic();
    void resolvConfSearchListIsReadAsTheResolverReadsIt_data();
    void resolvConfSearchListIsReadAsTheResolverReadsIt();
    void dhcpValuesAreCleanedToHttpUrls_data();
    void dhcpValuesAreCleanedToHttpUrls();
    void dhclientLeasesGiveOption252NewestLeaseFirst();
    void nmcliOutputGivesWpadAndPrivate252Options();
    void networkdLeaseGivesHexOption252();
    void leaseFilesAreToldApartAndNamedAsTheOrigin();
    void environmentReplacesTheSystemLeasesAndNmcli();
};

void TestWpad::domainsWalkUpToTwoLabelsAndStopBeforePublicSuffixes_data()
{
    // kind: "domain" (space-separated domains, as a search list), "host" (a host's FQDN), or
    // "resolv" (a resolv.conf text).
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("input");
    QTest::addColumn<QStringList>("expected");
    const auto list = [](const char *text) {
        return QString::fromLatin1(text).split(u' ', Qt::SkipEmptyParts);
    };
    QTest::newRow("corp.example.com walks to example.com, never com")
        << "domain" << "corp.example.com" << list("wpad.corp.example.com wpad.example.com");
    QTest::newRow("a two-label domain gives itself only") << "domain" << "example.com" << list("wpad.example.com");
    QTest::newRow("a single-label domain gives none") << "domain" << "corp" << QStringList();
    QTest::newRow("a TLD gives none") << "domain" << "com" << QStringList();
    QTest::newRow("host a.b.co.uk: wpad.b.co.uk only, never wpad.co.uk")
        << "host" << "a.b.co.uk" << list("wpad.b.co.uk");
    QTest::newRow("domain a.b.co.uk stops before co.uk")
        << "domain" << "a.b.co.uk" << list("wpad.a.b.co.uk wpad.b.co.uk");
    QTest::newRow("a public suffix itself gives none") << "domain" << "co.uk" << QStringList();
    QTest::newRow("com.au is a public suffix")
        << "domain" << "shop.example.com.au" << list("wpad.shop.example.com.au wpad.example.com.au");
    QTest::newRow("github.io pages belong to different owners")
        << "domain" << "team.user.github.io" << list("wpad.team.user.github.io wpad.user.github.io");
    QTest::newRow("a three-label suffix (s3.amazonaws.com) stops the walk")
        << "domain" << "bucket.s3.amazonaws.com" << list("wpad.bucket.s3.amazonaws.com");
    QTest::newRow(".test is a TLD: wpad.example.test yes, wpad.test no")
        << "domain" << "branch.corp.example.test"
        << list("wpad.branch.corp.example.test wpad.corp.example.test wpad.example.test");
    QTest::newRow("long domains walk every level")
        << "domain" << "a.b.c.example.org" << list("wpad.a.b.c.example.org wpad.b.c.example.org wpad.c.example.org wpad.example.org");
    QTest::newRow("a trailing dot is the same domain") << "domain" << "corp.example.com." << list("wpad.corp.example.com wpad.example.com");
    QTest::newRow("several trailing dots too") << "domain" << "corp.example.com..." << list("wpad.corp.example.com wpad.example.com");
    QTest::newRow("upper case is lowered") << "domain" << "Corp.EXAMPLE.Com" << list("wpad.corp.example.com wpad.example.com");
    QTest::newRow("duplicates across search domains are asked once, first order kept")
        << "domain" << "branch.corp.example.com corp.example.com example.com other.example.com"
        << list("wpad.branch.corp.example.com wpad.corp.example.com wpad.example.com wpad.other.example.com");
    QTest::newRow("the same domain spelt twice is asked once")
        << "domain" << "corp.example.com CORP.example.com." << list("wpad.corp.example.com wpad.example.com");
    QTest::newRow("an empty label is not a domain") << "domain" << "corp..example.com" << QStringList();
    QTest::newRow("an address is not a domain") << "domain" << "10.0.0.1" << QStringList();
    QTest::newRow("a host name without a dot has no domain") << "host" << "ws1" << QStringList();
    QTest::newRow("a host name's domain is walked") << "host" << "ws1.corp.example.com." << list("wpad.corp.example.com wpad.example.com");
    QTest::newRow("an internationalised domain is asked in punycode")
        << "domain" << QStringLiteral("b\u00fccher.example") << list("wpad.xn--bcher-kva.example");
    QTest::newRow("a domain already in punycode is kept")
        << "domain" << "xn--bcher-kva.example" << list("wpad.xn--bcher-kva.example");
    // Found by tests/fuzz/fuzz_wpad: QUrl decodes "xn--corp" and encodes it again as "xn--corpa",
    // so its candidate would have asked DNS for a host outside the domain.
    QTest::newRow("an xn-- label that is no canonical punycode is not a domain")
        << "resolv" << "search xn--corp.example.com branch.corp.example.com\n" << list("wpad.branch.corp.example.com wpad.corp.example.com wpad.example.com");
    QTest::newRow("resolv.conf search list, in order, without repeats")
        << "resolv" << "nameserver 10.0.0.1\nsearch eng.corp.example.com corp.example.com sales.corp.example.com\n"
        << list("wpad.eng.corp.example.com wpad.corp.example.com wpad.example.com wpad.sales.corp.example.com");
    QTest::newRow("resolv.conf with a public-suffix search domain")
        << "resolv" << "search co.uk example.co.uk\n" << list("wpad.example.co.uk");
}

void TestWpad::domainsWalkUpToTwoLabelsAndStopBeforePublicSuffixes()
{
    QFETCH(QString, kind);
    QFETCH(QString, input);
    QFETCH(QStringList, expected);
    QList<WpadDomain> domains;
    if (kind == u"domain") {
        for (const QString &name : input.split(u' ', Qt::SkipEmptyParts))
            domains.append(WpadDomain{name, QStringLiteral("test")});
    } else if (kind == u"host") {
        if (const auto domain = WpadCandidates::fromHostName(input))
            domains.append(*domain);
    } else {
        domains = WpadCandidates::parseResolvConf(input);
    }
    QCOMPARE(hosts(WpadCandidates::fromDomains(domains)), expected);
}

void TestWpad::candidatesAreHttpWpadDatUrlsThatSayWhereTheyCameFrom()
{
    const auto domains = WpadCandidates::parseResolvConf(QStringLiteral("search branch.corp.example.test\n"),
                                                         QStringLiteral("/tmp/resolv.conf"));
    const QList<WpadCandidate> candidates = WpadCandidates::fromDomains(domains);
    QCOMPARE(urls(candidates), (QStringList{QStringLiteral("http://wpad.branch.corp.example.test/wpad.dat"),
                                           QStringLiteral("http://wpad.corp.example.test/wpad.dat"),
                                           QStringLiteral("http://wpad.example.test/wpad.dat")}));
    const WpadCandidate &second = candidates.at(1);
    QCOMPARE(second.source, WpadCandidate::Source::Dns);
    QCOMPARE(second.sourceWord(), QStringLiteral("dns"));
    QCOMPARE(second.domain, QStringLiteral("branch.corp.example.test"));
    QCOMPARE(second.describe(), QStringLiteral("DNS wpad.corp.example.test from branch.corp.example.test "
                                               "(search domain in /tmp/resolv.conf)"));
    QCOMPARE(WpadCandidates::fromHostName(QStringLiteral("WS1.Corp.Example.COM"))->name, QStringLiteral("corp.example.com"));
}

void TestWpad::singleLabelsAndKnownSuffixesArePublic_data()
{
    QTest::addColumn<QString>("domain");
    QTest::addColumn<bool>("isPublic");
    QTest::newRow("com") << "com" << true;
    QTest::newRow("test") << "test" << true;
    QTest::newRow("co.uk") << "co.uk" << true;
    QTest::newRow("CO.UK.") << "CO.UK." << true;
    QTest::newRow("com.au") << "com.au" << true;
    QTest::newRow("github.io") << "github.io" << true;
    QTest::newRow("example.com") << "example.com" << false;
    QTest::newRow("example.co.uk") << "example.co.uk" << false;
    QTest::newRow("example.test") << "example.test" << false;
}

void TestWpad::singleLabelsAndKnownSuffixesArePublic()
{
    QFETCH(QString, domain);
    QFETCH(bool, isPublic);
    QCOMPARE(WpadCandidates::isPublicSuffix(domain), isPublic);
}

void TestWpad::resolvConfSearchListIsReadAsTheResolverReadsIt_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("expected");
    QTest::newRow("search list") << "nameserver 1.1.1.1\nsearch a.example b.example\n"
                                 << QStringList{QStringLiteral("a.example"), QStringLiteral("b.example")};
    QTest::newRow("tabs and several spaces") << "search\ta.example   b.example\t\n"
                                             << QStringList{QStringLiteral("a.example"), QStringLiteral("b.example")};
    QTest::newRow("domain line") << "domain corp.example\n" << QStringList{QStringLiteral("corp.example")};
    QTest::newRow("domain takes one name") << "domain corp.example other.example\n"
                                           << QStringList{QStringLiteral("corp.example")};
    QTest::newRow("the last of domain and search wins (search)")
        << "domain old.example\nsearch a.example\n" << QStringList{QStringLiteral("a.example")};
    QTest::newRow("the last of domain and search wins (domain)")
        << "search a.example b.example\ndomain corp.example\n" << QStringList{QStringLiteral("corp.example")};
    QTest::newRow("comments are ignored") << "# search commented.example\n; search also.example\n"
                                             "search a.example # trailing comment\n"
                                          << QStringList{QStringLiteral("a.example")};
    QTest::newRow("systemd-resolved's 'search .' means none") << "nameserver 127.0.0.53\nsearch .\n" << QStringList();
    QTest::newRow("normalised") << "search A.Example. b.example..\n"
                                << QStringList{QStringLiteral("a.example"), QStringLiteral("b.example")};
    QTest::newRow("no search line") << "nameserver 10.0.0.1\noptions ndots:2\n" << QStringList();
    QTest::newRow("search without a word is not a search list") << "searchdomains a.example\n" << QStringList();
    QTest::newRow("CRLF line ends") << "search a.example\r\n" << QStringList{QStringLiteral("a.example")};
}

void TestWpad::resolvConfSearchListIsReadAsTheResolverReadsIt()
{
    QFETCH(QString, text);
    QFETCH(QStringList, expected);
    QStringList names;
    const QList<WpadDomain> domains = WpadCandidates::parseResolvConf(text, QStringLiteral("/etc/resolv.conf"));
    for (const WpadDomain &domain : domains) {
        names.append(domain.name);
        QVERIFY2(domain.origin.contains(QStringLiteral("/etc/resolv.conf")), qPrintable(domain.origin));
    }
    QCOMPARE(names, expected);
}

void TestWpad::dhcpValuesAreCleanedToHttpUrls_data()
{
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("expected");
    QTest::newRow("quoted") << "\"http://wpad.corp.example/wpad.dat\"" << "http://wpad.corp.example/wpad.dat";
    QTest::newRow("bare") << "http://wpad.corp.example/wpad.dat" << "http://wpad.corp.example/wpad.dat";
    QTest::newRow("NUL appended by Windows servers, as dhclient shows it")
        << "\"http://wpad.corp.example/wpad.dat\\000\"" << "http://wpad.corp.example/wpad.dat";
    QTest::newRow("https and a port") << "\"https://pac.corp.example:8443/proxy.pac\""
                                      << "https://pac.corp.example:8443/proxy.pac";
    QTest::newRow("hex bytes with colons") << "68:74:74:70:3a:2f:2f:68:65:78:2e:63:6f:72:70:2f:70:2e:70:61:63"
                                           << "http://hex.corp/p.pac";
    QTest::newRow("hex bytes with a NUL") << "68:74:74:70:3a:2f:2f:68:65:78:2e:63:6f:72:70:2f:70:2e:70:61:63:00"
                                          << "http://hex.corp/p.pac";
    QTest::newRow("plain hex (networkd)") << "687474703a2f2f6e642e636f72702e6578616d706c652f777061642e646174"
                                          << "http://nd.corp.example/wpad.dat";
    QTest::newRow("not a URL") << "\"none\"" << "";
    QTest::newRow("a flag, not a URL") << "1" << "";
    QTest::newRow("another scheme") << "\"ftp://files.corp.example/wpad.dat\"" << "";
    QTest::newRow("no host") << "\"http:///wpad.dat\"" << "";
    QTest::newRow("empty") << "\"\"" << "";
}

void TestWpad::dhcpValuesAreCleanedToHttpUrls()
{
    QFETCH(QString, value);
    QFETCH(QString, expected);
    QCOMPARE(WpadDhcp::cleanUrl(value), expected);
}

void TestWpad::dhclientLeasesGiveOption252NewestLeaseFirst()
{
    QCOMPARE(WpadDhcp::parseDhclientLeases(DhclientLeases),
             (QStringList{QStringLiteral("http://wpad.corp.example/wpad.dat"), QStringLiteral("http://hex.corp/p.pac"),
                          QStringLiteral("http://old.corp.example/wpad.dat")}));
    QCOMPARE(WpadDhcp::parseDhclientLeases(QStringLiteral("lease {\n  option routers 10.0.0.1;\n}\n")), QStringList());
    // A declaration copied into a lease file is not a value.
    QCOMPARE(WpadDhcp::parseDhclientLeases(QStringLiteral("option wpad code 252 = text;\n")), QStringList());
    // dhclient6 leases exist too; option 252 is IPv4 only, but a lenient reader does not choke on them.
    QCOMPARE(WpadDhcp::parseDhclientLeases(QStringLiteral("lease6 {\n  option dhcp6.name-servers ::1;\n}\n")),
             QStringList());
}

void TestWpad::nmcliOutputGivesWpadAndPrivate252Options()
{
    QCOMPARE(WpadDhcp::parseNmcli(NmcliOutput),
             (QStringList{QStringLiteral("http://wpad.corp.example/wpad.dat"), QStringLiteral("http://nm.corp.example/wpad.dat")}));
    // Without -t, nmcli pads the field name; the same reader copes.
    QCOMPARE(WpadDhcp::parseNmcli(QStringLiteral("DHCP4.OPTION[9]:                        wpad = http://pad.example/w.dat\n")),
             QStringList{QStringLiteral("http://pad.example/w.dat")});
    QCOMPARE(WpadDhcp::parseNmcli(QStringLiteral("GENERAL.DEVICE:eth0\nIP4.ADDRESS[1]:10.0.0.5/24\n")), QStringList());
    const QList<WpadCandidate> candidates = WpadDhcp::fromNmcli(NmcliOutput);
    QCOMPARE(candidates.size(), 2);
    QCOMPARE(candidates.at(0).source, WpadCandidate::Source::Dhcp);
    QCOMPARE(candidates.at(0).describe(), QStringLiteral("DHCP option 252 from nmcli"));
}

void TestWpad::networkdLeaseGivesHexOption252()
{
    QCOMPARE(WpadDhcp::parseNetworkdLease(NetworkdLease), QStringList{QStringLiteral("http://nd.corp.example/wpad.dat")});
    QCOMPARE(WpadDhcp::parseNetworkdLease(QStringLiteral("ADDRESS=10.0.0.5\nDOMAINNAME=corp.example\n")), QStringList());
}

void TestWpad::leaseFilesAreToldApartAndNamedAsTheOrigin()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString dhclient = write(dir, QStringLiteral("dhclient.eth0.leases"), DhclientLeases.toUtf8());
    const QString networkd = write(dir, QStringLiteral("2"), NetworkdLease.toUtf8());
    const QString missing = dir.filePath(QStringLiteral("missing.leases"));
    const QList<WpadCandidate> candidates = WpadDhcp::fromLeaseFiles({missing, dhclient, networkd, dhclient});
    QCOMPARE(urls(candidates), (QStringList{QStringLiteral("http://wpad.corp.example/wpad.dat"), QStringLiteral("http://hex.corp/p.pac"),
                                           QStringLiteral("http://old.corp.example/wpad.dat"),
                                           QStringLiteral("http://nd.corp.example/wpad.dat")}));
    QCOMPARE(candidates.at(0).origin, dhclient);
    QCOMPARE(candidates.at(3).origin, networkd);
    QCOMPARE(candidates.at(3).sourceWord(), QStringLiteral("dhcp"));
    QCOMPARE(candidates.at(3).describe(), QStringLiteral("DHCP option 252 from %1").arg(networkd));
}

void TestWpad::environmentReplacesTheSystemLeasesAndNmcli()
{
    const WpadOptions defaults = WpadOptions::fromEnvironment(QProcessEnvironment());
    QVERIFY(!defaults.leaseFiles.has_value());
    QCOMPARE(defaults.nmcli, QStringLiteral("nmcli"));
    QCOMPARE(defaults.timeoutMs, 3000);

    QProcessEnvironment environment;
    environment.insert(QStringLiteral("PROXYDECK_DHCP_LEASES"), QStringLiteral("/a/one.leases:/b/two.lease"));
    const WpadOptions leases = WpadOptions::fromEnvironment(environment);
    QCOMPARE(leases.leaseFiles.value_or(QStringList()),
             (QStringList{QStringLiteral("/a/one.leases"), QStringLiteral("/b/two.lease")}));
    QVERIFY(leases.nmcli.isEmpty());

    environment.insert(QStringLiteral("PROXYDECK_NMCLI"), QStringLiteral("/opt/fake/nmcli"));
    QCOMPARE(WpadOptions::fromEnvironment(environment).nmcli, QStringLiteral("/opt/fake/nmcli"));
    QProcessEnvironment none;
    none.insert(QStringLiteral("PROXYDECK_DHCP_LEASES"), QString());
    QCOMPARE(WpadOptions::fromEnvironment(none).leaseFiles.value_or(QStringList{QStringLiteral("x")}), QStringList());
}

QTEST_GUILESS_MAIN(TestWpad)
#include "tst_wpad.moc"
