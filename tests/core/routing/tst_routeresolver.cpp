#include "pacscript.h"
#include "routeresolver.h"

#include <QTest>

namespace {

SettingsData settingsWithProxy(const QString &scheme)
{
    SettingsData data;
    ProxyProfile profile;
    profile.id = QStringLiteral("p1");
    profile.name = QStringLiteral("Office");
    profile.scheme = scheme;
    profile.host = QStringLiteral("proxy.corp");
    profile.port = 3128;
    profile.username = QStringLiteral("alice");
    data.profiles.append(profile);
    data.activeProfileId = profile.id;
    return data;
}

// An automatic profile whose PAC sends *.corp direct, one host to SOCKS only, the rest to two
// proxies in order; no name lookups, so the test needs no DNS.
const char *const OfficePac = R"(
function FindProxyForURL(url, host) {
    if (dnsDomainIs(host, ".corp")) return "DIRECT";
    if (host == "socks.example") return "SOCKS5 127.0.0.1:1080";
    if (shExpMatch(url, "https://secure.example/*")) return "HTTPS tls-proxy.corp:8443";
    return "PROXY a.proxy.corp:3128; PROXY b.proxy.corp:3128; DIRECT";
})";

SettingsData automaticSettings()
{
    SettingsData data;
    ProxyProfile profile;
    profile.id = QStringLiteral("auto");
    profile.name = QStringLiteral("Auto");
    profile.pacUrl = QStringLiteral("http://wpad.corp/wpad.dat");
    data.profiles.append(profile);
    data.activeProfileId = profile.id;
    return data;
}

Connection connection(const QString &name, const QString &kind, const QString &endpoint, bool useProxy = true)
{
    return Connection{name.toLower(), name, kind, endpoint, useProxy};
}

} // namespace

class TestRouteResolver : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void referenceKindsRouteAsTheirDocumentationSays_data();
    void referenceKindsRouteAsTheirDocumentationSays();
    void snowflakeBehindAnHttpsProxyAddsItsDomainToNoProxy();
    void bypassedConnectionsContributeTheirHostToNoProxy();
    void urlRouteNamesTheEntryThatMatched();
    void targetsNameTheirAddressAsTheirUrlDoes_data();
    void targetsNameTheirAddressAsTheirUrlDoes();
    void aSchemeIsOnlyAtTheStart();
    void noProxyProfileSendsEverythingDirect();
    void everyCatalogueKindHasAUniqueIdAndAName();
    void ftpNeedsConnectToItsDataPorts();
    void indexedDecisionEqualsAPlainScanInListOrder();
    void automaticProfileAsksThePacAfterTheRules_data();
    void automaticProfileAsksThePacAfterTheRules();
    void automaticProfileWithoutAnAnswerSaysThePacDecides();
};

void TestRouteResolver::referenceKindsRouteAsTheirDocumentationSays_data()
{
    QTest::addColumn<QString>("scheme"); // the proxy's
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("endpoint");
    QTest::addColumn<bool>("useProxy");
    QTest::addColumn<int>("route");
    QTest::addColumn<QString>("egress");

    using R = Route::Kind;
    QTest::newRow("bigquery via http proxy") << "http" << "bigquery" << "https://bigquery.googleapis.com" << true << int(R::Proxied) << "";
    QTest::newRow("bigquery via https proxy") << "https" << "bigquery" << "https://bigquery.googleapis.com" << true << int(R::Proxied) << "";
    QTest::newRow("snowflake via http proxy") << "http" << "snowflake" << "acme.snowflakecomputing.com" << true << int(R::Proxied) << "";
    QTest::newRow("snowflake must bypass an https proxy") << "https" << "snowflake" << "acme.snowflakecomputing.com" << true
                                                          << int(R::MustBypass) << "acme.snowflakecomputing.com:443";
    QTest::newRow("postgresql is direct") << "http" << "postgresql" << "db.corp:5432" << true << int(R::Direct) << "db.corp:5432";
    QTest::newRow("postgresql default port") << "http" << "postgresql" << "db.corp" << true << int(R::Direct) << "db.corp:5432";
    QTest::newRow("redshift is direct") << "https" << "redshift" << "cluster.eu-west-1.redshift.amazonaws.com" << true
                                        << int(R::Direct) << "cluster.eu-west-1.redshift.amazonaws.com:5439";
    QTest::newRow("databricks must bypass") << "http" << "databricks" << "https://adb-1.azuredatabricks.net" << true
                                            << int(R::MustBypass) << "adb-1.azuredatabricks.net:443";
    QTest::newRow("s3 toggle off") << "http" << "s3" << "https://s3.eu-west-1.amazonaws.com" << false
                                   << int(R::BypassedToggle) << "s3.eu-west-1.amazonaws.com:443";
    QTest::newRow("ftp via proxy") << "http" << "ftp-dataset" << "ftp://ftp.example.org" << true << int(R::Proxied) << "";
    QTest::newRow("tcp service") << "http" << "tcp" << "[2001:db8::5]:6379" << true << int(R::Direct) << "[2001:db8::5]:6379";
}

void TestRouteResolver::referenceKindsRouteAsTheirDocumentationSays()
{
    QFETCH(QString, scheme);
    QFETCH(QString, kind);
    QFETCH(QString, endpoint);
    QFETCH(bool, useProxy);
    QFETCH(int, route);
    QFETCH(QString, egress);
    SettingsData data = settingsWithProxy(scheme);
    const Connection c = connection(QStringLiteral("C"), kind, endpoint, useProxy);
    data.connections.append(c);
    const Route result = RouteResolver(data).route(c);
    QVERIFY2(int(result.kind) == route, qPrintable(result.reason));
    QCOMPARE(result.egress, egress);
    QVERIFY(!result.reason.isEmpty());
    QCOMPARE(result.profileName, QStringLiteral("Office"));
    if (!egress.isEmpty())
        QVERIFY2(result.reason.contains(egress), qPrintable(result.reason));
}

void TestRouteResolver::snowflakeBehindAnHttpsProxyAddsItsDomainToNoProxy()
{
    SettingsData data = settingsWithProxy(QStringLiteral("https"));
    data.connections.append(connection(QStringLiteral("Warehouse"), QStringLiteral("snowflake"), QStringLiteral("acme.snowflakecomputing.com")));
    const RouteResolver https(data);
    QVERIFY(https.effectiveNoProxy().contains(QStringLiteral("snowflakecomputing.com")));
    // Any Snowflake account URL, not only the configured one, now bypasses.
    const Route other = https.route(RouteTarget::parse(QStringLiteral("https://other.snowflakecomputing.com/")).value());
    QCOMPARE(other.kind, Route::Kind::BypassedRule);
    QVERIFY(other.entryOrigin.contains(QStringLiteral("Snowflake")));

    const RouteResolver http(settingsWithProxy(QStringLiteral("http")));
    QVERIFY(!http.effectiveNoProxy().contains(QStringLiteral("snowflakecomputing.com")));
}

void TestRouteResolver::bypassedConnectionsContributeTheirHostToNoProxy()
{
    SettingsData data = settingsWithProxy(QStringLiteral("http"));
    data.noProxy = {QStringLiteral("localhost"), QStringLiteral(".corp")};
    data.connections.append(connection(QStringLiteral("Lake"), QStringLiteral("s3"), QStringLiteral("https://minio.lab:9000"), false));
    data.connections.append(connection(QStringLiteral("Inside"), QStringLiteral("http-api"), QStringLiteral("https://api.corp"), false));
    data.connections.append(connection(QStringLiteral("Db"), QStringLiteral("postgresql"), QStringLiteral("db.lab:5432"), false));
    data.connections.append(connection(QStringLiteral("Bricks"), QStringLiteral("databricks"), QStringLiteral("https://adb.net")));
    const RouteResolver resolver(data);
    // Rule list first, then bypassed HTTP(S) hosts; an already-covered host and raw TCP add nothing.
    QCOMPARE(resolver.effectiveNoProxy(),
             (QStringList{QStringLiteral("localhost"), QStringLiteral(".corp"), QStringLiteral("minio.lab"), QStringLiteral("adb.net")}));
    const Route lake = resolver.route(RouteTarget::parse(QStringLiteral("https://minio.lab:9000/bucket")).value());
    QCOMPARE(lake.kind, Route::Kind::BypassedRule);
    QVERIFY(lake.reason.contains(QStringLiteral("Lake")));
}

void TestRouteResolver::urlRouteNamesTheEntryThatMatched()
{
    SettingsData data = settingsWithProxy(QStringLiteral("http"));
    data.noProxy = {QStringLiteral("10.0.0.0/8"), QStringLiteral("*.svc.cluster.local")};
    const RouteResolver resolver(data);
    const Route inside = resolver.route(RouteTarget::parse(QStringLiteral("http://10.4.5.6:8080/")).value());
    QCOMPARE(inside.kind, Route::Kind::BypassedRule);
    QCOMPARE(inside.matchedEntry, QStringLiteral("10.0.0.0/8"));
    QCOMPARE(inside.egress, QStringLiteral("10.4.5.6:8080"));
    const Route outside = resolver.route(RouteTarget::parse(QStringLiteral("https://pypi.org/simple")).value());
    QCOMPARE(outside.kind, Route::Kind::Proxied);
    QCOMPARE(outside.proxy, QStringLiteral("http://alice@proxy.corp:3128"));
    QVERIFY(outside.egress.isEmpty());
}

// Found by tests/fuzz/fuzz_proxyendpoint: a target's URL must parse back to the same target.
void TestRouteResolver::targetsNameTheirAddressAsTheirUrlDoes_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("host");
    QTest::newRow("decimal address and trailing dot") << "655505355." << "39.18.55.203";
    QTest::newRow("short address and trailing dot") << "http://10.1./x" << "10.0.0.1";
    QTest::newRow("zone id") << "[fe80::1%25eth0]:8080" << "fe80::1";
    QTest::newRow("zone id ending in a dot") << "[::%25.]" << "::";
    QTest::newRow("zone id with brackets") << "[::%25.[]::]:" << "::";
}

void TestRouteResolver::targetsNameTheirAddressAsTheirUrlDoes()
{
    QFETCH(QString, text);
    QFETCH(QString, host);
    const auto target = RouteTarget::parse(text);
    QVERIFY2(target.ok(), qPrintable(target.ok() ? QString() : target.error().message));
    QCOMPARE(target.value().host, host);
    QCOMPARE(target.value().address, QHostAddress(host));
    const auto again = RouteTarget::parse(target.value().toUrlString());
    QVERIFY2(again.ok(), qPrintable(target.value().toUrlString()));
    QCOMPARE(again.value().host, host);
    QCOMPARE(again.value().port, target.value().port);
}

// Found by tests/fuzz/fuzz_proxyendpoint: "://" anywhere was taken for a scheme, so a host:port
// with a URL in its query did not parse, and "//3:1//…https://…" became a target without one.
void TestRouteResolver::aSchemeIsOnlyAtTheStart()
{
    const auto withQuery = RouteTarget::parse(QStringLiteral("api.test:8443/login?next=https://x.test/"));
    QVERIFY2(withQuery.ok(), qPrintable(withQuery.ok() ? QString() : withQuery.error().message));
    QCOMPARE(withQuery.value().scheme, QStringLiteral("http"));
    QCOMPARE(withQuery.value().host, QStringLiteral("api.test"));
    QCOMPARE(withQuery.value().port, quint16(8443));

    const auto noAuthority = RouteTarget::parse(QStringLiteral("//3:1//69https://791"));
    QVERIFY(!noAuthority.ok());
    QVERIFY2(noAuthority.error().message.contains(QStringLiteral("not a valid URL")),
             qPrintable(noAuthority.error().message));

    const auto schemed = RouteTarget::parse(QStringLiteral("git+ssh://repo.test:2222/x"));
    QVERIFY(schemed.ok());
    QCOMPARE(schemed.value().scheme, QStringLiteral("git+ssh"));
}

void TestRouteResolver::noProxyProfileSendsEverythingDirect()
{
    SettingsData data = SettingsData::defaults();
    data.connections.append(connection(QStringLiteral("Api"), QStringLiteral("http-api"), QStringLiteral("https://api.example.com")));
    const RouteResolver resolver(data);
    QCOMPARE(resolver.route(data.connections.constFirst()).kind, Route::Kind::Direct);
    QCOMPARE(resolver.route(RouteTarget::parse(QStringLiteral("https://x.test")).value()).kind, Route::Kind::Direct);
}

void TestRouteResolver::everyCatalogueKindHasAUniqueIdAndAName()
{
    QStringList ids;
    for (const ConnectionKind &kind : ConnectionKind::catalogue()) {
        QVERIFY(!ids.contains(kind.id));
        ids.append(kind.id);
        QVERIFY(!kind.name().isEmpty());
        QVERIFY(!kind.defaultScheme.isEmpty());
        QCOMPARE(ConnectionKind::find(kind.id), &kind);
    }
    QVERIFY(ids.size() >= 14);
}

void TestRouteResolver::ftpNeedsConnectToItsDataPorts()
{
    const ConnectionKind *ftp = ConnectionKind::find(QStringLiteral("ftp-dataset"));
    QVERIFY(ftp);
    QCOMPARE(ftp->connectPorts, QStringLiteral("20 21 1024-65535"));
    QVERIFY(ftp->note().contains(QStringLiteral("passive")));
}

void TestRouteResolver::indexedDecisionEqualsAPlainScanInListOrder()
{
    // Overlapping rules of every shape, in an order where the first match is not the most specific.
    SettingsData data = settingsWithProxy(QStringLiteral("http"));
    data.noProxy = {QStringLiteral("b.example.com:8080"), QStringLiteral("example.com"), QStringLiteral("*.a.example.com"),
                    QStringLiteral(".a.example.com"), QStringLiteral("10.1.2.3:80"), QStringLiteral("10.0.0.0/8"),
                    QStringLiteral("10.1.0.0/16"), QStringLiteral("10.1.2.3"), QStringLiteral("fd00::/8"),
                    QStringLiteral("[fd00::1]"), QStringLiteral("x.test"), QStringLiteral("*"), QStringLiteral("y.test")};
    const RouteResolver resolver(data);
    const QList<NoProxyEntry> entries = NoProxyList::parse(data.noProxy).entries;
    const QStringList urls = {
        QStringLiteral("http://b.example.com:8080/"), QStringLiteral("http://a.example.com/"), QStringLiteral("http://q.a.example.com/"),
        QStringLiteral("http://10.1.2.3/"), QStringLiteral("http://10.1.2.3:8080/"), QStringLiteral("http://10.9.9.9/"),
        QStringLiteral("http://[fd00::1]/"), QStringLiteral("http://[fd00::2]/"), QStringLiteral("http://[2001:db8::1]/"),
        QStringLiteral("http://y.test/"), QStringLiteral("http://nowhere.invalid/"), QStringLiteral("http://192.0.2.1/")};
    for (qsizetype dropped = 0; dropped <= entries.size(); ++dropped) {
        // Also with each rule left out, so every rule gets its turn at being first.
        SettingsData variant = data;
        if (dropped < entries.size())
            variant.noProxy.removeAt(dropped);
        const RouteResolver indexed(variant);
        const QList<NoProxyEntry> plain = NoProxyList::parse(variant.noProxy).entries;
        for (const QString &url : urls) {
            const RouteTarget target = RouteTarget::parse(url).value();
            const NoProxyEntry *expected = NoProxyList::match(plain, target);
            const RouteResolver::Rule *actual = indexed.bypassRule(target);
            QCOMPARE(actual ? actual->entry.text : QString(), expected ? expected->text : QString());
        }
    }
}

void TestRouteResolver::automaticProfileAsksThePacAfterTheRules_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<int>("route");
    QTest::addColumn<QString>("proxy");
    QTest::addColumn<QString>("pac");

    using R = Route::Kind;
    QTest::newRow("first proxy of the answer") << "https://api.example.com/v1" << int(R::Proxied) << "http://a.proxy.corp:3128"
                                               << "PROXY a.proxy.corp:3128; PROXY b.proxy.corp:3128; DIRECT";
    QTest::newRow("DIRECT from the PAC") << "http://intranet.corp/" << int(R::Direct) << "" << "DIRECT";
    QTest::newRow("HTTPS proxy") << "https://secure.example/x" << int(R::Proxied) << "https://tls-proxy.corp:8443"
                                 << "HTTPS tls-proxy.corp:8443";
    QTest::newRow("SOCKS only: cannot be used") << "https://socks.example/" << int(R::Automatic) << ""
                                                << "SOCKS5 127.0.0.1:1080";
    QTest::newRow("a NO_PROXY rule wins over the PAC") << "https://bypass.example.com/" << int(R::BypassedRule) << "" << "";
}

void TestRouteResolver::automaticProfileAsksThePacAfterTheRules()
{
    QFETCH(QString, url);
    QFETCH(int, route);
    QFETCH(QString, proxy);
    QFETCH(QString, pac);
    SettingsData data = automaticSettings();
    data.noProxy = {QStringLiteral("bypass.example.com")};
    auto script = PacScript::load(QString::fromUtf8(OfficePac));
    if (!script)
        QFAIL(qPrintable(script.error().message));
    auto shared = std::make_shared<PacScript>(std::move(script).value());
    RouteResolver resolver(data);
    QVERIFY(resolver.isAutomatic());
    QVERIFY(!resolver.usesProxy());
    resolver.setPacAnswer([shared](const QUrl &asked) { return shared->findProxy(asked); });

    const Route result = resolver.route(RouteTarget::parse(url).value());
    QVERIFY2(int(result.kind) == route, qPrintable(result.reason));
    QCOMPARE(result.pacAnswer, pac);
    if (result.proxied())
        QCOMPARE(result.proxy, proxy);
    if (!pac.isEmpty()) // the words say what the PAC answered and which PAC it was
        QVERIFY2(result.reason.contains(pac) && result.reason.contains(QStringLiteral("wpad.corp")), qPrintable(result.reason));
    QCOMPARE(result.egress.isEmpty(), result.proxied());
}

void TestRouteResolver::automaticProfileWithoutAnAnswerSaysThePacDecides()
{
    SettingsData data = automaticSettings();
    const Connection c = connection(QStringLiteral("Lake"), QStringLiteral("s3"), QStringLiteral("https://s3.eu-west-1.amazonaws.com"));
    data.connections.append(c);
    RouteResolver resolver(data);
    Route result = resolver.route(c);
    QCOMPARE(result.kind, Route::Kind::Automatic);
    QVERIFY2(result.reason.contains(QStringLiteral("http://wpad.corp/wpad.dat")), qPrintable(result.reason));

    // A PAC that fails is said, not hidden.
    resolver.setPacAnswer([](const QUrl &) -> Result<QList<PacProxy>> { return Error{QStringLiteral("line 3: boom")}; });
    result = resolver.route(c);
    QCOMPARE(result.kind, Route::Kind::Automatic);
    QVERIFY2(result.reason.contains(QStringLiteral("line 3: boom")), qPrintable(result.reason));

    // A connection whose toggle is off still bypasses before any PAC is asked.
    data.connections.first().useProxy = false;
    QCOMPARE(RouteResolver(data).route(data.connections.first()).kind, Route::Kind::BypassedToggle);
}

QTEST_GUILESS_MAIN(TestRouteResolver)
#include "tst_routeresolver.moc"
