#pragma once

#include "statusclient.h"

#include <QObject>

class QThread;

// A StatusClient on a thread of its own, for the console: reading a snapshot of thousands of
// rows is real work, and the GUI thread only gets the parsed records. Its accessors answer
// from what the client last reported.
class RemoteEngine : public QObject
{
    Q_OBJECT

public:
    RemoteEngine(const QUrl &url, const QByteArray &token, QObject *parent = nullptr);
    ~RemoteEngine() override;

    QUrl url() const { return m_url; }
    QString name() const { return m_name; }
    StatusClient::State state() const { return m_state; }
    QString message() const { return m_message; }
    QJsonObject status() const { return m_status; }
    bool isConnected() const { return m_state == StatusClient::State::Connected; }

    void open();
    void close();

Q_SIGNALS:
    void stateChanged(StatusClient::State state, const QString &message);
    void snapshotReceived(const TunnelRecords &records);
    void changesReceived(const TunnelRecords &records);
    void statusReceived();

private:
    QUrl m_url;
    QString m_name;
    QThread *m_thread;
    StatusClient *m_client;
    StatusClient::State m_state = StatusClient::State::Idle;
    QString m_message;
    QJsonObject m_status;
};
