#include "interceptingproxy.h"

#include <QFile>

#include <QHostAddress>
#include <QMetaObject>
#include <QSslConfiguration>
#include <QSslSocket>
#include <QTcpServer>

#include <utility>

namespace {

constexpr qsizetype MaxHeadBytes = 32 * 1024;

QByteArray response(int status, const QByteArray &reason, const QByteArray &body)
{
    return "HTTP/1.1 " + QByteArray::number(status) + ' ' + reason
        + "\r\nContent-Type: text/plain\r\nContent-Length: " + QByteArray::number(body.size())
        + "\r\nConnection: close\r\n\r\n" + body;
}

// "host:port", "[v6]:port": what a CONNECT may name (RFC 9110 §9.3.6, authority-form).
bool isAuthority(const QByteArray &target)
{
    const qsizetype colon = target.lastIndexOf(':');
    if (colon <= 0)
        return false;
    bool ok = false;
    const uint port = target.mid(colon + 1).toUInt(&ok);
    return ok && port > 0 && port <= 65535;
}

} // namespace

// One client connection: a proxy request head in plain text, then, after a CONNECT, the TLS
// handshake as the server and one request head inside the tunnel. Every answer closes the
// connection, so there is never more than one request per connection to keep apart.
class InterceptConnection : public QObject
{
public:
    InterceptConnection(InterceptingProxy *proxy, QSslSocket *socket, QObject *parent)
        : QObject(parent), m_proxy(proxy), m_socket(socket)
    {
        m_socket->setParent(this);
        connect(m_socket, &QIODevice::readyRead, this, &InterceptConnection::onReadable);
        connect(m_socket, &QSslSocket::encrypted, this, &InterceptConnection::onEncrypted);
        // A client that rejects the certificate ends the handshake with an alert: that is an
        // error here, and the end of this connection.
        connect(m_socket, &QAbstractSocket::errorOccurred, this, [this] {
            m_socket->abort();
            deleteLater();
        });
        connect(m_socket, &QAbstractSocket::disconnected, this, &QObject::deleteLater);
        onReadable();
    }

private:
    enum class State { ProxyHead, Handshake, TunnelHead, Closing };

    void onReadable()
    {
        if (m_state == State::Handshake)
            return; // QSslSocket holds what arrives until encrypted()
        m_in += m_socket->readAll();
        if (m_state == State::Closing) {
            m_in.clear();
            return;
        }
        const qsizetype end = m_in.indexOf("\r\n\r\n");
        if ((end < 0 && m_in.size() > MaxHeadBytes) || end + 4 > MaxHeadBytes)
            return answer(431, "Request Header Fields Too Large", "request head over 32 KiB\n");
        if (end < 0)
            return;
        const QByteArray head = m_in.left(end);
        m_in.remove(0, end + 4);
        if (m_state == State::TunnelHead)
            return answer(200, "OK", "intercepted\n");

        const qsizetype lineEnd = head.indexOf("\r\n"); // none: a head of one line
        const QList<QByteArray> requestLine = (lineEnd < 0 ? head : head.left(lineEnd)).split(' ');
        if (requestLine.size() != 3 || !requestLine[2].startsWith("HTTP/1."))
            return answer(400, "Bad Request", "not an HTTP/1 request\n");
        const QByteArray &method = requestLine[0];
        const QByteArray &target = requestLine[1];
        if (method == "CONNECT") {
            if (!isAuthority(target))
                return answer(400, "Bad Request", "CONNECT wants host:port\n");
            // Bytes after the head would be the client's TLS records, already taken out of the
            // socket where the handshake would read them. Real clients wait for the 200.
            if (!m_in.isEmpty())
                return answer(400, "Bad Request", "data before the tunnel was established\n");
            m_proxy->recordTunnel(QString::fromLatin1(target));
            m_state = State::Handshake;
            // In unencrypted mode the write goes straight to the TCP socket, so the 200 leaves
            // before anything the handshake sends.
            m_socket->write("HTTP/1.1 200 Connection established\r\n\r\n");
            m_socket->startServerEncryption();
            return;
        }
        if (target.startsWith("http://"))
            return answer(200, "OK", "not inspected\n");
        return answer(400, "Bad Request", "a proxy wants CONNECT or an absolute http:// URL\n");
    }

    void onEncrypted()
    {
        m_state = State::TunnelHead;
        onReadable();
    }

    void answer(int status, const QByteArray &reason, const QByteArray &body)
    {
        m_state = State::Closing;
        m_in.clear();
        m_socket->write(response(status, reason, body));
        m_socket->disconnectFromHost(); // after what is queued (and, in TLS, a close_notify)
    }

    InterceptingProxy *m_proxy;
    QSslSocket *m_socket;
    State m_state = State::ProxyHead;
    QByteArray m_in;
};

namespace {

// QSslServer would start TLS on accept; a proxy speaks plain HTTP first, so the listener hands
// out QSslSockets still in unencrypted mode.
class InterceptListener : public QTcpServer
{
public:
    InterceptListener(InterceptingProxy *proxy, QSslConfiguration configuration, QObject *parent)
        : QTcpServer(parent), m_proxy(proxy), m_configuration(std::move(configuration))
    {
    }

protected:
    void incomingConnection(qintptr descriptor) override
    {
        auto socket = new QSslSocket;
        if (!socket->setSocketDescriptor(descriptor)) {
            delete socket;
            return;
        }
        socket->setSslConfiguration(m_configuration);
        new InterceptConnection(m_proxy, socket, parent());
    }

private:
    InterceptingProxy *m_proxy;
    QSslConfiguration m_configuration;
};

} // namespace

InterceptingProxy::InterceptingProxy(QSslCertificate leaf, QSslKey key, QList<QSslCertificate> chain)
    : m_leaf(std::move(leaf)), m_key(std::move(key)), m_chain(std::move(chain)), m_anchor(new QObject)
{
    m_thread.setObjectName(QStringLiteral("InterceptingProxy"));
    m_anchor->moveToThread(&m_thread);
    m_thread.start();
}

InterceptingProxy::~InterceptingProxy()
{
    // The listener and the connections are children of the anchor, which dies on its thread.
    m_anchor->deleteLater();
    m_thread.quit();
    m_thread.wait();
}

quint16 InterceptingProxy::listen()
{
    if (m_leaf.isNull() || m_key.isNull() || !QSslSocket::supportsSsl())
        return 0;
    QMetaObject::invokeMethod(
        m_anchor,
        [this] {
            QSslConfiguration configuration = QSslConfiguration::defaultConfiguration();
            configuration.setLocalCertificateChain(QList<QSslCertificate>{m_leaf} + m_chain);
            configuration.setPrivateKey(m_key);
            configuration.setPeerVerifyMode(QSslSocket::VerifyNone); // no client certificates
            auto listener = new InterceptListener(this, configuration, m_anchor);
            if (!listener->listen(QHostAddress::LocalHost)) {
                delete listener;
                return;
            }
            m_port = listener->serverPort();
        },
        Qt::BlockingQueuedConnection);
    return m_port.load();
}

QStringList InterceptingProxy::connectTargets() const
{
    QMutexLocker locker(&m_mutex);
    return m_targets;
}

void InterceptingProxy::recordTunnel(const QString &target)
{
    QMutexLocker locker(&m_mutex);
    m_targets.append(target);
    ++m_tunnels;
}

std::unique_ptr<InterceptingProxy> InterceptingProxy::fromTestCerts(const QString &certDir)
{
    const QList<QSslCertificate> leaf = QSslCertificate::fromPath(certDir + QStringLiteral("/intercept-leaf.pem"));
    const QList<QSslCertificate> ca = QSslCertificate::fromPath(certDir + QStringLiteral("/intercept-ca.pem"));
    QFile keyFile(certDir + QStringLiteral("/intercept-leaf.key"));
    if (leaf.isEmpty() || ca.isEmpty() || !keyFile.open(QIODevice::ReadOnly))
        return nullptr;
    const QSslKey key(keyFile.readAll(), QSsl::Rsa);
    if (key.isNull())
        return nullptr;
    return std::make_unique<InterceptingProxy>(leaf.first(), key, ca);
}
