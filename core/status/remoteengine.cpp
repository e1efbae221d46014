#include "remoteengine.h"

#include <QThread>

RemoteEngine::RemoteEngine(const QUrl &url, const QByteArray &token, QObject *parent)
    : QObject(parent)
    , m_url(url)
    , m_name(StatusClient::engineName(url))
    , m_thread(new QThread)
    , m_client(new StatusClient(url, token))
{
    m_thread->setObjectName(QStringLiteral("status ") + m_name);
    m_client->moveToThread(m_thread);
    connect(m_thread, &QThread::finished, m_client, &QObject::deleteLater);
    connect(m_client, &StatusClient::stateChanged, this, [this](StatusClient::State state, const QString &message) {
        m_state = state;
        m_message = message;
        Q_EMIT stateChanged(state, message);
    });
    connect(m_client, &StatusClient::snapshotReceived, this,
            [this](const TunnelRecords &records, const QJsonObject &engine) {
                m_status = engine;
                Q_EMIT snapshotReceived(records);
                Q_EMIT statusReceived();
            });
    connect(m_client, &StatusClient::changesReceived, this, &RemoteEngine::changesReceived);
    connect(m_client, &StatusClient::statusReceived, this, [this](const QJsonObject &engine) {
        m_status = engine;
        Q_EMIT statusReceived();
    });
    m_thread->start();
}

RemoteEngine::~RemoteEngine()
{
    // The client is deleted on its own thread when the thread finishes.
    m_client->disconnect(this);
    QMetaObject::invokeMethod(m_client, &StatusClient::close);
    m_thread->quit();
    m_thread->wait();
    delete m_thread;
}

void RemoteEngine::open()
{
    QMetaObject::invokeMethod(m_client, &StatusClient::open);
}

void RemoteEngine::close()
{
    QMetaObject::invokeMethod(m_client, &StatusClient::close);
}
