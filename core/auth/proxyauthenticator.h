#pragma once

#include "gsscontext.h"
#include "proxyauthenticate.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

#include <memory>

class UpstreamAuthMemory;

// The engine's side of proxy authentication on one connection to the upstream (RFC 9110 §11.7):
// what to put in Proxy-Authorization first, and how to answer each 407 until the proxy lets the
// request through. Negotiate (the user's Kerberos ticket) is preferred when offered and usable,
// then NTLM (NTLMv2 through gss-ntlmssp) with the configured user and password, then Basic.
// NTLM authenticates the connection, so one authenticator belongs to one connection; every leg
// is bounded (MaxLegs).
//
// GSSAPI calls block (a first Negotiate may ask the KDC for a service ticket): call from a
// worker thread only.
class ProxyAuthenticator {
    Q_DECLARE_TR_FUNCTIONS(ProxyAuthenticator)

public:
    static constexpr int MaxLegs = 3;

    struct Credentials {
        QString proxyHost; // the service is HTTP@proxyHost
        QString user; // empty: Negotiate only
        QString password; // never logged
        QByteArray basic; // "Basic …" built from them, empty without a user
        UpstreamAuthMemory *memory = nullptr; // optional: what worked last, shared by the engine
    };

    struct Answer {
        enum class Kind {
            Send, // authorization is the Proxy-Authorization for the next try
            Rejected, // the proxy refused what was sent (reason says which credentials)
            Unusable, // nothing the engine has fits what the proxy offers (reason says why)
        };
        Kind kind = Kind::Unusable;
        QByteArray authorization;
        QString reason;
    };

    explicit ProxyAuthenticator(Credentials credentials);
    ~ProxyAuthenticator();

    // For the first request on the connection: a Negotiate or NTLM token when the engine has
    // learned that the proxy wants it, else Basic when there is a user, else nothing.
    QByteArray initial();
    // The proxy's 407, as its challenges.
    Answer answer(const QList<AuthChallenge> &challenges);
    // The proxy let a request through: the scheme in use is remembered for the next connections
    // (Negotiate and NTLM are remembered as soon as the proxy asks for them).
    void succeeded();

    // The scheme of the last Proxy-Authorization sent; Other when none was.
    AuthChallenge::Scheme scheme() const { return m_scheme; }
    // An NTLM NEGOTIATE went last: the proxy cannot let the request through before the CHALLENGE
    // and AUTHENTICATE legs, so its body need not go with it (MS-NTHT; curl does the same).
    bool awaitsChallenge() const
    {
        return m_scheme == AuthChallenge::Scheme::Ntlm && m_context && !m_context->isComplete();
    }
    int legs() const { return m_legs; }

private:
    Answer start(const QList<AuthChallenge> &challenges);
    Answer send(AuthChallenge::Scheme scheme, const QByteArray &token);
    Answer rejected() const;
    Result<QByteArray> begin(GssContext::Mechanism mechanism);

    Credentials m_credentials;
    std::unique_ptr<GssContext> m_context;
    AuthChallenge::Scheme m_scheme = AuthChallenge::Scheme::Other;
    int m_legs = 0;
};
