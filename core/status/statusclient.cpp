#include "statusclient.h"

#include "discardsocket.h"

#include "statusprotocol.h"
#include "statusserver.h"

#include <QDateTime>
#include <QNetworkRequest>
#include <QWebSocket>

StatusClient::StatusClient(QUrl url, QByteArray token, QObject *parent)
    : QObject(parent), m_url(std::move(url)), m_token(std::move(token)), m_name(engineName(m_url)), m_retry(this), m_silence(this)
{
    m_retry.setSingleShot(true);
    connect(&m_retry, &QTimer::timeout, this, &StatusClient::connectSocket);
    m_silence.setSingleShot(true);
    connect(&m_silence, &QTimer::timeout, this, [this] {
        retryLater(tr("no word from the engine for %1 s").arg(double(m_silenceMs) / 1000.0));
    });
}

StatusClient::~StatusClient()
{
    m_token.fill('\0');
    if (m_socket) {
        m_socket->disconnect(this);
        m_socket->abort();
        delete m_socket;
    }
}

Result<QUrl> StatusClient::parseUrl(const QString &text)
{
    const QString typed = text.trimmed();
    QUrl url(typed.contains(QStringLiteral("://")) ? typed : QStringLiteral("ws://") + typed, QUrl::StrictMode);
    // Messages repeat the address without any user or password typed into it.
    const QString trimmed = url.isValid() ? url.toDisplayString(QUrl::RemoveUserInfo) : typed.section(u'@', -1);
    if (!url.isValid() || url.host().isEmpty())
        return Error{tr("“%1” is not an engine address: write ws://host:port.").arg(trimmed), QStringLiteral("url")};
    if (url.scheme() != u"ws" && url.scheme() != u"wss")
        return Error{tr("“%1”: the status socket speaks ws:// or wss://, not %2://.").arg(trimmed, url.scheme()),
                     QStringLiteral("url")};
    if (!url.userInfo().isEmpty())
        return Error{tr("“%1”: leave the user and password out; the engine asks for its token only.").arg(trimmed),
                     QStringLiteral("url")};
    if (url.hasQuery() || url.hasFragment() || (!url.path().isEmpty() && url.path() != u"/"))
        return Error{tr("“%1”: give only ws://host:port; the token goes in its own field.").arg(trimmed),
                     QStringLiteral("url")};
    if (url.port() == -1)
        url.setPort(StatusServer::DefaultPort);
    url.setPath(QStringLiteral("/"));
    return url;
}

QString StatusClient::engineName(const QUrl &url)
{
    const QString host = url.host();
    return (host.contains(u':') ? u'[' + host + u']' : host) + u':' + QString::number(url.port(StatusServer::DefaultPort));
}

void StatusClient::setRetryDelays(int firstMs, int maxMs)
{
    m_firstRetryMs = m_nextRetryMs = firstMs;
    m_maxRetryMs = maxMs;
}

void StatusClient::open()
{
    m_nextRetryMs = m_firstRetryMs;
    connectSocket();
}

void StatusClient::close()
{
    m_retry.stop();
    m_silence.stop();
    if (m_socket) {
        m_socket->disconnect(this);
        m_socket->close();
        m_socket->deleteLater();
        m_socket = nullptr;
    }
    setState(State::Idle, tr("disconnected"));
}

void StatusClient::discardSocket()
{
    ::discardSocket(m_socket, this);
}

void StatusClient::connectSocket()
{
    discardSocket();
    m_seenSnapshot = false;
    m_socket = new QWebSocket(QString(), QWebSocketProtocol::VersionLatest, this);
    // A snapshot of ten thousand rows is a few MiB; more than this is not a status message.
    m_socket->setMaxAllowedIncomingMessageSize(64 * 1024 * 1024);
    connect(m_socket, &QWebSocket::textMessageReceived, this, &StatusClient::onText);
    connect(m_socket, &QWebSocket::disconnected, this, &StatusClient::onDisconnected);
    connect(m_socket, &QWebSocket::connected, this, [this] { m_silence.start(m_silenceMs); });
    // A refused or unreachable address ends here without a disconnected().
    connect(m_socket, qOverload<QAbstractSocket::SocketError>(&QWebSocket::error), this, [this] {
        if (m_socket && m_socket->state() == QAbstractSocket::UnconnectedState)
            onDisconnected();
    });
    QNetworkRequest request(m_url);
    request.setRawHeader("Authorization", "Bearer " + m_token);
    setState(State::Connecting, tr("connecting to %1").arg(m_url.toString()));
    m_silence.start(m_silenceMs); // also bounds the TCP connect and the handshake
    m_socket->open(request);
}

void StatusClient::onText(const QString &text)
{
    m_silence.start(m_silenceMs);
    auto parsed = StatusProtocol::parse(text.toUtf8());
    if (!parsed)
        return fail(tr("the engine sent a message this version cannot read: %1").arg(parsed.error().toString()));
    StatusMessage &message = parsed.value();
    switch (message.type) {
    case StatusMessage::Type::Snapshot:
        m_seenSnapshot = true;
        m_nextRetryMs = m_firstRetryMs;
        updateEngine(message.engine);
        tag(message.records);
        setState(State::Connected, tr("connected"));
        Q_EMIT snapshotReceived(message.records, m_engine);
        break;
    case StatusMessage::Type::Changes:
        if (!m_seenSnapshot)
            return fail(tr("the engine sent changes before its snapshot"));
        tag(message.records);
        Q_EMIT changesReceived(message.records);
        break;
    case StatusMessage::Type::Status:
        updateEngine(message.engine);
        Q_EMIT statusReceived(m_engine);
        break;
    }
}

void StatusClient::onDisconnected()
{
    // A number: a peer may close with any code, and CloseCode cannot hold the private-use ones.
    const int code = m_socket ? int(m_socket->closeCode()) : int(QWebSocketProtocol::CloseCodeNormal);
    QString reason = m_socket ? m_socket->closeReason() : QString();
    if (reason.isEmpty() && m_socket)
        reason = m_socket->errorString();
    if (code == QWebSocketProtocol::CloseCodePolicyViolated)
        return fail(tr("the engine turned this console away: %1").arg(reason));
    retryLater(reason.isEmpty() ? tr("connection closed") : reason);
}

void StatusClient::retryLater(const QString &why)
{
    m_silence.stop();
    discardSocket();
    const int delay = m_nextRetryMs;
    m_nextRetryMs = std::min(m_maxRetryMs, m_nextRetryMs * 2);
    m_retry.start(delay);
    setState(State::Retrying, tr("%1; trying again in %2 s").arg(why).arg((delay + 999) / 1000));
}

void StatusClient::fail(const QString &why)
{
    m_silence.stop();
    m_retry.stop();
    discardSocket();
    setState(State::Failed, why);
}

void StatusClient::setState(State state, const QString &message)
{
    if (state == m_state && message == m_message)
        return;
    m_state = state;
    m_message = message;
    Q_EMIT stateChanged(state, message);
}

void StatusClient::updateEngine(const QJsonObject &engine)
{
    // Rates from the byte counters of two reports, as the console's own engine has them.
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    const QJsonObject bytes = engine.value(QStringLiteral("bytes")).toObject();
    const QJsonObject before = m_engine.value(QStringLiteral("bytes")).toObject();
    QJsonObject updated = engine;
    double rateUp = 0;
    double rateDown = 0;
    if (m_lastAtMs && now > m_lastAtMs && !before.isEmpty()) {
        const double seconds = double(now - m_lastAtMs) / 1000.0;
        rateUp = std::max(0.0, bytes.value(QStringLiteral("up")).toDouble() - before.value(QStringLiteral("up")).toDouble()) / seconds;
        rateDown = std::max(0.0, bytes.value(QStringLiteral("down")).toDouble() - before.value(QStringLiteral("down")).toDouble()) / seconds;
    }
    updated.insert(QStringLiteral("rate_up"), rateUp);
    updated.insert(QStringLiteral("rate_down"), rateDown);
    m_engine = updated;
    m_lastAtMs = now;
}

void StatusClient::tag(TunnelRecords &records) const
{
    for (TunnelRecord &record : records)
        record.engine = m_name;
}
