#pragma once

#include "result.h"

#include <QCoreApplication>
#include <QHostAddress>
#include <QList>
#include <QStringList>

#include <utility>

// Who may use the engine: without a list, loopback clients only (the machine's own tools); with
// one, exactly the networks it names ("10.0.0.0/8", "192.168.1.7", "fd00::/8", and
// "127.0.0.0/8" to keep local tools). An engine that listens beyond loopback refuses to start
// without a list: an open forwarder would lend the upstream credentials to anyone who reaches it.
class ClientAllowlist
{
    Q_DECLARE_TR_FUNCTIONS(ClientAllowlist)

public:
    ClientAllowlist() = default;

    static Result<ClientAllowlist> parse(const QStringList &entries);

    bool isEmpty() const { return m_networks.isEmpty(); }
    bool allows(const QHostAddress &client) const;
    QStringList toStringList() const;

private:
    QList<std::pair<QHostAddress, int>> m_networks;
};
