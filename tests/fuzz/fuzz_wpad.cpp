// libFuzzer target for the WPAD inputs read from this machine: DHCP leases (dhclient,
// systemd-networkd), nmcli output and resolv.conf. Checked for every input:
//  - every URL a lease parser returns is a clean http(s) URL with a host, cleanUrl() keeps it as
//    it is, and no URL is returned twice;
//  - every resolv.conf domain is normalised (normalize() keeps it as it is);
//  - every DNS candidate is http://wpad.<domain>/wpad.dat for a domain of at least two labels that
//    is not a known public suffix (never wpad.com, wpad.co.uk), inside the domain it was walked
//    from, and no URL is offered twice.
// Any difference aborts, which libFuzzer reports as a crash.

#include "wpadcandidates.h"
#include "wpaddhcp.h"

#include <QSet>

#include <cstdint>
#include <cstdio>
#include <cstdlib>

namespace {

void check(bool condition, const char *what, const QString &detail = QString())
{
    if (!condition) {
        std::fprintf(stderr, "fuzz_wpad: %s %s\n", what, qPrintable(detail));
        std::abort();
    }
}

void checkUrls(const QStringList &urls)
{
    QSet<QString> seen;
    for (const QString &url : urls) {
        check(!seen.contains(url), "a URL returned twice:", url);
        seen.insert(url);
        const QUrl parsed(url, QUrl::StrictMode);
        check(parsed.isValid() && !parsed.host().isEmpty(), "a URL without a host:", url);
        check(parsed.scheme() == u"http" || parsed.scheme() == u"https", "a URL that is not http(s):", url);
        check(WpadDhcp::cleanUrl(url) == url, "cleanUrl changes a clean URL:", url);
    }
}

void checkCandidates(const QList<WpadDomain> &domains)
{
    for (const WpadDomain &domain : domains)
        check(WpadCandidates::normalize(domain.name) == domain.name, "a domain not normalised:", domain.name);
    const QList<WpadCandidate> candidates = WpadCandidates::fromDomains(domains);
    QSet<QString> seen;
    for (const WpadCandidate &candidate : candidates) {
        // FullyEncoded: the ACE form DNS is asked for, not the Unicode form QUrl shows by default.
        const QString url = candidate.url.toString(QUrl::FullyEncoded);
        check(!seen.contains(url), "a candidate offered twice:", url);
        seen.insert(url);
        check(candidate.source == WpadCandidate::Source::Dns, "a DNS candidate with another source");
        check(candidate.url.scheme() == u"http" && candidate.url.path() == u"/wpad.dat"
                && candidate.url.port() == -1 && candidate.url.query().isEmpty()
                && candidate.url.userInfo().isEmpty() && !candidate.url.hasFragment(),
            "a candidate that is not http://wpad.<domain>/wpad.dat:", url);
        const QString host = candidate.url.host(QUrl::FullyEncoded);
        check(url == QStringLiteral("http://%1/wpad.dat").arg(host), "a candidate URL that reads oddly:", url);
        check(host.startsWith(QStringLiteral("wpad.")), "a candidate host without wpad.:", url);
        const QString suffix = host.mid(5);
        check(suffix.count(u'.') >= 1, "a candidate for a single label (wpad.<tld>):", url);
        check(!WpadCandidates::isPublicSuffix(suffix), "a candidate for a public suffix:", url);
        check(WpadCandidates::normalize(suffix) == suffix, "a candidate domain not normalised:", url);
        check(candidate.domain == suffix || candidate.domain.endsWith(u'.' + suffix),
            "a candidate outside the domain it was walked from:", url + u' ' + candidate.domain);
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString text = QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size));
    checkUrls(WpadDhcp::parseDhclientLeases(text));
    checkUrls(WpadDhcp::parseNmcli(text));
    checkUrls(WpadDhcp::parseNetworkdLease(text));
    checkUrls(WpadDhcp::parseLeaseFile(text));
    const QString url = WpadDhcp::cleanUrl(text);
    if (!url.isEmpty())
        checkUrls({url});

    checkCandidates(WpadCandidates::parseResolvConf(text));
    // The input as one domain, as a host name's domain would be.
    const QString name = WpadCandidates::normalize(text);
    if (!name.isEmpty()) {
        check(WpadCandidates::normalize(name) == name, "normalize is not stable:", name);
        checkCandidates({WpadDomain{name, QStringLiteral("fuzz")}});
    }
    for (const QString &host : WpadCandidates::walk(text))
        check(host.startsWith(QStringLiteral("wpad.")) && host.mid(5).contains(u'.'),
            "a walk host for a single label:", host);
    return 0;
}
