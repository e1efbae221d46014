#pragma once

#include <QDateTime>
#include <QObject>
#include <QStringList>

#include <functional>

// What a PAC script may ask of the machine, and nothing more: name lookups, this host's
// addresses, network membership and the time. Exposed to the script's engine as one object; the
// standard functions (dnsResolve, isInNet …) are thin script wrappers around it.
class PacHost : public QObject
{
    Q_OBJECT

public:
    std::function<QStringList(const QString &)> resolver;
    QStringList myAddresses;
    QDateTime now;
    QStringList alerts;

    Q_INVOKABLE QString dnsResolve(const QString &host) const;   // first IPv4 address, "" when none
    Q_INVOKABLE QString dnsResolveEx(const QString &host) const; // every address, ";"-separated
    Q_INVOKABLE QString myIpAddress() const;
    Q_INVOKABLE QString myIpAddressEx() const;
    Q_INVOKABLE bool isInNet(const QString &host, const QString &pattern, const QString &mask) const;
    Q_INVOKABLE bool isInNetEx(const QString &host, const QString &prefix) const;
    Q_INVOKABLE double nowMs() const;
    Q_INVOKABLE void alert(const QString &message);

private:
    QStringList lookup(const QString &host) const;
};
