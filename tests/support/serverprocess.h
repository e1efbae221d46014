#pragma once

#include <QProcess>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>

#include <memory>

// A server program started by a test (tinyproxy, openssl s_server …): stopped with SIGTERM, then
// SIGKILL, when it goes out of scope, whatever the test's outcome; every wait is bounded.
class ServerProcess
{
public:
    ServerProcess(const QString &program, const QStringList &arguments,
                  const QProcessEnvironment &environment = QProcessEnvironment::systemEnvironment());
    ~ServerProcess();
    ServerProcess(const ServerProcess &) = delete;
    ServerProcess &operator=(const ServerProcess &) = delete;

    // True once something accepts connections on 127.0.0.1:port; false if the program exits
    // first or timeoutMs pass.
    bool waitForPort(quint16 port, int timeoutMs = 20000);
    bool isRunning() const { return m_process.state() != QProcess::NotRunning; }
    // SIGKILL and wait: the program gets no chance to say goodbye, as in a crash or a power cut.
    void kill();
    // What it printed so far (standard output and error together).
    QString output();

    // The path of program in PATH or in the sbin folders Debian keeps servers in; empty if none.
    static QString find(const QString &program);
    // A loopback port that was free a moment ago.
    static quint16 freePort();

    // openssl s_server on 127.0.0.1:port serving make-test-certs' localhost leaf (with its
    // intermediate) from certDir; null when it does not listen.
    static std::unique_ptr<ServerProcess> tlsOrigin(const QString &certDir, quint16 port);
    // tinyproxy on 127.0.0.1:port in the foreground, wanting Basic user:password, allowing CONNECT
    // to connectPorts only; its configuration and log in dir. Null when it is not installed or
    // does not listen.
    static std::unique_ptr<ServerProcess> tinyproxy(const QString &dir, quint16 port, const QString &user,
                                                    const QString &password, const QList<quint16> &connectPorts);

private:
    QProcess m_process;
    QByteArray m_output;
};
