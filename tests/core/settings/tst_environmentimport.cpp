#include "environmentimport.h"

#include <QTest>

namespace {

QProcessEnvironment environment(std::initializer_list<std::pair<const char *, const char *>> variables)
{
    QProcessEnvironment result;
    for (const auto &[name, value] : variables)
        result.insert(QString::fromLatin1(name), QString::fromUtf8(value));
    return result;
}

} // namespace

class TestEnvironmentImport : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void lowerCaseWinsOverUpperCase();
    void prefersHttpsProxyAndNotesADifferentHttpProxy();
    void decodesPercentEncodedCredentials();
    void assumesTheSchemeDefaultPortAndSaysSo();
    void failsClearlyWhenNothingIsSet();
    void namesTheVariableOfABadUrl();
    void splitsNoProxyOnCommasAndWhiteSpaceWithoutDuplicates();
    void appliesToAProfileKeepingItsIdentity();
};

void TestEnvironmentImport::lowerCaseWinsOverUpperCase()
{
    const auto imported = EnvironmentImport::read(environment(
        {{"HTTPS_PROXY", "http://upper:1"}, {"https_proxy", "http://lower:2"}, {"NO_PROXY", "upper.test"}, {"no_proxy", "lower.test"}}));
    QVERIFY(imported.ok());
    QCOMPARE(imported.value().proxy.host, QStringLiteral("lower"));
    QCOMPARE(imported.value().sourceVariable, QStringLiteral("https_proxy"));
    QCOMPARE(imported.value().noProxy, QStringList{QStringLiteral("lower.test")});
}

void TestEnvironmentImport::prefersHttpsProxyAndNotesADifferentHttpProxy()
{
    const auto imported = EnvironmentImport::read(environment({{"http_proxy", "http://a.corp:3128"}, {"HTTPS_PROXY", "http://b.corp:3128"}}));
    QVERIFY(imported.ok());
    QCOMPARE(imported.value().proxy.host, QStringLiteral("b.corp"));
    QCOMPARE(imported.value().notes.size(), 1);
    QVERIFY(imported.value().notes.constFirst().contains(QStringLiteral("http_proxy")));

    const auto same = EnvironmentImport::read(environment({{"http_proxy", "http://a.corp:3128"}, {"https_proxy", "http://a.corp:3128/"}}));
    QVERIFY(same.value().notes.isEmpty());
}

void TestEnvironmentImport::decodesPercentEncodedCredentials()
{
    const auto imported = EnvironmentImport::read(environment({{"https_proxy", "http://d%C3%A9v%40corp:p%3A%2F%23%25w@proxy:8080"}}));
    QVERIFY(imported.ok());
    QCOMPARE(imported.value().proxy.username, QStringLiteral("dév@corp"));
    QCOMPARE(imported.value().proxy.password, QStringLiteral("p:/#%w"));
    QCOMPARE(int(imported.value().proxy.port), 8080);
}

void TestEnvironmentImport::assumesTheSchemeDefaultPortAndSaysSo()
{
    const auto http = EnvironmentImport::read(environment({{"http_proxy", "proxy.corp"}}));
    QCOMPARE(int(http.value().proxy.port), 80);
    QCOMPARE(http.value().proxy.scheme, QStringLiteral("http"));
    QVERIFY(http.value().notes.constFirst().contains(QStringLiteral("1080")));
    const auto https = EnvironmentImport::read(environment({{"https_proxy", "https://proxy.corp"}}));
    QCOMPARE(int(https.value().proxy.port), 443);
}

void TestEnvironmentImport::failsClearlyWhenNothingIsSet()
{
    const auto imported = EnvironmentImport::read(environment({{"no_proxy", "x"}, {"http_proxy", ""}}));
    QVERIFY(!imported.ok());
    QVERIFY(imported.error().message.contains(QStringLiteral("HTTPS_PROXY")));
}

void TestEnvironmentImport::namesTheVariableOfABadUrl()
{
    const auto imported = EnvironmentImport::read(environment({{"HTTP_PROXY", "socks5://proxy:1080"}}));
    QVERIFY(!imported.ok());
    QCOMPARE(imported.error().field, QStringLiteral("HTTP_PROXY"));
    QVERIFY(imported.error().message.startsWith(QStringLiteral("HTTP_PROXY")));
}

void TestEnvironmentImport::splitsNoProxyOnCommasAndWhiteSpaceWithoutDuplicates()
{
    QCOMPARE(EnvironmentImport::splitNoProxy(QStringLiteral(" localhost, .corp  10.0.0.0/8,,LOCALHOST\t.corp ")),
             (QStringList{QStringLiteral("localhost"), QStringLiteral(".corp"), QStringLiteral("10.0.0.0/8")}));
}

void TestEnvironmentImport::appliesToAProfileKeepingItsIdentity()
{
    ProxyProfile profile;
    profile.id = QStringLiteral("id-1");
    profile.name = QStringLiteral("Office");
    profile.secretRef = QStringLiteral("keychain:ProxyDeck/profile/id-1");
    const auto imported = EnvironmentImport::read(environment({{"https_proxy", "https://u@[2001:db8::1]:3129"}}));
    const ProxyProfile applied = imported.value().appliedTo(profile);
    QCOMPARE(applied.id, profile.id);
    QCOMPARE(applied.name, profile.name);
    QCOMPARE(applied.secretRef, profile.secretRef);
    QCOMPARE(applied.host, QStringLiteral("2001:db8::1"));
    QCOMPARE(applied.scheme, QStringLiteral("https"));
    QCOMPARE(applied.username, QStringLiteral("u"));
    QCOMPARE(int(applied.port), 3129);
}

QTEST_GUILESS_MAIN(TestEnvironmentImport)
#include "tst_environmentimport.moc"
