// GssContext against real acceptors, in-process: MIT krb5's Kerberos acceptor with the keytab of
// HTTP/localhost from a throwaway KDC (tests/support/kdc.h), and gss-ntlmssp's NTLM acceptor
// with a user file (NTLM_USER_FILE), which checks the NTLMv2 response for real. The error
// messages a user sees for the usual Kerberos failures are checked against the real library.
#include "gsscontext.h"
#include "kdc.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <gssapi/gssapi.h>
#include <gssapi/gssapi_ext.h>

#include <cstring>

namespace {

gss_OID_desc NtlmOid = { 10, const_cast<char *>("\x2b\x06\x01\x04\x01\x82\x37\x02\x02\x0a") };

// One acceptor context, released at the end of scope.
class Acceptor {
public:
    explicit Acceptor(gss_OID mech = GSS_C_NO_OID)
    {
        if (mech != GSS_C_NO_OID) {
            OM_uint32 minor = 0;
            gss_OID_set_desc mechs { 1, mech };
            m_credOk = !GSS_ERROR(gss_acquire_cred(
                &minor, GSS_C_NO_NAME, GSS_C_INDEFINITE, &mechs, GSS_C_ACCEPT, &m_cred, nullptr, nullptr));
        }
    }
    ~Acceptor()
    {
        OM_uint32 minor = 0;
        if (m_context != GSS_C_NO_CONTEXT)
            gss_delete_sec_context(&minor, &m_context, GSS_C_NO_BUFFER);
        if (m_cred != GSS_C_NO_CREDENTIAL)
            gss_release_cred(&minor, &m_cred);
    }
    bool credOk() const { return m_credOk; }
    // The acceptor's answer token; *major gets the status, *name the client once complete.
    QByteArray accept(QByteArray token, OM_uint32 *major, QString *name)
    {
        OM_uint32 minor = 0;
        gss_buffer_desc input { size_t(token.size()), token.data() };
        gss_buffer_desc output = GSS_C_EMPTY_BUFFER;
        gss_name_t source = GSS_C_NO_NAME;
        *major = gss_accept_sec_context(&minor, &m_context, m_cred, &input, GSS_C_NO_CHANNEL_BINDINGS,
            &source, nullptr, &output, nullptr, nullptr, nullptr);
        const QByteArray out(static_cast<const char *>(output.value), qsizetype(output.length));
        gss_release_buffer(&minor, &output);
        if (source != GSS_C_NO_NAME) {
            gss_buffer_desc text = GSS_C_EMPTY_BUFFER;
            if (!GSS_ERROR(gss_display_name(&minor, source, &text, nullptr)))
                *name = QString::fromUtf8(static_cast<const char *>(text.value), qsizetype(text.length));
            gss_release_buffer(&minor, &text);
            gss_release_name(&minor, &source);
        }
        return out;
    }

private:
    gss_cred_id_t m_cred = GSS_C_NO_CREDENTIAL;
    gss_ctx_id_t m_context = GSS_C_NO_CONTEXT;
    bool m_credOk = true;
};

quint16 le16(const QByteArray &bytes, qsizetype at)
{
    return quint16(quint8(bytes[at]) | quint8(bytes[at + 1]) << 8);
}

} // namespace

class TestGssContext : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanup();

    void negotiateTokenIsAcceptedByTheProxysKerberosKeytab();
    void negotiateSaysRunKinitWhenThereIsNoTicket();
    void negotiateSaysWhenTheKdcCannotBeReached();
    void negotiateSaysWhenTheKdcDoesNotKnowTheProxy();
    void ntlmSendsNtlmsspMessagesAndAnNtlmv2Response();
    void ntlmResponseWithAWrongPasswordIsRefusedByTheAcceptor();
    void ntlmNeedsAUser();

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Kdc> m_kdc;
    QString m_skip;
};

void TestGssContext::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QString error;
    m_kdc = Kdc::startWithTicket(m_dir.filePath(QStringLiteral("realm")), &m_skip, &error);
    if (!m_skip.isEmpty())
        return;
    QVERIFY2(m_kdc, qPrintable(error));
    qputenv("KRB5_KTNAME", m_kdc->keytab().toLocal8Bit());
    QFile users(m_dir.filePath(QStringLiteral("ntlm-users")));
    QVERIFY(users.open(QIODevice::WriteOnly));
    users.write("PROXYDECK:bob:bob-ntlm-pw\n");
    users.close();
    qputenv("NTLM_USER_FILE", users.fileName().toLocal8Bit());
}

void TestGssContext::cleanup()
{
    if (m_kdc) {
        m_kdc->useInThisProcess();
        QString error;
        if (!QFile::exists(m_kdc->cacheName().mid(5)))
            QVERIFY2(m_kdc->kinit(&error), qPrintable(error));
    }
}

#define REQUIRE_REALM()                                                                                      \
    do {                                                                                                     \
        if (!m_skip.isEmpty())                                                                               \
            QSKIP(qPrintable(m_skip));                                                                       \
    } while (false)

void TestGssContext::negotiateTokenIsAcceptedByTheProxysKerberosKeytab()
{
    REQUIRE_REALM();
    auto context = GssContext::create(GssContext::Mechanism::Negotiate, QStringLiteral("localhost"));
    QVERIFY2(context, context ? "" : qPrintable(context.error().message));
    const Result<QByteArray> token = context.value()->step({});
    QVERIFY2(token, token ? "" : qPrintable(token.error().message));
    // SPNEGO's NegTokenInit (RFC 4178 §4.2): an [APPLICATION 0] with the SPNEGO OID.
    QVERIFY(token.value().startsWith('\x60'));
    QVERIFY(token.value().contains(QByteArray("\x2b\x06\x01\x05\x05\x02", 6)));

    Acceptor acceptor;
    OM_uint32 major = 0;
    QString name;
    acceptor.accept(token.value(), &major, &name);
    QVERIFY2(!GSS_ERROR(major), qPrintable(QString::number(major, 16)));
    QCOMPARE(name, QStringLiteral("alice@PROXYDECK.TEST"));
}

void TestGssContext::negotiateSaysRunKinitWhenThereIsNoTicket()
{
    REQUIRE_REALM();
    QVERIFY(m_kdc->kdestroy());
    QString why;
    QVERIFY(!GssContext::hasKerberosTicket(&why));
    QVERIFY2(why.contains(QStringLiteral("no Kerberos ticket (run kinit)")), qPrintable(why));
    auto context = GssContext::create(GssContext::Mechanism::Negotiate, QStringLiteral("localhost"));
    QVERIFY(!context);
    QVERIFY2(context.error().message.contains(QStringLiteral("no Kerberos ticket (run kinit)")),
        qPrintable(context.error().message));
}

void TestGssContext::negotiateSaysWhenTheKdcCannotBeReached()
{
    REQUIRE_REALM();
    QVERIFY(GssContext::hasKerberosTicket());
    // The same realm with its KDC somewhere nothing listens: the ticket-granting ticket is in the
    // cache, the service ticket for a proxy not asked before needs the KDC.
    QFile config(m_kdc->krb5Config());
    QVERIFY(config.open(QIODevice::ReadOnly));
    QByteArray text = config.readAll();
    const qsizetype at = text.indexOf("kdc = 127.0.0.1:");
    QVERIFY(at >= 0);
    const QByteArray deadKdc = "kdc = 127.0.0.1:" + QByteArray::number(ServerProcess::freePort());
    text.replace(at, text.indexOf('\n', at) - at, deadKdc);
    QFile dead(m_dir.filePath(QStringLiteral("dead-kdc.conf")));
    QVERIFY(dead.open(QIODevice::WriteOnly));
    dead.write(text);
    dead.close();
    qputenv("KRB5_CONFIG", dead.fileName().toLocal8Bit());
    auto context = GssContext::create(GssContext::Mechanism::Negotiate, QStringLiteral("unreachable-proxy"));
    QVERIFY2(context, context ? "" : qPrintable(context.error().message));
    const Result<QByteArray> token = context.value()->step({});
    QVERIFY(!token);
    QVERIFY2(token.error().message.contains(QStringLiteral("cannot reach a KDC")),
        qPrintable(token.error().message));
}

void TestGssContext::negotiateSaysWhenTheKdcDoesNotKnowTheProxy()
{
    REQUIRE_REALM();
    auto context
        = GssContext::create(GssContext::Mechanism::Negotiate, QStringLiteral("proxy.not-in-the-realm"));
    QVERIFY2(context, context ? "" : qPrintable(context.error().message));
    const Result<QByteArray> token = context.value()->step({});
    QVERIFY(!token);
    QVERIFY2(token.error().message.contains(QStringLiteral("does not know the proxy's service principal")),
        qPrintable(token.error().message));
}

void TestGssContext::ntlmSendsNtlmsspMessagesAndAnNtlmv2Response()
{
    auto context = GssContext::create(GssContext::Mechanism::Ntlm, QStringLiteral("localhost"),
        QStringLiteral("PROXYDECK\\bob"), QStringLiteral("bob-ntlm-pw"));
    QVERIFY2(context, context ? "" : qPrintable(context.error().message));
    Acceptor acceptor(&NtlmOid);
    QVERIFY(acceptor.credOk());

    // MS-NLMP §2.2.1: NEGOTIATE (1), CHALLENGE (2), AUTHENTICATE (3), raw as HTTP carries them.
    const Result<QByteArray> negotiate = context.value()->step({});
    QVERIFY2(negotiate, negotiate ? "" : qPrintable(negotiate.error().message));
    QVERIFY(negotiate.value().startsWith(QByteArray("NTLMSSP\0\x01", 9)));
    OM_uint32 major = 0;
    QString name;
    const QByteArray challenge = acceptor.accept(negotiate.value(), &major, &name);
    QVERIFY(major & GSS_S_CONTINUE_NEEDED);
    QVERIFY(challenge.startsWith(QByteArray("NTLMSSP\0\x02", 9)));

    const Result<QByteArray> authenticate = context.value()->step(challenge);
    QVERIFY2(authenticate, authenticate ? "" : qPrintable(authenticate.error().message));
    QVERIFY(context.value()->isComplete());
    const QByteArray &message = authenticate.value();
    QVERIFY(message.startsWith(QByteArray("NTLMSSP\0\x03", 9)));
    // NtChallengeResponseFields at offset 20: an NTLMv2 response is longer than NTLMv1's 24 bytes
    // (MS-NLMP §2.2.2.8: NTProofStr and the client's blob).
    QVERIFY2(le16(message, 20) > 24, qPrintable(QString::number(le16(message, 20))));

    acceptor.accept(message, &major, &name);
    QVERIFY2(major == GSS_S_COMPLETE, qPrintable(QString::number(major, 16)));
    QVERIFY2(name.contains(QStringLiteral("bob"), Qt::CaseInsensitive), qPrintable(name));
}

void TestGssContext::ntlmResponseWithAWrongPasswordIsRefusedByTheAcceptor()
{
    auto context = GssContext::create(GssContext::Mechanism::Ntlm, QStringLiteral("localhost"),
        QStringLiteral("bob@PROXYDECK"), QStringLiteral("not-bobs-password"));
    QVERIFY2(context, context ? "" : qPrintable(context.error().message));
    Acceptor acceptor(&NtlmOid);
    OM_uint32 major = 0;
    QString name;
    const QByteArray challenge = acceptor.accept(context.value()->step({}).value(), &major, &name);
    QVERIFY(major & GSS_S_CONTINUE_NEEDED);
    const Result<QByteArray> authenticate = context.value()->step(challenge);
    QVERIFY(authenticate);
    acceptor.accept(authenticate.value(), &major, &name);
    QVERIFY(GSS_ERROR(major));
}

void TestGssContext::ntlmNeedsAUser()
{
    auto context = GssContext::create(GssContext::Mechanism::Ntlm, QStringLiteral("localhost"));
    QVERIFY(!context);
    QVERIFY2(
        context.error().message.contains(QStringLiteral("user name")), qPrintable(context.error().message));
}

QTEST_GUILESS_MAIN(TestGssContext)
#include "tst_gsscontext.moc"
