#include "wpaddhcp.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSet>

namespace {

constexpr qint64 MaxLeaseBytes = 1024 * 1024;

// Names a DHCP client may give option 252: dhclient uses the name dhclient.conf declared
// (commonly wpad, wpad-url, proxy-auto-discovery, auto-proxy-config) or unknown-252;
// NetworkManager says wpad (or private_252 for an option it does not know by name).
bool isWpadOptionName(const QString &name)
{
    const QString lower = name.toLower();
    return lower.contains(u"wpad") || lower.contains(u"proxy-auto") || lower.contains(u"proxy_auto")
           || lower.contains(u"auto-proxy") || lower.contains(u"auto_proxy")
           || QRegularExpression(QStringLiteral("(^|[^0-9])252$")).match(lower).hasMatch();
}

// A dhclient string value: "…" with \" \\ and \ooo octal escapes.
QByteArray unquote(const QString &value)
{
    QByteArray bytes = value.trimmed().toUtf8();
    if (bytes.size() < 2 || !bytes.startsWith('"') || !bytes.endsWith('"'))
        return bytes;
    bytes = bytes.mid(1, bytes.size() - 2);
    QByteArray out;
    for (qsizetype i = 0; i < bytes.size(); ++i) {
        const char c = bytes.at(i);
        if (c != '\\' || i + 1 >= bytes.size()) {
            out.append(c);
            continue;
        }
        const char next = bytes.at(i + 1);
        if (next >= '0' && next <= '7' && i + 3 < bytes.size()) {
            const QByteArray digits = bytes.mid(i + 1, 3);
            bool ok = false;
            const int code = digits.toInt(&ok, 8);
            if (ok && code < 256) {
                out.append(char(code));
                i += 3;
                continue;
            }
        }
        out.append(next);
        ++i;
    }
    return out;
}

// "68:74:74:70…" (dhclient, nmcli) or "68747470…" (networkd) → bytes; the text itself otherwise.
QByteArray decodeHex(const QByteArray &text)
{
    static const QRegularExpression separated(QStringLiteral("^[0-9A-Fa-f]{1,2}(:[0-9A-Fa-f]{1,2}){3,}$"));
    static const QRegularExpression plain(QStringLiteral("^([0-9A-Fa-f]{2}){4,}$"));
    const QString string = QString::fromLatin1(text);
    if (separated.match(string).hasMatch()) {
        QByteArray out;
        for (const QByteArray &part : text.split(':'))
            out.append(char(part.toInt(nullptr, 16)));
        return out;
    }
    if (plain.match(string).hasMatch())
        return QByteArray::fromHex(text);
    return text;
}

void appendUnique(QStringList &list, const QString &url)
{
    if (!url.isEmpty() && !list.contains(url))
        list.append(url);
}

QList<WpadCandidate> candidatesFrom(const QStringList &urls, const QString &origin, QSet<QString> &seen)
{
    QList<WpadCandidate> candidates;
    for (const QString &url : urls) {
        if (seen.contains(url))
            continue;
        seen.insert(url);
        WpadCandidate candidate;
        candidate.url = QUrl(url);
        candidate.source = WpadCandidate::Source::Dhcp;
        candidate.origin = origin;
        candidates.append(candidate);
    }
    return candidates;
}

} // namespace

QString WpadDhcp::cleanUrl(const QString &text)
{
    QByteArray bytes = decodeHex(unquote(text));
    // Windows DHCP servers count a terminating NUL in option 252; clients show it as \000.
    while (!bytes.isEmpty() && (bytes.endsWith('\0') || bytes.endsWith(' ') || bytes.endsWith('\n')))
        bytes.chop(1);
    const QString string = QString::fromUtf8(bytes).trimmed();
    const QUrl url(string, QUrl::StrictMode);
    if (!url.isValid() || url.host().isEmpty() || (url.scheme() != u"http" && url.scheme() != u"https"))
        return {};
    return url.toString();
}

QStringList WpadDhcp::parseDhclientLeases(const QString &text)
{
    static const QRegularExpression leaseStart(QStringLiteral("^\\s*lease6?\\b"));
    static const QRegularExpression option(QStringLiteral("^\\s*option\\s+([A-Za-z0-9_.-]+)\\s+(.*?)\\s*;\\s*$"));
    QList<QStringList> leases{{}};
    const QStringList lines = text.split(u'\n');
    for (const QString &line : lines) {
        if (leaseStart.match(line).hasMatch()) {
            leases.append(QStringList());
            continue;
        }
        const QRegularExpressionMatch match = option.match(line);
        if (match.hasMatch() && isWpadOptionName(match.captured(1)))
            appendUnique(leases.last(), cleanUrl(match.captured(2)));
    }
    // dhclient appends each new lease: the last one is the current one.
    QStringList urls;
    for (auto lease = leases.crbegin(); lease != leases.crend(); ++lease) {
        for (const QString &url : *lease)
            appendUnique(urls, url);
    }
    return urls;
}

QStringList WpadDhcp::parseNmcli(const QString &text)
{
    static const QRegularExpression line(QStringLiteral("^DHCP4\\.OPTION\\[\\d+\\]:\\s*([^=\\s]+)\\s*=\\s*(.*)$"));
    QStringList urls;
    const QStringList lines = text.split(u'\n');
    for (const QString &raw : lines) {
        const QRegularExpressionMatch match = line.match(raw.trimmed());
        if (!match.hasMatch() || !isWpadOptionName(match.captured(1)))
            continue;
        // Terse mode (-t) escapes the field separator in values: "http\://…".
        QString value = match.captured(2);
        value.replace(QStringLiteral("\\:"), QStringLiteral(":")).replace(QStringLiteral("\\\\"), QStringLiteral("\\"));
        appendUnique(urls, cleanUrl(value));
    }
    return urls;
}

QStringList WpadDhcp::parseNetworkdLease(const QString &text)
{
    QStringList urls;
    const QStringList lines = text.split(u'\n');
    for (const QString &raw : lines) {
        const QString line = raw.trimmed();
        if (line.startsWith(u'#'))
            continue;
        const qsizetype equals = line.indexOf(u'=');
        if (equals <= 0)
            continue;
        const QString key = line.left(equals).trimmed();
        if (key.compare(u"OPTION_252", Qt::CaseInsensitive) == 0 || isWpadOptionName(key))
            appendUnique(urls, cleanUrl(line.mid(equals + 1)));
    }
    return urls;
}

QStringList WpadDhcp::parseLeaseFile(const QString &text)
{
    static const QRegularExpression dhclient(QStringLiteral("(^|\\n)\\s*lease6?\\s*\\{"));
    return dhclient.match(text).hasMatch() ? parseDhclientLeases(text) : parseNetworkdLease(text);
}

QStringList WpadDhcp::systemLeaseFiles()
{
    struct Place
    {
        const char *dir;
        QStringList patterns;
    };
    const Place places[] = {
        {"/var/lib/dhcp", {QStringLiteral("dhclient*.leases"), QStringLiteral("dhclient*.lease")}},
        {"/var/lib/dhclient", {QStringLiteral("*.lease"), QStringLiteral("*.leases")}},
        {"/var/lib/NetworkManager", {QStringLiteral("dhclient-*.lease")}},
        {"/run/systemd/netif/leases", {QStringLiteral("*")}},
    };
    QStringList files;
    for (const Place &place : places) {
        const QDir dir(QString::fromLatin1(place.dir));
        if (!dir.exists())
            continue;
        // Newest first: a lease written last is more likely the network we are on.
        const QFileInfoList entries = dir.entryInfoList(place.patterns, QDir::Files | QDir::Readable, QDir::Time);
        for (const QFileInfo &entry : entries)
            files.append(entry.filePath());
    }
    return files;
}

QList<WpadCandidate> WpadDhcp::fromLeaseFiles(const QStringList &paths)
{
    QList<WpadCandidate> candidates;
    QSet<QString> seen;
    for (const QString &path : paths) {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            continue;
        candidates += candidatesFrom(parseLeaseFile(QString::fromUtf8(file.read(MaxLeaseBytes))), path, seen);
    }
    return candidates;
}

QList<WpadCandidate> WpadDhcp::fromNmcli(const QString &output)
{
    QSet<QString> seen;
    return candidatesFrom(parseNmcli(output), QStringLiteral("nmcli"), seen);
}
