#pragma once

#include "proxyprofile.h"
#include "result.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

#include <optional>

// One proxy server in the desktop's settings; an empty host means "not set".
struct DesktopProxyServer {
    QString host;
    quint16 port = 0;

    bool isSet() const { return !host.isEmpty(); }
    QString authority() const; // host:port, IPv6 bracketed; empty when not set

    friend bool operator==(const DesktopProxyServer &, const DesktopProxyServer &) = default;
};

// The desktop's own proxy settings (GNOME, KDE, macOS, Windows all have this shape), as a plain
// value. Never holds a password: only the user name is read or written.
struct DesktopProxy {
    Q_DECLARE_TR_FUNCTIONS(DesktopProxy)

public:
    enum class Mode { None, Manual, Auto };

    Mode mode = Mode::None;
    DesktopProxyServer http;
    DesktopProxyServer https;
    DesktopProxyServer socks;
    QString pacUrl; // Auto: the PAC file's URL; empty means "find it with WPAD"
    QStringList ignoreHosts; // GNOME ignore-hosts syntax (KDE's NoProxyFor is read into it)
    bool useSameProxy = true; // the http server for every protocol
    QString user;

    static QString modeName(Mode mode); // none | manual | auto (stable, for --json and GNOME)
    static std::optional<Mode> modeFromName(const QString &name);

    // What ProxyDeck would give the desktop for a profile and its NO_PROXY list. Things the desktop
    // cannot express are said in *notes.
    static DesktopProxy fromProfile(
        const ProxyProfile &profile, const QStringList &noProxy, QStringList *notes = nullptr);
    // The profile with this desktop proxy's host, port and user (http: desktops talk plain HTTP to
    // their proxy); keeps id, name and secretRef. None and Auto give a direct profile (the PAC URL
    // stays in pacUrl). Fails when there is no HTTP proxy to take (SOCKS only, or a bad host).
    Result<ProxyProfile> appliedTo(ProxyProfile profile, QStringList *notes = nullptr) const;
    // ignoreHosts as NO_PROXY entries; entries ProxyDeck cannot read are left out and noted.
    QStringList noProxy(QStringList *notes = nullptr) const;
    static QStringList ignoreHostsFor(const QStringList &noProxy, QStringList *notes = nullptr);

    QJsonObject toJson() const;

    friend bool operator==(const DesktopProxy &, const DesktopProxy &) = default;
};

// What a desktop has now: the proxy it describes, every key it was read from, and notes about
// things that did not fit (a KDE "use environment variables" type, an unreadable ignore entry …).
struct DesktopSnapshot {
    DesktopProxy proxy;
    QMap<QString, QString> keys;
    QStringList notes;
};
