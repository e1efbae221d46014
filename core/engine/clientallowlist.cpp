#include "clientallowlist.h"

#include "textchars.h"

#include <algorithm>

namespace {

// An IPv4 client that reached a dual-stack socket shows up as ::ffff:a.b.c.d.
QHostAddress unmapped(const QHostAddress &address)
{
    bool isV4 = false;
    const quint32 v4 = address.toIPv4Address(&isV4);
    return isV4 ? QHostAddress(v4) : address;
}

} // namespace

Result<ClientAllowlist> ClientAllowlist::parse(const QStringList &entries)
{
    ClientAllowlist list;
    for (const QString &raw : entries) {
        const QString entry = raw.trimmed();
        if (entry.isEmpty())
            continue;
        // Only what addresses and prefixes are made of: Qt's parsers skip some other bytes
        // (found by fuzz_engineconfig), and a list of who may connect must mean what it says.
        const bool plain = std::all_of(entry.cbegin(), entry.cend(), isAddressCharacter);
        std::pair<QHostAddress, int> network = QHostAddress::parseSubnet(entry);
        if (!plain || network.first.isNull() || network.second < 0) {
            QHostAddress address;
            if (plain && !entry.contains(u'/') && address.setAddress(entry))
                network = {address, address.protocol() == QAbstractSocket::IPv4Protocol ? 32 : 128};
            else
                return Error{tr("“%1” is not an IP address or a network such as 10.0.0.0/8 or fd00::/8.").arg(entry),
                             QStringLiteral("allow")};
        }
        list.m_networks.append(network);
    }
    return list;
}

bool ClientAllowlist::allows(const QHostAddress &client) const
{
    const QHostAddress address = unmapped(client);
    if (m_networks.isEmpty())
        return address.isLoopback();
    return std::any_of(m_networks.cbegin(), m_networks.cend(),
                       [&](const auto &network) { return address.isInSubnet(network); });
}

QStringList ClientAllowlist::toStringList() const
{
    QStringList out;
    for (const auto &[address, prefix] : m_networks)
        out.append(address.toString() + u'/' + QString::number(prefix));
    return out;
}
