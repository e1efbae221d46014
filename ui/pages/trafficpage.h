#pragma once

#include "tunnelrecord.h"

#include <QHash>
#include <QTimer>
#include <QWidget>

#include <vector>

class EngineController;
class RemoteEnginesBar;
class SecretStore;
class Settings;
class QSpinBox;
class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;
class QToolButton;
class ThroughputGraph;
class TrafficFilterModel;
class TrafficModel;

// Live traffic through the local engine (DESIGN F7): every tunnel and request with its client,
// target, route, state, bytes, rate, duration and error; sort, filter, pause, clear, copy,
// export as CSV; and the throughput of the last five minutes. Fed by the engine's batched
// change sets, so the GUI thread does one model update per batch whatever the traffic. Besides
// the console's own engine it watches remote ones over their status sockets (one Engine column,
// their lost connections shown as such), and it shows and rotates the own status socket's token.
class TrafficPage : public QWidget
{
    Q_OBJECT

public:
    TrafficPage(EngineController &engine, Settings &settings, SecretStore &secrets, QWidget *parent = nullptr);

    TrafficModel *model() const { return m_model; }
    TrafficFilterModel *filterModel() const { return m_filter; }
    QTableView *view() const { return m_view; }
    ThroughputGraph *graph() const { return m_graph; }
    RemoteEnginesBar *remoteEngines() const { return m_remotes; }
    QSpinBox *capacityBox() const { return m_capacity; }
    // The own status socket's token as shown (loaded off the GUI thread; empty until then).
    QString statusToken() const;
    // Writes a new token: watchers holding the old one are turned away.
    void rotateStatusToken();
    bool isPaused() const { return m_paused; }
    void setPaused(bool paused);
    // Selected rows (or all shown ones) as tab-separated text, also put on the clipboard.
    QString copyRows();
    // Writes the shown rows as CSV off the GUI thread; exported() or exportFailed() follows.
    void exportCsv(const QString &path);
    QString summary() const;

Q_SIGNALS:
    void exported(const QString &path);
    void exportFailed(const QString &message);

private:
    struct Pending
    {
        enum class Kind { Changes, Snapshot, Lost, Removed };
        Kind kind = Kind::Changes;
        QString engine;
        TunnelRecords records;
    };
    void onTunnels(const TunnelRecords &records);
    void enqueue(Pending pending);
    void applyPending(const Pending &pending);
    void sample();
    void updateStatusSocket();
    void updateEngineColumn();
    void onStatus();
    void updateEngineControls();
    QList<int> shownSourceRows(bool selectedOnly) const;

    EngineController &m_engine;
    Settings &m_settings;
    TrafficModel *m_model;
    TrafficFilterModel *m_filter;
    QTableView *m_view;
    ThroughputGraph *m_graph;
    QPushButton *m_toggle;
    QLabel *m_engineState;
    QLineEdit *m_text;
    QComboBox *m_route;
    QComboBox *m_state;
    QCheckBox *m_errorsOnly;
    QPushButton *m_pause;
    QLabel *m_summary;
    QLabel *m_message;
    RemoteEnginesBar *m_remotes;
    QToolButton *m_statusSocket;
    QSpinBox *m_capacity;
    bool m_paused = false;
    bool m_follow = true;
    std::vector<Pending> m_pending; // while paused, in arrival order
    qsizetype m_pendingRecords = 0;
    QTimer m_sampler; // one graph sample a second while any engine is watched
};
