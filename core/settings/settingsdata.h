#pragma once

#include "connection.h"
#include "proxyprofile.h"

#include <QJsonObject>
#include <QList>
#include <QStringList>

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
