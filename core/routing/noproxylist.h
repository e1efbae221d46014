#pragma once

#include "result.h"
#include "routetarget.h"

#include <QCoreApplication>
#include <QHostAddress>
#include <QList>
#include <QString>

// One NO_PROXY entry as ProxyDeck reads it. How *other tools* read the same text differs and is
// modelled separately (ToolModel); this is the meaning ProxyDeck's own engine and routes use:
//   *                 everything
//   example.com       example.com and every subdomain (as curl, Go)
//   .example.com      the same (the leading dot is ignored, as curl and Python do)
//   *.example.com     subdomains only (as Go)
//   10.1.2.3, ::1, [::1]          that address (IP targets only; names are not resolved)
//   10.0.0.0/8, fd00::/8          that network (IP targets only)
//   any of the above + ":port"    only that port ("[::1]:8080" for IPv6)
struct NoProxyEntry
{
    enum class Kind { Everything, Domain, Address, Network };
    enum class DomainForm { Plain, LeadingDot, LeadingGlob };

    Kind kind = Kind::Domain;
    QString text;            // as typed, trimmed
    qsizetype position = 0;  // where it starts in the value it was parsed from
    QString domain;          // Domain: lower case, no leading "*." or ".", no trailing "."
    DomainForm form = DomainForm::Plain;
    QHostAddress address;    // Address and Network
    int prefixLength = -1;   // Network
    quint16 port = 0;        // 0: every port

    bool matches(const RouteTarget &target) const;
};

struct NoProxyParse
{
    QList<NoProxyEntry> entries;
    QList<Error> errors;     // one per invalid entry, with its position; valid entries are kept
};

class NoProxyList
{
    Q_DECLARE_TR_FUNCTIONS(NoProxyList)

public:
    // A NO_PROXY value: entries separated by commas and/or white space.
    static NoProxyParse parse(const QString &value);
    // Entries kept one per item (the settings' list); entry and error positions are item indexes.
    static NoProxyParse parse(const QStringList &items);
    static Result<NoProxyEntry> parseEntry(const QString &text, qsizetype position = 0);

    // The first entry that sends the target direct, or nullptr.
    static const NoProxyEntry *match(const QList<NoProxyEntry> &entries, const RouteTarget &target);
};
