#pragma once

#include "proxyendpoint.h"

#include <QString>

#include <optional>

// A named proxy configuration. An empty host means "no proxy": everything goes direct
// (the "Home / no proxy" case). The password is never here: secretRef says whether one is
// stored in the OS keychain, under secretKey().
struct ProxyProfile
{
    QString id;   // stable across renames; the keychain entry is keyed by it
    QString name;
    QString scheme = QStringLiteral("http");
    QString host;
    quint16 port = 0;
    QString username;
    QString secretRef; // "keychain:<service>/<key>" once a password was stored, else empty

    bool usesProxy() const { return !host.isEmpty(); }
    bool hasStoredPassword() const { return !secretRef.isEmpty(); }
    QString secretKey() const { return QStringLiteral("profile/") + id; }
    std::optional<ProxyEndpoint> endpoint() const;
    // scheme://user@host:port — for display and logs: never contains the password.
    QString displayUrl() const;

    static QString newId();

    friend bool operator==(const ProxyProfile &, const ProxyProfile &) = default;
};
