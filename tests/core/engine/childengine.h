#pragma once

#include <QByteArrayView>
#include <QJsonObject>
#include <QProcess>
#include <QStringList>

#include <sys/resource.h>

// `proxydeck serve` (the real binary) in a process of its own: 127.0.0.1, any free port, no
// status socket, its configuration folder in dir; with openFiles > 0, RLIMIT_NOFILE (soft and
// hard) is lowered to that between fork and exec. Its memory, descriptors and CPU time are read
// from /proc. Killed when it goes out of scope, if still running.
class ChildEngine
{
public:
    ChildEngine(const QString &program, const QString &dir, const QStringList &arguments, rlim_t openFiles = 0);
    ~ChildEngine();
    ChildEngine(const ChildEngine &) = delete;
    ChildEngine &operator=(const ChildEngine &) = delete;

    // Waits for "listening on 127.0.0.1:N"; false if it exits first or timeoutMs pass.
    bool waitListening(int timeoutMs = 20000);

    quint16 port() const { return m_port; }
    qint64 pid() const { return m_process.processId(); }
    bool isRunning() const { return m_process.state() == QProcess::Running; }
    // What it printed so far (standard output and error together).
    QString output();

    // A field of /proc/<pid>/status in KiB (VmRSS, VmHWM …); -1 when unreadable.
    qint64 memoryKiB(QByteArrayView field) const;
    // Entries of /proc/<pid>/fd; -1 when unreadable.
    int openFiles() const;
    // User and system CPU time so far, all threads; -1 when unreadable.
    qint64 cpuMs() const;
    // GET /status on the engine itself (one connection of its own, counted in `active`).
    QJsonObject status() const;
    // SIGTERM (the engine drains and exits): its exit code, or -1 for a crash or no exit.
    int terminate(int timeoutMs);

private:
    QProcess m_process;
    QByteArray m_output;
    quint16 m_port = 0;
};
