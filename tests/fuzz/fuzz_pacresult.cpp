// libFuzzer target for PacScript::parseResult, the text a PAC script's FindProxyForURL returns
// ("PROXY a:3128; SOCKS5 b:1080; DIRECT"), which the script's author (or an attacker serving the
// script) chooses. Checked for every input:
//  - an error has a message;
//  - the answer is never empty, DIRECT entries have no host, the others a host and a port;
//  - the entries written back as "TYPE host:port" (an IPv6 host in brackets) and joined with "; "
//    parse to the same entries.
// Any difference aborts, which libFuzzer reports as a crash.

#include "pacscript.h"

#include <cstdint>
#include <cstdio>
#include <cstdlib>

namespace {

void check(bool condition, const char *what, const QString &detail = QString())
{
    if (!condition) {
        std::fprintf(stderr, "fuzz_pacresult: %s %s\n", what, qPrintable(detail));
        std::abort();
    }
}

QString write(const PacProxy &proxy)
{
    static const char *const Keywords[] = {"DIRECT", "PROXY", "HTTPS", "SOCKS", "SOCKS4", "SOCKS5"};
    const QString keyword = QString::fromLatin1(Keywords[int(proxy.type)]);
    if (proxy.type == PacProxy::Type::Direct)
        return keyword;
    const QString host = proxy.host.contains(u':') ? u'[' + proxy.host + u']' : proxy.host;
    return keyword + u' ' + host + u':' + QString::number(proxy.port);
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString text = QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size));
    const Result<QList<PacProxy>> parsed = PacScript::parseResult(text);
    if (!parsed.ok()) {
        check(!parsed.error().message.isEmpty(), "error without a message");
        return 0;
    }
    check(!parsed.value().isEmpty(), "an empty answer");
    QStringList written;
    for (const PacProxy &proxy : parsed.value()) {
        if (proxy.type == PacProxy::Type::Direct) {
            check(proxy.host.isEmpty() && proxy.port == 0, "DIRECT with a host");
        } else {
            check(!proxy.host.isEmpty() && proxy.port != 0, "a proxy without host or port:", proxy.toString());
            check(!proxy.host.contains(u' ') && !proxy.host.contains(u';'), "a host with a separator:",
                proxy.host);
        }
        written.append(write(proxy));
    }
    const QString again = written.join(QStringLiteral("; "));
    const Result<QList<PacProxy>> reparsed = PacScript::parseResult(again);
    check(reparsed.ok(), "written entries do not parse:", again);
    check(reparsed.value() == parsed.value(), "written entries read differently:", again);
    return 0;
}
