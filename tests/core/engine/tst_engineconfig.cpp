// The engine's configuration values: CONNECT port lists, client allowlists, listen addresses,
// the Basic credentials for the upstream, and the refusal to open a listener to the network
// without an allowlist.
#include "engineconfig.h"
#include "routeresolver.h"
#include "settingsdata.h"

#include <QTest>

class TestEngineConfig : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void portRangesReadWhatAdministratorsWrite_data();
    void portRangesReadWhatAdministratorsWrite();
    void portRangesRefuseWithThePosition_data();
    void portRangesRefuseWithThePosition();
    void allowlistWithoutEntriesAdmitsLoopbackOnly();
    void allowlistAdmitsExactlyItsNetworks();
    void allowlistRefusesWhatIsNotAnAddress();
    void listenAddressesParse_data();
    void listenAddressesParse();
    void listenAddressesRefuse_data();
    void listenAddressesRefuse();
    void beyondLoopbackNeedsAnAllowlist();
    void basicCredentialsAreUtf8InBase64();
    void fromSettingsTakesTheProfileAndItsRules();
};

void TestEngineConfig::portRangesReadWhatAdministratorsWrite_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("normalised");
    QTest::addColumn<QList<int>>("inside");
    QTest::addColumn<QList<int>>("outside");
    QTest::newRow("one port") << QStringLiteral("443") << QStringLiteral("443") << QList<int>{443} << QList<int>{80, 444};
    QTest::newRow("FTP through a proxy") << QStringLiteral("20 21 443 1024-65535") << QStringLiteral("20-21 443 1024-65535")
                                         << QList<int>{20, 21, 443, 1024, 65535} << QList<int>{22, 80, 1023};
    QTest::newRow("commas, unsorted, overlapping") << QStringLiteral("8443,443, 8000-8500 ,8443")
                                                   << QStringLiteral("443 8000-8500") << QList<int>{8000, 8443, 8500}
                                                   << QList<int>{7999, 8501};
    QTest::newRow("adjacent ranges merge") << QStringLiteral("1-10 11-20") << QStringLiteral("1-20") << QList<int>{1, 20}
                                           << QList<int>{21};
}

void TestEngineConfig::portRangesReadWhatAdministratorsWrite()
{
    QFETCH(QString, text);
    QFETCH(QString, normalised);
    QFETCH(QList<int>, inside);
    QFETCH(QList<int>, outside);
    const auto ranges = PortRanges::parse(text);
    QVERIFY2(ranges, qPrintable(ranges ? QString() : ranges.error().toString()));
    QCOMPARE(ranges.value().toString(), normalised);
    for (int port : inside)
        QVERIFY2(ranges.value().contains(quint16(port)), qPrintable(QString::number(port)));
    for (int port : outside)
        QVERIFY2(!ranges.value().contains(quint16(port)), qPrintable(QString::number(port)));
    QCOMPARE(PortRanges::parse(normalised).value(), ranges.value());
}

void TestEngineConfig::portRangesRefuseWithThePosition_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("position");
    QTest::newRow("empty") << QString() << 0;
    QTest::newRow("zero") << QStringLiteral("443 0") << 4;
    QTest::newRow("too big") << QStringLiteral("65536") << 0;
    QTest::newRow("word") << QStringLiteral("443 https") << 4;
    QTest::newRow("backwards") << QStringLiteral("80 2000-1000") << 3;
    QTest::newRow("open range") << QStringLiteral("1024-") << 0;
}

void TestEngineConfig::portRangesRefuseWithThePosition()
{
    QFETCH(QString, text);
    QFETCH(int, position);
    const auto ranges = PortRanges::parse(text);
    QVERIFY(!ranges);
    QCOMPARE(ranges.error().position, position);
    QVERIFY(!ranges.error().message.isEmpty());
}

void TestEngineConfig::allowlistWithoutEntriesAdmitsLoopbackOnly()
{
    const ClientAllowlist none;
    QVERIFY(none.allows(QHostAddress(QStringLiteral("127.0.0.1"))));
    QVERIFY(none.allows(QHostAddress(QStringLiteral("127.8.9.10"))));
    QVERIFY(none.allows(QHostAddress(QStringLiteral("::1"))));
    QVERIFY(none.allows(QHostAddress(QStringLiteral("::ffff:127.0.0.1"))));
    QVERIFY(!none.allows(QHostAddress(QStringLiteral("10.1.2.3"))));
    QVERIFY(!none.allows(QHostAddress(QStringLiteral("fd00::1"))));
}

void TestEngineConfig::allowlistAdmitsExactlyItsNetworks()
{
    const auto list = ClientAllowlist::parse({QStringLiteral("10.0.0.0/8"), QStringLiteral(" 192.168.1.7 "),
                                              QStringLiteral("fd00::/8"), QString()});
    QVERIFY(list);
    QCOMPARE(list.value().toStringList(),
             (QStringList{QStringLiteral("10.0.0.0/8"), QStringLiteral("192.168.1.7/32"), QStringLiteral("fd00::/8")}));
    QVERIFY(list.value().allows(QHostAddress(QStringLiteral("10.200.0.1"))));
    QVERIFY(list.value().allows(QHostAddress(QStringLiteral("::ffff:10.0.0.9")))); // IPv4 on a dual-stack socket
    QVERIFY(list.value().allows(QHostAddress(QStringLiteral("192.168.1.7"))));
    QVERIFY(!list.value().allows(QHostAddress(QStringLiteral("192.168.1.8"))));
    QVERIFY(list.value().allows(QHostAddress(QStringLiteral("fd12::3"))));
    // With a list, loopback is one more network to name.
    QVERIFY(!list.value().allows(QHostAddress(QStringLiteral("127.0.0.1"))));
}

void TestEngineConfig::allowlistRefusesWhatIsNotAnAddress()
{
    const auto list = ClientAllowlist::parse({QStringLiteral("10.0.0.0/8"), QStringLiteral("office.corp")});
    QVERIFY(!list);
    QVERIFY(list.error().message.contains(QStringLiteral("office.corp")));
    QVERIFY(!ClientAllowlist::parse({QStringLiteral("10.0.0.0/40")}));
    // Found by fuzz_engineconfig: bytes Qt's address parser skips must not make an entry.
    QVERIFY(!ClientAllowlist::parse({QString::fromLatin1("2\0\0\0 0 21 442\x06:0", 16)}));
    QVERIFY(!ClientAllowlist::parse({QStringLiteral("10.0.0.1 ")+ QStringLiteral("x")}));
}

void TestEngineConfig::listenAddressesParse_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("address");
    QTest::addColumn<int>("port");
    QTest::newRow("address and port") << QStringLiteral("127.0.0.1:3128") << QStringLiteral("127.0.0.1") << 3128;
    QTest::newRow("port only") << QStringLiteral("8080") << QStringLiteral("127.0.0.1") << 8080;
    QTest::newRow("IPv6 in brackets") << QStringLiteral("[::1]:3129") << QStringLiteral("::1") << 3129;
    QTest::newRow("every interface") << QStringLiteral("0.0.0.0:3128") << QStringLiteral("0.0.0.0") << 3128;
    QTest::newRow("localhost") << QStringLiteral("localhost:3130") << QStringLiteral("127.0.0.1") << 3130;
    QTest::newRow("any free port") << QStringLiteral("127.0.0.1:0") << QStringLiteral("127.0.0.1") << 0;
    QTest::newRow("address only") << QStringLiteral("127.0.0.2") << QStringLiteral("127.0.0.2") << 3128;
    // Found by fuzz_engineconfig: "*" printed back as ":::3128", which did not parse.
    QTest::newRow("every interface, both protocols") << QStringLiteral("*") << QStringLiteral("::") << 3128;
}

void TestEngineConfig::listenAddressesParse()
{
    QFETCH(QString, text);
    QFETCH(QString, address);
    QFETCH(int, port);
    const auto parsed = EngineConfig::parseListen(text);
    QVERIFY2(parsed, qPrintable(parsed ? QString() : parsed.error().toString()));
    QCOMPARE(parsed.value().first, QHostAddress(address));
    QCOMPARE(int(parsed.value().second), port);
    const QString printed = EngineConfig::listenString(parsed.value().first, parsed.value().second);
    QCOMPARE(EngineConfig::parseListen(printed).value(), parsed.value());
}

void TestEngineConfig::listenAddressesRefuse_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("mentions");
    QTest::newRow("a name") << QStringLiteral("proxy.corp:3128") << QStringLiteral("proxy.corp");
    QTest::newRow("IPv6 without brackets") << QStringLiteral("::1:3128") << QStringLiteral("[::1:3128]");
    QTest::newRow("port too big") << QStringLiteral("127.0.0.1:70000") << QStringLiteral("70000");
    QTest::newRow("unclosed bracket") << QStringLiteral("[::1:3128") << QStringLiteral("[::1]:3128");
    // QHostAddress reads up to a NUL, so this would listen on 127.0.0.1.
    QTest::newRow("NUL after the address") << QString::fromLatin1("127.0.0.1\0junk:3128", 19)
                                           << QStringLiteral("not an IP address");
}

void TestEngineConfig::listenAddressesRefuse()
{
    QFETCH(QString, text);
    QFETCH(QString, mentions);
    const auto parsed = EngineConfig::parseListen(text);
    QVERIFY(!parsed);
    QVERIFY2(parsed.error().message.contains(mentions), qPrintable(parsed.error().message));
    QCOMPARE(parsed.error().field, QStringLiteral("listen"));
}

void TestEngineConfig::beyondLoopbackNeedsAnAllowlist()
{
    EngineConfig config;
    QVERIFY(config.check()); // 127.0.0.1
    config.listenAddress = QHostAddress(QStringLiteral("::1"));
    QVERIFY(config.check());
    config.listenAddress = QHostAddress(QHostAddress::Any);
    const Result<void> open = config.check();
    QVERIFY(!open);
    QVERIFY(open.error().message.contains(QStringLiteral("--allow")));
    config.allowlist = ClientAllowlist::parse({QStringLiteral("10.0.0.0/8")}).value();
    QVERIFY(config.check());
}

void TestEngineConfig::basicCredentialsAreUtf8InBase64()
{
    // RFC 7617 §2.1: UTF-8 for user-id and password, joined by one colon.
    QCOMPARE(UpstreamProxy::basicAuthorization(QStringLiteral("dév"), QStringLiteral("p:w €")),
             QByteArray("Basic ") + QByteArray("d\xc3\xa9v:p:w \xe2\x82\xac").toBase64());
    QVERIFY(UpstreamProxy::basicAuthorization(QString(), QStringLiteral("x")).isEmpty());
    UpstreamProxy upstream{QStringLiteral("https"), QStringLiteral("2001:db8::1"), 8443, QStringLiteral("a b"), "Basic x"};
    QCOMPARE(upstream.displayUrl(), QStringLiteral("https://a%20b@[2001:db8::1]:8443"));
    QVERIFY(!upstream.displayUrl().contains(QStringLiteral("Basic")));
}

void TestEngineConfig::fromSettingsTakesTheProfileAndItsRules()
{
    SettingsData data = SettingsData::defaults();
    ProxyProfile office = data.profiles.constFirst();
    office.name = QStringLiteral("Office");
    office.host = QStringLiteral("proxy.corp");
    office.port = 3128;
    office.username = QStringLiteral("alice");
    data.profiles[0] = office;
    data.noProxy = {QStringLiteral(".internal")};

    const auto config = EngineConfig::fromSettings(data, {}, QStringLiteral("s3cret"));
    QVERIFY(config);
    QCOMPARE(config.value().profileName, QStringLiteral("Office"));
    QCOMPARE(config.value().upstream.host, QStringLiteral("proxy.corp"));
    QCOMPARE(config.value().upstream.authorization, UpstreamProxy::basicAuthorization(QStringLiteral("alice"), QStringLiteral("s3cret")));
    QVERIFY(config.value().routes);
    RouteTarget internal = RouteTarget::parse(QStringLiteral("https://db.internal")).value();
    QVERIFY(config.value().routes->bypassRule(internal));
    RouteTarget outside = RouteTarget::parse(QStringLiteral("https://example.com")).value();
    QVERIFY(!config.value().routes->bypassRule(outside));

    QVERIFY(!EngineConfig::fromSettings(data, QStringLiteral("no-such-id"), {}));
}

QTEST_GUILESS_MAIN(TestEngineConfig)
#include "tst_engineconfig.moc"
