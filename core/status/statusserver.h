#pragma once

#include "clientallowlist.h"
#include "result.h"
#include "tunnelrecord.h"

#include <QHash>
#include <QHostAddress>
#include <QJsonObject>
#include <QObject>
#include <QWebSocketProtocol>

#include <deque>
#include <memory>
#include <vector>

class QWebSocket;
class QWebSocketServer;

// The engine's live status over a WebSocket (DESIGN F5, README "Status socket"): loopback by
// default, beyond it only for the allowlist's networks, and for every client only with the
// token (Authorization: Bearer, or ?token= for browsers), else a policy-violation close and not
// one byte of data. A client gets a snapshot, then every change set and a status each second.
// It keeps its own mirror of the open tunnels and the latest finished ones for the snapshots,
// so it can run on any thread: feed it with queued calls to publish() and publishStatus().
class StatusServer : public QObject
{
    Q_OBJECT

public:
    struct Options
    {
        QHostAddress address = QHostAddress(QHostAddress::LocalHost);
        quint16 port = 3129;
        ClientAllowlist allowlist; // empty: loopback clients only
        QByteArray token;
        int finishedKept = 1000;   // finished tunnels a new client's snapshot carries
        int maxClients = 64;
    };

    static constexpr quint16 DefaultPort = 3129;

    explicit StatusServer(Options options, QObject *parent = nullptr);
    ~StatusServer() override;

    // Takes effect at the next listen().
    void setOptions(const Options &options) { m_options = options; }
    Result<void> listen();
    // Says goodbye (going away) to every client and stops listening.
    void close();
    bool isListening() const;
    quint16 port() const;
    QString listenString() const;
    int clientCount() const { return int(m_clients.size()); }
    // A rotated token: clients that came in with the old one are closed.
    void setToken(const QByteArray &token);

public Q_SLOTS:
    void publish(const TunnelRecords &records);
    void publishStatus(const QJsonObject &engine);

Q_SIGNALS:
    void clientsChanged(int count);
    // For the log: who was turned away and why (never the token offered).
    void clientRejected(const QString &peer, const QString &reason);

private:
    struct Client
    {
        QWebSocket *socket = nullptr;
        qint64 pendingBytes = 0; // sent but not yet written to the network
        bool resync = false;     // fell behind: gets a fresh snapshot once it catches up
    };

    void onNewConnection();
    void admit(QWebSocket *socket);
    // "Try again later", in the private-use range: the registry's 1013 is refused as a protocol
    // error by Qt's own client, which accepts only the codes it knows and 3000–4999. Close codes
    // are held as numbers: 4013 is outside the values a QWebSocketProtocol::CloseCode can hold,
    // so it becomes one only as the argument of QWebSocket::close().
    static constexpr quint16 TryAgainLater = 4013;
    void reject(QWebSocket *socket, const QString &reason,
                quint16 code = QWebSocketProtocol::CloseCodePolicyViolated);
    void drop(QWebSocket *socket);
    void dispose(QWebSocket *socket, quint16 code, const QString &reason);
    void send(Client &client, const QByteArray &message);
    void sendSnapshot(Client &client);
    Client *find(QWebSocket *socket);

    Options m_options;
    std::unique_ptr<QWebSocketServer> m_server;
    std::vector<Client> m_clients;
    QHash<quint64, TunnelRecord> m_open;
    std::deque<TunnelRecord> m_finished;
    QJsonObject m_engine;
    quint64 m_sequence = 0; // of change sets published; a client that resyncs sees a gap
};
