#include "proxyauthenticator.h"

#include "upstreamauthmemory.h"

#include <QStringList>

using Scheme = AuthChallenge::Scheme;

ProxyAuthenticator::ProxyAuthenticator(Credentials credentials)
    : m_credentials(std::move(credentials))
{
}

ProxyAuthenticator::~ProxyAuthenticator() = default;

Result<QByteArray> ProxyAuthenticator::begin(GssContext::Mechanism mechanism)
{
    auto context
        = GssContext::create(mechanism, m_credentials.proxyHost, m_credentials.user, m_credentials.password);
    if (!context)
        return context.error();
    std::unique_ptr<GssContext> created = std::move(context).value();
    Result<QByteArray> token = created->step({});
    if (!token)
        return token.error();
    m_context = std::move(created);
    return token;
}

QByteArray ProxyAuthenticator::initial()
{
    const Scheme learned = m_credentials.memory ? m_credentials.memory->scheme() : Scheme::Other;
    if (learned == Scheme::Negotiate || (learned == Scheme::Ntlm && !m_credentials.user.isEmpty())) {
        const auto mechanism
            = learned == Scheme::Negotiate ? GssContext::Mechanism::Negotiate : GssContext::Mechanism::Ntlm;
        // A ticket that has gone since is not an error yet: the 407 will say what is offered.
        if (Result<QByteArray> token = begin(mechanism)) {
            ++m_legs;
            m_scheme = learned;
            return AuthChallenge::schemeLabel(learned).toLatin1() + ' ' + token.value().toBase64();
        }
    }
    if (learned != Scheme::Negotiate && learned != Scheme::Ntlm && !m_credentials.basic.isEmpty()) {
        ++m_legs;
        m_scheme = Scheme::Basic;
        return m_credentials.basic;
    }
    return {};
}

ProxyAuthenticator::Answer ProxyAuthenticator::send(Scheme scheme, const QByteArray &token)
{
    m_scheme = scheme;
    ++m_legs;
    // The proxy asked for this scheme: the next connections start with it rather than with Basic
    // (which also lets a request with a body go through on the next try, see ProxySession).
    if (m_credentials.memory && (scheme == Scheme::Negotiate || scheme == Scheme::Ntlm))
        m_credentials.memory->remember(scheme);
    return Answer{
        Answer::Kind::Send, AuthChallenge::schemeLabel(scheme).toLatin1() + ' ' + token.toBase64(), {}};
}

ProxyAuthenticator::Answer ProxyAuthenticator::rejected() const
{
    QString reason;
    switch (m_scheme) {
    case Scheme::Negotiate:
        reason = tr("the upstream proxy rejected the Kerberos ticket (Negotiate) of this session's user");
        break;
    case Scheme::Ntlm:
        reason = tr(
            "the upstream proxy rejected the NTLM credentials of “%1”: check the user name (DOMAIN\\user) "
            "and the password in ProxyDeck")
                     .arg(m_credentials.user);
        break;
    default:
        reason = tr("the upstream proxy rejected the credentials of “%1”: check the password in ProxyDeck")
                     .arg(m_credentials.user);
        break;
    }
    return Answer{Answer::Kind::Rejected, {}, reason};
}

ProxyAuthenticator::Answer ProxyAuthenticator::answer(const QList<AuthChallenge> &challenges)
{
    if (m_scheme == Scheme::Other)
        return start(challenges);
    if (m_scheme == Scheme::Basic) {
        // Basic was refused; a proxy that offers a connection-based scheme as well gets a try.
        m_scheme = Scheme::Other;
        Answer next = start(challenges);
        if (next.kind == Answer::Kind::Send && m_scheme != Scheme::Basic)
            return next;
        m_scheme = Scheme::Basic;
        return rejected();
    }
    if (m_legs >= MaxLegs)
        return rejected();
    // A continuation carries a token of the scheme in use; the bare scheme again is a refusal.
    const AuthChallenge *challenge = ProxyAuthenticate::find(challenges, m_scheme);
    if (!challenge || challenge->token.isEmpty() || !m_context || m_context->isComplete())
        return rejected();
    const QByteArray input = QByteArray::fromBase64(challenge->token);
    Result<QByteArray> token = m_context->step(input);
    if (!token) {
        return Answer{Answer::Kind::Rejected, {},
            tr("the %1 exchange with the upstream proxy failed: %2")
                .arg(AuthChallenge::schemeLabel(m_scheme), token.error().message)};
    }
    return send(m_scheme, token.value());
}

ProxyAuthenticator::Answer ProxyAuthenticator::start(const QList<AuthChallenge> &challenges)
{
    QStringList why;
    if (ProxyAuthenticate::find(challenges, Scheme::Negotiate)) {
        Result<QByteArray> token = begin(GssContext::Mechanism::Negotiate);
        if (token)
            return send(Scheme::Negotiate, token.value());
        why.append(tr("Kerberos: %1").arg(token.error().message));
    }
    if (ProxyAuthenticate::find(challenges, Scheme::Ntlm)) {
        if (m_credentials.user.isEmpty()) {
            why.append(tr("NTLM: no user is set for the upstream proxy"));
        } else {
            Result<QByteArray> token = begin(GssContext::Mechanism::Ntlm);
            if (token)
                return send(Scheme::Ntlm, token.value());
            why.append(tr("NTLM: %1").arg(token.error().message));
        }
    }
    if (ProxyAuthenticate::find(challenges, Scheme::Basic)) {
        if (m_credentials.basic.isEmpty()) {
            why.append(tr("Basic: no user is set for the upstream proxy"));
        } else {
            ++m_legs;
            m_scheme = Scheme::Basic;
            return Answer{Answer::Kind::Send, m_credentials.basic, {}};
        }
    }
    const QString offered = ProxyAuthenticate::offered(challenges);
    QString reason = offered.isEmpty()
        ? tr("the upstream proxy asks for credentials without saying which scheme")
        : tr("the upstream proxy asks for %1").arg(offered);
    if (!why.isEmpty())
        reason += QStringLiteral(" (") + why.join(QStringLiteral("; ")) + u')';
    return Answer{Answer::Kind::Unusable, {}, reason};
}

void ProxyAuthenticator::succeeded()
{
    if (m_credentials.memory && m_scheme != Scheme::Other)
        m_credentials.memory->remember(m_scheme);
}
