#pragma once

#include "connection.h"
#include "proxyprofile.h"

#include <QJsonObject>
#include <QList>
#include <QStringList>

// How the console itself behaves: not proxy configuration, so changing it never makes a running
// engine stale. Remote engines are remembered by URL; their tokens live in the keychain.
struct ConsoleSettings
{
    static constexpr int DefaultTrafficCapacity = 10'000;
    static constexpr int MinTrafficCapacity = 100;
    static constexpr int MaxTrafficCapacity = 1'000'000;

    int trafficCapacity = DefaultTrafficCapacity; // finished rows the Traffic page keeps
    QStringList remoteEngines;                    // "ws://host:port", in the order added
    QString language;                             // "de", "fr", "en"; empty follows the system locale
    bool closeToTray = false;                     // closing the window keeps ProxyDeck in the tray

    // The languages the console is translated into, as QLocale names; English is the source.
    static QStringList languages() { return {QStringLiteral("en"), QStringLiteral("de"), QStringLiteral("fr")}; }

    // The keychain entry of a remote engine's token; the name is "host:port".
    static QString remoteTokenKey(const QString &engineName) { return QStringLiteral("status-token/") + engineName; }

    friend bool operator==(const ConsoleSettings &, const ConsoleSettings &) = default;
};

// Everything ProxyDeck keeps on disk, as a plain value. Later features add sections here
// (connections, rules, anchors); unknown top-level keys read from a file are kept in `extra`
// and written back, so an older build does not drop what a newer one added.
struct SettingsData
{
    static constexpr int CurrentVersion = 1;

    QList<ProxyProfile> profiles;
    QString activeProfileId;
    QStringList noProxy; // NO_PROXY entries, as imported or typed
    QList<Connection> connections;
    ConsoleSettings console;
    QJsonObject extra;

    // A first start: one "No proxy" profile, active.
    static SettingsData defaults();

    const ProxyProfile *profileById(const QString &id) const;
    const ProxyProfile *profileByName(const QString &name) const;
    ProxyProfile *profileById(const QString &id);
    const ProxyProfile *activeProfile() const;
    const Connection *connectionById(const QString &id) const;
    const Connection *connectionByName(const QString &name) const;

    friend bool operator==(const SettingsData &, const SettingsData &) = default;
};
