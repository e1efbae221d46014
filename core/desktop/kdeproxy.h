#pragma once

#include "desktopbackend.h"

// KDE's proxy settings: the [Proxy Settings] group of kioslaverc ($XDG_CONFIG_HOME/kioslaverc),
// read and rewritten in place (KConfigText), so every other group and line stays as it was.
// ProxyType: 0 none, 1 manual, 2 PAC ("Proxy Config Script"), 3 WPAD, 4 environment variables.
// KDE keeps no proxy user or password here; it asks when the proxy does.
class KdeProxy : public DesktopBackend {
    Q_DECLARE_TR_FUNCTIONS(KdeProxy)

public:
    explicit KdeProxy(QString backupPath, QString filePath = defaultPath());

    static QString defaultPath();
    static QString group() { return QStringLiteral("Proxy Settings"); }
    static QStringList managedKeys();
    QString filePath() const { return m_filePath; }

    DesktopKind kind() const override { return DesktopKind::Kde; }
    Result<DesktopSnapshot> read() const override;
    QMap<QString, QString> keysFor(const DesktopProxy &wanted) const override;
    Result<void> apply(const QList<DesktopChange> &changes) override;
    Result<QList<DesktopChange>> restore() override;

    // "http://host port", "http://host:port", "host:port", "[::1] 3128"; an empty server for "".
    static Result<DesktopProxyServer> parseServer(const QString &value);
    static QString formatServer(const QString &scheme, const DesktopProxyServer &server);
    // The proxy described by the [Proxy Settings] keys; notes say what did not fit.
    static DesktopSnapshot snapshotFrom(const QMap<QString, QString> &keys);

private:
    // The file's text ("" when it does not exist) and whether it exists.
    Result<QString> readFile(bool *exists) const;
    Result<void> writeFile(const QString &text) const;

    QString m_filePath;
};
