#pragma once

#include "diagnosticreport.h"
#include "diagnosticsrunner.h"

#include <QList>
#include <QSet>
#include <QThread>
#include <QThreadPool>
#include <QTimer>
#include <QWidget>

class QCheckBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTextBrowser;
class QTreeWidget;
class QTreeWidgetItem;
class SecretStore;
class Settings;

// F6: tests a URL (or every connection) step by step and shows each step's outcome, time and,
// on failure, the hint; copies the reports as text or JSON; and, when a TLS-inspecting proxy
// presented a CA this machine does not trust, offers to import it as an anchor and tests again.
// The DiagnosticsRunner does network and disk work, so it lives on a worker thread of its own;
// its signals come back queued and the tree is redrawn at most every 100 ms.
class DiagnosticsPage : public QWidget
{
    Q_OBJECT

public:
    DiagnosticsPage(Settings &settings, SecretStore &secrets, QWidget *parent = nullptr);
    ~DiagnosticsPage() override;

    // Tests one URL as typed; an invalid one is named in the message line and nothing runs.
    void run(const QString &url);
    // Tests every connection, each with its own route.
    void runAll();
    void cancel();
    // From the first click until the last report is final (reading the keychain included).
    bool isRunning() const { return m_state != State::Idle; }
    QList<DiagnosticReport> reports() const { return m_reports; }
    // Every report, also put on the clipboard.
    QString copyText();
    QString copyJson();
    // Trusts the CA report `reportIndex` was shown (no confirmation: the button asks first), off
    // the GUI thread, then tests again every report that was shown the same CA.
    void importUntrustedCa(int reportIndex);
    QString message() const;
    // Per step; for tests, which run against loopback parts that never answer.
    void setStepTimeout(int milliseconds) { m_timeoutMs = milliseconds; }

Q_SIGNALS:
    void runFinished();
    void caImported(bool ok, const QString &message);

private:
    // Starting: the proxy password is being read from the keychain; no runner yet.
    enum class State { Idle, Starting, Running, Cancelling };

    void startFresh(const QList<DiagnosticTarget> &targets);
    // Tests targets[i] into m_reports[indices[i]]; `note` leads the message line until the next run.
    void start(const QList<DiagnosticTarget> &targets, const QList<int> &indices, const QString &note = {});
    void launch(const QString &password);
    void onReportChanged(int index, const DiagnosticReport &report);
    void onProgress(int done, int total);
    void onFinished();
    void finishWithoutRunner();
    void refreshTree();
    void updateItem(int index);
    void updateControls();
    void updateImportButton();
    void showDetails();
    void confirmImport();
    int importCandidate() const;
    void showStatus(const QString &status); // the run's notes, then status
    void setMessage(const QString &text, bool error = false);

    Settings &m_settings;
    SecretStore &m_secrets;
    QLineEdit *m_url;
    QCheckBox *m_webSocket;
    QPushButton *m_run;
    QPushButton *m_runAll;
    QPushButton *m_cancel;
    QPushButton *m_copyText;
    QPushButton *m_copyJson;
    QPushButton *m_import;
    QLabel *m_progress;
    QLabel *m_message;
    QTreeWidget *m_tree;
    QTextBrowser *m_details;

    State m_state = State::Idle;
    quint64 m_generation = 0;           // bumped per run: late answers of an older one are dropped
    QList<DiagnosticTarget> m_targets;  // what each report was tested as (label, URL, route)
    QList<DiagnosticReport> m_reports;
    QList<int> m_indices;               // the runner's index i fills m_reports[m_indices[i]]
    QList<DiagnosticTarget> m_pending;  // the targets of the run being started
    QStringList m_notes;                // what the message line says throughout a run
    bool m_notesAreErrors = false;
    QSet<int> m_dirty;                  // reports whose tree items are out of date
    QTimer m_refresh;
    int m_timeoutMs = 10'000;
    QThread m_thread;                   // the runners' thread
    DiagnosticsRunner *m_runner = nullptr; // lives on m_thread
    QThreadPool m_worker;               // anchor imports, one at a time
};
