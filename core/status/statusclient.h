#pragma once

#include "result.h"
#include "tunnelrecord.h"

#include <QJsonObject>
#include <QObject>
#include <QTimer>
#include <QUrl>

class QWebSocket;

// Watches one engine's status socket (`proxydeck serve` on this or another host): connects with
// the token, reads the snapshot and the change sets, and keeps trying when the connection goes,
// so a view fed by it is never silently frozen. Every record it reports carries the engine's
// name. A refused token, or messages this version cannot read, stop the retries: trying again
// would get the same answer.
class StatusClient : public QObject
{
    Q_OBJECT

public:
    enum class State { Idle, Connecting, Connected, Retrying, Failed };
    Q_ENUM(State)

    StatusClient(QUrl url, QByteArray token, QObject *parent = nullptr);
    ~StatusClient() override;

    // "ws://host[:port]" (3129 unless given) or "host[:port]"; wss:// for an engine behind TLS.
    // No credentials, path or query: the token travels in a header, never in the remembered URL.
    static Result<QUrl> parseUrl(const QString &text);
    // "host:port", what the Engine column shows.
    static QString engineName(const QUrl &url);

    QUrl url() const { return m_url; }
    QString name() const { return m_name; }
    State state() const { return m_state; }
    QString message() const { return m_message; }
    // The engine's last figures with "rate_up"/"rate_down" added, as EngineController reports them.
    QJsonObject engineStatus() const { return m_engine; }

    void setSilenceTimeout(int milliseconds) { m_silenceMs = milliseconds; }
    void setRetryDelays(int firstMs, int maxMs);

public Q_SLOTS:
    void open();
    void close();

Q_SIGNALS:
    void stateChanged(StatusClient::State state, const QString &message);
    // After every (re)connect: the engine's open tunnels and latest finished ones.
    void snapshotReceived(const TunnelRecords &records, const QJsonObject &engine);
    void changesReceived(const TunnelRecords &records);
    void statusReceived(const QJsonObject &engine);

private:
    void connectSocket();
    void discardSocket();
    void onText(const QString &text);
    void onDisconnected();
    void retryLater(const QString &why);
    void fail(const QString &why);
    void setState(State state, const QString &message);
    void updateEngine(const QJsonObject &engine);
    void tag(TunnelRecords &records) const;

    QUrl m_url;
    QByteArray m_token;
    QString m_name;
    QWebSocket *m_socket = nullptr;
    QTimer m_retry;   // children, so that they move to the client's thread with it
    QTimer m_silence;
    State m_state = State::Idle;
    QString m_message;
    QJsonObject m_engine;
    qint64 m_lastAtMs = 0;
    int m_firstRetryMs = 1000;
    int m_maxRetryMs = 30'000;
    int m_nextRetryMs = 1000;
    int m_silenceMs = 5000;
    bool m_seenSnapshot = false;
};
