// ProxyAuthenticator's choice among what a proxy offers and its bounded handshake, with the real
// GSSAPI: a throwaway KDC (tests/support/kdc.h) for Negotiate, gss-ntlmssp for NTLM.
#include "kdc.h"
#include "proxyauthenticator.h"
#include "upstreamauthmemory.h"

#include <QTemporaryDir>
#include <QTest>

using Kind = ProxyAuthenticator::Answer::Kind;
using Scheme = AuthChallenge::Scheme;

namespace {

QList<AuthChallenge> offer(const QByteArray &value)
{
    return ProxyAuthenticate::parse(value).value();
}

ProxyAuthenticator::Credentials credentials(const QString &user = {}, UpstreamAuthMemory *memory = nullptr)
{
    const QString password = QStringLiteral("pw");
    return { QStringLiteral("localhost"), user, user.isEmpty() ? QString() : password,
        user.isEmpty() ? QByteArray() : QByteArray("Basic ") + (user + u':' + password).toUtf8().toBase64(),
        memory };
}

} // namespace

class TestProxyAuthenticator : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanup();

    void prefersNegotiateWhenThereIsATicket();
    void fallsBackToNtlmThenBasicWithoutATicket();
    void saysWhatIsMissingWhenNothingFits();
    void sendsBasicFirstUntilItHasLearnedOtherwise();
    void startsWithTheLearnedSchemeOnTheNextConnection();
    void triesNtlmWhenBasicWasRefusedAndNtlmIsOffered();
    void takesTheBareSchemeAgainAsARefusal();
    void givesUpAfterMaxLegs();

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Kdc> m_kdc;
    QString m_skip;
};

#define REQUIRE_REALM()                                                                                      \
    do {                                                                                                     \
        if (!m_skip.isEmpty())                                                                               \
            QSKIP(qPrintable(m_skip));                                                                       \
    } while (false)

void TestProxyAuthenticator::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QString error;
    m_kdc = Kdc::startWithTicket(m_dir.filePath(QStringLiteral("realm")), &m_skip, &error);
    if (!m_skip.isEmpty())
        return;
    QVERIFY2(m_kdc, qPrintable(error));
}

void TestProxyAuthenticator::cleanup()
{
    QString error;
    if (m_kdc && !QFile::exists(m_kdc->cacheName().mid(5)))
        QVERIFY2(m_kdc->kinit(&error), qPrintable(error));
}

void TestProxyAuthenticator::prefersNegotiateWhenThereIsATicket()
{
    REQUIRE_REALM();
    ProxyAuthenticator auth(credentials(QStringLiteral("bob")));
    const auto answer = auth.answer(offer("Basic realm=x, NTLM, Negotiate"));
    QCOMPARE(answer.kind, Kind::Send);
    QVERIFY2(answer.authorization.startsWith("Negotiate "), answer.authorization.left(20).constData());
    QCOMPARE(auth.scheme(), Scheme::Negotiate);
    QCOMPARE(auth.legs(), 1);
}

void TestProxyAuthenticator::fallsBackToNtlmThenBasicWithoutATicket()
{
    REQUIRE_REALM();
    QVERIFY(m_kdc->kdestroy());
    ProxyAuthenticator ntlm(credentials(QStringLiteral("PROXYDECK\\bob")));
    const auto first = ntlm.answer(offer("Negotiate, NTLM, Basic realm=x"));
    QCOMPARE(first.kind, Kind::Send);
    QVERIFY2(
        first.authorization.startsWith("NTLM TlRMTVNTUAAB"), first.authorization.constData()); // NEGOTIATE

    ProxyAuthenticator basic(credentials(QStringLiteral("bob")));
    const auto second = basic.answer(offer("Negotiate, Basic realm=x"));
    QCOMPARE(second.kind, Kind::Send);
    QVERIFY(second.authorization.startsWith("Basic "));
}

void TestProxyAuthenticator::saysWhatIsMissingWhenNothingFits()
{
    REQUIRE_REALM();
    QVERIFY(m_kdc->kdestroy());
    ProxyAuthenticator auth(credentials());
    const auto answer = auth.answer(offer("Negotiate, NTLM"));
    QCOMPARE(answer.kind, Kind::Unusable);
    QVERIFY2(answer.reason.contains(QStringLiteral("asks for Negotiate, NTLM")), qPrintable(answer.reason));
    QVERIFY2(
        answer.reason.contains(QStringLiteral("no Kerberos ticket (run kinit)")), qPrintable(answer.reason));
    QVERIFY2(answer.reason.contains(QStringLiteral("NTLM: no user is set")), qPrintable(answer.reason));
    QCOMPARE(auth.scheme(), Scheme::Other);
}

void TestProxyAuthenticator::sendsBasicFirstUntilItHasLearnedOtherwise()
{
    UpstreamAuthMemory memory;
    ProxyAuthenticator withUser(credentials(QStringLiteral("bob"), &memory));
    QVERIFY(withUser.initial().startsWith("Basic "));
    ProxyAuthenticator without(credentials({}, &memory));
    QVERIFY(without.initial().isEmpty());
}

void TestProxyAuthenticator::startsWithTheLearnedSchemeOnTheNextConnection()
{
    REQUIRE_REALM();
    UpstreamAuthMemory memory;
    ProxyAuthenticator first(credentials({}, &memory));
    QCOMPARE(memory.scheme(), Scheme::Other);
    QCOMPARE(first.answer(offer("Negotiate")).kind, Kind::Send);
    QCOMPARE(memory.scheme(), Scheme::Negotiate); // the proxy asked for it
    ProxyAuthenticator next(credentials(QStringLiteral("bob"), &memory));
    QVERIFY(next.initial().startsWith("Negotiate "));
    QCOMPARE(next.scheme(), Scheme::Negotiate);
}

void TestProxyAuthenticator::triesNtlmWhenBasicWasRefusedAndNtlmIsOffered()
{
    ProxyAuthenticator auth(credentials(QStringLiteral("PROXYDECK\\bob")));
    QVERIFY(auth.initial().startsWith("Basic "));
    const auto ntlm = auth.answer(offer("NTLM"));
    QCOMPARE(ntlm.kind, Kind::Send);
    QVERIFY(ntlm.authorization.startsWith("NTLM "));
    // Basic refused again, with nothing else offered: the password is wrong.
    ProxyAuthenticator basic(credentials(QStringLiteral("bob")));
    QVERIFY(basic.initial().startsWith("Basic "));
    const auto refused = basic.answer(offer("Basic realm=x"));
    QCOMPARE(refused.kind, Kind::Rejected);
    QCOMPARE(basic.scheme(), Scheme::Basic);
}

void TestProxyAuthenticator::takesTheBareSchemeAgainAsARefusal()
{
    ProxyAuthenticator auth(credentials(QStringLiteral("PROXYDECK\\bob")));
    QCOMPARE(auth.answer(offer("NTLM")).kind, Kind::Send);
    const auto answer = auth.answer(offer("NTLM"));
    QCOMPARE(answer.kind, Kind::Rejected);
    QVERIFY2(answer.reason.contains(QStringLiteral("rejected the NTLM credentials of “PROXYDECK\\bob”")),
        qPrintable(answer.reason));
}

void TestProxyAuthenticator::givesUpAfterMaxLegs()
{
    REQUIRE_REALM();
    ProxyAuthenticator auth(credentials());
    QCOMPARE(auth.answer(offer("Negotiate")).kind, Kind::Send);
    // A proxy that keeps sending tokens: at most MaxLegs tries, then a refusal, not a loop.
    int sends = 1;
    for (int i = 0; i < 10; ++i) {
        const auto answer = auth.answer(offer("Negotiate oQcwBaADCgEB")); // negTokenResp accept-incomplete
        if (answer.kind != Kind::Send)
            break;
        ++sends;
    }
    QVERIFY(sends <= ProxyAuthenticator::MaxLegs);
}

QTEST_GUILESS_MAIN(TestProxyAuthenticator)
#include "tst_proxyauthenticator.moc"
