#pragma once

#include "proxyendpoint.h"
#include "result.h"

#include <QString>
#include <QUrl>

#include <optional>

// A named proxy configuration, of one of three kinds: a fixed proxy (host and port), automatic
// (a PAC script at pacUrl decides per URL), or neither: everything goes direct (the "Home / no
// proxy" case). The password is never here: secretRef says whether one is stored in the OS
// keychain, under secretKey(); an automatic profile's user and password serve whichever proxy
// the PAC names.
struct ProxyProfile
{
    Q_DECLARE_TR_FUNCTIONS(ProxyProfile)

public:
    QString id;   // stable across renames; the keychain entry is keyed by it
    QString name;
    QString scheme = QStringLiteral("http");
    QString host;
    quint16 port = 0;
    QString username;
    QString secretRef; // "keychain:<service>/<key>" once a password was stored, else empty
    QString pacUrl;    // automatic: http(s):// or file:// URL of the PAC script, else empty

    // A fixed proxy: host and port.
    bool usesProxy() const { return !host.isEmpty(); }
    // A PAC script decides (never together with a host).
    bool isAutomatic() const { return !pacUrl.isEmpty(); }
    bool hasStoredPassword() const { return !secretRef.isEmpty(); }
    // Whoever connects for this profile (engine, diagnostics) reads the password from the keychain.
    bool needsStoredPassword() const { return (usesProxy() || isAutomatic()) && !username.isEmpty() && hasStoredPassword(); }
    QString secretKey() const { return QStringLiteral("profile/") + id; }
    std::optional<ProxyEndpoint> endpoint() const;
    // scheme://user@host:port — for display and logs: never contains the password.
    QString displayUrl() const;

    static QString newId();
    // Where a PAC script is: "http://wpad.corp/wpad.dat", "https://…", "file:///etc/proxy.pac" or
    // an absolute path (made a file:// URL). Anything else is an Error for the field "pacUrl".
    static Result<QUrl> parsePacLocation(const QString &text);
    // parsePacLocation() as ProxyProfile::pacUrl holds it: fully encoded, so that it parses back to
    // the same URL (a decoded space or brace is not a valid URL character).
    static Result<QString> normalizePacLocation(const QString &text);

    friend bool operator==(const ProxyProfile &, const ProxyProfile &) = default;
};
