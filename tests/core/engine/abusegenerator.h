#pragma once

#include <QByteArray>
#include <QRandomGenerator>
#include <QString>

#include <array>

// The malformed requests of tst_engineabuse (issue 10): thirteen classes, from random bytes to
// request smuggling shapes, each with the answer the engine documents for it.

enum class Kind {
    Garbage,
    LongRequestLine,
    LargeHeaderSection,
    TooManyFields,
    BadRequestLine,
    BadVersion,
    BadPort,
    ForbiddenPort,
    Injection,
    Smuggling,
    AsteriskForm,
    BareLf,
    UnknownMethod,
    Count
};
constexpr int KindCount = int(Kind::Count);

// Each class and the answer README's table (and the parser it points to) documents for it.
inline constexpr std::array<const char *, KindCount> KindNames = {
    "random bytes, then CRLF CRLF: 400",
    "request line over 8 KiB: 414",
    "header section over 32 KiB: 431",
    "more than 100 header fields: 431",
    "bad method or request line: 400",
    "bad HTTP version: 400 malformed, 505 unsupported",
    "bad port (0, 65536, -1, letters, none): 400",
    "CONNECT to a port not allowed: 403",
    "CR, LF or controls in the target or a field: 400",
    "smuggling shapes (CL+TE, two CL, obs-fold, TE lists …): 400",
    "asterisk-form: 501 for OPTIONS *, else 400",
    "bare LF line ends (accepted, sent on with CRLF): 200",
    "unknown method token (forwarded as a proxy must): 200",
};

struct Abuse
{
    Kind kind = Kind::Garbage;
    QByteArray request;
    int status = 400;
    QString needle;       // in the engine's text answer
    qint64 bodyBytes = 0; // status 200: the origin's /bytes/N or /echo of N bytes
};

// The requests, the same for the same seed: request i is of class i % KindCount, its variant and
// sizes drawn from a seeded generator, so requests must be asked for in order.
class AbuseGenerator
{
public:
    AbuseGenerator(quint32 seed, quint16 originPort);

    Abuse next(qsizetype index);

private:
    int pick(int n) { return int(m_random.bounded(n)); }
    int between(int low, int high) { return low + pick(high - low + 1); }
    QByteArray url(const QByteArray &path) const { return "http://" + m_authority + path; }
    QByteArray host() const { return "Host: " + m_authority + "\r\n"; }
    QByteArray request(const QByteArray &method, const QByteArray &target, const QByteArray &fields = {},
                       const QByteArray &version = "HTTP/1.1") const;
    QByteArray token(int size);
    template<typename T, size_t N>
    const T &oneOf(const std::array<T, N> &choices)
    {
        return choices[size_t(pick(int(N)))];
    }

    void garbage(Abuse &a);
    void longRequestLine(Abuse &a);
    void largeHeaderSection(Abuse &a);
    void tooManyFields(Abuse &a);
    void badRequestLine(Abuse &a);
    void badVersion(Abuse &a);
    void badPort(Abuse &a);
    void forbiddenPort(Abuse &a);
    void injection(Abuse &a);
    void smuggling(Abuse &a);
    void asteriskForm(Abuse &a);
    void bareLf(Abuse &a);
    void unknownMethod(Abuse &a);

    QRandomGenerator m_random;
    QByteArray m_authority;
};
