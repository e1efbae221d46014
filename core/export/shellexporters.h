#pragma once

#include "exporter.h"

#include <QCoreApplication>

// Formats that set environment variables (Exporter::environment()), each as one marked block
// ("# >>> proxydeck >>>" … "# <<< proxydeck <<<") that `--install` places in an existing file.
class EnvironmentExporter : public Exporter
{
    Q_DECLARE_TR_FUNCTIONS(EnvironmentExporter)

public:
    QStringList notes(const ExportInput &input) const override;
    bool installable() const override { return true; }
};

// .env files (Docker Compose, python-dotenv, systemd EnvironmentFile= read them alike for these
// values): KEY="value" with \ " $ ` escaped, so only ${PROXY_PASSWORD} is expanded.
class DotEnvExporter : public EnvironmentExporter
{
    Q_DECLARE_TR_FUNCTIONS(DotEnvExporter)

public:
    QString id() const override { return QStringLiteral("env"); }
    QString name() const override { return tr(".env file"); }
    QString fileName() const override { return QStringLiteral("proxy.env"); }
    QByteArray render(const ExportInput &input) const override;
};

// POSIX sh, bash and zsh, for ~/.profile or /etc/profile.d.
class PosixShellExporter : public EnvironmentExporter
{
    Q_DECLARE_TR_FUNCTIONS(PosixShellExporter)

public:
    QString id() const override { return QStringLiteral("sh"); }
    QString name() const override { return tr("Shell profile (sh, bash, zsh)"); }
    QString fileName() const override { return QStringLiteral("proxydeck.sh"); }
    QByteArray render(const ExportInput &input) const override;
};

// fish: set -gx, with fish's own quoting.
class FishExporter : public EnvironmentExporter
{
    Q_DECLARE_TR_FUNCTIONS(FishExporter)

public:
    QString id() const override { return QStringLiteral("fish"); }
    QString name() const override { return tr("fish shell"); }
    QString fileName() const override { return QStringLiteral("proxydeck.fish"); }
    QByteArray render(const ExportInput &input) const override;
};

// PowerShell ($PROFILE or a script): $env: assignments with literal single-quoted values.
class PowerShellExporter : public EnvironmentExporter
{
    Q_DECLARE_TR_FUNCTIONS(PowerShellExporter)

public:
    QString id() const override { return QStringLiteral("powershell"); }
    QString name() const override { return tr("PowerShell"); }
    QString fileName() const override { return QStringLiteral("proxydeck.ps1"); }
    QByteArray render(const ExportInput &input) const override;
};

// systemd environment.d (~/.config/environment.d/*.conf): the user manager's environment.
class EnvironmentDExporter : public EnvironmentExporter
{
    Q_DECLARE_TR_FUNCTIONS(EnvironmentDExporter)

public:
    QString id() const override { return QStringLiteral("systemd-env"); }
    QString name() const override { return tr("systemd environment.d"); }
    QString fileName() const override { return QStringLiteral("50-proxydeck.conf"); }
    QByteArray render(const ExportInput &input) const override;
};
