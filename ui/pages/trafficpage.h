#pragma once

#include "tunnelrecord.h"

#include <QHash>
#include <QWidget>

class EngineController;
class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;
class ThroughputGraph;
class TrafficFilterModel;
class TrafficModel;

// Live traffic through the local engine (DESIGN F7): every tunnel and request with its client,
// target, route, state, bytes, rate, duration and error; sort, filter, pause, clear, copy,
// export as CSV; and the throughput of the last five minutes. Fed by the engine's batched
// change sets, so the GUI thread does one model update per batch whatever the traffic.
class TrafficPage : public QWidget
{
    Q_OBJECT

public:
    explicit TrafficPage(EngineController &engine, QWidget *parent = nullptr);

    TrafficModel *model() const { return m_model; }
    TrafficFilterModel *filterModel() const { return m_filter; }
    QTableView *view() const { return m_view; }
    ThroughputGraph *graph() const { return m_graph; }
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
    void onTunnels(const TunnelRecords &records);
    void onStatus();
    void updateEngineControls();
    QList<int> shownSourceRows(bool selectedOnly) const;

    EngineController &m_engine;
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
    bool m_paused = false;
    bool m_follow = true;
    TunnelRecords m_pending; // while paused, in arrival order
};
