#pragma once

#include "exporter.h"

#include <QCoreApplication>

// Monitoring agents (reference/stackstate-agent-proxy.txt). Their guides turn TLS verification off
// when traffic goes through a forwarder (skip_ssl_validation: yes, --sslcheck=0); these exports keep
// it on and point the agent at the CA bundle instead.

// Agent 6+/7 YAML (datadog.yaml, stackstate.yaml): the proxy block with http, https and no_proxy.
class AgentYamlExporter : public Exporter
{
    Q_DECLARE_TR_FUNCTIONS(AgentYamlExporter)

public:
    QString id() const override { return QStringLiteral("agent-yaml"); }
    QString name() const override { return tr("Monitoring agent (YAML proxy block)"); }
    QString fileName() const override { return QStringLiteral("agent-proxy.yaml"); }
    QByteArray render(const ExportInput &input) const override;
    QStringList notes(const ExportInput &input) const override;
};

// Agent 5 INI (stackstate.conf, datadog.conf): proxy_host, proxy_port, proxy_user, proxy_password
// in [Main], read by Python's ConfigParser.
class AgentIniExporter : public Exporter
{
    Q_DECLARE_TR_FUNCTIONS(AgentIniExporter)

public:
    QString id() const override { return QStringLiteral("agent-ini"); }
    QString name() const override { return tr("Monitoring agent (INI proxy_host/proxy_port keys)"); }
    QString fileName() const override { return QStringLiteral("agent-proxy.conf"); }
    QByteArray render(const ExportInput &input) const override;
    QStringList notes(const ExportInput &input) const override;
};
