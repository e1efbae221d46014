#pragma once

#include <QCoreApplication>
#include <QList>
#include <QStringList>

// Finds settings that turn TLS certificate checking off — what guides for TLS-inspecting proxies
// often tell people to do (NODE_TLS_REJECT_UNAUTHORIZED=0, skip_ssl_validation: yes, --sslcheck=0,
// GIT_SSL_NO_VERIFY …) — so ProxyDeck can say: trust the proxy's CA instead, and remove this line.
class InsecureTls
{
    Q_DECLARE_TR_FUNCTIONS(InsecureTls)

public:
    struct Finding
    {
        int line = 0;        // 1-based line in the scanned text
        QString setting;     // as written, trimmed
        QString replacement; // what keeps TLS checked instead
    };

    static QList<Finding> scan(const QString &text);
    // "file:line: setting — replacement" for people.
    static QString describe(const QString &where, const Finding &finding);
};
