#pragma once

#include "pacscript.h"

#include <QStringList>
#include <QWidget>

class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QRadioButton;
class QUrl;

// Asks a PAC script what it answers for one URL: the profile's script (its URL or file, as the
// form has it now) or text pasted here. The script is read and evaluated on a worker thread (a
// file or URL read, name lookups and a script's endless loop never hold the GUI); each
// evaluation has PacScript's time limit.
class PacTester : public QWidget {
    Q_OBJECT

public:
    explicit PacTester(QWidget *parent = nullptr);

    // The PAC location the form holds ("http://wpad/wpad.dat", "/etc/proxy.pac"), possibly
    // empty or not yet valid.
    void setProfileLocation(const QString &text);
    void test();
    bool isRunning() const { return m_running; }

Q_SIGNALS:
    void tested();

private:
    struct Outcome {
        QString answer; // "PROXY a:3128; DIRECT"; empty on error
        QString error;
        QStringList alerts;
        QList<PacTraceStep> trace; // the helper calls, by line: the last one decided
    };
    static Outcome evaluate(const QUrl &location, const QString &pasted, const QUrl &url);
    void showOutcome(const Outcome &outcome);
    void updateEnabled();

    QRadioButton *m_fromProfile;
    QRadioButton *m_fromText;
    QPlainTextEdit *m_source;
    QLineEdit *m_url;
    QPushButton *m_test;
    QLabel *m_result;
    QString m_profileLocation;
    quint64 m_generation = 0;
    bool m_running = false;
};
