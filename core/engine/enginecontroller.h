#pragma once

#include "engineconfig.h"
#include "tunnelrecord.h"

#include <QJsonObject>
#include <QObject>
#include <QTimer>

#include <memory>

class Engine;
class SecretStore;
class Settings;
class StatusPublisher;

// The console's handle on its local engine: starts it from the active profile (reading the
// password from the keychain asynchronously, so the GUI thread never waits), stops it, and
// reports its state and counters once a second. Pages and the status bar observe it.
class EngineController : public QObject
{
    Q_OBJECT

public:
    enum class State { Stopped, Starting, Running, Failed };
    Q_ENUM(State)

    // Where and how the console's engine listens; the defaults are DESIGN F5's.
    struct Options
    {
        QHostAddress listenAddress = QHostAddress(QHostAddress::LocalHost);
        quint16 listenPort = 3128;
        ClientAllowlist allowlist;
        PortRanges connectPorts = PortRanges::httpsOnly();
        int workers = 0;
        // The status socket (DESIGN F5) runs while the engine does, with the same allowlist.
        bool statusSocket = true;
        QHostAddress statusAddress = QHostAddress(QHostAddress::LocalHost);
        quint16 statusPort = 3129;
    };

    EngineController(Settings &settings, SecretStore &secrets, QObject *parent = nullptr);
    ~EngineController() override;

    void setOptions(const Options &options) { m_options = options; }
    const Options &options() const { return m_options; }

    void start();
    void stop();
    State state() const { return m_state; }
    QString errorMessage() const { return m_error; }
    QString listenString() const;
    // The last figures: the JSON of GET /status, plus "rate_up"/"rate_down" in bytes per second.
    QJsonObject status() const { return m_status; }
    Engine *engine() const { return m_engine.get(); }
    // The status socket and its token; listening only while the engine runs.
    StatusPublisher *statusPublisher() const { return m_publisher; }
    // The settings changed while the engine runs: it still uses the profile and rules it started
    // with until it is restarted.
    bool isStale() const { return m_stale; }

Q_SIGNALS:
    void stateChanged(EngineController::State state);
    void statusUpdated(const QJsonObject &status);
    void tunnelsChanged(const TunnelRecords &records);

private:
    void launch(const QString &password);
    void run(EngineConfig config);
    void setState(State state, const QString &error = {});
    void poll();

    Settings &m_settings;
    SecretStore &m_secrets;
    Options m_options;
    std::unique_ptr<Engine> m_engine;
    StatusPublisher *m_publisher;
    State m_state = State::Stopped;
    QString m_error;
    QJsonObject m_status;
    QTimer m_poll;
    qint64 m_lastUp = 0;
    qint64 m_lastDown = 0;
    quint64 m_startGeneration = 0; // a stop() while the keychain answers cancels that start
    bool m_stale = false;
};
