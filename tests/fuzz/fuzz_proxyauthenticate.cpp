// libFuzzer target for ProxyAuthenticate::parse, the Proxy-Authenticate values an upstream
// proxy sends (or anything in their place). Checked for every input:
//  - an error has a message and a position inside the input;
//  - a parsed challenge has a scheme name that is a token, and its token68 (when there is one)
//    only token68 characters;
//  - the challenges written back as a field value parse to the same challenges.
// Any difference aborts, which libFuzzer reports as a crash.

#include "proxyauthenticate.h"

#include <cstdint>
#include <cstdio>
#include <cstdlib>

namespace {

void check(bool condition, const char *what)
{
    if (!condition) {
        std::fprintf(stderr, "fuzz_proxyauthenticate: %s\n", what);
        std::abort();
    }
}

QByteArray quote(const QByteArray &value)
{
    QByteArray out = "\"";
    for (const char c : value) {
        if (c == '"' || c == '\\')
            out += '\\';
        out += c;
    }
    return out + '"';
}

QByteArray serialize(const QList<AuthChallenge> &challenges)
{
    QByteArrayList parts;
    for (const AuthChallenge &challenge : challenges) {
        QByteArray text = challenge.schemeName;
        if (!challenge.token.isEmpty()) {
            text += ' ' + challenge.token;
        } else if (!challenge.params.isEmpty()) {
            QByteArrayList params;
            for (const auto &[name, value] : challenge.params)
                params.append(name + '=' + quote(value));
            text += ' ' + params.join(", ");
        }
        parts.append(text);
    }
    return parts.join(", ");
}

QByteArray describe(const QList<AuthChallenge> &challenges)
{
    QByteArray text;
    for (const AuthChallenge &challenge : challenges) {
        text += challenge.schemeName.toLower() + '|' + challenge.token + '|';
        for (const auto &[name, value] : challenge.params)
            text += name + '=' + value.toHex() + ';';
        text += '\n';
    }
    return text;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArrayView input(reinterpret_cast<const char *>(data), qsizetype(size));
    const Result<QList<AuthChallenge>> parsed = ProxyAuthenticate::parse(input);
    if (!parsed.ok()) {
        check(!parsed.error().message.isEmpty(), "error without a message");
        check(parsed.error().position >= 0 && parsed.error().position <= input.size(),
            "error position outside the input");
        return 0;
    }
    for (const AuthChallenge &challenge : parsed.value()) {
        check(!challenge.schemeName.isEmpty(), "challenge without a scheme");
        for (const char c : challenge.token) {
            const bool ok = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
                || c == '-' || c == '.' || c == '_' || c == '~' || c == '+' || c == '/' || c == '=';
            check(ok, "token68 with a character outside token68");
        }
    }
    const QByteArray again = serialize(parsed.value());
    const Result<QList<AuthChallenge>> reparsed = ProxyAuthenticate::parse(again);
    if (!reparsed.ok()) {
        std::fprintf(stderr, "serialized: %s\n", again.constData());
        check(false, "serialized challenges do not parse");
    }
    check(describe(reparsed.value()) == describe(parsed.value()), "round trip changed the challenges");
    return 0;
}
