// The engine authenticating to a real Squid that answers 407 with Negotiate or NTLM, with real
// parts on loopback only:
//  - Negotiate: a throwaway MIT KDC (tests/support/kdc.h) for the realm PROXYDECK.TEST, alice's
//    ticket from a real kinit, Squid's negotiate_kerberos_auth checking it with the keytab of
//    HTTP/localhost;
//  - NTLM: tests/support's NtlmProxy, whose acceptor is gss-ntlmssp's and checks the NTLMv2
//    response against a user file. (Squid 5's ntlm_fake_auth would be the obvious real server,
//    but its CHALLENGE message carries a garbage TargetName offset — 0xAAAAAAAE, uninitialised
//    memory — which gss-ntlmssp rightly refuses to decode; curl ignores the field.)
// The client (curl) sends no credentials at all: the engine adds them.
#include "curl.h"
#include "engine.h"
#include "enginetesthelpers.h"
#include "httpreply.h"
#include "kdc.h"
#include "ntlmproxy.h"
#include "originserver.h"
#include "serverprocess.h"
#include "testsupport.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using EngineTest::fetch;

namespace {

const QString NtlmUser = QStringLiteral("PROXYDECK\\bob");
const QString NtlmPassword = QStringLiteral("bob-ntlm-pw");

QString squidConfig(const QString &dir, quint16 port, const QString &authLines)
{
    return QStringLiteral("http_port 127.0.0.1:%1\npid_filename %2/squid.pid\ncache_log %2/cache.log\n"
                          "access_log stdio:%2/access.log\ncoredump_dir %2\nnetdb_filename none\n"
                          "pinger_enable off\nshutdown_lifetime 0 seconds\ncache deny all\n")
               .arg(port)
               .arg(dir)
        + authLines
        + QStringLiteral("acl authenticated proxy_auth REQUIRED\nhttp_access allow authenticated\n"
                         "http_access deny all\n");
}

} // namespace

class TestUpstreamAuth : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanup();

    void tunnelsThroughSquidWithTheUsersKerberosTicket();
    void forwardsPlainHttpThroughSquidWithTheUsersKerberosTicket();
    void keepsUsingNegotiateOnLaterConnectionsWithoutAnotherRefusal();
    void answers407SayingRunKinitWhenThereIsNoTicket();
    void tunnelsThroughAnNtlmProxyThatChecksTheNtlmv2Response();
    void forwardsPlainHttpThroughAnNtlmProxyOnOneAuthenticatedConnection();
    void stopsSendingBasicOnceItLearnedThatTheProxyWantsNtlm();
    void postsThroughAnNtlmProxyWithTheBodyOnTheLastLegOnly();
    void answers407NamingTheNtlmUserWhenThePasswordIsWrong();
    void answers407NamingWhatIsMissingWhenNtlmHasNoUser();

private:
    void startSquid(const QString &name, const QString &authLines, quint16 *port,
        std::unique_ptr<ServerProcess> *process);
    EngineConfig config(quint16 squidPort, const QString &user = {}, const QString &password = {}) const;
    QString accessLog(const QString &name) const;

    QTemporaryDir m_dir;
    OriginServer m_origin;
    std::unique_ptr<Kdc> m_kdc;
    std::unique_ptr<ServerProcess> m_negotiateSquid;
    std::unique_ptr<NtlmProxy> m_ntlm;
    quint16 m_negotiatePort = 0;
    QString m_skip; // why the suite cannot run here
};

#define REQUIRE_PARTS()                                                                                      \
    do {                                                                                                     \
        if (!m_skip.isEmpty())                                                                               \
            QSKIP(qPrintable(m_skip));                                                                       \
    } while (false)

void TestUpstreamAuth::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QVERIFY2(Curl::isAvailable(), "curl is needed: it is the client of every test here");
    QVERIFY(m_origin.listen());
    QFile users(m_dir.filePath(QStringLiteral("ntlm-users")));
    QVERIFY(users.open(QIODevice::WriteOnly));
    users.write("PROXYDECK:bob:" + NtlmPassword.toUtf8() + '\n');
    users.close();
    m_ntlm = std::make_unique<NtlmProxy>(users.fileName());
    QVERIFY(m_ntlm->listen());
    const QString squid = ServerProcess::find(QStringLiteral("squid"));
    if (squid.isEmpty() || !QFile::exists(QStringLiteral("/usr/lib/squid/negotiate_kerberos_auth"))) {
        m_skip = QStringLiteral("squid with its negotiate_kerberos_auth helper is not installed "
                                "(scripts/install-deps --test)");
        return;
    }
    // Squid and its helpers run as Squid's own user, which must read the realm's files.
    QFile::setPermissions(m_dir.path(),
        QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner | QFile::ReadGroup | QFile::ExeGroup
            | QFile::ReadOther | QFile::ExeOther);
    QString error;
    m_kdc = Kdc::startWithTicket(m_dir.filePath(QStringLiteral("realm")), &m_skip, &error);
    if (!m_skip.isEmpty())
        return;
    QVERIFY2(m_kdc, qPrintable(error));
    QFile::setPermissions(m_dir.filePath(QStringLiteral("realm")),
        QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner | QFile::ReadOther | QFile::ExeOther);
    QFile::setPermissions(m_kdc->keytab(), QFile::ReadOwner | QFile::WriteOwner | QFile::ReadOther);
    QFile::setPermissions(m_kdc->krb5Config(), QFile::ReadOwner | QFile::WriteOwner | QFile::ReadOther);

    startSquid(QStringLiteral("negotiate"),
        QStringLiteral("auth_param negotiate program /usr/lib/squid/negotiate_kerberos_auth -k %1 -s %2@%3\n"
                       "auth_param negotiate children 2 startup=1\nauth_param negotiate keep_alive on\n")
            .arg(m_kdc->keytab(), Kdc::ServicePrincipal, Kdc::Realm),
        &m_negotiatePort, &m_negotiateSquid);
}

void TestUpstreamAuth::startSquid(
    const QString &name, const QString &authLines, quint16 *port, std::unique_ptr<ServerProcess> *process)
{
    const QString dir = m_dir.filePath(name);
    QVERIFY(QDir().mkpath(dir));
    QFile::setPermissions(dir,
        QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner | QFile::ReadGroup | QFile::WriteGroup
            | QFile::ExeGroup | QFile::ReadOther | QFile::WriteOther | QFile::ExeOther);
    const quint16 free = ServerProcess::freePort();
    QFile file(dir + QStringLiteral("/squid.conf"));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(squidConfig(dir, free, authLines).toUtf8());
    file.close();
    // The helper reads the realm's krb5.conf from the environment Squid passes on.
    *process = std::make_unique<ServerProcess>(ServerProcess::find(QStringLiteral("squid")),
        QStringList { QStringLiteral("-N"), QStringLiteral("-f"), file.fileName() }, m_kdc->environment());
    const bool listening = (*process)->waitForPort(free);
    QVERIFY2(listening,
        qPrintable((*process)->output()
            + QString::fromUtf8(TestSupport::readFile(dir + QStringLiteral("/cache.log")))));
    *port = free;
}

void TestUpstreamAuth::cleanup()
{
    if (m_kdc && !QFile::exists(m_kdc->cacheName().mid(5))) {
        QString error;
        QVERIFY2(m_kdc->kinit(&error), qPrintable(error));
    }
}

EngineConfig TestUpstreamAuth::config(quint16 squidPort, const QString &user, const QString &password) const
{
    EngineConfig config;
    config.connectPorts = PortRanges::parse(QString::number(m_origin.port())).value();
    config.upstream.scheme = QStringLiteral("http");
    // The name, not 127.0.0.1: the Kerberos service is HTTP/<the name the engine connects to>.
    config.upstream.host = QStringLiteral("localhost");
    config.upstream.port = squidPort;
    config.upstream.user = user;
    config.upstream.password = password;
    config.upstream.authorization = UpstreamProxy::basicAuthorization(user, password);
    return config;
}

QString TestUpstreamAuth::accessLog(const QString &name) const
{
    // Squid writes its access log line when the transaction ends; give it a moment.
    const QString path = m_dir.filePath(name + QStringLiteral("/access.log"));
    QString text;
    for (int i = 0; i < 40; ++i) {
        text = QString::fromUtf8(TestSupport::readFile(path));
        if (!text.isEmpty() && text.endsWith(u'\n'))
            break;
        QTest::qWait(50);
    }
    return text;
}

void TestUpstreamAuth::tunnelsThroughSquidWithTheUsersKerberosTicket()
{
    REQUIRE_PARTS();
    START_ENGINE(engine, config(m_negotiatePort));
    const qsizetype logBefore = accessLog(QStringLiteral("negotiate")).size();
    const CurlResult r
        = fetch(*engine, EngineTest::originUrl(m_origin.port(), QStringLiteral("/bytes/100000")),
            { QStringLiteral("--proxytunnel") });
    QVERIFY2(r.exitCode == 0 && r.connectStatus == 200 && r.status == 200, qPrintable(r.describe()));
    QVERIFY(r.body == OriginServer::content(0, 100000));
    QTest::qWait(200);
    const QString saw = accessLog(QStringLiteral("negotiate")).mid(logBefore);
    QVERIFY2(saw.contains(QStringLiteral("CONNECT 127.0.0.1:%1").arg(m_origin.port())), qPrintable(saw));
    QVERIFY2(saw.contains(QStringLiteral("alice@PROXYDECK.TEST")), qPrintable(saw));
}

void TestUpstreamAuth::forwardsPlainHttpThroughSquidWithTheUsersKerberosTicket()
{
    REQUIRE_PARTS();
    START_ENGINE(engine, config(m_negotiatePort));
    const qsizetype logBefore = accessLog(QStringLiteral("negotiate")).size();
    const qsizetype headsBefore = m_origin.heads().size();
    const QString url = EngineTest::originUrl(m_origin.port(), QStringLiteral("/bytes/5000"));
    // Two requests on one client connection: the second goes on the connection Squid accepted.
    const CurlResult r = fetch(*engine, url, { url });
    QVERIFY2(
        r.exitCode == 0 && r.status == 200, qPrintable(r.describe() + QString::fromUtf8(r.body.left(300))));
    // curl saves the first URL's body; both heads are in its header dump.
    QVERIFY(r.body == OriginServer::content(0, 5000));
    QVERIFY2(r.headers.count("HTTP/1.1 200 OK") == 2, r.headers.constData());
    QCOMPARE(m_origin.heads().size(), headsBefore + 2);
    QVERIFY(!m_origin.heads().constLast().contains(u"Proxy-Authorization", Qt::CaseInsensitive));
    const QString saw = accessLog(QStringLiteral("negotiate")).mid(logBefore);
    QVERIFY2(saw.contains(QStringLiteral("GET %1 alice@PROXYDECK.TEST").arg(url)), qPrintable(saw));
}

void TestUpstreamAuth::keepsUsingNegotiateOnLaterConnectionsWithoutAnotherRefusal()
{
    REQUIRE_PARTS();
    START_ENGINE(engine, config(m_negotiatePort));
    const QString url = EngineTest::originUrl(m_origin.port(), QStringLiteral("/bytes/10"));
    for (int i = 0; i < 3; ++i) {
        const CurlResult r = fetch(*engine, url, { QStringLiteral("--proxytunnel") });
        QVERIFY2(r.exitCode == 0 && r.status == 200, qPrintable(r.describe()));
    }
    // The first tunnel learned that Squid wants Negotiate: the later ones send a token with their
    // first CONNECT, so Squid logged one refusal (TCP_DENIED/407) for the three tunnels.
    const QString saw = accessLog(QStringLiteral("negotiate"));
    const QString port = QString::number(m_origin.port());
    const QStringList lines = saw.split(u'\n');
    qsizetype refused = 0;
    qsizetype tunnels = 0;
    for (const QString &line : lines) {
        if (!line.contains(QStringLiteral("CONNECT 127.0.0.1:") + port))
            continue;
        ++tunnels;
        if (line.contains(QStringLiteral("/407 ")))
            ++refused;
    }
    QVERIFY2(tunnels >= 3, qPrintable(saw));
    // Over the whole suite so far: one refusal per engine that had to learn (this one and the
    // first test's), never one per tunnel.
    QVERIFY2(refused <= 2, qPrintable(saw));
}

void TestUpstreamAuth::answers407SayingRunKinitWhenThereIsNoTicket()
{
    REQUIRE_PARTS();
    QVERIFY(m_kdc->kdestroy());
    START_ENGINE(engine, config(m_negotiatePort));
    const QByteArray authority = "127.0.0.1:" + QByteArray::number(m_origin.port());
    const HttpReply tunnel = HttpReply::exchange(
        engine->port(), "CONNECT " + authority + " HTTP/1.1\r\nHost: " + authority + "\r\n\r\n");
    VERIFY_ANSWER(tunnel, 407, QStringLiteral("no Kerberos ticket (run kinit)"));
    QVERIFY2(tunnel.header("Proxy-Authenticate").startsWith("Negotiate"), tunnel.head.constData());
    // Only the reason: nothing of a token or a password in it.
    QVERIFY2(!tunnel.body.contains("Basic "), tunnel.body.constData());

    const HttpReply plain
        = HttpReply::exchange(engine->port(), EngineTest::get(m_origin.port(), "/bytes/10"));
    VERIFY_ANSWER(plain, 407, QStringLiteral("no Kerberos ticket (run kinit)"));
}

void TestUpstreamAuth::tunnelsThroughAnNtlmProxyThatChecksTheNtlmv2Response()
{
    START_ENGINE(engine, config(m_ntlm->port(), NtlmUser, NtlmPassword));
    const qsizetype before = m_ntlm->users().size();
    const CurlResult r = fetch(*engine, EngineTest::originUrl(m_origin.port(), QStringLiteral("/x")),
        { QStringLiteral("--proxytunnel") });
    QVERIFY2(r.exitCode == 0 && r.connectStatus == 200 && r.status == 200, qPrintable(r.describe()));
    // NtlmProxy answers inside the tunnel, as the user gss-ntlmssp's acceptor authenticated.
    QVERIFY2(r.body.contains("bob"), r.body.constData());
    QCOMPARE(m_ntlm->users().size(), before + 1);
    QVERIFY2(m_ntlm->users().constLast().contains(u"bob"), qPrintable(m_ntlm->users().join(u',')));
}

void TestUpstreamAuth::forwardsPlainHttpThroughAnNtlmProxyOnOneAuthenticatedConnection()
{
    START_ENGINE(engine, config(m_ntlm->port(), NtlmUser, NtlmPassword));
    const qsizetype before = m_ntlm->users().size();
    const QString url = EngineTest::originUrl(m_origin.port(), QStringLiteral("/y"));
    const CurlResult r = fetch(*engine, url, { url });
    QVERIFY2(
        r.exitCode == 0 && r.status == 200, qPrintable(r.describe() + QString::fromUtf8(r.body.left(300))));
    QVERIFY2(r.headers.count("HTTP/1.1 200 OK") == 2, r.headers.constData());
    QVERIFY2(r.body.contains("bob"), r.body.constData());
    // One handshake for both requests: NTLM authenticates the connection, which the engine kept.
    QCOMPARE(m_ntlm->users().size(), before + 1);
}

void TestUpstreamAuth::stopsSendingBasicOnceItLearnedThatTheProxyWantsNtlm()
{
    START_ENGINE(engine, config(m_ntlm->port(), NtlmUser, NtlmPassword));
    const qsizetype before = m_ntlm->schemesSeen().size();
    for (int i = 0; i < 3; ++i) {
        const CurlResult r = fetch(*engine, EngineTest::originUrl(m_origin.port(), QStringLiteral("/z")),
            { QStringLiteral("--proxytunnel") });
        QVERIFY2(r.exitCode == 0 && r.status == 200, qPrintable(r.describe()));
    }
    // The first CONNECT carried Basic (nothing was known yet); the later ones start with NTLM.
    const QStringList seen = m_ntlm->schemesSeen().mid(before);
    QCOMPARE(seen.count(QStringLiteral("Basic")), 1);
    QCOMPARE(seen.constFirst(), QStringLiteral("Basic"));
    QCOMPARE(seen.count(QStringLiteral("NTLM")), 6); // NEGOTIATE and AUTHENTICATE, three times
}

void TestUpstreamAuth::postsThroughAnNtlmProxyWithTheBodyOnTheLastLegOnly()
{
    START_ENGINE(engine, config(m_ntlm->port(), NtlmUser, NtlmPassword));
    const QString url = EngineTest::originUrl(m_origin.port(), QStringLiteral("/post"));
    const QStringList post = { QStringLiteral("-H"), QStringLiteral("Expect:"),
        QStringLiteral("--data-binary"), QStringLiteral("hello-world") };
    // The engine's first request ever carries Basic and its body; the proxy refuses it and asks for
    // NTLM, which needs the request again: the engine does not keep bodies to resend, and says so.
    const CurlResult first = fetch(*engine, url, post);
    QVERIFY2(first.status == 407, qPrintable(first.describe()));
    QVERIFY2(first.body.contains("send it again"), first.body.constData());

    // Now it knows: NEGOTIATE goes without the body (Content-Length: 0), AUTHENTICATE with it.
    const qsizetype before = m_ntlm->bodiesSeen().size();
    const CurlResult r = fetch(*engine, url, post);
    QVERIFY2(r.exitCode == 0 && r.status == 200, qPrintable(r.describe() + QString::fromUtf8(r.body)));
    QVERIFY2(r.body.contains("bob (11 body bytes)"), r.body.constData());
    QCOMPARE(m_ntlm->bodiesSeen().mid(before), (QList<qint64> { 0, 11 }));
}

void TestUpstreamAuth::answers407NamingTheNtlmUserWhenThePasswordIsWrong()
{
    START_ENGINE(engine, config(m_ntlm->port(), NtlmUser, QStringLiteral("not-bobs-password")));
    const int failuresBefore = m_ntlm->failures();
    const QByteArray authority = "127.0.0.1:" + QByteArray::number(m_origin.port());
    const HttpReply tunnel = HttpReply::exchange(
        engine->port(), "CONNECT " + authority + " HTTP/1.1\r\nHost: " + authority + "\r\n\r\n");
    VERIFY_ANSWER(tunnel, 407, QStringLiteral("rejected the NTLM credentials of “PROXYDECK\\bob”"));
    QVERIFY(!tunnel.body.contains("not-bobs-password"));
    // The acceptor really checked the NTLMv2 response.
    QCOMPARE(m_ntlm->failures(), failuresBefore + 1);

    const HttpReply plain
        = HttpReply::exchange(engine->port(), EngineTest::get(m_origin.port(), "/bytes/10"));
    VERIFY_ANSWER(plain, 407, QStringLiteral("rejected the NTLM credentials"));
}

void TestUpstreamAuth::answers407NamingWhatIsMissingWhenNtlmHasNoUser()
{
    START_ENGINE(engine, config(m_ntlm->port()));
    const QByteArray authority = "127.0.0.1:" + QByteArray::number(m_origin.port());
    const HttpReply tunnel = HttpReply::exchange(
        engine->port(), "CONNECT " + authority + " HTTP/1.1\r\nHost: " + authority + "\r\n\r\n");
    VERIFY_ANSWER(tunnel, 407, QStringLiteral("NTLM: no user is set for the upstream proxy"));
}

QTEST_GUILESS_MAIN(TestUpstreamAuth)
#include "tst_upstreamauth.moc"
