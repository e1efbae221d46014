// ProxyEndpoint and ProxyUrlParts: what a proxy address may be (RFC 1123 names, dotted-quad
// IPv4, IPv6 literals), how it is normalised, and how an error names its field and position.
#include "proxyendpoint.h"

#include <QTest>

namespace {

// A name of exactly `length` characters made of valid labels (63 + dot + 63 + …).
QString nameOfLength(qsizetype length)
{
    QString name;
    while (name.size() < length) {
        if (!name.isEmpty())
            name += u'.';
        name += QString(std::min<qsizetype>(63, length - name.size()), u'a');
    }
    return name;
}

} // namespace

class TestProxyEndpoint : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void acceptsAndNormalisesHosts_data();
    void acceptsAndNormalisesHosts();
    void rejectsBadHostsWithFieldPositionAndReason_data();
    void rejectsBadHostsWithFieldPositionAndReason();
    void rejectsIpv6ZoneIdWithReason_data();
    void rejectsIpv6ZoneIdWithReason();
    void acceptsPortsFromOneTo65535Only_data();
    void acceptsPortsFromOneTo65535Only();
    void acceptsHttpAndHttpsSchemesOnly_data();
    void acceptsHttpAndHttpsSchemesOnly();
    void parseNamesTheFirstWrongField_data();
    void parseNamesTheFirstWrongField();
    void parseNormalisesEveryField();
    void writesIpv6InBracketsInAuthorityAndUrl_data();
    void writesIpv6InBracketsInAuthorityAndUrl();
    void splitsPastedUrlsAndDecodesCredentials_data();
    void splitsPastedUrlsAndDecodesCredentials();
    void rejectsUnusableProxyUrlsNamingTheField_data();
    void rejectsUnusableProxyUrlsNamingTheField();
    void tellsUrlsFromBareHosts_data();
    void tellsUrlsFromBareHosts();
};

void TestProxyEndpoint::acceptsAndNormalisesHosts_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("host");
    QTest::newRow("name") << "proxy.corp.example" << "proxy.corp.example";
    QTest::newRow("upper case") << "Proxy.CORP.Example" << "proxy.corp.example";
    QTest::newRow("trailing dot") << "proxy.corp." << "proxy.corp";
    QTest::newRow("spaces around") << "  proxy  " << "proxy";
    QTest::newRow("single label") << "squid" << "squid";
    QTest::newRow("hyphen inside") << "web-proxy-01.corp" << "web-proxy-01.corp";
    QTest::newRow("label starting with a digit (RFC 1123)") << "3com.example" << "3com.example";
    QTest::newRow("63-char label") << QString(63, u'a') + QStringLiteral(".corp") << QString(63, u'a') + QStringLiteral(".corp");
    QTest::newRow("253 chars") << nameOfLength(253) << nameOfLength(253);
    QTest::newRow("253 chars and the root dot") << nameOfLength(253) + u'.' << nameOfLength(253);
    QTest::newRow("punycode of an international name") << "proxy.XN--bcher-kva.example" << "proxy.xn--bcher-kva.example";
    QTest::newRow("ipv4") << "10.0.0.1" << "10.0.0.1";
    QTest::newRow("ipv4 zeros") << "0.0.0.0" << "0.0.0.0";
    QTest::newRow("ipv4 broadcast") << "255.255.255.255" << "255.255.255.255";
    QTest::newRow("ipv6 upper case") << "2001:DB8::1" << "2001:db8::1";
    QTest::newRow("ipv6 bracketed") << "[2001:db8:0:0::1]" << "2001:db8::1";
    QTest::newRow("ipv6 uncompressed") << "2001:0db8:0000:0000:0000:0000:0000:0001" << "2001:db8::1";
    QTest::newRow("ipv6 loopback") << "::1" << "::1";
    QTest::newRow("ipv6 loopback bracketed") << " [::1] " << "::1";
}

void TestProxyEndpoint::acceptsAndNormalisesHosts()
{
    QFETCH(QString, input);
    QFETCH(QString, host);
    const auto parsed = ProxyEndpoint::parseHost(input);
    QVERIFY2(parsed.ok(), parsed.ok() ? "" : qPrintable(parsed.error().message));
    QCOMPARE(parsed.value(), host);
}

void TestProxyEndpoint::rejectsBadHostsWithFieldPositionAndReason_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<int>("position");      // in the input as typed; -1: none
    QTest::addColumn<QString>("mentions");  // words the message must contain
    QTest::newRow("empty") << "" << -1 << "empty";
    QTest::newRow("only spaces") << "   " << -1 << "empty";
    QTest::newRow("underscore") << "my_proxy" << 2 << "“_”";
    QTest::newRow("underscore after leading spaces") << "  my_proxy" << 4 << "“_”";
    QTest::newRow("underscore in second label") << "proxy.my_corp" << 8 << "“_”";
    QTest::newRow("space inside") << "my proxy" << 2 << "a space";
    QTest::newRow("non-ASCII letter") << "bücher.example" << 1 << "“ü”";
    QTest::newRow("leading hyphen") << "-proxy.corp" << 0 << "hyphen";
    QTest::newRow("trailing hyphen") << "proxy-.corp" << 0 << "hyphen";
    QTest::newRow("hyphen starting second label") << "proxy.-corp" << 6 << "hyphen";
    QTest::newRow("two dots") << "proxy..corp" << 6 << "empty label";
    QTest::newRow("leading dot") << ".proxy" << 0 << "empty label";
    QTest::newRow("64-char label") << QString(64, u'a') << 0 << "at most 63";
    QTest::newRow("64-char second label") << QStringLiteral("corp.") + QString(64, u'b') << 5 << "at most 63";
    QTest::newRow("254 chars") << nameOfLength(254) << -1 << "254 characters long; the limit is 253";
    QTest::newRow("ipv4 over 255") << "10.0.0.300" << 7 << "over 255";
    QTest::newRow("ipv4 256 in first part") << "256.0.0.1" << 0 << "over 255";
    QTest::newRow("ipv4 three parts") << "10.0.1" << -1 << "four numbers";
    QTest::newRow("ipv4 five parts") << "1.2.3.4.5" << -1 << "four numbers";
    QTest::newRow("ipv4 empty part") << "10..0.1" << 3 << "Empty number";
    QTest::newRow("ipv4 leading zero") << "10.0.0.01" << 7 << "leading zero";
    QTest::newRow("ipv4 leading zero first") << "010.0.0.1" << 0 << "leading zero";
    QTest::newRow("numeric top label") << "10.0.0." << -1 << "neither a valid IPv4";
    // Names to RFC 1123, addresses to every URL parser (found by tests/fuzz/fuzz_proxyendpoint).
    QTest::newRow("hex ipv4") << "0x3" << -1 << "neither a valid IPv4";
    QTest::newRow("hex ipv4, upper case") << "0X7F" << -1 << "neither a valid IPv4";
    // Under a top-level domain Qt shows in Unicode, it reads "xn--corp" as something it writes
    // "xn--corpa" (found by tests/fuzz/fuzz_wpad).
    QTest::newRow("xn-- label that is no punycode") << "xn--corp.example.com" << 0 << "not valid punycode";
    QTest::newRow("xn-- second label, upper case") << "proxy.XN--corp.example.org" << 6 << "not valid punycode";
    QTest::newRow("bad ipv6") << "2001:db8:::1:" << 0 << "not a valid IPv6";
    QTest::newRow("unclosed bracket") << "[::1" << 4 << "“]”";
    QTest::newRow("url") << "http://proxy:3128" << -1 << "is a URL";
    QTest::newRow("user at host") << "bob@proxy" << -1 << "is a URL";
    QTest::newRow("host and port") << "proxy.corp:3128" << 10 << "port field";
    QTest::newRow("bracketed ipv6 and port") << "[::1]:3128" << 5 << "port field";
}

void TestProxyEndpoint::rejectsBadHostsWithFieldPositionAndReason()
{
    QFETCH(QString, input);
    QFETCH(int, position);
    QFETCH(QString, mentions);
    const auto parsed = ProxyEndpoint::parseHost(input);
    QVERIFY2(!parsed.ok(), qPrintable(parsed.ok() ? parsed.value() : QString()));
    QCOMPARE(parsed.error().field, QStringLiteral("host"));
    QVERIFY2(parsed.error().message.contains(mentions), qPrintable(parsed.error().message));
    QCOMPARE(parsed.error().position, qsizetype(position));
}

void TestProxyEndpoint::rejectsIpv6ZoneIdWithReason_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("zone");
    QTest::addColumn<int>("position");
    QTest::newRow("bare") << "fe80::1%eth0" << "%eth0" << 7;
    QTest::newRow("bracketed, URL-encoded") << "[fe80::1%25eth0]" << "%25eth0" << 8;
    QTest::newRow("numeric zone") << "fe80::1%2" << "%2" << 7;
}

void TestProxyEndpoint::rejectsIpv6ZoneIdWithReason()
{
    QFETCH(QString, input);
    QFETCH(QString, zone);
    QFETCH(int, position);
    const auto parsed = ProxyEndpoint::parseHost(input);
    QVERIFY(!parsed.ok());
    QCOMPARE(parsed.error().field, QStringLiteral("host"));
    QCOMPARE(parsed.error().position, qsizetype(position));
    const QString message = parsed.error().message;
    QVERIFY2(message.contains(QStringLiteral("zone ID")), qPrintable(message));
    QVERIFY2(message.contains(u'“' + zone + u'”'), qPrintable(message));
}

void TestProxyEndpoint::acceptsPortsFromOneTo65535Only_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<int>("port");     // 0: rejected
    QTest::addColumn<int>("position"); // of the offending character when rejected; -1: none
    QTest::newRow("3128") << "3128" << 3128 << -1;
    QTest::newRow("spaces around") << " 8080 " << 8080 << -1;
    QTest::newRow("1") << "1" << 1 << -1;
    QTest::newRow("65535") << "65535" << 65535 << -1;
    QTest::newRow("empty") << "" << 0 << -1;
    QTest::newRow("only spaces") << "  " << 0 << -1;
    QTest::newRow("0") << "0" << 0 << -1;
    QTest::newRow("65536") << "65536" << 0 << -1;
    QTest::newRow("huge") << "99999999999999" << 0 << -1;
    QTest::newRow("letters") << "abc" << 0 << 0;
    QTest::newRow("negative") << "-1" << 0 << 0;
    QTest::newRow("plus sign") << "+80" << 0 << 0;
    QTest::newRow("letter after spaces") << "  80a" << 0 << 4;
    QTest::newRow("space inside") << "80 80" << 0 << 2;
    QTest::newRow("arabic-indic digits") << QStringLiteral("\u0663\u0661\u0662\u0668") << 0 << 0;
}

void TestProxyEndpoint::acceptsPortsFromOneTo65535Only()
{
    QFETCH(QString, input);
    QFETCH(int, port);
    QFETCH(int, position);
    const auto parsed = ProxyEndpoint::parsePort(input);
    QCOMPARE(parsed.ok(), port != 0);
    if (parsed.ok()) {
        QCOMPARE(int(parsed.value()), port);
        return;
    }
    QCOMPARE(parsed.error().field, QStringLiteral("port"));
    QCOMPARE(parsed.error().position, qsizetype(position));
    QVERIFY2(parsed.error().message.contains(QStringLiteral("port")), qPrintable(parsed.error().message));
}

void TestProxyEndpoint::acceptsHttpAndHttpsSchemesOnly_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("scheme");   // empty: rejected
    QTest::addColumn<QString>("mentions"); // when rejected
    QTest::newRow("http") << "http" << "http" << "";
    QTest::newRow("HTTPS") << "HTTPS" << "https" << "";
    QTest::newRow("spaces and mixed case") << " Http " << "http" << "";
    QTest::newRow("socks5") << "socks5" << "" << "SOCKS proxies are not supported";
    QTest::newRow("socks4a") << "SOCKS4a" << "" << "SOCKS proxies are not supported";
    QTest::newRow("ftp") << "ftp" << "" << "“ftp”";
    QTest::newRow("empty") << "" << "" << "Unknown proxy scheme";
}

void TestProxyEndpoint::acceptsHttpAndHttpsSchemesOnly()
{
    QFETCH(QString, input);
    QFETCH(QString, scheme);
    QFETCH(QString, mentions);
    const auto parsed = ProxyEndpoint::parseScheme(input);
    QCOMPARE(parsed.ok(), !scheme.isEmpty());
    if (parsed.ok()) {
        QCOMPARE(parsed.value(), scheme);
        return;
    }
    QCOMPARE(parsed.error().field, QStringLiteral("scheme"));
    QVERIFY2(parsed.error().message.contains(mentions), qPrintable(parsed.error().message));
}

void TestProxyEndpoint::parseNamesTheFirstWrongField_data()
{
    QTest::addColumn<QString>("scheme");
    QTest::addColumn<QString>("host");
    QTest::addColumn<QString>("port");
    QTest::addColumn<QString>("field");
    QTest::newRow("scheme") << "ftp" << "proxy" << "21" << "scheme";
    QTest::newRow("host") << "http" << "bad host" << "3128" << "host";
    QTest::newRow("port") << "http" << "proxy" << "0" << "port";
    QTest::newRow("empty port") << "https" << "proxy" << "" << "port";
    QTest::newRow("all three: scheme first") << "gopher" << "bad host" << "0" << "scheme";
    QTest::newRow("host and port: host first") << "http" << "proxy:1" << "x" << "host";
}

void TestProxyEndpoint::parseNamesTheFirstWrongField()
{
    QFETCH(QString, scheme);
    QFETCH(QString, host);
    QFETCH(QString, port);
    QFETCH(QString, field);
    const auto parsed = ProxyEndpoint::parse(scheme, host, port);
    QVERIFY(!parsed.ok());
    QCOMPARE(parsed.error().field, field);
}

void TestProxyEndpoint::parseNormalisesEveryField()
{
    const auto parsed = ProxyEndpoint::parse(QStringLiteral("HTTPS"), QStringLiteral(" [2001:DB8::1] "), QStringLiteral(" 8443"));
    QVERIFY2(parsed.ok(), parsed.ok() ? "" : qPrintable(parsed.error().message));
    QCOMPARE(parsed.value(), (ProxyEndpoint{QStringLiteral("https"), QStringLiteral("2001:db8::1"), 8443}));
    QCOMPARE(parsed.value().toUrlString(), QStringLiteral("https://[2001:db8::1]:8443"));
}

void TestProxyEndpoint::writesIpv6InBracketsInAuthorityAndUrl_data()
{
    QTest::addColumn<QString>("scheme");
    QTest::addColumn<QString>("host");
    QTest::addColumn<int>("port");
    QTest::addColumn<QString>("hostForUrl");
    QTest::addColumn<QString>("authority");
    QTest::addColumn<QString>("url");
    QTest::newRow("name") << "http" << "proxy.corp" << 3128 << "proxy.corp" << "proxy.corp:3128" << "http://proxy.corp:3128";
    QTest::newRow("ipv4") << "https" << "10.0.0.1" << 8443 << "10.0.0.1" << "10.0.0.1:8443" << "https://10.0.0.1:8443";
    QTest::newRow("ipv6 loopback") << "http" << "::1" << 3128 << "[::1]" << "[::1]:3128" << "http://[::1]:3128";
    QTest::newRow("ipv6") << "https" << "2001:db8::1" << 443 << "[2001:db8::1]" << "[2001:db8::1]:443"
                          << "https://[2001:db8::1]:443";
}

void TestProxyEndpoint::writesIpv6InBracketsInAuthorityAndUrl()
{
    QFETCH(QString, scheme);
    QFETCH(QString, host);
    QFETCH(int, port);
    QFETCH(QString, hostForUrl);
    QFETCH(QString, authority);
    QFETCH(QString, url);
    QCOMPARE(ProxyEndpoint::isIpv6Literal(host), hostForUrl.startsWith(u'['));
    QCOMPARE(ProxyEndpoint::hostForUrl(host), hostForUrl);
    const ProxyEndpoint endpoint{scheme, host, quint16(port)};
    QCOMPARE(endpoint.authority(), authority);
    QCOMPARE(endpoint.toUrlString(), url);
}

void TestProxyEndpoint::splitsPastedUrlsAndDecodesCredentials_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<QString>("scheme");
    QTest::addColumn<QString>("host");
    QTest::addColumn<int>("port");
    QTest::addColumn<QString>("user");
    QTest::addColumn<QString>("password");
    QTest::newRow("percent-encoded credentials") << "http://us%40er:p%3Ass%40@proxy.corp:3128"
                                                 << "http" << "proxy.corp" << 3128 << "us@er" << "p:ss@";
    QTest::newRow("UTF-8 user") << "http://d%C3%A9v:x@proxy:1" << "http" << "proxy" << 1 << "dév" << "x";
    QTest::newRow("no scheme") << "proxy.corp:8080" << "http" << "proxy.corp" << 8080 << "" << "";
    QTest::newRow("no scheme, no port") << "proxy.corp" << "http" << "proxy.corp" << 0 << "" << "";
    QTest::newRow("no port, path") << "https://proxy.corp/" << "https" << "proxy.corp" << 0 << "" << "";
    QTest::newRow("upper case") << "HTTP://Proxy.Corp:3128/" << "http" << "proxy.corp" << 3128 << "" << "";
    QTest::newRow("spaces around") << "  http://proxy:3128  " << "http" << "proxy" << 3128 << "" << "";
    QTest::newRow("ipv6 without scheme") << "[::1]:3128" << "http" << "::1" << 3128 << "" << "";
    QTest::newRow("ipv6 canonicalised") << "https://[2001:DB8:0::1]:8443" << "https" << "2001:db8::1" << 8443 << "" << "";
    QTest::newRow("user only") << "http://bob@proxy:3128" << "http" << "proxy" << 3128 << "bob" << "";
}

void TestProxyEndpoint::splitsPastedUrlsAndDecodesCredentials()
{
    QFETCH(QString, url);
    QFETCH(QString, scheme);
    QFETCH(QString, host);
    QFETCH(int, port);
    QFETCH(QString, user);
    QFETCH(QString, password);
    const auto parts = ProxyUrlParts::parse(url);
    QVERIFY2(parts.ok(), parts.ok() ? "" : qPrintable(parts.error().message));
    QCOMPARE(parts.value().scheme, scheme);
    QCOMPARE(parts.value().host, host);
    QCOMPARE(int(parts.value().port), port);
    QCOMPARE(parts.value().username, user);
    QCOMPARE(parts.value().password, password);
}

void TestProxyEndpoint::rejectsUnusableProxyUrlsNamingTheField_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("mentions");
    QTest::newRow("empty") << "  " << "url" << "empty";
    QTest::newRow("socks") << "socks5://proxy:1080" << "scheme" << "SOCKS";
    QTest::newRow("socks without port") << "socks5h://proxy" << "scheme" << "SOCKS";
    QTest::newRow("ftp") << "ftp://proxy:21" << "scheme" << "“ftp”";
    QTest::newRow("underscore in host") << "http://my_proxy:3128" << "host" << "“_”";
    QTest::newRow("zone id") << "http://[fe80::1%25eth0]:3128" << "host" << "zone ID";
    QTest::newRow("port too large") << "http://proxy:99999" << "url" << "not a valid proxy URL";
    QTest::newRow("port not a number") << "http://proxy:port" << "url" << "not a valid proxy URL";
}

void TestProxyEndpoint::rejectsUnusableProxyUrlsNamingTheField()
{
    QFETCH(QString, url);
    QFETCH(QString, field);
    QFETCH(QString, mentions);
    const auto parts = ProxyUrlParts::parse(url);
    QVERIFY2(!parts.ok(), qPrintable(parts.ok() ? parts.value().host : QString()));
    QCOMPARE(parts.error().field, field);
    QVERIFY2(parts.error().message.contains(mentions), qPrintable(parts.error().message));
    // A position inside the host alone would point at the wrong character of the URL.
    QCOMPARE(parts.error().position, qsizetype(-1));
}

void TestProxyEndpoint::tellsUrlsFromBareHosts_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<bool>("url");
    QTest::newRow("name") << "proxy.corp" << false;
    QTest::newRow("ipv4") << "10.0.0.1" << false;
    QTest::newRow("bare ipv6") << "2001:db8::1" << false;
    QTest::newRow("bracketed ipv6") << "[::1]" << false;
    QTest::newRow("bracketed ipv6 and port") << "[::1]:3128" << true;
    QTest::newRow("host and port") << "proxy:3128" << true;
    QTest::newRow("user at host") << "bob@proxy" << true;
    QTest::newRow("scheme") << "http://proxy" << true;
    QTest::newRow("full URL, spaces around") << " http://u:p@proxy:3128/ " << true;
}

void TestProxyEndpoint::tellsUrlsFromBareHosts()
{
    QFETCH(QString, input);
    QFETCH(bool, url);
    QCOMPARE(ProxyUrlParts::looksLikeUrl(input), url);
}

QTEST_GUILESS_MAIN(TestProxyEndpoint)
#include "tst_proxyendpoint.moc"
