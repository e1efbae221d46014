// libFuzzer target for the proxy address parsers: ProxyEndpoint (scheme, host and port fields),
// ProxyUrlParts (a pasted or imported proxy URL) and RouteTarget (a connection's endpoint). The
// input is UTF-8 text: the whole of it is tried as each field and as a URL, and its first three
// lines as the scheme, host and port of one endpoint. Checked for every input:
//  - an error has a message, and a position (when it has one) inside the text;
//  - a parsed host is normalised: parsing it again, bracketed or not, gives it back;
//  - a parsed port or endpoint prints (toUrlString) to a URL that parses back to the same value;
//  - a parsed proxy URL, written back the way the exports write it (ExportInput::proxyUrl, user and
//    password percent-encoded), parses back to the same scheme, host, port, user and password;
//  - a parsed route target prints (toUrlString) to a URL that parses back to the same target.
// Any difference aborts, which libFuzzer reports as a crash.

#include "exportinput.h"
#include "proxyendpoint.h"
#include "routetarget.h"

#include <cstdint>
#include <cstdio>
#include <cstdlib>

namespace {

void check(bool condition, const char *what, const QString &detail = QString())
{
    if (!condition) {
        std::fprintf(stderr, "fuzz_proxyendpoint: %s %s\n", what, qPrintable(detail));
        std::abort();
    }
}

template<typename T>
void checkError(const Result<T> &result, const QString &text)
{
    if (result)
        return;
    check(!result.error().message.isEmpty(), "an error without a message:", text);
    check(result.error().position >= -1 && result.error().position <= text.size(), "an error position outside the text:",
          text + u" @" + QString::number(result.error().position));
}

QString describe(const ProxyUrlParts &parts)
{
    return parts.scheme + u' ' + parts.host + u' ' + QString::number(parts.port) + u" [" + parts.username + u"] ["
        + parts.password + u']';
}

QString describe(const RouteTarget &target)
{
    return target.scheme + u' ' + target.host + u' ' + QString::number(target.port) + u' '
        + target.address.toString();
}

void fuzzHost(const QString &text)
{
    const auto host = ProxyEndpoint::parseHost(text);
    checkError(host, text);
    if (!host)
        return;
    const QString &value = host.value();
    check(!value.isEmpty() && value == value.toLower() && !value.startsWith(u'[') && !value.endsWith(u'.'),
          "a parsed host is not normalised:", text + u" → " + value);
    const auto again = ProxyEndpoint::parseHost(value);
    check(again && again.value() == value, "a parsed host does not parse to itself:", value);
    const auto bracketed = ProxyEndpoint::parseHost(ProxyEndpoint::hostForUrl(value));
    check(bracketed && bracketed.value() == value, "a host as in a URL does not parse back:", value);
}

void fuzzPort(const QString &text)
{
    const auto port = ProxyEndpoint::parsePort(text);
    checkError(port, text);
    if (!port)
        return;
    check(port.value() >= 1, "port 0 accepted:", text);
    const auto again = ProxyEndpoint::parsePort(QString::number(port.value()));
    check(again && again.value() == port.value(), "a printed port does not parse back:", text);
}

void fuzzEndpoint(const QString &scheme, const QString &host, const QString &port)
{
    const auto endpoint = ProxyEndpoint::parse(scheme, host, port);
    if (!endpoint)
        return;
    const ProxyEndpoint &value = endpoint.value();
    const auto again = ProxyEndpoint::parse(value.scheme, value.host, QString::number(value.port));
    check(again && again.value() == value, "an endpoint does not parse from its own fields:", value.toUrlString());

    const auto url = ProxyUrlParts::parse(value.toUrlString());
    check(bool(url), "an endpoint's URL does not parse:", value.toUrlString());
    check(url.value().scheme == value.scheme && url.value().host == value.host && url.value().port == value.port,
          "an endpoint's URL parses to another endpoint:", value.toUrlString() + u" → " + describe(url.value()));
    check(ProxyUrlParts::looksLikeUrl(value.toUrlString()) && ProxyUrlParts::looksLikeUrl(value.authority()),
          "an endpoint's URL does not look like one:", value.toUrlString());
}

void fuzzUrl(const QString &text)
{
    const auto parts = ProxyUrlParts::parse(text);
    checkError(parts, text);
    if (!parts)
        return;
    const ProxyUrlParts &value = parts.value();
    check(value.scheme == u"http" || value.scheme == u"https", "a proxy URL with another scheme:", text);
    const auto host = ProxyEndpoint::parseHost(value.host);
    check(host && host.value() == value.host, "a proxy URL's host is not a normalised host:", text);

    // Written back as every export writes it.
    ExportInput input;
    input.profile.scheme = value.scheme;
    input.profile.host = value.host;
    input.profile.port = value.port;
    input.profile.username = value.username;
    input.includeSecrets = true;
    input.password = value.password;
    const QString written = input.proxyUrl(QString());
    const auto again = ProxyUrlParts::parse(written);
    check(bool(again), "a written proxy URL does not parse:", text + u" → " + written);
    ProxyUrlParts expected = value;
    if (expected.username.isEmpty())
        expected.password.clear(); // no user, no userinfo: the URL has no place for a lone password
    check(describe(again.value()) == describe(expected), "a written proxy URL parses differently:",
          written + u": " + describe(expected) + u" / " + describe(again.value()));
    check(ProxyUrlParts::looksLikeUrl(written), "a written proxy URL does not look like one:", written);
}

void fuzzTarget(const QString &text)
{
    const auto target = RouteTarget::parse(text);
    checkError(target, text);
    if (!target)
        return;
    const RouteTarget &value = target.value();
    check(value.port != 0 && !value.host.isEmpty(), "a target without host or port:", text);
    const auto again = RouteTarget::parse(value.toUrlString());
    check(bool(again), "a target's URL does not parse:", value.toUrlString());
    check(describe(again.value()) == describe(value), "a target's URL parses to another target:",
          value.toUrlString() + u": " + describe(value) + u" / " + describe(again.value()));
    const auto authority = RouteTarget::parse(value.authority(), value.scheme);
    check(authority && describe(authority.value()) == describe(value), "a target's authority parses differently:",
          value.authority());
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString text = QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size));

    checkError(ProxyEndpoint::parseScheme(text), text);
    fuzzHost(text);
    fuzzPort(text);
    fuzzUrl(text);
    fuzzTarget(text);
    (void)ProxyUrlParts::looksLikeUrl(text);

    const QStringList lines = text.split(u'\n');
    if (lines.size() >= 3)
        fuzzEndpoint(lines.at(0), lines.at(1), lines.at(2));
    else
        fuzzEndpoint(QStringLiteral("http"), text, QStringLiteral("3128"));
    return 0;
}
