#pragma once

#include "proxyendpoint.h"
#include "proxyprofile.h"
#include "result.h"

#include <QCoreApplication>
#include <QProcessEnvironment>
#include <QStringList>

// A proxy found in HTTP(S)_PROXY / NO_PROXY, ready to become a profile. The password (if the URL
// had one) is percent-decoded and meant for the keychain only.
struct EnvironmentProxy
{
    ProxyUrlParts proxy;
    QString sourceVariable;  // which variable the proxy came from
    QStringList noProxy;
    QStringList notes;       // things the user should know (differing variables, default port)

    // The profile with this proxy's scheme, host, port and user; keeps id, name and secretRef.
    ProxyProfile appliedTo(ProxyProfile profile) const;
};

class EnvironmentImport
{
    Q_DECLARE_TR_FUNCTIONS(EnvironmentImport)

public:
    // Lower-case names win over upper-case ones (curl, wget, Python do so; see
    // reference/conventions.md §2), https_proxy over http_proxy since it carries the traffic
    // that matters for most tools.
    static Result<EnvironmentProxy> read(const QProcessEnvironment &environment);
    static QStringList splitNoProxy(const QString &value);
};
