#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QUrl>

#include <optional>

// A DNS domain WPAD may walk up from, and where it was read ("search domain in /etc/resolv.conf").
struct WpadDomain
{
    QString name;   // normalised: lower case, no trailing dot
    QString origin; // for people, translated
    friend bool operator==(const WpadDomain &, const WpadDomain &) = default;
};

// One URL WPAD discovery will try, and why.
struct WpadCandidate
{
    enum class Source { Dhcp, Dns };
    QUrl url;
    Source source = Source::Dns;
    // DHCP: the lease file or "nmcli"; DNS: the domain walked from and where it was read.
    QString origin;
    QString domain; // DNS: the domain whose walk gave this URL ("branch.corp.example.com")

    QString sourceWord() const { return source == Source::Dhcp ? QStringLiteral("dhcp") : QStringLiteral("dns"); }
    // "DHCP option 252 from /var/lib/dhcp/dhclient.leases", "DNS wpad.corp.example.com, from …"
    QString describe() const;
    friend bool operator==(const WpadCandidate &, const WpadCandidate &) = default;
};

// The DNS half of WPAD: which http://wpad.<domain>/wpad.dat URLs to try, from this machine's DNS
// domains, walking up one label at a time ("devolution").
//
// The walk stops before it leaves the organisation. wpad.<suffix> for a public suffix belongs to
// whoever registers it, and answering there redirects every browser that walks that far to an
// attacker's proxy: that was the historic WPAD attack (wpad.co.uk, then wpad.com, wpad.org and
// the new gTLDs, see US-CERT VU#598349 / TA16-144A). So, as Windows devolution does, a candidate
// domain keeps at least two labels (corp.example.com → wpad.corp.example.com, wpad.example.com,
// never wpad.com), and it is never a known public suffix with a registrable name under it (a
// built-in list of common multi-label suffixes such as co.uk, com.au, github.io: a.b.co.uk →
// wpad.a.b.co.uk, wpad.b.co.uk, never wpad.co.uk). A domain that is itself a public suffix or a
// single label gives no candidate at all.
class WpadCandidates
{
    Q_DECLARE_TR_FUNCTIONS(WpadCandidates)

public:
    // Lower case, trailing dots removed; empty when not a DNS name (empty labels, spaces, an IP
    // address, characters a host name cannot have).
    static QString normalize(const QString &domain);
    // True for a known public suffix (co.uk, com.au, github.io …) and for any single label (a TLD).
    static bool isPublicSuffix(const QString &domain);
    // The host names to ask for one domain, most specific first: "wpad.corp.example.com", …
    static QStringList walk(const QString &domain);
    // The host's domain from its fully qualified name (ws1.corp.example.com → corp.example.com);
    // nothing when the name has no dot.
    static std::optional<WpadDomain> fromHostName(const QString &hostName);
    // The search list of a resolv.conf text as the resolver reads it (resolv.conf(5): "domain"
    // and "search" are exclusive and the last of them wins; "search ." means none).
    static QList<WpadDomain> parseResolvConf(const QString &text,
                                             const QString &path = QStringLiteral("/etc/resolv.conf"));
    // Every domain's walk, in order, without repeating a URL (the first origin is kept).
    static QList<WpadCandidate> fromDomains(const QList<WpadDomain> &domains);

    // This machine's domains: its host name's domain, then the resolv.conf search list (read
    // from resolvConfPath, a small file), then QHostInfo::localDomainName(); duplicates removed.
    static QList<WpadDomain> systemDomains(const QString &resolvConfPath = QStringLiteral("/etc/resolv.conf"));
};
