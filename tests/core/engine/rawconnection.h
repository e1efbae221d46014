#pragma once

#include "httpreply.h"

#include <QDeadlineTimer>
#include <QElapsedTimer>
#include <QList>
#include <QObject>
#include <QTcpSocket>
#include <QTest>
#include <QTimer>

#include <functional>

// One client connection on this thread's event loop, for tests that keep many of them going at
// once without a thread each: what it writes, everything the server sends back, and how it ended.
// It ends once: when the server closes, on an error, at its deadline, or when `complete` says
// the answer is whole (it then closes, as a client that got what it wanted does).
class RawConnection : public QObject
{
public:
    enum class End { Open, Closed, Complete, Failed, TimedOut };

    RawConnection(quint16 port, int timeoutMs, QObject *parent = nullptr);
    ~RawConnection() override;

    // Buffered by Qt until the connection is up; nothing once it has ended.
    void send(const QByteArray &bytes);

    std::function<bool(const QByteArray &)> complete;
    std::function<void(RawConnection &)> onFinished;
    QByteArray expected; // for the caller: what this connection should receive

    End end() const { return m_end; }
    bool hasEnded() const { return m_end != End::Open; }
    const QByteArray &received() const { return m_received; }
    HttpReply reply() const { return parse(m_received); }
    qint64 sent() const { return m_sent; }
    qint64 elapsedMs() const { return m_elapsedMs; } // from the connect to the end
    QString describeEnd() const;

    // Runs `count` connections to 127.0.0.1:port, at most inFlight at a time, each with its own
    // deadline: start(i, c) writes what connection i sends, done(i, c) reads how it ended.
    // Launches no more once `deadline` has passed; returns whether all `count` ran to their end.
    static bool run(quint16 port, qsizetype count, int inFlight, int timeoutMs, const QDeadlineTimer &deadline,
                    const std::function<void(qsizetype, RawConnection &)> &start,
                    const std::function<void(qsizetype, RawConnection &)> &done);
    // One response as received up to the server's close: status, head, and the rest as the body
    // (not decoded: the answers in these tests are framed by Content-Length).
    static HttpReply parse(const QByteArray &bytes);
    // RST instead of FIN: with SO_LINGER on and a zero timeout, close() drops the connection.
    static void reset(QAbstractSocket &socket);
    // Printable ASCII as it is, anything else as \xNN, cut to `limit` bytes: bytes in messages.
    static QString preview(QByteArrayView bytes, qsizetype limit = 160);

private:
    void finish(End end);

    QTcpSocket m_socket;
    QTimer m_timeout;
    QElapsedTimer m_clock;
    QByteArray m_received;
    qint64 m_sent = 0;
    qint64 m_elapsedMs = 0;
    End m_end = End::Open;
    QString m_error;
};

// Runs the event loop (where the in-test clients and servers live) until done() holds.
template<typename Done>
bool waitFor(Done done, int timeoutMs)
{
    const QDeadlineTimer deadline(timeoutMs);
    while (!done()) {
        if (deadline.hasExpired())
            return false;
        QTest::qWait(2);
    }
    return true;
}

struct Percentiles
{
    qsizetype count = 0;
    qint64 p50 = 0;
    qint64 p99 = 0;
    qint64 max = 0;

    static Percentiles of(QList<qint64> values);
};
