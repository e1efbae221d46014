#pragma once

#include "result.h"

#include <QCoreApplication>
#include <QHostAddress>
#include <QObject>
#include <QTimer>

struct EngineContext;
class EngineWorker;
class QSocketNotifier;

// One worker's listening socket. Every worker binds the engine's address and port with
// SO_REUSEPORT, so the kernel spreads new connections over the workers and an accepted socket
// never changes threads. A connection past the engine's limit is still adopted, marked
// over-limit (that session answers 503). When the process runs out of descriptors (EMFILE) it
// stops watching the socket and tries again shortly after: the waiting connections stay in the
// kernel's backlog and are served once descriptors are back, and the worker does not spin.
//
// It accepts by itself rather than through QTcpServer: Qt keeps only the first error of a socket
// engine, so after the first EAGAIN of a burst every later EMFILE looked temporary to QTcpServer,
// which neither paused nor said so, and retried at once — a core at 100 % until a descriptor
// came free.
class EngineListener : public QObject
{
    Q_OBJECT

public:
    EngineListener(EngineContext &context, EngineWorker &worker);
    ~EngineListener() override;

    // Binds (port 0: any free port) and listens; on the worker's thread. The first listener of
    // an engine also makes sure no other socket holds the port.
    Result<quint16> open(const QHostAddress &address, quint16 port, bool first);
    // Stops listening: new connections are refused by the kernel.
    void close();

private:
    void acceptPending();
    void incomingConnection(int descriptor);

    EngineContext &m_context;
    EngineWorker &m_worker;
    int m_fd = -1;
    QSocketNotifier *m_notifier = nullptr;
    QTimer m_resume;
};
