#include "noproxylist.h"

#include "proxyendpoint.h"
#include "textchars.h"

#include <algorithm>

namespace {

bool isDomainCharacter(QChar c)
{
    // Letters, digits, hyphen; underscore too, since internal DNS names use it and tools accept it.
    return (c >= u'a' && c <= u'z') || (c >= u'0' && c <= u'9') || c == u'-' || c == u'_' || c == u'.';
}

bool domainMatches(const QString &host, const QString &domain, bool apexToo)
{
    if (host == domain)
        return apexToo;
    return host.size() > domain.size() && host.endsWith(domain)
        && host.at(host.size() - domain.size() - 1) == u'.';
}

} // namespace

bool NoProxyEntry::matches(const RouteTarget &target) const
{
    if (port != 0 && port != target.port)
        return false;
    switch (kind) {
    case Kind::Everything:
        return true;
    case Kind::Domain:
        return !target.isIp() && domainMatches(target.host, domain, form != DomainForm::LeadingGlob);
    case Kind::Address:
        return target.isIp() && target.address.isEqual(address, QHostAddress::ConvertV4MappedToIPv4);
    case Kind::Network:
        return target.isIp() && target.address.isInSubnet(address, prefixLength);
    }
    return false;
}

Result<NoProxyEntry> NoProxyList::parseEntry(const QString &input, qsizetype position)
{
    NoProxyEntry entry;
    entry.text = input.trimmed();
    entry.position = position;
    QString text = entry.text.toLower();
    // Offsets count in `text`; lower case can be longer than what was typed ("İ"), never past its end.
    const auto fail = [&](const QString &why, qsizetype offset = 0) {
        QString shown = entry.text; // a control character would garble the message where it is shown
        std::replace_if(shown.begin(), shown.end(), isControlCharacter, QChar::ReplacementCharacter);
        return Error{tr("NO_PROXY entry “%1”: %2").arg(shown, why), QStringLiteral("noProxy"),
                     position + std::min(offset, entry.text.size())};
    };
    if (text.isEmpty())
        return fail(tr("empty"));
    // NO_PROXY separates entries by commas and white space, and so do the tools: an item of the
    // settings' list that holds one ("host:\r5433") would be exported as two entries.
    // A control character (NUL, ESC, DEL) is refused before any address parser reads the text:
    // QHostAddress stops at a NUL and would read a network or an address the text does not spell.
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (isControlCharacter(text.at(i))) {
            const QString code = QStringLiteral("%1").arg(text.at(i).unicode(), 4, 16, QChar(u'0')).toUpper();
            return fail(tr("a control character (U+%1) cannot appear in a host name").arg(code), i);
        }
        if (text.at(i) == u',' || text.at(i).isSpace())
            return fail(tr("“%1” cannot appear in a host name").arg(text.at(i)), i);
    }
    if (text == u"*") {
        entry.kind = NoProxyEntry::Kind::Everything;
        return entry;
    }

    // Split off a port: "[v6]:p", "host:p", "v4:p". A bare IPv6 address has several colons.
    QString host = text;
    qsizetype hostOffset = 0; // where host starts in text
    QString portText;
    if (text.startsWith(u'[')) {
        const qsizetype close = text.indexOf(u']');
        if (close < 0)
            return fail(tr("the “[” has no matching “]”"));
        host = text.mid(1, close - 1);
        hostOffset = 1;
        const QString rest = text.mid(close + 1);
        if (!rest.isEmpty()) {
            if (!rest.startsWith(u':'))
                return fail(tr("unexpected text after “]”"), close + 1);
            portText = rest.mid(1);
        }
    } else if (text.count(u':') == 1) {
        const qsizetype colon = text.indexOf(u':');
        host = text.left(colon);
        portText = text.mid(colon + 1);
    }
    if (host.isEmpty())
        return fail(tr("there is a port but no host"));
    if (!portText.isNull()) {
        bool ok = false;
        const uint port = portText.toUInt(&ok);
        if (!ok || port < 1 || port > 65535)
            return fail(tr("the port must be a number from 1 to 65535"), text.indexOf(u':') + 1);
        entry.port = quint16(port);
    }

    if (host.contains(u'/')) {
        if (host.contains(u'%'))
            return fail(tr("IPv6 zone IDs are not supported"), host.indexOf(u'%') + hostOffset);
        // "fe80::1%x]/33" was read as a network, which the canonical form would not spell back.
        const auto subnet = QHostAddress::parseSubnet(host);
        if (!std::all_of(host.cbegin(), host.cend(), isAddressCharacter) || subnet.first.isNull()
            || subnet.second < 0)
            return fail(tr("not a valid network in CIDR notation (such as 10.0.0.0/8 or fd00::/8)"));
        entry.kind = NoProxyEntry::Kind::Network;
        entry.address = subnet.first;
        entry.prefixLength = subnet.second;
        return entry;
    }
    QHostAddress address;
    if (address.setAddress(host)) {
        if (host.contains(u'%'))
            return fail(tr("IPv6 zone IDs are not supported"));
        entry.kind = NoProxyEntry::Kind::Address;
        entry.address = address;
        return entry;
    }
    if (host.contains(u':'))
        return fail(tr("not a valid IPv6 address"));

    if (host.startsWith(u"*.")) {
        entry.form = NoProxyEntry::DomainForm::LeadingGlob;
        host = host.mid(2);
        hostOffset += 2;
    } else if (host.startsWith(u'.')) {
        entry.form = NoProxyEntry::DomainForm::LeadingDot;
        host = host.mid(1);
        hostOffset += 1;
    }
    if (host.endsWith(u'.'))
        host.chop(1);
    if (host.isEmpty())
        return fail(tr("no domain after the leading “%1”").arg(entry.form == NoProxyEntry::DomainForm::LeadingGlob
                                                                  ? QStringLiteral("*.") : QStringLiteral(".")));
    const qsizetype star = host.indexOf(u'*');
    if (star >= 0) {
        return fail(tr("“*” is understood only alone or as “*.” at the start; no tool reads it elsewhere"),
                    hostOffset + star);
    }
    for (qsizetype i = 0; i < host.size(); ++i) {
        if (!isDomainCharacter(host.at(i)))
            return fail(tr("“%1” cannot appear in a host name").arg(host.at(i)), hostOffset + i);
    }
    // Only one dot is dropped at each end: "..a" or "a.." keeps an empty label, which no host has.
    if (host.contains(QStringLiteral("..")) || host.startsWith(u'.') || host.endsWith(u'.'))
        return fail(tr("two dots in a row"));
    // "10.1.2.3." or ".10.1.2.3" would be a name that no address target ever matches (curl does not
    // match it either), while the same text without the dots is that address. Worded as the proxy
    // host field words it.
    if (address.setAddress(host))
        return fail(ProxyEndpoint::tr("“%1” is neither a valid IPv4 address nor a host name.").arg(entry.text));
    entry.kind = NoProxyEntry::Kind::Domain;
    entry.domain = host;
    return entry;
}

NoProxyParse NoProxyList::parse(const QString &value)
{
    NoProxyParse result;
    qsizetype i = 0;
    const qsizetype n = value.size();
    while (i < n) {
        while (i < n && (value.at(i) == u',' || value.at(i).isSpace()))
            ++i;
        const qsizetype start = i;
        while (i < n && value.at(i) != u',' && !value.at(i).isSpace())
            ++i;
        if (i > start) {
            auto entry = parseEntry(value.mid(start, i - start), start);
            if (entry)
                result.entries.append(entry.value());
            else
                result.errors.append(entry.error());
        }
    }
    return result;
}

NoProxyParse NoProxyList::parse(const QStringList &items)
{
    NoProxyParse result;
    for (qsizetype i = 0; i < items.size(); ++i) {
        auto entry = parseEntry(items.at(i), i);
        if (entry) {
            result.entries.append(entry.value());
        } else {
            Error error = entry.error();
            error.position = i; // an item of the list, not a character
            result.errors.append(error);
        }
    }
    return result;
}

const NoProxyEntry *NoProxyList::match(const QList<NoProxyEntry> &entries, const RouteTarget &target)
{
    for (const NoProxyEntry &entry : entries) {
        if (entry.matches(target))
            return &entry;
    }
    return nullptr;
}
