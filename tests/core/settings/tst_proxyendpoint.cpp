#include "proxyendpoint.h"

#include <QTest>

class TestProxyEndpoint : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void acceptsAndNormalisesHosts_data();
    void acceptsAndNormalisesHosts();
    void rejectsBadHostsWithFieldPositionAndReason_data();
    void rejectsBadHostsWithFieldPositionAndReason();
    void acceptsPortsFromOneTo65535Only_data();
    void acceptsPortsFromOneTo65535Only();
    void acceptsHttpAndHttpsSchemesOnly();
    void splitsPastedUrlsAndDecodesCredentials_data();
    void splitsPastedUrlsAndDecodesCredentials();
    void writesIpv6InBracketsInUrls();
};

void TestProxyEndpoint::acceptsAndNormalisesHosts_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("host");
    QTest::newRow("name") << "proxy.corp.example" << "proxy.corp.example";
    QTest::newRow("upper case") << "Proxy.CORP.example" << "proxy.corp.example";
    QTest::newRow("trailing dot") << "proxy.corp." << "proxy.corp";
    QTest::newRow("spaces around") << "  proxy  " << "proxy";
    QTest::newRow("single label") << "squid" << "squid";
    QTest::newRow("hyphen inside") << "web-proxy-01.corp" << "web-proxy-01.corp";
    QTest::newRow("63-char label") << QString(63, u'a') + QStringLiteral(".corp") << QString(63, u'a') + QStringLiteral(".corp");
    QTest::newRow("ipv4") << "10.0.0.1" << "10.0.0.1";
    QTest::newRow("ipv6 bare") << "2001:DB8::1" << "2001:db8::1";
    QTest::newRow("ipv6 bracketed") << "[2001:db8:0:0::1]" << "2001:db8::1";
    QTest::newRow("ipv6 loopback") << "::1" << "::1";
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
    QTest::addColumn<int>("position");      // -1: no position expected
    QTest::addColumn<QString>("mentions");  // a word the message must contain
    QTest::newRow("empty") << "" << -1 << "empty";
    QTest::newRow("underscore") << "my_proxy" << 2 << "_";
    QTest::newRow("space inside") << "my proxy" << 2 << "space";
    QTest::newRow("leading hyphen") << "-proxy.corp" << 0 << "hyphen";
    QTest::newRow("trailing hyphen label") << "proxy-.corp" << 0 << "hyphen";
    QTest::newRow("empty label") << "proxy..corp" << 6 << "empty label";
    QTest::newRow("64-char label") << QString(64, u'a') << 0 << "63";
    QTest::newRow("too long") << QString(300, u'a') << -1 << "253";
    QTest::newRow("ipv4 over 255") << "10.0.0.300" << 7 << "255";
    QTest::newRow("ipv4 three parts") << "10.0.1" << -1 << "four";
    QTest::newRow("ipv4 leading zero") << "10.0.0.01" << 7 << "zero";
    QTest::newRow("zone id") << "fe80::1%eth0" << 7 << "zone";
    QTest::newRow("zone id bracketed") << "[fe80::1%25eth0]" << 8 << "zone";
    QTest::newRow("bad ipv6") << "2001:db8:::1:" << 0 << "IPv6";
    QTest::newRow("unclosed bracket") << "[::1" << 4 << "]";
    QTest::newRow("url") << "http://proxy:3128" << -1 << "URL";
    QTest::newRow("host and port") << "proxy.corp:3128" << 10 << "port";
}

void TestProxyEndpoint::rejectsBadHostsWithFieldPositionAndReason()
{
    QFETCH(QString, input);
    QFETCH(int, position);
    QFETCH(QString, mentions);
    const auto parsed = ProxyEndpoint::parseHost(input);
    QVERIFY(!parsed.ok());
    QCOMPARE(parsed.error().field, QStringLiteral("host"));
    QVERIFY2(parsed.error().message.contains(mentions, Qt::CaseInsensitive), qPrintable(parsed.error().message));
    if (position >= 0)
        QCOMPARE(parsed.error().position, qsizetype(position));
}

void TestProxyEndpoint::acceptsPortsFromOneTo65535Only_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<int>("port"); // 0: rejected
    QTest::newRow("3128") << "3128" << 3128;
    QTest::newRow("spaces") << " 8080 " << 8080;
    QTest::newRow("1") << "1" << 1;
    QTest::newRow("65535") << "65535" << 65535;
    QTest::newRow("0") << "0" << 0;
    QTest::newRow("65536") << "65536" << 0;
    QTest::newRow("empty") << "" << 0;
    QTest::newRow("letters") << "abc" << 0;
    QTest::newRow("negative") << "-1" << 0;
    QTest::newRow("huge") << "99999999999999" << 0;
    QTest::newRow("arabic-indic digits") << QStringLiteral("\u0663\u0661\u0662\u0668") << 0;
}

void TestProxyEndpoint::acceptsPortsFromOneTo65535Only()
{
    QFETCH(QString, input);
    QFETCH(int, port);
    const auto parsed = ProxyEndpoint::parsePort(input);
    QCOMPARE(parsed.ok(), port != 0);
    if (parsed.ok())
        QCOMPARE(int(parsed.value()), port);
    else
        QCOMPARE(parsed.error().field, QStringLiteral("port"));
}

void TestProxyEndpoint::acceptsHttpAndHttpsSchemesOnly()
{
    QCOMPARE(ProxyEndpoint::parseScheme(QStringLiteral("HTTPS")).value(), QStringLiteral("https"));
    QCOMPARE(ProxyEndpoint::parseScheme(QStringLiteral("http")).value(), QStringLiteral("http"));
    const auto socks = ProxyEndpoint::parseScheme(QStringLiteral("socks5"));
    QVERIFY(!socks.ok());
    QVERIFY(socks.error().message.contains(QStringLiteral("SOCKS")));
    QCOMPARE(ProxyEndpoint::parseScheme(QStringLiteral("ftp")).error().field, QStringLiteral("scheme"));
    const auto endpoint = ProxyEndpoint::parse(QStringLiteral("https"), QStringLiteral("[::1]"), QStringLiteral("8443"));
    QVERIFY(endpoint.ok());
    QCOMPARE(endpoint.value().toUrlString(), QStringLiteral("https://[::1]:8443"));
    QCOMPARE(ProxyEndpoint::parse(QStringLiteral("http"), QStringLiteral("p"), QStringLiteral("0")).error().field,
             QStringLiteral("port"));
}

void TestProxyEndpoint::splitsPastedUrlsAndDecodesCredentials_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<QString>("scheme");
    QTest::addColumn<QString>("host");
    QTest::addColumn<int>("port");
    QTest::addColumn<QString>("user");
    QTest::addColumn<QString>("password");
    QTest::newRow("full") << "http://us%40er:p%3Ass%40@proxy.corp:3128" << "http" << "proxy.corp" << 3128 << "us@er" << "p:ss@";
    QTest::newRow("no scheme") << "proxy.corp:8080" << "http" << "proxy.corp" << 8080 << "" << "";
    QTest::newRow("no port") << "https://proxy.corp/" << "https" << "proxy.corp" << 0 << "" << "";
    QTest::newRow("ipv6") << "[::1]:3128" << "http" << "::1" << 3128 << "" << "";
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
    QVERIFY(ProxyUrlParts::looksLikeUrl(url));
    const auto parts = ProxyUrlParts::parse(url);
    QVERIFY2(parts.ok(), parts.ok() ? "" : qPrintable(parts.error().message));
    QCOMPARE(parts.value().scheme, scheme);
    QCOMPARE(parts.value().host, host);
    QCOMPARE(int(parts.value().port), port);
    QCOMPARE(parts.value().username, user);
    QCOMPARE(parts.value().password, password);
}

void TestProxyEndpoint::writesIpv6InBracketsInUrls()
{
    QVERIFY(!ProxyUrlParts::looksLikeUrl(QStringLiteral("2001:db8::1")));
    QVERIFY(!ProxyUrlParts::looksLikeUrl(QStringLiteral("proxy.corp")));
    QVERIFY(!ProxyUrlParts::parse(QStringLiteral("socks5://proxy:1080")).ok());
    const ProxyEndpoint endpoint{QStringLiteral("http"), QStringLiteral("2001:db8::1"), 3128};
    QCOMPARE(endpoint.authority(), QStringLiteral("[2001:db8::1]:3128"));
    QCOMPARE(ProxyEndpoint::hostForUrl(QStringLiteral("proxy")), QStringLiteral("proxy"));
}

QTEST_GUILESS_MAIN(TestProxyEndpoint)
#include "tst_proxyendpoint.moc"
