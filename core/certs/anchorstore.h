#pragma once

#include "certificateinfo.h"
#include "result.h"

#include <QCoreApplication>

// The CA certificates the user trusts on top of the system's: one PEM file per certificate,
// named by its fingerprint, in <config dir>/anchors; and the combined bundle (system roots +
// anchors) in <config dir>/ca-bundle.pem for tools that replace their trust store.
class AnchorStore
{
    Q_DECLARE_TR_FUNCTIONS(AnchorStore)

public:
    explicit AnchorStore(const QString &configDirectory);

    QString directory() const { return m_directory; }
    QString bundlePath() const { return m_bundlePath; }

    QList<CertificateInfo> list() const;
    // false when the same certificate (fingerprint) is already there.
    Result<bool> add(const QSslCertificate &certificate);
    // By fingerprint: the short id, the full SHA-256 (with or without colons), or a unique prefix.
    Result<CertificateInfo> find(const QString &fingerprint) const;
    Result<void> remove(const QString &fingerprint);
    QString fileOf(const CertificateInfo &info) const;

    // Writes system roots + anchors atomically; returns the bundle's path.
    Result<QString> writeBundle() const;
    // The distribution's bundle file, empty when none of the known ones exists.
    static QString systemBundlePath();

    enum class System { Debian, Rhel, MacOs, Windows };
    static std::optional<System> systemFromName(const QString &name);
    // Commands an administrator runs to trust these anchors system-wide (ProxyDeck never runs them).
    QStringList trustCommands(System system) const;

private:
    QString m_directory;
    QString m_bundlePath;
};
