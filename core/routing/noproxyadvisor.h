#pragma once

#include "noproxylist.h"
#include "toolmodel.h"

#include <QCoreApplication>
#include <QStringList>

// Tells, for one NO_PROXY entry, which tools read it differently from ProxyDeck. It does not
// keep a list of quirks: it asks each tool's model about a few probe hosts (the domain itself,
// a subdomain, a look-alike such as "badexample.com", an address inside and outside a network,
// another port) and reports where a tool decides otherwise.
class NoProxyAdvisor
{
    Q_DECLARE_TR_FUNCTIONS(NoProxyAdvisor)

public:
    struct Difference
    {
        QList<Tool> tools;
        QString probe;        // the host (and port) the tools decide differently for
        bool toolsGoDirect;   // true: they bypass the proxy where ProxyDeck does not
    };

    static QList<Difference> differences(const NoProxyEntry &entry);
    // The differences as sentences, e.g. "“*.corp” does not send a.corp direct in curl, wget, …".
    static QStringList warnings(const NoProxyEntry &entry);
};
