#pragma once

#include "diagnosis.h"
#include "result.h"
#include "settingsdata.h"

#include <QObject>

#include <memory>
#include <vector>

// What to test: a URL given by the user, or a named connection with its own route.
struct DiagnosticTarget
{
    QString label;
    QUrl url;
    Route route;
};

// Runs connectivity tests of several targets at once, a few at a time (DESIGN F6: "test all
// connections"), with progress and cancel. Builds everything from a settings snapshot and the
// proxy password given; reads the CA anchors and the system's roots when it starts, so start it
// on a thread that may touch the disk.
class DiagnosticsRunner : public QObject
{
    Q_OBJECT

public:
    DiagnosticsRunner(SettingsData data, QString password, QString configDir, QObject *parent = nullptr);
    ~DiagnosticsRunner() override;

    // URLs as typed (checked, each with its route), or, with none, every connection.
    static Result<QList<DiagnosticTarget>> targets(const SettingsData &data, const QStringList &urls);

    void setWebSocket(bool enabled) { m_options.webSocket = enabled; }
    void setTimeout(int milliseconds) { m_options.timeoutMs = milliseconds; }
    void setConcurrency(int count) { m_concurrency = std::max(1, count); }

    void start(const QList<DiagnosticTarget> &targets);
    void cancel();
    bool isRunning() const { return m_running; }
    const QList<DiagnosticReport> &reports() const { return m_reports; }

Q_SIGNALS:
    // A step of report `index` changed (or it finished).
    void reportChanged(int index, const DiagnosticReport &report);
    void progress(int finished, int total);
    void finished();

private:
    void routeByPac(); // automatic profile: ask the PAC where the targets left to it go
    void launchNext();
    void onFinished(int index);

    SettingsData m_data;
    QString m_password;
    QString m_configDir;
    DiagnosisOptions m_options;
    QList<DiagnosticTarget> m_targets;
    QList<DiagnosticReport> m_reports;
    std::vector<std::unique_ptr<Diagnosis>> m_diagnoses;
    int m_next = 0;
    int m_done = 0;
    int m_concurrency = 4;
    bool m_running = false;
};
