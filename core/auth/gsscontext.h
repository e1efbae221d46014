#pragma once

#include "result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

#include <memory>

// One GSSAPI security context towards a proxy (RFC 2743 through MIT krb5's mechglue), for the
// Negotiate and NTLM HTTP schemes:
//  - Negotiate: SPNEGO limited to Kerberos, as the user, with the ticket in the default
//    credential cache (KRB5CCNAME), for the service HTTP@<proxy host> (RFC 4559);
//  - NTLM: gss-ntlmssp's mechanism (NTLMv2), with a user name and password given here.
// Tokens in and out are raw bytes; the HTTP layer base64-encodes them.
//
// The first step of a Negotiate context may ask the KDC for a service ticket: blocking network
// I/O, once per proxy and ticket lifetime (the ticket is cached in the credential cache).
class GssContext {
    Q_DECLARE_TR_FUNCTIONS(GssContext)

public:
    enum class Mechanism { Negotiate, Ntlm };

    // Negotiate needs no user (user and password are ignored); NTLM takes "DOMAIN\user",
    // "user@DOMAIN" or "user", and the password. Fails when there are no credentials.
    static Result<std::unique_ptr<GssContext>> create(
        Mechanism mechanism, const QString &host, const QString &user = {}, const QString &password = {});
    ~GssContext();
    GssContext(const GssContext &) = delete;
    GssContext &operator=(const GssContext &) = delete;

    // The token to send next, from the server's last one (empty for the first step). An empty
    // token with isComplete() means there is nothing more to send.
    Result<QByteArray> step(const QByteArray &input);
    bool isComplete() const { return m_complete; }
    Mechanism mechanism() const { return m_mechanism; }

    // Whether the default credential cache holds a Kerberos ticket that is still valid; when
    // not, *why says so in words for the user.
    static bool hasKerberosTicket(QString *why = nullptr);

private:
    struct Handles;
    GssContext(Mechanism mechanism, std::unique_ptr<Handles> handles);

    Mechanism m_mechanism;
    std::unique_ptr<Handles> m_handles;
    bool m_complete = false;
};
