#pragma once

#include "rawconnection.h"

#include <QObject>
#include <QStringList>
#include <QTimer>

// A normal client next to an abuse: every intervalMs a new connection with an ordinary request
// through the engine to its own OriginServer (/bytes/1000, Connection: close); each must get the
// origin's exact bytes. It records the latency of each, from connect to close.
class NormalClient : public QObject
{
public:
    static constexpr qint64 BodyBytes = 1000;

    NormalClient(quint16 enginePort, quint16 originPort, int intervalMs);

    void start();
    // Sends no more and waits (bounded) for those on their way.
    void stop();

    int sent() const { return m_sent; }
    int served() const { return int(m_latencies.size()); }
    const QStringList &problems() const { return m_problems; }
    Percentiles latency() const { return Percentiles::of(m_latencies); }
    QString describe() const;

private:
    void send();

    quint16 m_enginePort;
    QByteArray m_request;
    QTimer m_timer;
    QList<qint64> m_latencies;
    QStringList m_problems;
    int m_sent = 0;
    int m_running = 0;
};
