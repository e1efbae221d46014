#pragma once

#include "exporter.h"

#include <QCoreApplication>

// Configurations for servers rather than clients: forwarders that a fleet of agents points at
// (chained to the profile's upstream proxy, which authenticates on the agents' behalf), and
// reverse-proxy snippets for the data-science studio (reference/dss-reverse-proxies.md).
// Every value from the settings is written in the server's own quoting, or refused in a comment.

// HAProxy 2.6 (Debian 12): agents use it as their HTTP proxy on port 3834; it forwards their
// absolute-form requests and CONNECT tunnels to the upstream and adds Proxy-Authorization.
class HaproxyForwarderExporter : public Exporter
{
    Q_DECLARE_TR_FUNCTIONS(HaproxyForwarderExporter)

public:
    QString id() const override { return QStringLiteral("haproxy"); }
    QString name() const override { return tr("HAProxy forwarder for agents (haproxy.cfg)"); }
    QString fileName() const override { return QStringLiteral("haproxy.cfg"); }
    QByteArray render(const ExportInput &input) const override;
};

// Squid 5: a forward proxy on port 3128 for the local networks, with the upstream as its only
// parent (cache_peer … login=) and the NO_PROXY destinations sent direct.
class SquidForwardExporter : public Exporter
{
    Q_DECLARE_TR_FUNCTIONS(SquidForwardExporter)

public:
    QString id() const override { return QStringLiteral("squid"); }
    QString name() const override { return tr("Squid forward proxy (squid.conf)"); }
    QString fileName() const override { return QStringLiteral("squid.conf"); }
    QByteArray render(const ExportInput &input) const override;
};

// Apache 2.4 mod_proxy forward proxy on port 3128 (reference/dss-http-proxies.txt), chained to
// the upstream with ProxyRemote(Match); usable from conf-enabled/ or on its own.
class ApacheForwardExporter : public Exporter
{
    Q_DECLARE_TR_FUNCTIONS(ApacheForwardExporter)

public:
    QString id() const override { return QStringLiteral("apache-forward"); }
    QString name() const override { return tr("Apache forward proxy (conf-available/proxydeck-forward.conf)"); }
    QString fileName() const override { return QStringLiteral("proxydeck-forward.conf"); }
    QByteArray render(const ExportInput &input) const override;
};

// nginx reverse proxy in front of the studio, passing WebSocket upgrades (an http{} include).
class NginxReverseExporter : public Exporter
{
    Q_DECLARE_TR_FUNCTIONS(NginxReverseExporter)

public:
    QString id() const override { return QStringLiteral("nginx"); }
    QString name() const override { return tr("nginx reverse proxy with WebSocket (conf.d/dss.conf)"); }
    QString fileName() const override { return QStringLiteral("dss.conf"); }
    QByteArray render(const ExportInput &input) const override;
};

// Apache 2.4 reverse proxy in front of the studio, passing WebSocket upgrades.
class ApacheReverseExporter : public Exporter
{
    Q_DECLARE_TR_FUNCTIONS(ApacheReverseExporter)

public:
    QString id() const override { return QStringLiteral("apache-reverse"); }
    QString name() const override { return tr("Apache reverse proxy with WebSocket (sites-available/dss.conf)"); }
    QString fileName() const override { return QStringLiteral("dss-apache.conf"); }
    QByteArray render(const ExportInput &input) const override;
};
