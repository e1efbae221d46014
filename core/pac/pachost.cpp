#include "pachost.h"

#include <QHostAddress>
#include <QHostInfo>
#include <QNetworkInterface>

namespace {

constexpr qsizetype MaxAlerts = 100;

} // namespace

QStringList PacHost::lookup(const QString &host) const
{
    if (const QHostAddress literal(host); !literal.isNull())
        return {literal.toString()};
    if (resolver)
        return resolver(host);
    QStringList addresses;
    for (const QHostAddress &address : QHostInfo::fromName(host).addresses())
        addresses.append(address.toString());
    return addresses;
}

QString PacHost::dnsResolve(const QString &host) const
{
    for (const QString &text : lookup(host)) {
        if (QHostAddress(text).protocol() == QAbstractSocket::IPv4Protocol)
            return text;
    }
    return {};
}

QString PacHost::dnsResolveEx(const QString &host) const
{
    return lookup(host).join(u';');
}

QString PacHost::myIpAddress() const
{
    const QStringList all = myIpAddressEx().split(u';', Qt::SkipEmptyParts);
    for (const QString &text : all) {
        if (QHostAddress(text).protocol() == QAbstractSocket::IPv4Protocol)
            return text;
    }
    return QStringLiteral("127.0.0.1");
}

QString PacHost::myIpAddressEx() const
{
    if (!myAddresses.isEmpty())
        return myAddresses.join(u';');
    QStringList addresses;
    for (const QHostAddress &address : QNetworkInterface::allAddresses()) {
        if (!address.isLoopback() && !address.isLinkLocal())
            addresses.append(address.toString());
    }
    return addresses.join(u';');
}

bool PacHost::isInNet(const QString &host, const QString &pattern, const QString &mask) const
{
    const QHostAddress address(dnsResolve(host));
    const QHostAddress network(pattern);
    const QHostAddress netmask(mask);
    if (address.isNull() || network.isNull() || netmask.protocol() != QAbstractSocket::IPv4Protocol)
        return false;
    const quint32 m = netmask.toIPv4Address();
    return (address.toIPv4Address() & m) == (network.toIPv4Address() & m);
}

bool PacHost::isInNetEx(const QString &host, const QString &prefix) const
{
    const auto subnet = QHostAddress::parseSubnet(prefix);
    if (subnet.first.isNull())
        return false;
    for (const QString &text : lookup(host)) {
        if (QHostAddress(text).isInSubnet(subnet))
            return true;
    }
    return false;
}

double PacHost::nowMs() const
{
    return double((now.isValid() ? now : QDateTime::currentDateTime()).toMSecsSinceEpoch());
}

void PacHost::alert(const QString &message)
{
    if (alerts.size() < MaxAlerts)
        alerts.append(message.left(1000));
}
