#pragma once

#include "exporter.h"

#include <QCoreApplication>

// Configuration files of tools that do not (only) read the proxy variables. Each writes the
// tool's own syntax, with the NO_PROXY entries it can express.

// git: [http] proxy and sslCAInfo; bypassed hosts get an empty per-URL proxy.
class GitConfigExporter : public Exporter
{
    Q_DECLARE_TR_FUNCTIONS(GitConfigExporter)

public:
    QString id() const override { return QStringLiteral("git"); }
    QString name() const override { return tr("git config (include it from ~/.gitconfig)"); }
    QString fileName() const override { return QStringLiteral("proxydeck.gitconfig"); }
    QByteArray render(const ExportInput &input) const override;
};

// npm: .npmrc proxy, https-proxy, noproxy, cafile (npm expands ${VAR} in .npmrc).
class NpmrcExporter : public Exporter
{
    Q_DECLARE_TR_FUNCTIONS(NpmrcExporter)

public:
    QString id() const override { return QStringLiteral("npm"); }
    QString name() const override { return tr("npm (.npmrc)"); }
    QString fileName() const override { return QStringLiteral(".npmrc"); }
    QByteArray render(const ExportInput &input) const override;
};

// pip: pip.conf [global] proxy and cert. pip has no no-proxy key: it honours NO_PROXY.
class PipConfExporter : public Exporter
{
    Q_DECLARE_TR_FUNCTIONS(PipConfExporter)

public:
    QString id() const override { return QStringLiteral("pip"); }
    QString name() const override { return tr("pip (pip.conf)"); }
    QString fileName() const override { return QStringLiteral("pip.conf"); }
    QByteArray render(const ExportInput &input) const override;
};

// apt: Acquire::http(s)::Proxy, and "DIRECT" for bypassed host names (apt ignores NO_PROXY).
class AptConfExporter : public Exporter
{
    Q_DECLARE_TR_FUNCTIONS(AptConfExporter)

public:
    QString id() const override { return QStringLiteral("apt"); }
    QString name() const override { return tr("apt (/etc/apt/apt.conf.d/95proxydeck)"); }
    QString fileName() const override { return QStringLiteral("95proxydeck"); }
    QByteArray render(const ExportInput &input) const override;
};

// JVM: system properties as a java @argfile (also usable in JAVA_TOOL_OPTIONS).
class JvmOptionsExporter : public Exporter
{
    Q_DECLARE_TR_FUNCTIONS(JvmOptionsExporter)

public:
    QString id() const override { return QStringLiteral("jvm"); }
    QString name() const override { return tr("JVM options (java @file)"); }
    QString fileName() const override { return QStringLiteral("proxydeck-jvm.args"); }
    QByteArray render(const ExportInput &input) const override;
};

// Docker client ~/.docker/config.json "proxies" (injected into containers and builds). Docker
// expands no variables, so without secrets the URL carries the user only. Docker's own warning
// applies: these values are visible to anyone who can inspect a container.
class DockerClientExporter : public Exporter
{
    Q_DECLARE_TR_FUNCTIONS(DockerClientExporter)

public:
    QString id() const override { return QStringLiteral("docker"); }
    QString name() const override { return tr("Docker client (~/.docker/config.json)"); }
    QString fileName() const override { return QStringLiteral("config.json"); }
    QByteArray render(const ExportInput &input) const override;
    QStringList notes(const ExportInput &input) const override;
};

// The Docker daemon's proxy (pulls, pushes): a systemd drop-in for docker.service.
class DockerDaemonExporter : public Exporter
{
    Q_DECLARE_TR_FUNCTIONS(DockerDaemonExporter)

public:
    QString id() const override { return QStringLiteral("docker-daemon"); }
    QString name() const override { return tr("Docker daemon (systemd drop-in)"); }
    QString fileName() const override { return QStringLiteral("http-proxy.conf"); }
    QByteArray render(const ExportInput &input) const override;
    QStringList notes(const ExportInput &input) const override;
};
