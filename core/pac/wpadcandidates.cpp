#include "wpadcandidates.h"

#include "aceform.h"

#include <QFile>
#include <QHostAddress>
#include <QHostInfo>
#include <QRegularExpression>
#include <QSet>
#include <QSysInfo>

namespace {

constexpr qint64 MaxResolvConfBytes = 64 * 1024;

// Multi-label public suffixes common enough to meet in a search list, from the Public Suffix
// List (https://publicsuffix.org/list/). Not the whole list: single labels are all treated as
// TLDs anyway, and the two-label minimum already protects every suffix of the form <tld>;
// these are the second-level registries (and a few hosting platforms whose subdomains belong to
// different customers) where wpad.<suffix> would be someone else's host.
const char *const MultiLabelSuffixes[] = {
    // United Kingdom, Australia, New Zealand, Ireland
    "co.uk", "org.uk", "me.uk", "ltd.uk", "plc.uk", "net.uk", "sch.uk", "ac.uk", "gov.uk", "nhs.uk", "police.uk",
    "com.au", "net.au", "org.au", "edu.au", "gov.au", "asn.au", "id.au",
    "co.nz", "net.nz", "org.nz", "ac.nz", "govt.nz", "school.nz", "geek.nz", "gen.nz", "kiwi.nz",
    "gov.ie",
    // Asia
    "co.jp", "ne.jp", "or.jp", "ac.jp", "go.jp", "ad.jp", "ed.jp", "gr.jp", "lg.jp",
    "co.kr", "or.kr", "ne.kr", "ac.kr", "go.kr", "re.kr",
    "com.cn", "net.cn", "org.cn", "gov.cn", "edu.cn", "ac.cn",
    "com.hk", "net.hk", "org.hk", "edu.hk", "gov.hk",
    "com.tw", "net.tw", "org.tw", "edu.tw", "gov.tw",
    "com.sg", "net.sg", "org.sg", "edu.sg", "gov.sg",
    "com.my", "net.my", "org.my", "edu.my", "gov.my",
    "co.in", "net.in", "org.in", "firm.in", "gen.in", "ind.in", "ac.in", "edu.in", "gov.in",
    "co.id", "or.id", "ac.id", "go.id", "web.id", "my.id",
    "co.th", "in.th", "ac.th", "go.th", "or.th",
    "com.ph", "net.ph", "org.ph", "com.vn", "net.vn", "com.pk", "com.bd", "com.sa", "com.qa",
    "co.il", "org.il", "ac.il", "gov.il", "net.il",
    "com.tr", "net.tr", "org.tr", "gen.tr", "gov.tr", "edu.tr",
    // Americas
    "com.br", "net.br", "org.br", "gov.br", "edu.br", "art.br",
    "com.mx", "net.mx", "org.mx", "gob.mx", "edu.mx",
    "com.ar", "net.ar", "org.ar", "gob.ar", "com.co", "net.co", "com.pe", "com.ve", "com.uy", "com.ec",
    "co.ca", "qc.ca", "on.ca", "bc.ca", "ab.ca",
    // Africa, Europe
    "co.za", "org.za", "net.za", "gov.za", "ac.za", "web.za",
    "co.ke", "or.ke", "com.ng", "com.eg",
    "com.ua", "org.ua", "net.ua", "com.pl", "net.pl", "org.pl", "com.ru", "com.es", "com.pt", "co.at",
    "or.at", "com.gr", "com.cy", "co.hu", "co.it",
    // Private registries and platforms where every subdomain is a different customer
    "uk.com", "us.com", "eu.com", "de.com", "cn.com", "jpn.com", "uk.net", "gb.net", "co.com", "eu.org",
    "github.io", "gitlab.io", "herokuapp.com", "appspot.com", "blogspot.com", "azurewebsites.net",
    "cloudapp.net", "cloudfront.net", "netlify.app", "vercel.app", "pages.dev", "workers.dev",
    "firebaseapp.com", "web.app", "s3.amazonaws.com", "elasticbeanstalk.com", "duckdns.org", "ddns.net",
    "no-ip.org", "dyndns.org", "ngrok.io", "readthedocs.io",
};

bool isLabel(const QString &label)
{
    static const QRegularExpression pattern(QStringLiteral("^[a-z0-9_](?:[a-z0-9_-]{0,61}[a-z0-9_])?$"));
    return pattern.match(label).hasMatch();
}

} // namespace

QString WpadCandidate::describe() const
{
    if (source == Source::Dhcp)
        return WpadCandidates::tr("DHCP option 252 from %1").arg(origin);
    return WpadCandidates::tr("DNS %1 from %2").arg(url.host(), origin);
}

QString WpadCandidates::normalize(const QString &domain)
{
    QString name = domain.trimmed();
    while (name.endsWith(u'.'))
        name.chop(1);
    if (name.isEmpty() || !QHostAddress(name).isNull())
        return {};
    // An internationalised domain is looked up in its ASCII (punycode) form.
    name = QString::fromLatin1(QUrl::toAce(name)).toLower();
    if (name.isEmpty() || name.size() > 253)
        return {};
    const QStringList labels = name.split(u'.');
    for (const QString &label : labels) {
        if (!isLabel(label))
            return {};
    }
    // The candidate URL would ask DNS for a name outside the domain: no IDN and no WPAD domain.
    if (name.contains(QStringLiteral("xn--")) && aceRoundTrip(name) != name)
        return {};
    return name;
}

bool WpadCandidates::isPublicSuffix(const QString &domain)
{
    static const QSet<QString> suffixes = [] {
        QSet<QString> set;
        for (const char *suffix : MultiLabelSuffixes)
            set.insert(QString::fromLatin1(suffix));
        return set;
    }();
    const QString name = normalize(domain);
    return !name.contains(u'.') || suffixes.contains(name);
}

QStringList WpadCandidates::walk(const QString &domain)
{
    const QString name = normalize(domain);
    if (name.isEmpty())
        return {};
    const QStringList labels = name.split(u'.');
    QStringList hosts;
    // Two labels at least, and never a public suffix: see the header for the attack this avoids.
    for (qsizetype first = 0; labels.size() - first >= 2; ++first) {
        const QString suffix = labels.sliced(first).join(u'.');
        if (isPublicSuffix(suffix))
            break;
        hosts.append(QStringLiteral("wpad.") + suffix);
    }
    return hosts;
}

std::optional<WpadDomain> WpadCandidates::fromHostName(const QString &hostName)
{
    const QString name = normalize(hostName);
    const qsizetype dot = name.indexOf(u'.');
    if (dot < 0)
        return std::nullopt;
    return WpadDomain{name.mid(dot + 1), tr("domain of host name %1").arg(name)};
}

QList<WpadDomain> WpadCandidates::parseResolvConf(const QString &text, const QString &path)
{
    QList<WpadDomain> domains;
    const QStringList lines = text.split(u'\n');
    for (const QString &raw : lines) {
        QString line = raw;
        if (const qsizetype comment = line.indexOf(QRegularExpression(QStringLiteral("[#;]"))); comment >= 0)
            line.truncate(comment);
        const QStringList words = line.simplified().split(u' ', Qt::SkipEmptyParts);
        if (words.isEmpty())
            continue;
        const QString keyword = words.constFirst();
        if (keyword != u"search" && keyword != u"domain")
            continue;
        domains.clear(); // the last "search" or "domain" line is the one the resolver uses
        const QString origin = keyword == u"search" ? tr("search domain in %1").arg(path)
                                                    : tr("domain in %1").arg(path);
        for (const QString &word : words.sliced(1)) {
            const QString name = normalize(word);
            if (!name.isEmpty())
                domains.append(WpadDomain{name, origin});
            if (keyword == u"domain")
                break; // "domain" takes one name
        }
    }
    return domains;
}

QList<WpadCandidate> WpadCandidates::fromDomains(const QList<WpadDomain> &domains)
{
    QList<WpadCandidate> candidates;
    QSet<QString> seen;
    for (const WpadDomain &domain : domains) {
        for (const QString &host : walk(domain.name)) {
            if (seen.contains(host))
                continue;
            seen.insert(host);
            WpadCandidate candidate;
            candidate.url = QUrl(QStringLiteral("http://%1/wpad.dat").arg(host));
            candidate.source = WpadCandidate::Source::Dns;
            candidate.domain = domain.name;
            candidate.origin = tr("%1 (%2)").arg(domain.name, domain.origin);
            candidates.append(candidate);
        }
    }
    return candidates;
}

QList<WpadDomain> WpadCandidates::systemDomains(const QString &resolvConfPath)
{
    QList<WpadDomain> domains;
    const auto add = [&domains](const WpadDomain &domain) {
        if (domain.name.isEmpty())
            return;
        for (const WpadDomain &known : std::as_const(domains)) {
            if (known.name == domain.name)
                return;
        }
        domains.append(domain);
    };
    if (const auto own = fromHostName(QSysInfo::machineHostName()))
        add(*own);
    QFile file(resolvConfPath);
    if (file.open(QIODevice::ReadOnly)) {
        const QString text = QString::fromUtf8(file.read(MaxResolvConfBytes));
        for (const WpadDomain &domain : parseResolvConf(text, resolvConfPath))
            add(domain);
    }
    add(WpadDomain{normalize(QHostInfo::localDomainName()), tr("the resolver's local domain name")});
    return domains;
}
