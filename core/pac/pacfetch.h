#pragma once

#include "result.h"

#include <QElapsedTimer>
#include <QNetworkReply>
#include <QObject>
#include <QPointer>
#include <QTimer>
#include <QUrl>

class QNetworkAccessManager;

// Fetches one PAC file over http(s) the way browsers do: directly, never through a proxy (the
// PAC is what says which proxy to use), with a size limit (no PAC is 1 MiB; a server sending more
// is not serving one) and a limit on the whole exchange, not only on silence. Asynchronous; one
// fetch at a time per object.
class PacFetch : public QObject
{
    Q_OBJECT

public:
    static constexpr qint64 MaxBytes = 1024 * 1024;
    static constexpr int DefaultTimeoutMs = 10'000;

    enum class Failure {
        None,
        NoSuchHost,        // the name does not resolve
        ConnectionRefused, // nothing listens on the port
        HttpStatus,        // an answer other than 200
        Timeout,           // no complete answer within the limit
        TooLarge,          // over MaxBytes
        Network,           // anything else (TLS, reset, …): message says what
    };

    struct Outcome
    {
        Failure failure = Failure::None;
        int httpStatus = 0;    // 0 when no HTTP answer arrived
        QString reasonPhrase;  // with httpStatus
        QString body;          // the PAC text, when ok()
        QString message;       // why it failed, a short translated phrase ("connection refused")
        qint64 elapsedMs = 0;

        bool ok() const { return failure == Failure::None; }
    };

    // The manager is used, not owned, and set to QNetworkProxy::NoProxy (Qt has no per-request
    // proxy): give PacFetch a manager of its own.
    explicit PacFetch(QNetworkAccessManager &manager, QObject *parent = nullptr);
    ~PacFetch() override;

    // Starts fetching url; finished() follows, always, unless abort() is called first.
    void start(const QUrl &url, int timeoutMs = DefaultTimeoutMs);
    // Stops a running fetch without emitting finished().
    void abort();
    bool isRunning() const { return m_reply != nullptr; }

    // For the command line only (runs a local event loop, so never on the GUI thread): the PAC
    // text, or an Error that names the URL and what went wrong.
    static Result<QString> fetchBlocking(const QUrl &url, int timeoutMs = DefaultTimeoutMs);

Q_SIGNALS:
    void finished(const PacFetch::Outcome &outcome);

private:
    void onFinished();

    QNetworkAccessManager &m_manager;
    QPointer<QNetworkReply> m_reply;
    QTimer m_deadline;
    QElapsedTimer m_clock;
    int m_timeoutMs = DefaultTimeoutMs;
    bool m_timedOut = false;
    bool m_tooLarge = false;
};
