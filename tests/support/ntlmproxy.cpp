#include "ntlmproxy.h"

#include <QMetaObject>
#include <QTcpServer>
#include <QTcpSocket>

#include <gssapi/gssapi.h>
#include <gssapi/gssapi_ext.h>

namespace {

gss_OID_desc NtlmOid = { 10, const_cast<char *>("\x2b\x06\x01\x04\x01\x82\x37\x02\x02\x0a") };

QByteArray response(const QByteArray &status, const QByteArray &fields, const QByteArray &body = {})
{
    return "HTTP/1.1 " + status + "\r\n" + fields + "Content-Length: " + QByteArray::number(body.size())
        + "\r\n\r\n" + body;
}

} // namespace

class NtlmProxyConnection : public QObject {
public:
    NtlmProxyConnection(NtlmProxy *proxy, QTcpSocket *socket)
        : QObject(socket)
        , m_proxy(proxy)
        , m_socket(socket)
    {
        connect(socket, &QIODevice::readyRead, this, &NtlmProxyConnection::onReadable);
        connect(socket, &QAbstractSocket::disconnected, socket, &QObject::deleteLater);
    }
    ~NtlmProxyConnection() override { reset(); }

private:
    void reset()
    {
        OM_uint32 minor = 0;
        if (m_context != GSS_C_NO_CONTEXT)
            gss_delete_sec_context(&minor, &m_context, GSS_C_NO_BUFFER);
        if (m_cred != GSS_C_NO_CREDENTIAL)
            gss_release_cred(&minor, &m_cred);
    }

    void onReadable()
    {
        m_in += m_socket->readAll();
        while (true) {
            const qsizetype end = m_in.indexOf("\r\n\r\n");
            if (end < 0)
                return;
            const QByteArray head = m_in.left(end);
            // The body, by Content-Length only (what the engine sends here): read and counted.
            qint64 length = 0;
            for (const QByteArray &line : head.split('\n')) {
                if (line.trimmed().toLower().startsWith("content-length:"))
                    length = line.mid(line.indexOf(':') + 1).trimmed().toLongLong();
            }
            if (m_in.size() < end + 4 + length)
                return;
            m_in.remove(0, end + 4 + length);
            if (!head.startsWith("CONNECT "))
                m_proxy->recordBody(length);
            handle(head, length);
        }
    }

    void handle(const QByteArray &head, qint64 bodyLength)
    {
        const QList<QByteArray> lines = head.split('\n');
        const bool isConnect = lines.value(0).startsWith("CONNECT ");
        QByteArray authorization;
        for (const QByteArray &line : lines) {
            const QByteArray trimmed = line.trimmed();
            if (trimmed.toLower().startsWith("proxy-authorization:"))
                authorization = trimmed.mid(int(qstrlen("proxy-authorization:"))).trimmed();
        }
        if (!m_user.isEmpty()) {
            if (isConnect)
                m_socket->write("HTTP/1.1 200 Connection established\r\n\r\n");
            else
                m_socket->write(response("200 OK", {},
                    "hello " + m_user.toUtf8() + " (" + QByteArray::number(bodyLength) + " body bytes)"));
            return;
        }
        if (!authorization.isEmpty())
            m_proxy->recordScheme(QString::fromLatin1(authorization.left(authorization.indexOf(' '))));
        if (!authorization.startsWith("NTLM ")) {
            // Closing after the first 407, as some proxies do: the client starts over on a new
            // connection, where the handshake then stays.
            m_socket->write(response("407 Proxy Authentication Required",
                "Proxy-Authenticate: NTLM\r\nConnection: close\r\n", "who?"));
            m_socket->disconnectFromHost();
            return;
        }
        QByteArray token = QByteArray::fromBase64(authorization.mid(5));
        OM_uint32 minor = 0;
        if (m_cred == GSS_C_NO_CREDENTIAL) {
            gss_OID_set_desc mechs { 1, &NtlmOid };
            if (GSS_ERROR(gss_acquire_cred(&minor, GSS_C_NO_NAME, GSS_C_INDEFINITE, &mechs, GSS_C_ACCEPT,
                    &m_cred, nullptr, nullptr))) {
                refuse();
                return;
            }
        }
        gss_buffer_desc input { size_t(token.size()), token.data() };
        gss_buffer_desc output = GSS_C_EMPTY_BUFFER;
        gss_name_t source = GSS_C_NO_NAME;
        const OM_uint32 major = gss_accept_sec_context(&minor, &m_context, m_cred, &input,
            GSS_C_NO_CHANNEL_BINDINGS, &source, nullptr, &output, nullptr, nullptr, nullptr);
        const QByteArray out(static_cast<const char *>(output.value), qsizetype(output.length));
        gss_release_buffer(&minor, &output);
        if (GSS_ERROR(major)) {
            if (source != GSS_C_NO_NAME)
                gss_release_name(&minor, &source);
            refuse();
            return;
        }
        if (major & GSS_S_CONTINUE_NEEDED) {
            // Chunked, so that the client has to find the end of this body before its next leg.
            m_socket->write("HTTP/1.1 407 Proxy Authentication Required\r\nProxy-Authenticate: NTLM "
                + out.toBase64() + "\r\nTransfer-Encoding: chunked\r\n\r\n3\r\ngo \r\n2\r\non\r\n0\r\n\r\n");
            return;
        }
        gss_buffer_desc name = GSS_C_EMPTY_BUFFER;
        gss_display_name(&minor, source, &name, nullptr);
        m_user = QString::fromUtf8(static_cast<const char *>(name.value), qsizetype(name.length));
        while (m_user.endsWith(QChar(0))) // gss-ntlmssp counts the terminating NUL in the length
            m_user.chop(1);
        gss_release_buffer(&minor, &name);
        gss_release_name(&minor, &source);
        m_proxy->recordUser(m_user);
        handle(lines.value(0) + "\r\n", bodyLength); // now authenticated: the answer to the request itself
    }

    void refuse()
    {
        m_proxy->m_failures.fetch_add(1);
        reset();
        m_socket->write(response("407 Proxy Authentication Required",
            "Proxy-Authenticate: NTLM\r\nConnection: close\r\n", "wrong credentials"));
        m_socket->disconnectFromHost();
    }

    NtlmProxy *m_proxy;
    QTcpSocket *m_socket;
    QByteArray m_in;
    gss_cred_id_t m_cred = GSS_C_NO_CREDENTIAL;
    gss_ctx_id_t m_context = GSS_C_NO_CONTEXT;
    QString m_user;
};

NtlmProxy::NtlmProxy(const QString &userFile)
    : m_anchor(new QObject)
{
    qputenv("NTLM_USER_FILE", userFile.toLocal8Bit());
    m_anchor->moveToThread(&m_thread);
    m_thread.start();
}

NtlmProxy::~NtlmProxy()
{
    QMetaObject::invokeMethod(
        m_anchor, [this] { delete m_anchor; }, Qt::BlockingQueuedConnection);
    m_thread.quit();
    m_thread.wait();
}

quint16 NtlmProxy::listen()
{
    QMetaObject::invokeMethod(
        m_anchor,
        [this] {
            auto *server = new QTcpServer(m_anchor);
            if (!server->listen(QHostAddress::LocalHost))
                return;
            m_port = server->serverPort();
            connect(server, &QTcpServer::newConnection, server, [this, server] {
                while (QTcpSocket *socket = server->nextPendingConnection())
                    new NtlmProxyConnection(this, socket);
            });
        },
        Qt::BlockingQueuedConnection);
    return m_port;
}

QStringList NtlmProxy::users() const
{
    QMutexLocker lock(&m_mutex);
    return m_users;
}

QStringList NtlmProxy::schemesSeen() const
{
    QMutexLocker lock(&m_mutex);
    return m_schemes;
}

void NtlmProxy::recordUser(const QString &user)
{
    QMutexLocker lock(&m_mutex);
    m_users.append(user);
}

QList<qint64> NtlmProxy::bodiesSeen() const
{
    QMutexLocker lock(&m_mutex);
    return m_bodies;
}

void NtlmProxy::recordBody(qint64 length)
{
    QMutexLocker lock(&m_mutex);
    m_bodies.append(length);
}

void NtlmProxy::recordScheme(const QString &scheme)
{
    QMutexLocker lock(&m_mutex);
    m_schemes.append(scheme);
}
