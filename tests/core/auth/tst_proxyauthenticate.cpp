// Proxy-Authenticate values as proxies send them (Squid, Windows/ISA/TMG, Bluecoat, tinyproxy),
// and as RFC 9110 §11.6.1 allows them: several challenges in one field, parameters with quoted
// strings, token68 blobs with padding, empty list elements.
#include "proxyauthenticate.h"

#include <QTest>

Q_DECLARE_METATYPE(AuthChallenge::Scheme)

namespace {

// "Scheme[token]{name=value;…}" for each challenge, in order.
QByteArray describe(const QList<AuthChallenge> &challenges)
{
    QByteArrayList parts;
    for (const AuthChallenge &challenge : challenges) {
        QByteArray text = challenge.schemeName;
        if (!challenge.token.isEmpty())
            text += '[' + challenge.token + ']';
        if (!challenge.params.isEmpty()) {
            QByteArrayList params;
            for (const auto &[name, value] : challenge.params)
                params.append(name + '=' + value);
            text += '{' + params.join(';') + '}';
        }
        parts.append(text);
    }
    return parts.join(' ');
}

} // namespace

class TestProxyAuthenticate : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void parsesChallenges_data();
    void parsesChallenges();
    void refusesMalformedValuesWithThePosition_data();
    void refusesMalformedValuesWithThePosition();
    void collectsEveryFieldAndSkipsOnlyTheMalformedOnes();
    void recognisesSchemesWhateverTheirCase();
    void namesTheOfferedSchemesOnceEach();
};

void TestProxyAuthenticate::parsesChallenges_data()
{
    QTest::addColumn<QByteArray>("value");
    QTest::addColumn<QByteArray>("expected");
    QTest::newRow("Basic with a quoted realm")
        << QByteArray("Basic realm=\"Squid proxy\"") << QByteArray("Basic{realm=Squid proxy}");
    QTest::newRow("bare Negotiate") << QByteArray("Negotiate") << QByteArray("Negotiate");
    QTest::newRow("Negotiate with a token and padding")
        << QByteArray("Negotiate oYG2MIGzoAMKAQ==") << QByteArray("Negotiate[oYG2MIGzoAMKAQ==]");
    QTest::newRow("NTLM challenge message") << QByteArray("NTLM TlRMTVNTUAACAAAADAAMADgAAAAFgomi+/ab")
                                            << QByteArray("NTLM[TlRMTVNTUAACAAAADAAMADgAAAAFgomi+/ab]");
    QTest::newRow("three challenges in one field") << QByteArray("Negotiate, NTLM, Basic realm=\"corp\"")
                                                   << QByteArray("Negotiate NTLM Basic{realm=corp}");
    QTest::newRow("parameters then another challenge")
        << QByteArray("Digest realm=\"x\", nonce=\"a,b\", qop=auth, Basic realm=y")
        << QByteArray("Digest{realm=x;nonce=a,b;qop=auth} Basic{realm=y}");
    QTest::newRow("token68 then another challenge")
        << QByteArray("Negotiate abc=, NTLM") << QByteArray("Negotiate[abc=] NTLM");
    QTest::newRow("empty list elements and spaces")
        << QByteArray(" ,  Basic  realm = \"r\" ,, , NTLM ,") << QByteArray("Basic{realm=r} NTLM");
    QTest::newRow("escaped quote in a realm")
        << QByteArray("Basic realm=\"a \\\"b\\\" c\"") << QByteArray("Basic{realm=a \"b\" c}");
    QTest::newRow("parameter names lower-cased")
        << QByteArray("Basic Realm=R, Charset=UTF-8") << QByteArray("Basic{realm=R;charset=UTF-8}");
    QTest::newRow("empty value") << QByteArray("") << QByteArray("");
}

void TestProxyAuthenticate::parsesChallenges()
{
    QFETCH(QByteArray, value);
    QFETCH(QByteArray, expected);
    const Result<QList<AuthChallenge>> parsed = ProxyAuthenticate::parse(value);
    QVERIFY2(parsed.ok(), parsed.ok() ? "" : qPrintable(parsed.error().toString()));
    QCOMPARE(describe(parsed.value()), expected);
}

void TestProxyAuthenticate::refusesMalformedValuesWithThePosition_data()
{
    QTest::addColumn<QByteArray>("value");
    QTest::addColumn<int>("position");
    QTest::newRow("unterminated quoted string") << QByteArray("Basic realm=\"open") << 12;
    QTest::newRow("parameter without =") << QByteArray("Basic realm \"x\"") << 12;
    QTest::newRow("no scheme") << QByteArray("=abc") << 0;
    QTest::newRow("junk after the scheme") << QByteArray("Basic\"x\"") << 5;
    QTest::newRow("missing value") << QByteArray("Basic realm=x, charset=,") << 23;
    QTest::newRow("two tokens") << QByteArray("Negotiate abc def") << 14;
}

void TestProxyAuthenticate::refusesMalformedValuesWithThePosition()
{
    QFETCH(QByteArray, value);
    QFETCH(int, position);
    const Result<QList<AuthChallenge>> parsed = ProxyAuthenticate::parse(value);
    if (parsed.ok())
        QFAIL(describe(parsed.value()).constData());
    QCOMPARE(parsed.error().position, position);
    QVERIFY(!parsed.error().message.isEmpty());
}

void TestProxyAuthenticate::collectsEveryFieldAndSkipsOnlyTheMalformedOnes()
{
    const QList<AuthChallenge> challenges = ProxyAuthenticate::parseAll({ QByteArray("Negotiate"),
        QByteArray("Basic realm=\"broken"), QByteArray("NTLM"), QByteArray("Basic realm=ok") });
    QCOMPARE(describe(challenges), QByteArray("Negotiate NTLM Basic{realm=ok}"));
    QVERIFY(ProxyAuthenticate::find(challenges, AuthChallenge::Scheme::Ntlm));
    QCOMPARE(
        ProxyAuthenticate::find(challenges, AuthChallenge::Scheme::Basic)->param("realm"), QByteArray("ok"));
}

void TestProxyAuthenticate::recognisesSchemesWhateverTheirCase()
{
    const auto parsed = ProxyAuthenticate::parse("negotiate, ntlm, BASIC realm=x, Bearer");
    QVERIFY(parsed.ok());
    const QList<AuthChallenge> &challenges = parsed.value();
    QCOMPARE(challenges.size(), 4);
    QCOMPARE(challenges[0].scheme, AuthChallenge::Scheme::Negotiate);
    QCOMPARE(challenges[1].scheme, AuthChallenge::Scheme::Ntlm);
    QCOMPARE(challenges[2].scheme, AuthChallenge::Scheme::Basic);
    QCOMPARE(challenges[3].scheme, AuthChallenge::Scheme::Other);
}

void TestProxyAuthenticate::namesTheOfferedSchemesOnceEach()
{
    const QList<AuthChallenge> challenges = ProxyAuthenticate::parseAll(
        { QByteArray("negotiate"), QByteArray("NTLM, Basic realm=a, Basic realm=b") });
    QCOMPARE(ProxyAuthenticate::offered(challenges), QStringLiteral("Negotiate, NTLM, Basic"));
}

QTEST_GUILESS_MAIN(TestProxyAuthenticate)
#include "tst_proxyauthenticate.moc"
