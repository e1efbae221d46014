#pragma once

#include "proxyprofile.h"

#include <QCoreApplication>
#include <QStringList>

// Everything an exporter writes, resolved once from the settings: the active profile, the
// NO_PROXY in force (rules + bypassed connections), the CA bundle when anchors exist, and the
// password only when the user asked for secrets.
struct ExportInput
{
    Q_DECLARE_TR_FUNCTIONS(ExportInput)

public:
    ProxyProfile profile;
    QStringList noProxy;
    QString caBundlePath;      // empty: no anchors, no CA variables
    bool includeSecrets = false;
    QString password;          // only with includeSecrets

    // The name of the variable a secret-less export asks the user to set.
    static QString passwordVariable() { return QStringLiteral("PROXY_PASSWORD"); }

    // scheme://user:password@host:port with user and password percent-encoded; without secrets,
    // the password is `reference` verbatim (e.g. "${PROXY_PASSWORD}"); no user, no userinfo.
    QString proxyUrl(const QString &reference) const;
    bool hasPasswordPart() const { return profile.hasStoredPassword() || !password.isEmpty(); }
};
