#pragma once

#include "result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>

#include <utility>

class HttpHeaderFields;

// One challenge of a Proxy-Authenticate field (RFC 9110 §11.6.1): a scheme, then either a token68
// (the base64 blob of Negotiate and NTLM, RFC 4559 and MS-NTHT) or name=value parameters
// (Basic's realm).
struct AuthChallenge {
    enum class Scheme { Basic, Negotiate, Ntlm, Other };

    Scheme scheme = Scheme::Other;
    QByteArray schemeName; // as received
    QByteArray token; // token68, empty when there is none
    QList<std::pair<QByteArray, QByteArray>> params; // names lower-cased, values unquoted

    // The value of a parameter (name in lower case); null when absent.
    QByteArray param(QByteArrayView name) const;
    static QString schemeLabel(Scheme scheme);
};

// Parses Proxy-Authenticate field values into challenges. A value is a comma-separated list of
// challenges whose parameters are comma-separated too; a proxy may also send several fields.
class ProxyAuthenticate {
    Q_DECLARE_TR_FUNCTIONS(ProxyAuthenticate)

public:
    // One field value. An error gives the byte offset where the value stops making sense.
    static Result<QList<AuthChallenge>> parse(QByteArrayView value);
    // Every Proxy-Authenticate field of a response, in order. A field that does not parse is left
    // out: the others may still offer something usable.
    static QList<AuthChallenge> parseFields(const HttpHeaderFields &fields);
    static QList<AuthChallenge> parseAll(const QList<QByteArray> &values);
    // The first challenge of that scheme; null when none is offered.
    static const AuthChallenge *find(const QList<AuthChallenge> &challenges, AuthChallenge::Scheme scheme);
    // "Negotiate, NTLM, Basic" — for messages.
    static QString offered(const QList<AuthChallenge> &challenges);
};
