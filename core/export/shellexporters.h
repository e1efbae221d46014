#pragma once

#include "exporter.h"

#include <QCoreApplication>

// .env files (Docker Compose, python-dotenv, systemd EnvironmentFile= read them alike for these
// values): KEY="value" with \ " $ ` escaped, so only ${PROXY_PASSWORD} is expanded.
class DotEnvExporter : public Exporter
{
    Q_DECLARE_TR_FUNCTIONS(DotEnvExporter)

public:
    QString id() const override { return QStringLiteral("env"); }
    QString name() const override { return tr(".env file"); }
    QString fileName() const override { return QStringLiteral("proxy.env"); }
    QByteArray render(const ExportInput &input) const override;
};

// POSIX sh, bash and zsh: an idempotent block between "# >>> proxydeck >>>" and
// "# <<< proxydeck <<<" for ~/.profile or /etc/profile.d.
class PosixShellExporter : public Exporter
{
    Q_DECLARE_TR_FUNCTIONS(PosixShellExporter)

public:
    QString id() const override { return QStringLiteral("sh"); }
    QString name() const override { return tr("Shell profile (sh, bash, zsh)"); }
    QString fileName() const override { return QStringLiteral("proxydeck.sh"); }
    QByteArray render(const ExportInput &input) const override;

    static const QByteArray BlockBegin;
    static const QByteArray BlockEnd;
    // `file` with the ProxyDeck block replaced (or appended), every other byte kept.
    static QByteArray installInto(const QByteArray &file, const QByteArray &block);
};

// fish: set -gx, with fish's own quoting.
class FishExporter : public Exporter
{
    Q_DECLARE_TR_FUNCTIONS(FishExporter)

public:
    QString id() const override { return QStringLiteral("fish"); }
    QString name() const override { return tr("fish shell"); }
    QString fileName() const override { return QStringLiteral("proxydeck.fish"); }
    QByteArray render(const ExportInput &input) const override;
};
