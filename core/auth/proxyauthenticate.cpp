#include "proxyauthenticate.h"

#include "httphead.h"
#include "httpheaderfields.h"

#include <cstring>
#include <optional>

namespace {

// tchar (RFC 9110 §5.6.2)
bool isTokenChar(char c)
{
    if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9'))
        return true;
    return c != '\0' && std::strchr("!#$%&'*+-.^_`|~", c) != nullptr;
}

// token68 without its trailing "=" (RFC 9110 §11.2)
bool isToken68Char(char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' || c == '.'
        || c == '_' || c == '~' || c == '+' || c == '/';
}

bool isSpace(char c)
{
    return c == ' ' || c == '\t';
}

class Scanner {
public:
    explicit Scanner(QByteArrayView text)
        : m_text(text)
    {
    }

    bool atEnd() const { return m_pos >= m_text.size(); }
    char peek(qsizetype ahead = 0) const
    {
        return m_pos + ahead < m_text.size() ? m_text[m_pos + ahead] : '\0';
    }
    qsizetype pos() const { return m_pos; }
    void setPos(qsizetype pos) { m_pos = pos; }
    void skipSpace()
    {
        while (!atEnd() && isSpace(m_text[m_pos]))
            ++m_pos;
    }
    void skipSpaceAndCommas()
    {
        while (!atEnd() && (isSpace(m_text[m_pos]) || m_text[m_pos] == ','))
            ++m_pos;
    }
    QByteArrayView token()
    {
        const qsizetype start = m_pos;
        while (!atEnd() && isTokenChar(m_text[m_pos]))
            ++m_pos;
        return m_text.sliced(start, m_pos - start);
    }
    // A token68 that makes up the whole list element; the position is unchanged if there is none.
    QByteArrayView token68()
    {
        const qsizetype start = m_pos;
        while (!atEnd() && isToken68Char(m_text[m_pos]))
            ++m_pos;
        if (m_pos == start)
            return {};
        while (!atEnd() && m_text[m_pos] == '=')
            ++m_pos;
        const qsizetype end = m_pos;
        skipSpace();
        if (atEnd() || peek() == ',')
            return m_text.sliced(start, end - start);
        m_pos = start;
        return {};
    }
    // A quoted-string at the position (which holds the opening quote), unescaped; nullopt when it
    // does not end.
    std::optional<QByteArray> quoted()
    {
        QByteArray out;
        ++m_pos;
        while (!atEnd()) {
            const char c = m_text[m_pos++];
            if (c == '"')
                return out;
            if (c == '\\') {
                if (atEnd())
                    return std::nullopt;
                out += m_text[m_pos++];
                continue;
            }
            out += c;
        }
        return std::nullopt;
    }
    // Whether a parameter (token BWS "=") starts at the position.
    bool atParam() const
    {
        qsizetype p = m_pos;
        const qsizetype start = p;
        while (p < m_text.size() && isTokenChar(m_text[p]))
            ++p;
        if (p == start)
            return false;
        while (p < m_text.size() && isSpace(m_text[p]))
            ++p;
        return p < m_text.size() && m_text[p] == '=';
    }

private:
    QByteArrayView m_text;
    qsizetype m_pos = 0;
};

AuthChallenge::Scheme schemeOf(QByteArrayView name)
{
    if (HttpSyntax::equalsIgnoringCase(name, "basic"))
        return AuthChallenge::Scheme::Basic;
    if (HttpSyntax::equalsIgnoringCase(name, "negotiate"))
        return AuthChallenge::Scheme::Negotiate;
    if (HttpSyntax::equalsIgnoringCase(name, "ntlm"))
        return AuthChallenge::Scheme::Ntlm;
    return AuthChallenge::Scheme::Other;
}

} // namespace

QByteArray AuthChallenge::param(QByteArrayView name) const
{
    for (const auto &[key, value] : params) {
        if (key == name)
            return value.isNull() ? QByteArray("") : value;
    }
    return {};
}

QString AuthChallenge::schemeLabel(Scheme scheme)
{
    switch (scheme) {
    case Scheme::Basic:
        return QStringLiteral("Basic");
    case Scheme::Negotiate:
        return QStringLiteral("Negotiate");
    case Scheme::Ntlm:
        return QStringLiteral("NTLM");
    case Scheme::Other:
        break;
    }
    return {};
}

Result<QList<AuthChallenge>> ProxyAuthenticate::parse(QByteArrayView value)
{
    QList<AuthChallenge> challenges;
    Scanner in(value);
    in.skipSpaceAndCommas();
    while (!in.atEnd()) {
        const qsizetype start = in.pos();
        const QByteArrayView scheme = in.token();
        if (scheme.isEmpty())
            return Error{tr("an authentication scheme was expected"), {}, start};
        AuthChallenge challenge;
        challenge.schemeName = scheme.toByteArray();
        challenge.scheme = schemeOf(scheme);
        const bool spaced = isSpace(in.peek());
        in.skipSpace();
        if (in.atEnd() || in.peek() == ',' || !spaced) {
            if (!in.atEnd() && in.peek() != ',')
                return Error{
                    tr("a space was expected after the scheme “%1”").arg(QString::fromLatin1(scheme)), {},
                    in.pos()};
            challenges.append(std::move(challenge));
            in.skipSpaceAndCommas();
            continue;
        }
        if (const QByteArrayView token = in.token68(); !token.isEmpty()) {
            challenge.token = token.toByteArray();
            challenges.append(std::move(challenge));
            in.skipSpaceAndCommas();
            continue;
        }
        // auth-params, up to the next element that is not one: the next challenge.
        while (true) {
            const qsizetype nameAt = in.pos();
            const QByteArrayView name = in.token();
            if (name.isEmpty())
                return Error{tr("a parameter name was expected"), {}, nameAt};
            in.skipSpace();
            if (in.peek() != '=')
                return Error{tr("“=” was expected after the parameter “%1”").arg(QString::fromLatin1(name)),
                    {}, in.pos()};
            in.setPos(in.pos() + 1);
            in.skipSpace();
            QByteArray paramValue;
            if (in.peek() == '"') {
                const qsizetype quoteAt = in.pos();
                std::optional<QByteArray> text = in.quoted();
                if (!text)
                    return Error{tr("the quoted string does not end"), {}, quoteAt};
                paramValue = std::move(*text);
            } else {
                const qsizetype valueAt = in.pos();
                paramValue = in.token().toByteArray();
                if (paramValue.isEmpty())
                    return Error{
                        tr("a value was expected for the parameter “%1”").arg(QString::fromLatin1(name)), {},
                        valueAt};
            }
            challenge.params.append({name.toByteArray().toLower(), std::move(paramValue)});
            in.skipSpace();
            if (in.atEnd())
                break;
            if (in.peek() != ',')
                return Error{tr("“,” was expected between parameters"), {}, in.pos()};
            in.skipSpaceAndCommas();
            if (in.atEnd() || !in.atParam())
                break;
        }
        challenges.append(std::move(challenge));
    }
    return challenges;
}

QList<AuthChallenge> ProxyAuthenticate::parseAll(const QList<QByteArray> &values)
{
    QList<AuthChallenge> challenges;
    for (const QByteArray &value : values) {
        if (auto parsed = parse(value))
            challenges += std::move(parsed).value();
    }
    return challenges;
}

QList<AuthChallenge> ProxyAuthenticate::parseFields(const HttpHeaderFields &fields)
{
    QList<QByteArray> values;
    for (qsizetype i = 0; i < fields.size(); ++i) {
        if (HttpSyntax::equalsIgnoringCase(fields.nameAt(i), "proxy-authenticate"))
            values.append(fields.valueAt(i).toByteArray());
    }
    return parseAll(values);
}

const AuthChallenge *ProxyAuthenticate::find(
    const QList<AuthChallenge> &challenges, AuthChallenge::Scheme scheme)
{
    for (const AuthChallenge &challenge : challenges) {
        if (challenge.scheme == scheme)
            return &challenge;
    }
    return nullptr;
}

QString ProxyAuthenticate::offered(const QList<AuthChallenge> &challenges)
{
    QStringList names;
    for (const AuthChallenge &challenge : challenges) {
        const QString name = challenge.scheme == AuthChallenge::Scheme::Other
            ? QString::fromLatin1(challenge.schemeName)
            : AuthChallenge::schemeLabel(challenge.scheme);
        if (!names.contains(name))
            names.append(name);
    }
    return names.join(QStringLiteral(", "));
}
