#pragma once

#include "statusserver.h"

#include <QObject>

class QThread;

// The console engine's status socket: a StatusServer on a thread of its own, with the token of
// the configuration folder (read, or created, on that thread too). publish() and
// publishStatus() hand over to that thread; nothing here blocks the caller.
class StatusPublisher : public QObject
{
    Q_OBJECT

public:
    explicit StatusPublisher(QString configDir, QObject *parent = nullptr);
    ~StatusPublisher() override;

    // Reads (or creates) the token and listens; tokenChanged() and listening() or failed() follow.
    // options.token is ignored: the folder's token is used.
    void start(const StatusServer::Options &options);
    // Closes every client (going away) and stops listening.
    void stop();
    // Reads (or creates) the token without listening, to show it; tokenChanged() follows.
    void loadToken();
    // Writes a new token; clients with the old one are closed. tokenChanged() follows.
    void rotateToken();

    bool isListening() const { return !m_listen.isEmpty(); }
    QString listenString() const { return m_listen; }
    QString errorMessage() const { return m_error; }
    QByteArray token() const { return m_token; }
    int clientCount() const { return m_clients; }

    void publish(const TunnelRecords &records);
    void publishStatus(const QJsonObject &engine);

Q_SIGNALS:
    void listening(const QString &address);
    void failed(const QString &message);
    void tokenChanged();
    void clientsChanged(int count);

private:
    void prepare(bool listen, const StatusServer::Options &options);

    QString m_configDir;
    QThread *m_thread;
    StatusServer *m_server;
    QString m_listen;
    QString m_error;
    QByteArray m_token;
    int m_clients = 0;
};
