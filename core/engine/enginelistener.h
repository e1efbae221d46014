#pragma once

#include "result.h"

#include <QCoreApplication>
#include <QHostAddress>
#include <QTcpServer>
#include <QTimer>

struct EngineContext;
class EngineWorker;

// One worker's listening socket. Every worker binds the engine's address and port with
// SO_REUSEPORT, so the kernel spreads new connections over the workers and an accepted socket
// never changes threads. A connection past the engine's limit is still adopted, marked
// over-limit (that session answers 503). When the process runs out of descriptors Qt pauses
// accepting; this resumes it shortly after, so a burst does not stop the engine for good.
class EngineListener : public QTcpServer
{
    Q_OBJECT

public:
    EngineListener(EngineContext &context, EngineWorker &worker);

    // Binds (port 0: any free port) and listens; on the worker's thread. The first listener of
    // an engine also makes sure no other socket holds the port.
    Result<quint16> open(const QHostAddress &address, quint16 port, bool first);

protected:
    void incomingConnection(qintptr descriptor) override;

private:
    EngineContext &m_context;
    EngineWorker &m_worker;
    QTimer m_resume;
};
