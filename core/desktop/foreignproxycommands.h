#pragma once

#include "desktopproxy.h"

#include <QCoreApplication>
#include <QStringList>

// What would give macOS or Windows the same proxy: commands to read and run by hand. ProxyDeck
// shows them and never runs them (they change the whole machine's network settings). Passwords
// are never part of them. Lines starting with "#" are comments for people.
class ForeignProxyCommands {
    Q_DECLARE_TR_FUNCTIONS(ForeignProxyCommands)

public:
    // networksetup(8) for one network service ("Wi-Fi", "Ethernet" … see -listallnetworkservices).
    static QStringList macOs(const DesktopProxy &proxy, const QString &service = QStringLiteral("Wi-Fi"));
    // WinINET (per user: the registry values browsers and most apps read) and WinHTTP (services, netsh).
    static QStringList windows(const DesktopProxy &proxy);

    // NO_PROXY-style hosts as WinINET's ProxyOverride wants them: ';'-separated, "*." globs, and
    // "<local>" for names without a dot.
    static QString proxyOverride(const QStringList &ignoreHosts, QStringList *notes = nullptr);
};
