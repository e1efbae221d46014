#pragma once

#include "proxyprofile.h"
#include "result.h"

#include <QCoreApplication>
#include <QStringList>

struct PacProxy;
struct SettingsData;

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
    QString pacNote;           // an automatic profile: what the PAC answered, that the file names

    // None of the export targets reads a PAC script, so an automatic profile is exported as the
    // proxy its PAC answers for probeUrl (the first HTTP one; DIRECT: no proxy), and the files
    // say so. Without an answer (the PAC could not be read), error says why and no proxy is set.
    void resolveAutomatic(const QUrl &probeUrl, const Result<QList<PacProxy>> &answer);
    // The URL an automatic profile's PAC is asked about: the first connection that uses the
    // proxy, else a public https:// site.
    static QUrl pacProbeUrl(const SettingsData &data);

    // The active profile and the NO_PROXY in force; the caller adds the bundle and the secret.
    static ExportInput fromSettings(const SettingsData &data, const QString &caBundlePath);

    // The name of the variable a secret-less export asks the user to set.
    static QString passwordVariable() { return QStringLiteral("PROXY_PASSWORD"); }

    // scheme://user:password@host:port with user and password percent-encoded; without secrets,
    // the password is `reference` verbatim (e.g. "${PROXY_PASSWORD}"); no user, no userinfo.
    QString proxyUrl(const QString &reference) const;
    // The URL for a tool that cannot expand a reference: without secrets, the user only (the tool
    // or its credential store supplies the password).
    QString proxyUrlWithoutReference() const;
    bool hasPasswordPart() const { return profile.hasStoredPassword() || !password.isEmpty(); }
    // True when the output leaves out a password the user has: the file should say how to give it.
    bool passwordLeftOut() const { return !includeSecrets && hasPasswordPart() && !profile.username.isEmpty(); }
    // The profile's name as it may stand in a one-line comment: a name is the user's text, and a
    // line break in it must never start a line the target would execute.
    QString profileLabel() const;
    // The first comment line of every export.
    QString headline() const;
};
