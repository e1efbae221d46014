#pragma once

#include <QHostAddress>
#include <QMutex>
#include <QObject>
#include <QStringList>
#include <QThread>

class QTcpSocket;

// A real HTTP/1.1 server on its own thread that answers every request with "200 ok" (and
// CONNECT with 403) and records each request line. As an upstream proxy it sees absolute-form targets
// ("GET http://host:port/path HTTP/1.1") and CONNECT; as an origin it sees origin-form ones.
// Its own thread keeps it answering while a test blocks on a client process.
class RecordingServer : public QObject
{
    Q_OBJECT

public:
    RecordingServer();
    ~RecordingServer() override;

    // Listens on address:port (0 = any free port); returns the port, 0 on failure.
    quint16 listen(const QHostAddress &address, quint16 port = 0);
    QStringList requestLines() const;
    QStringList heads() const; // each request's whole head: request line and headers
    // True when a recorded request line contains needle (e.g. a unique path).
    bool sawRequestContaining(const QString &needle) const;
    void clear();

private:
    void serve(QTcpSocket *socket);
    void record(const QString &line, const QString &head);

    QThread m_thread;
    QObject *m_anchor; // parent of the servers, on m_thread
    mutable QMutex m_mutex;
    QStringList m_lines;
    QStringList m_heads;
};
