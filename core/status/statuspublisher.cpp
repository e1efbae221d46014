#include "statuspublisher.h"

#include "statustoken.h"

#include <QPointer>
#include <QThread>

StatusPublisher::StatusPublisher(QString configDir, QObject *parent)
    : QObject(parent), m_configDir(std::move(configDir)), m_thread(new QThread), m_server(new StatusServer({}))
{
    m_thread->setObjectName(QStringLiteral("status socket"));
    m_server->moveToThread(m_thread);
    connect(m_thread, &QThread::finished, m_server, &QObject::deleteLater);
    connect(m_server, &StatusServer::clientsChanged, this, [this](int count) {
        m_clients = count;
        Q_EMIT clientsChanged(count);
    });
    m_thread->start();
}

StatusPublisher::~StatusPublisher()
{
    m_server->disconnect(this);
    QMetaObject::invokeMethod(m_server, &StatusServer::close);
    m_thread->quit();
    m_thread->wait();
    delete m_thread;
}

void StatusPublisher::start(const StatusServer::Options &options)
{
    prepare(true, options);
}

void StatusPublisher::loadToken()
{
    prepare(false, {});
}

void StatusPublisher::stop()
{
    m_listen.clear();
    QMetaObject::invokeMethod(m_server, &StatusServer::close);
}

void StatusPublisher::prepare(bool listen, const StatusServer::Options &options)
{
    QPointer<StatusPublisher> self(this);
    StatusServer *server = m_server;
    const QString dir = m_configDir;
    QMetaObject::invokeMethod(server, [self, server, dir, listen, options] {
        auto token = StatusToken::loadOrCreate(dir);
        QString address;
        QString error;
        if (!token) {
            error = token.error().toString();
        } else if (listen) {
            server->close();
            server->setOptions(options);
            server->setToken(token.value());
            if (const Result<void> listened = server->listen(); listened)
                address = server->listenString();
            else
                error = listened.error().message;
        }
        const QByteArray value = token ? token.value() : QByteArray();
        QMetaObject::invokeMethod(self, [self, address, error, value, listen] {
            if (!self)
                return;
            self->m_token = value;
            self->m_listen = address;
            self->m_error = error;
            Q_EMIT self->tokenChanged();
            if (!error.isEmpty())
                Q_EMIT self->failed(error);
            else if (listen)
                Q_EMIT self->listening(address);
        });
    });
}

void StatusPublisher::rotateToken()
{
    QPointer<StatusPublisher> self(this);
    StatusServer *server = m_server;
    const QString dir = m_configDir;
    QMetaObject::invokeMethod(server, [self, server, dir] {
        auto token = StatusToken::rotate(dir);
        if (token)
            server->setToken(token.value());
        const QByteArray value = token ? token.value() : QByteArray();
        const QString error = token ? QString() : token.error().toString();
        QMetaObject::invokeMethod(self, [self, value, error] {
            if (!self)
                return;
            if (!error.isEmpty()) {
                self->m_error = error;
                Q_EMIT self->failed(error);
                return;
            }
            self->m_token = value;
            Q_EMIT self->tokenChanged();
        });
    });
}

void StatusPublisher::publish(const TunnelRecords &records)
{
    QMetaObject::invokeMethod(m_server, [server = m_server, records] { server->publish(records); });
}

void StatusPublisher::publishStatus(const QJsonObject &engine)
{
    QMetaObject::invokeMethod(m_server, [server = m_server, engine] { server->publishStatus(engine); });
}
