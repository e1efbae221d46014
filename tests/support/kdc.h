#pragma once

#include "serverprocess.h"

#include <QProcessEnvironment>
#include <QString>

#include <memory>

// A throwaway MIT Kerberos realm, PROXYDECK.TEST, with its KDC (krb5kdc) on a free loopback port,
// everything (krb5.conf, kdc.conf, database, keytab, credential cache) in one folder of the test.
// Principals: alice (password AlicePassword) and HTTP/localhost, whose key is in keytab() for
// the proxy under test. krb5.conf turns DNS off (no SRV lookups, no canonicalisation, no reverse
// lookups), so the service the client asks for is exactly HTTP/localhost.
class Kdc {
public:
    static inline const QString Realm = QStringLiteral("PROXYDECK.TEST");
    static inline const QString User = QStringLiteral("alice");
    static inline const QString UserPassword = QStringLiteral("alice-kerberos-pw");
    static inline const QString ServicePrincipal = QStringLiteral("HTTP/localhost");

    // Null, with *error saying why, when the krb5-kdc / krb5-user programs are missing (then
    // *missing is true) or the realm does not come up.
    static std::unique_ptr<Kdc> start(const QString &dir, QString *error, bool *missing);
    // start(), kinit() and useInThisProcess(): what a suite's initTestCase needs. Null with *skip
    // set when the programs are missing, or with *error when the realm or the ticket fails.
    static std::unique_ptr<Kdc> startWithTicket(const QString &dir, QString *skip, QString *error);
    ~Kdc();

    QString krb5Config() const { return m_dir + QStringLiteral("/krb5.conf"); }
    QString keytab() const { return m_dir + QStringLiteral("/proxy.keytab"); }
    QString cacheName() const { return QStringLiteral("FILE:") + m_dir + QStringLiteral("/ccache"); }
    // The system environment with this realm's KRB5_CONFIG, KRB5_KDC_PROFILE and KRB5CCNAME.
    QProcessEnvironment environment() const;
    // kinit alice into cacheName(), the password on standard input.
    bool kinit(QString *error) const;
    // Removes the credential cache: "no ticket".
    bool kdestroy() const;
    // Points this process's GSSAPI at the realm (KRB5_CONFIG, KRB5CCNAME).
    void useInThisProcess() const;
    // What the KDC logged (for a failure message).
    QString log() const;

private:
    Kdc() = default;
    bool run(
        const QString &program, const QStringList &arguments, const QByteArray &input, QString *error) const;

    QString m_dir;
    quint16 m_port = 0;
    std::unique_ptr<ServerProcess> m_process;
};
