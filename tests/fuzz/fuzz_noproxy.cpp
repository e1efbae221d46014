// libFuzzer target for NoProxyList, the NO_PROXY parser and matcher ProxyDeck routes by.
// The input is UTF-8 text, parsed as one NO_PROXY value. Checked for every input:
//  - an error has a message and a position inside the value; an entry's position is where its
//    text stands in the value;
//  - the same value split into items (the settings' list) gives the same entries;
//  - each entry's own text, and the canonical form printed here from its fields, parse back to
//    the same entry, and the canonical list decides like the original for every probe target;
//  - each entry matches the targets it names (the domain and a subdomain, the address, the
//    network's first address) on its port and on no other port;
//  - match() answers the first entry that matches, or nullptr when none does.
// Probe targets come from the entries and from words of the input parsed as URLs or host:port.
// Any difference aborts, which libFuzzer reports as a crash.

#include "noproxyadvisor.h"
#include "noproxylist.h"
#include "routetarget.h"
#include "toolmodel.h"

#include <cstdint>
#include <cstdio>
#include <cstdlib>

namespace {

// The detail with what a terminal would not show (NUL, U+FFFF) written as \u{...}.
QString visible(const QString &text)
{
    QString out;
    for (QChar c : text)
        out += c.isPrint() ? QString(c) : QStringLiteral("\\u{%1}").arg(c.unicode(), 0, 16);
    return out;
}

void check(bool condition, const char *what, const QString &detail = QString())
{
    if (!condition) {
        std::fprintf(stderr, "fuzz_noproxy: %s %s\n", what, qPrintable(visible(detail)));
        std::abort();
    }
}

bool isSeparator(QChar c)
{
    return c == u',' || c.isSpace();
}

// Every field that decides a match; position and text are compared on their own.
QString describe(const NoProxyEntry &entry)
{
    return QStringLiteral("kind %1 domain %2 form %3 address %4 prefix %5 port %6")
        .arg(int(entry.kind))
        .arg(entry.domain)
        .arg(int(entry.form))
        .arg(entry.address.toString())
        .arg(entry.prefixLength)
        .arg(entry.port);
}

QString withPort(const QString &host, quint16 port)
{
    return port == 0 ? host : host + u':' + QString::number(port);
}

// The entry written from its fields, the way a careful user would type it.
QString canonical(const NoProxyEntry &entry)
{
    switch (entry.kind) {
    case NoProxyEntry::Kind::Everything:
        return QStringLiteral("*");
    case NoProxyEntry::Kind::Domain: {
        const QString prefix = entry.form == NoProxyEntry::DomainForm::LeadingGlob ? QStringLiteral("*.")
            : entry.form == NoProxyEntry::DomainForm::LeadingDot                  ? QStringLiteral(".")
                                                                                  : QString();
        return withPort(prefix + entry.domain, entry.port);
    }
    case NoProxyEntry::Kind::Address:
    case NoProxyEntry::Kind::Network: {
        QString host = entry.address.toString();
        if (entry.kind == NoProxyEntry::Kind::Network)
            host += u'/' + QString::number(entry.prefixLength);
        if (entry.address.protocol() == QAbstractSocket::IPv6Protocol)
            host = u'[' + host + u']';
        return withPort(host, entry.port);
    }
    }
    return {};
}

RouteTarget nameTarget(const QString &host, quint16 port)
{
    RouteTarget target;
    target.scheme = QStringLiteral("http");
    target.host = host;
    target.port = port;
    target.explicitPort = true;
    return target;
}

RouteTarget addressTarget(const QHostAddress &address, quint16 port)
{
    RouteTarget target = nameTarget(address.toString(), port);
    target.address = address;
    return target;
}

// A port the entry does not name (its own when it names none).
quint16 otherPort(quint16 port)
{
    return port == 0 ? 8080 : (port == 65535 ? 1 : quint16(port + 1));
}

void checkNamedTargets(const NoProxyEntry &entry, QList<RouteTarget> &probes)
{
    const quint16 port = entry.port == 0 ? 443 : entry.port;
    QList<RouteTarget> named;
    switch (entry.kind) {
    case NoProxyEntry::Kind::Everything:
        named.append(nameTarget(QStringLiteral("anything.example"), port));
        break;
    case NoProxyEntry::Kind::Domain:
        check(!entry.domain.isEmpty() && !entry.domain.startsWith(u'.') && !entry.domain.endsWith(u'.')
                  && !entry.domain.contains(QStringLiteral("..")),
              "a domain with an empty label:", entry.text);
        check(entry.domain == entry.domain.toLower(), "a domain not in lower case:", entry.text);
        named.append(nameTarget(u"sub." + entry.domain, port));
        if (entry.form == NoProxyEntry::DomainForm::LeadingGlob)
            check(!entry.matches(nameTarget(entry.domain, port)), "*.domain matches the domain itself:", entry.text);
        else
            named.append(nameTarget(entry.domain, port));
        check(!entry.matches(nameTarget(u"x" + entry.domain, port)), "a domain matches a look-alike:", entry.text);
        break;
    case NoProxyEntry::Kind::Address:
        named.append(addressTarget(entry.address, port));
        check(!entry.matches(nameTarget(entry.address.toString(), port)), "an address matches a name target:",
              entry.text);
        break;
    case NoProxyEntry::Kind::Network:
        check(entry.prefixLength >= 0 && entry.prefixLength <= 128, "a network prefix out of range:", entry.text);
        named.append(addressTarget(entry.address, port));
        break;
    }
    for (const RouteTarget &target : std::as_const(named)) {
        check(entry.matches(target), "an entry does not match what it names:", entry.text + u" vs " + target.host);
        RouteTarget elsewhere = target;
        elsewhere.port = otherPort(entry.port);
        check(entry.matches(elsewhere) == (entry.port == 0), "an entry's port is not respected:", entry.text);
        probes.append(target);
        probes.append(elsewhere);
    }
}

// The entries' decisions for every probe; also checks that match() answers the first match.
QString decisions(const QList<NoProxyEntry> &entries, const QList<RouteTarget> &probes)
{
    QString text;
    for (const RouteTarget &target : probes) {
        const NoProxyEntry *matched = NoProxyList::match(entries, target);
        qsizetype first = -1;
        for (qsizetype i = 0; i < entries.size() && first < 0; ++i) {
            if (entries.at(i).matches(target))
                first = i;
        }
        check(first < 0 ? matched == nullptr : matched == &entries.at(first), "match() is not the first match:",
              target.host);
        text += matched ? u'1' : u'0';
    }
    return text;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString value = QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size));
    const NoProxyParse parsed = NoProxyList::parse(value);

    QStringList items;
    for (const Error &error : parsed.errors) {
        check(!error.message.isEmpty(), "an error without a message");
        check(error.position >= 0 && error.position <= value.size(), "an error position outside the value:",
              QString::number(error.position));
    }
    QList<RouteTarget> probes;
    QStringList canonicalItems;
    for (const NoProxyEntry &entry : parsed.entries) {
        check(!entry.text.isEmpty() && value.mid(entry.position, entry.text.size()) == entry.text,
              "an entry's position does not point at its text:", entry.text);
        items.append(entry.text);

        const auto again = NoProxyList::parseEntry(entry.text);
        check(again.ok() && describe(again.value()) == describe(entry), "an entry's text parses differently:",
              entry.text);
        const QString form = canonical(entry);
        const auto reparsed = NoProxyList::parseEntry(form);
        check(reparsed.ok(), "a canonical entry does not parse:", entry.text + u" → " + form);
        check(describe(reparsed.value()) == describe(entry), "a canonical entry parses differently:",
              entry.text + u" → " + form + u": " + describe(entry) + u" / " + describe(reparsed.value()));
        canonicalItems.append(form);
        checkNamedTargets(entry, probes);
        // The tool models and the advisor read every accepted entry.
        (void)NoProxyAdvisor::warnings(entry);
    }
    (void)ToolModel::javaNonProxyHosts(parsed.entries);

    // The value split the way NoProxyList::parse splits it, as the settings keep it: one item each.
    QStringList words;
    QString word;
    for (QChar c : value) {
        if (isSeparator(c)) {
            if (!word.isEmpty())
                words.append(word);
            word.clear();
        } else {
            word += c;
        }
    }
    if (!word.isEmpty())
        words.append(word);
    const NoProxyParse itemParse = NoProxyList::parse(words);
    check(itemParse.entries.size() == parsed.entries.size() && itemParse.errors.size() == parsed.errors.size(),
          "the value and its items parse to different entries");
    for (qsizetype i = 0; i < itemParse.entries.size(); ++i)
        check(describe(itemParse.entries.at(i)) == describe(parsed.entries.at(i)), "an item parses differently");
    for (const Error &error : itemParse.errors)
        check(error.position >= 0 && error.position < words.size(), "an item error is not an item index");

    // Words of the input as targets: "host", "host:port", URLs.
    for (const QString &candidate : std::as_const(words)) {
        if (probes.size() >= 64)
            break;
        if (auto target = RouteTarget::parse(candidate))
            probes.append(target.value());
    }

    const NoProxyParse canonicalParse = NoProxyList::parse(canonicalItems.join(u','));
    check(canonicalParse.errors.isEmpty() && canonicalParse.entries.size() == parsed.entries.size(),
          "the canonical list does not parse to as many entries:", canonicalItems.join(u','));
    check(decisions(canonicalParse.entries, probes) == decisions(parsed.entries, probes),
          "the canonical list decides differently:", canonicalItems.join(u','));
    return 0;
}
