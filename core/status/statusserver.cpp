#include "statusserver.h"

#include "engineconfig.h"
#include "statusprotocol.h"
#include "statustoken.h"

#include <QTimer>
#include <QUrlQuery>
#include <QWebSocket>
#include <QWebSocketServer>

#include <algorithm>

namespace {

// A client more than this behind stops getting change sets, and gets a new snapshot once it
// is down to ResumeBytes: a slow watcher costs the engine bounded memory, and still ends up
// with a true picture.
constexpr qint64 BehindBytes = 8 * 1024 * 1024;
constexpr qint64 ResumeBytes = 1024 * 1024;
constexpr int HandshakeTimeoutMs = 5000;

QByteArray offeredToken(const QWebSocket &socket)
{
    const QNetworkRequest request = socket.request();
    const QByteArray authorization = request.rawHeader("Authorization").trimmed();
    if (authorization.size() > 7 && authorization.first(7).compare("Bearer ", Qt::CaseInsensitive) == 0)
        return authorization.sliced(7).trimmed();
    return QUrlQuery(request.url()).queryItemValue(QStringLiteral("token"), QUrl::FullyDecoded).toLatin1();
}

QString peerString(const QWebSocket &socket)
{
    return EngineConfig::listenString(socket.peerAddress(), socket.peerPort());
}

} // namespace

StatusServer::StatusServer(Options options, QObject *parent) : QObject(parent), m_options(std::move(options))
{
}

StatusServer::~StatusServer()
{
    close();
}

Result<void> StatusServer::listen()
{
    m_server = std::make_unique<QWebSocketServer>(QStringLiteral("ProxyDeck"), QWebSocketServer::NonSecureMode);
    m_server->setHandshakeTimeout(HandshakeTimeoutMs);
    m_server->setMaxPendingConnections(m_options.maxClients);
    connect(m_server.get(), &QWebSocketServer::newConnection, this, &StatusServer::onNewConnection);
    // "::" listens on both families, as the engine does.
    const QHostAddress address =
        m_options.address == QHostAddress(QHostAddress::AnyIPv6) ? QHostAddress(QHostAddress::Any) : m_options.address;
    if (!m_server->listen(address, m_options.port)) {
        const QString where = EngineConfig::listenString(m_options.address, m_options.port);
        const QString why = m_server->errorString();
        m_server.reset();
        return Error{tr("The status socket cannot listen on %1: %2").arg(where, why), QStringLiteral("status-listen")};
    }
    return {};
}

void StatusServer::close()
{
    const bool hadClients = !m_clients.empty();
    // QWebSocketServer does not own the sockets it hands out: each is deleted here, or leaks.
    for (const Client &client : std::exchange(m_clients, {})) {
        client.socket->disconnect(this);
        dispose(client.socket, QWebSocketProtocol::CloseCodeGoingAway, QStringLiteral("engine stopping"));
        client.socket->flush(); // before this thread's event loop perhaps stops
    }
    if (hadClients)
        Q_EMIT clientsChanged(0);
    if (m_server)
        m_server->close();
    m_server.reset();
}

bool StatusServer::isListening() const
{
    return m_server && m_server->isListening();
}

quint16 StatusServer::port() const
{
    return m_server ? m_server->serverPort() : 0;
}

QString StatusServer::listenString() const
{
    return EngineConfig::listenString(m_options.address, port());
}

void StatusServer::setToken(const QByteArray &token)
{
    if (token == m_options.token)
        return;
    m_options.token = token;
    if (m_clients.empty())
        return;
    for (const Client &client : std::exchange(m_clients, {})) {
        client.socket->disconnect(this);
        dispose(client.socket, QWebSocketProtocol::CloseCodePolicyViolated, QStringLiteral("token rotated"));
    }
    Q_EMIT clientsChanged(0);
}

void StatusServer::onNewConnection()
{
    while (QWebSocket *socket = m_server->nextPendingConnection()) {
        // Nothing but a close frame goes to a client before it is admitted, and nothing it sends
        // is read: a tiny limit keeps a hostile one from making us buffer.
        socket->setMaxAllowedIncomingFrameSize(1024);
        socket->setMaxAllowedIncomingMessageSize(1024);
        admit(socket);
    }
}

void StatusServer::admit(QWebSocket *socket)
{
    const QHostAddress peer = socket->peerAddress();
    const bool allowed = m_options.allowlist.isEmpty() ? peer.isLoopback() : m_options.allowlist.allows(peer);
    if (!allowed)
        return reject(socket, tr("not in the allowlist"));
    const QByteArray offered = offeredToken(*socket);
    if (offered.isEmpty())
        return reject(socket, tr("no token"));
    if (!StatusToken::matches(offered, m_options.token))
        return reject(socket, tr("wrong token"));
    if (int(m_clients.size()) >= m_options.maxClients) {
        // Not a policy matter: the client may try again when a place frees up.
        return reject(socket, tr("too many clients"), TryAgainLater);
    }

    connect(socket, &QWebSocket::disconnected, this, [this, socket] { drop(socket); });
    connect(socket, &QWebSocket::bytesWritten, this, [this, socket](qint64 written) {
        Client *client = find(socket);
        if (!client)
            return;
        client->pendingBytes = std::max<qint64>(0, client->pendingBytes - written);
        if (client->resync && client->pendingBytes <= ResumeBytes)
            sendSnapshot(*client);
    });
    m_clients.push_back(Client{socket});
    sendSnapshot(m_clients.back());
    Q_EMIT clientsChanged(clientCount());
}

void StatusServer::reject(QWebSocket *socket, const QString &reason, quint16 code)
{
    Q_EMIT clientRejected(peerString(*socket), reason);
    dispose(socket, code, reason);
}

void StatusServer::dispose(QWebSocket *socket, quint16 code, const QString &reason)
{
    // Connected before close(), which can end the TCP connection and emit disconnected() itself.
    connect(socket, &QWebSocket::disconnected, socket, &QObject::deleteLater);
    // A peer that never answers the close frame is cut off after a while.
    QTimer::singleShot(HandshakeTimeoutMs, socket, &QObject::deleteLater);
    socket->close(QWebSocketProtocol::CloseCode(code), reason);
}

void StatusServer::drop(QWebSocket *socket)
{
    const auto it = std::find_if(m_clients.begin(), m_clients.end(), [socket](const Client &c) { return c.socket == socket; });
    if (it == m_clients.end())
        return;
    m_clients.erase(it);
    socket->deleteLater();
    Q_EMIT clientsChanged(clientCount());
}

StatusServer::Client *StatusServer::find(QWebSocket *socket)
{
    for (Client &client : m_clients) {
        if (client.socket == socket)
            return &client;
    }
    return nullptr;
}

void StatusServer::send(Client &client, const QByteArray &message)
{
    client.pendingBytes += message.size();
    client.socket->sendTextMessage(QString::fromUtf8(message));
}

void StatusServer::sendSnapshot(Client &client)
{
    TunnelRecords records;
    records.reserve(qsizetype(m_open.size() + m_finished.size()));
    for (const TunnelRecord &record : m_finished)
        records.append(record);
    for (const TunnelRecord &record : std::as_const(m_open))
        records.append(record);
    std::sort(records.begin(), records.end(), [](const TunnelRecord &a, const TunnelRecord &b) { return a.id < b.id; });
    client.resync = false;
    send(client, StatusProtocol::snapshot(m_engine, records));
}

void StatusServer::publish(const TunnelRecords &records)
{
    for (const TunnelRecord &record : records) {
        if (record.isFinished()) {
            m_open.remove(record.id);
            m_finished.push_back(record);
        } else {
            m_open.insert(record.id, record);
        }
    }
    while (int(m_finished.size()) > m_options.finishedKept)
        m_finished.pop_front();

    ++m_sequence;
    QByteArray message; // made once, and only when someone listens
    for (Client &client : m_clients) {
        if (client.resync)
            continue;
        if (client.pendingBytes > BehindBytes) {
            client.resync = true;
            continue;
        }
        if (message.isEmpty())
            message = StatusProtocol::changes(records, m_sequence);
        send(client, message);
    }
}

void StatusServer::publishStatus(const QJsonObject &engine)
{
    m_engine = engine;
    if (m_clients.empty())
        return;
    const QByteArray message = StatusProtocol::status(engine);
    for (Client &client : m_clients) {
        if (!client.resync)
            send(client, message);
    }
}
