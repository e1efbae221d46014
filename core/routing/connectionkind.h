#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

// What one kind of connection can do with a proxy, from the setups ProxyDeck serves
// (shared/reference: the data-science studio's proxy guide and the analytics platform's
// warehouse notes). The catalogue is one table, ConnectionKind::catalogue().
struct ConnectionKind
{
    Q_DECLARE_TR_FUNCTIONS(ConnectionKind)

public:
    QString id;              // stable: settings and command line
    const char *nameSource;  // for people: translated by name()
    QString defaultScheme;   // used when the endpoint is a bare host:port
    bool viaHttpProxy;       // works through an http:// proxy
    bool viaHttpsProxy;      // works through an https:// proxy (TLS to the proxy)
    bool rawTcp;             // not HTTP at all: never proxied, always direct
    QStringList bypassDomains; // domains that must skip the proxy when it cannot carry them
    QString connectPorts;    // ports the proxy must allow CONNECT to, when more than 443
    QString proxyVariable;   // the variable its clients read, when not HTTP(S)_PROXY
    const char *noteSource;  // what the user should know: translated by note(); may be null

    QString name() const { return tr(nameSource); }
    QString note() const { return noteSource ? tr(noteSource) : QString(); }
    bool unsupported() const { return !rawTcp && !viaHttpProxy && !viaHttpsProxy; }

    static const QList<ConnectionKind> &catalogue();
    static const ConnectionKind *find(const QString &id);
};
