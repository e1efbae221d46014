// EnvironmentImport: a proxy found in HTTP(S)_PROXY / NO_PROXY, with the precedence curl and
// wget use (lower case first, https_proxy before http_proxy) and notes for what was guessed.
#include "environmentimport.h"

#include <QTest>

namespace {

// "name=value;name=value" -> an environment with exactly those variables.
QProcessEnvironment environment(const QString &variables)
{
    QProcessEnvironment result;
    const QStringList assignments = variables.split(u';', Qt::SkipEmptyParts);
    for (const QString &assignment : assignments) {
        const qsizetype equals = assignment.indexOf(u'=');
        result.insert(assignment.left(equals), assignment.mid(equals + 1));
    }
    return result;
}

} // namespace

class TestEnvironmentImport : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void picksTheVariableCurlWouldUse_data();
    void picksTheVariableCurlWouldUse();
    void notesAnHttpProxyThatDiffersFromTheImportedOne_data();
    void notesAnHttpProxyThatDiffersFromTheImportedOne();
    void decodesPercentEncodedCredentials();
    void assumesTheSchemeDefaultPortAndSaysSo_data();
    void assumesTheSchemeDefaultPortAndSaysSo();
    void failsClearlyWhenNothingIsSet_data();
    void failsClearlyWhenNothingIsSet();
    void namesTheVariableOfABadUrl_data();
    void namesTheVariableOfABadUrl();
    void readsNoProxyLowerCaseFirst_data();
    void readsNoProxyLowerCaseFirst();
    void splitsNoProxyOnCommasAndWhiteSpaceWithoutDuplicates_data();
    void splitsNoProxyOnCommasAndWhiteSpaceWithoutDuplicates();
    void appliesToAProfileKeepingItsIdentity();
};

void TestEnvironmentImport::picksTheVariableCurlWouldUse_data()
{
    QTest::addColumn<QString>("variables");
    QTest::addColumn<QString>("source");
    QTest::addColumn<QString>("host");
    QTest::newRow("https: lower case over upper case") << "HTTPS_PROXY=http://upper:1;https_proxy=http://lower:2" << "https_proxy" << "lower";
    QTest::newRow("http: lower case over upper case") << "HTTP_PROXY=http://upper:1;http_proxy=http://lower:2" << "http_proxy" << "lower";
    QTest::newRow("upper case alone") << "HTTPS_PROXY=http://upper:1" << "HTTPS_PROXY" << "upper";
    QTest::newRow("blank lower case is unset") << "https_proxy=  ;HTTPS_PROXY=http://upper:1" << "HTTPS_PROXY" << "upper";
    QTest::newRow("https over http") << "http_proxy=http://plain:1;https_proxy=http://secure:2" << "https_proxy" << "secure";
    QTest::newRow("upper-case https over lower-case http") << "http_proxy=http://plain:1;HTTPS_PROXY=http://secure:2" << "HTTPS_PROXY" << "secure";
    QTest::newRow("http alone") << "http_proxy=http://plain:1" << "http_proxy" << "plain";
    QTest::newRow("other variables ignored") << "ALL_PROXY=http://all:1;ftp_proxy=http://ftp:1;HTTP_PROXY=http://plain:1" << "HTTP_PROXY" << "plain";
}

void TestEnvironmentImport::picksTheVariableCurlWouldUse()
{
    QFETCH(QString, variables);
    QFETCH(QString, source);
    QFETCH(QString, host);
    const auto imported = EnvironmentImport::read(environment(variables));
    QVERIFY2(imported.ok(), imported.ok() ? "" : qPrintable(imported.error().message));
    QCOMPARE(imported.value().sourceVariable, source);
    QCOMPARE(imported.value().proxy.host, host);
}

void TestEnvironmentImport::notesAnHttpProxyThatDiffersFromTheImportedOne_data()
{
    QTest::addColumn<QString>("variables");
    QTest::addColumn<bool>("noted");
    QTest::newRow("other host") << "http_proxy=http://a.corp:3128;HTTPS_PROXY=http://b.corp:3128" << true;
    QTest::newRow("other port") << "http_proxy=http://a.corp:3128;https_proxy=http://a.corp:8080" << true;
    QTest::newRow("http one unparsable") << "http_proxy=socks5://a.corp:1080;https_proxy=http://a.corp:3128" << true;
    QTest::newRow("same proxy") << "http_proxy=http://a.corp:3128;https_proxy=http://a.corp:3128/" << false;
    QTest::newRow("same host, http one without port") << "http_proxy=a.corp;https_proxy=http://a.corp:3128" << false;
    QTest::newRow("same host, other case") << "http_proxy=http://A.Corp:3128;https_proxy=http://a.corp:3128" << false;
}

void TestEnvironmentImport::notesAnHttpProxyThatDiffersFromTheImportedOne()
{
    QFETCH(QString, variables);
    QFETCH(bool, noted);
    const auto imported = EnvironmentImport::read(environment(variables));
    QVERIFY(imported.ok());
    QCOMPARE(imported.value().sourceVariable.toLower(), QStringLiteral("https_proxy"));
    QCOMPARE(imported.value().notes.size(), noted ? 1 : 0);
    if (noted) {
        const QString note = imported.value().notes.constFirst();
        QVERIFY2(note.contains(QStringLiteral("http_proxy")) && note.contains(imported.value().sourceVariable)
                     && note.contains(QStringLiteral("different proxies")),
                 qPrintable(note));
    }
}

void TestEnvironmentImport::decodesPercentEncodedCredentials()
{
    const auto imported = EnvironmentImport::read(environment(QStringLiteral("https_proxy=http://d%C3%A9v%40corp:p%3A%2F%23%25w@proxy:8080")));
    QVERIFY(imported.ok());
    QCOMPARE(imported.value().proxy.username, QStringLiteral("dév@corp"));
    QCOMPARE(imported.value().proxy.password, QStringLiteral("p:/#%w"));
    QCOMPARE(imported.value().proxy.host, QStringLiteral("proxy"));
    QCOMPARE(int(imported.value().proxy.port), 8080);
    QVERIFY(imported.value().notes.isEmpty());
}

void TestEnvironmentImport::assumesTheSchemeDefaultPortAndSaysSo_data()
{
    QTest::addColumn<QString>("variables");
    QTest::addColumn<QString>("scheme");
    QTest::addColumn<int>("port");
    QTest::newRow("bare host") << "http_proxy=proxy.corp" << "http" << 80;
    QTest::newRow("http URL") << "HTTP_PROXY=http://proxy.corp/" << "http" << 80;
    QTest::newRow("https URL") << "https_proxy=https://proxy.corp" << "https" << 443;
}

void TestEnvironmentImport::assumesTheSchemeDefaultPortAndSaysSo()
{
    QFETCH(QString, variables);
    QFETCH(QString, scheme);
    QFETCH(int, port);
    const auto imported = EnvironmentImport::read(environment(variables));
    QVERIFY(imported.ok());
    QCOMPARE(imported.value().proxy.scheme, scheme);
    QCOMPARE(int(imported.value().proxy.port), port);
    QCOMPARE(imported.value().notes.size(), 1);
    const QString note = imported.value().notes.constFirst();
    QVERIFY2(note.contains(imported.value().sourceVariable + QStringLiteral(" has no port; %1 was assumed").arg(port)),
             qPrintable(note));
    QVERIFY2(note.contains(QStringLiteral("curl would use 1080")), qPrintable(note));
}

void TestEnvironmentImport::failsClearlyWhenNothingIsSet_data()
{
    QTest::addColumn<QString>("variables");
    QTest::newRow("empty environment") << "";
    QTest::newRow("only no_proxy and others") << "no_proxy=x;ALL_PROXY=http://all:1;PATH=/usr/bin";
    QTest::newRow("set but blank") << "http_proxy=;HTTPS_PROXY=   ";
}

void TestEnvironmentImport::failsClearlyWhenNothingIsSet()
{
    QFETCH(QString, variables);
    const auto imported = EnvironmentImport::read(environment(variables));
    QVERIFY(!imported.ok());
    for (const char *name : {"https_proxy", "HTTPS_PROXY", "http_proxy", "HTTP_PROXY"})
        QVERIFY2(imported.error().message.contains(QLatin1String(name)), qPrintable(imported.error().message));
}

void TestEnvironmentImport::namesTheVariableOfABadUrl_data()
{
    QTest::addColumn<QString>("variables");
    QTest::addColumn<QString>("variable");
    QTest::addColumn<QString>("mentions");
    QTest::newRow("socks") << "HTTP_PROXY=socks5://proxy:1080" << "HTTP_PROXY" << "SOCKS";
    QTest::newRow("bad host") << "https_proxy=http://my_proxy:3128" << "https_proxy" << "“_”";
    QTest::newRow("bad port") << "HTTPS_PROXY=http://proxy:99999" << "HTTPS_PROXY" << "not a valid proxy URL";
    // The preferred variable is the one read, even when the other one would have worked.
    QTest::newRow("bad https, good http") << "https_proxy=ftp://x:21;http_proxy=http://ok:3128" << "https_proxy" << "“ftp”";
}

void TestEnvironmentImport::namesTheVariableOfABadUrl()
{
    QFETCH(QString, variables);
    QFETCH(QString, variable);
    QFETCH(QString, mentions);
    const auto imported = EnvironmentImport::read(environment(variables));
    QVERIFY(!imported.ok());
    QCOMPARE(imported.error().field, variable);
    QVERIFY2(imported.error().message.startsWith(variable + QStringLiteral(": ")), qPrintable(imported.error().message));
    QVERIFY2(imported.error().message.contains(mentions), qPrintable(imported.error().message));
}

void TestEnvironmentImport::readsNoProxyLowerCaseFirst_data()
{
    QTest::addColumn<QString>("variables");
    QTest::addColumn<QStringList>("noProxy");
    QTest::newRow("lower over upper") << "no_proxy=lower.test;NO_PROXY=upper.test" << QStringList{QStringLiteral("lower.test")};
    QTest::newRow("upper alone") << "NO_PROXY=upper.test,localhost" << QStringList{QStringLiteral("upper.test"), QStringLiteral("localhost")};
    QTest::newRow("blank lower is unset") << "no_proxy= ;NO_PROXY=upper.test" << QStringList{QStringLiteral("upper.test")};
    QTest::newRow("none") << "" << QStringList();
}

void TestEnvironmentImport::readsNoProxyLowerCaseFirst()
{
    QFETCH(QString, variables);
    QFETCH(QStringList, noProxy);
    const auto imported = EnvironmentImport::read(environment(QStringLiteral("http_proxy=http://p:1;") + variables));
    QVERIFY(imported.ok());
    QCOMPARE(imported.value().noProxy, noProxy);
}

void TestEnvironmentImport::splitsNoProxyOnCommasAndWhiteSpaceWithoutDuplicates_data()
{
    QTest::addColumn<QString>("value");
    QTest::addColumn<QStringList>("entries");
    QTest::newRow("commas") << "localhost,.corp,10.0.0.0/8"
                            << QStringList{QStringLiteral("localhost"), QStringLiteral(".corp"), QStringLiteral("10.0.0.0/8")};
    QTest::newRow("spaces, tabs, empty items") << " localhost, .corp  10.0.0.0/8,,\t[::1] "
                                               << QStringList{QStringLiteral("localhost"), QStringLiteral(".corp"),
                                                              QStringLiteral("10.0.0.0/8"), QStringLiteral("[::1]")};
    QTest::newRow("duplicates, any case, first kept") << "Corp.Example,localhost,corp.example,LOCALHOST"
                                                      << QStringList{QStringLiteral("Corp.Example"), QStringLiteral("localhost")};
    QTest::newRow("only separators") << " , ,\n" << QStringList();
    QTest::newRow("wildcard") << "*" << QStringList{QStringLiteral("*")};
}

void TestEnvironmentImport::splitsNoProxyOnCommasAndWhiteSpaceWithoutDuplicates()
{
    QFETCH(QString, value);
    QFETCH(QStringList, entries);
    QCOMPARE(EnvironmentImport::splitNoProxy(value), entries);
}

void TestEnvironmentImport::appliesToAProfileKeepingItsIdentity()
{
    ProxyProfile profile;
    profile.id = QStringLiteral("id-1");
    profile.name = QStringLiteral("Office");
    profile.username = QStringLiteral("old-user");
    profile.secretRef = QStringLiteral("keychain:ProxyDeck/profile/id-1");
    const auto imported = EnvironmentImport::read(environment(QStringLiteral("https_proxy=https://u:secret@[2001:db8::1]:3129")));
    QVERIFY(imported.ok());
    const ProxyProfile applied = imported.value().appliedTo(profile);
    QCOMPARE(applied.id, profile.id);
    QCOMPARE(applied.name, profile.name);
    QCOMPARE(applied.secretRef, profile.secretRef);
    QCOMPARE(applied.host, QStringLiteral("2001:db8::1"));
    QCOMPARE(applied.scheme, QStringLiteral("https"));
    QCOMPARE(applied.username, QStringLiteral("u"));
    QCOMPARE(int(applied.port), 3129);
    QCOMPARE(applied.displayUrl(), QStringLiteral("https://u@[2001:db8::1]:3129")); // the password stays out
}

QTEST_GUILESS_MAIN(TestEnvironmentImport)
#include "tst_environmentimport.moc"
