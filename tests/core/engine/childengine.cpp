#include "childengine.h"

#include "httpreply.h"
#include "testsupport.h"

#include <QDeadlineTimer>
#include <QFile>
#include <QJsonDocument>
#include <QRegularExpression>

#include <csignal>
#include <dirent.h>
#include <unistd.h>

ChildEngine::ChildEngine(const QString &program, const QString &dir, const QStringList &arguments, rlim_t openFiles)
{
    QProcessEnvironment environment = TestSupport::environmentWithoutProxies();
    if (openFiles > 0) {
        // Under UBSan (the asan preset) its vptr check proves an object readable through a pipe
        // (sanitizer_common's IsAccessibleMemoryRange); with no descriptor left, the pipe fails
        // and every virtual call looks like a call on a dead object. That check is off for this
        // child only; the rest of UBSan stays on.
        const QString suppressions = dir + QStringLiteral("/ubsan-without-descriptors.supp");
        QFile file(suppressions);
        if (file.open(QIODevice::WriteOnly))
            file.write("vptr:*\n"); // by source file: the object's type cannot be read either
        const QString options = environment.value(QStringLiteral("UBSAN_OPTIONS"));
        environment.insert(QStringLiteral("UBSAN_OPTIONS"),
                           (options.isEmpty() ? QString() : options + u':') + QStringLiteral("suppressions=") + suppressions);
    }
    m_process.setProcessEnvironment(environment);
    m_process.setProcessChannelMode(QProcess::MergedChannels);
    if (openFiles > 0) {
        m_process.setChildProcessModifier([openFiles] {
            const rlimit limit{openFiles, openFiles};
            ::setrlimit(RLIMIT_NOFILE, &limit);
        });
    }
    m_process.start(program, QStringList{QStringLiteral("serve"), QStringLiteral("--config-dir"), dir,
                                         QStringLiteral("--listen"), QStringLiteral("127.0.0.1:0"),
                                         QStringLiteral("--no-status")}
                                 + arguments);
}

ChildEngine::~ChildEngine()
{
    if (m_process.state() != QProcess::NotRunning) {
        m_process.kill();
        m_process.waitForFinished(5000);
    }
}

bool ChildEngine::waitListening(int timeoutMs)
{
    static const QRegularExpression listening(QStringLiteral("listening on 127\\.0\\.0\\.1:(\\d+)"));
    const QDeadlineTimer deadline(timeoutMs);
    while (!deadline.hasExpired() && m_process.state() != QProcess::NotRunning) {
        m_process.waitForReadyRead(100);
        m_output += m_process.readAll();
        if (const auto match = listening.match(QString::fromUtf8(m_output)); match.hasMatch()) {
            m_port = quint16(match.captured(1).toUInt());
            return true;
        }
    }
    return false;
}

QString ChildEngine::output()
{
    m_output += m_process.readAll();
    return QString::fromUtf8(m_output);
}

qint64 ChildEngine::memoryKiB(QByteArrayView field) const
{
    QFile file(QStringLiteral("/proc/%1/status").arg(pid()));
    if (!file.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : file.readAll().split('\n')) {
        if (line.startsWith(field) && line.size() > field.size() && line[field.size()] == ':')
            return line.mid(field.size() + 1).trimmed().split(' ').constFirst().toLongLong();
    }
    return -1;
}

int ChildEngine::openFiles() const
{
    DIR *dir = ::opendir(qPrintable(QStringLiteral("/proc/%1/fd").arg(pid())));
    if (!dir)
        return -1;
    int count = 0;
    while (const dirent *entry = ::readdir(dir))
        count += entry->d_name[0] != '.' ? 1 : 0;
    ::closedir(dir);
    return count;
}

qint64 ChildEngine::cpuMs() const
{
    QFile file(QStringLiteral("/proc/%1/stat").arg(pid()));
    if (!file.open(QIODevice::ReadOnly))
        return -1;
    const QByteArray stat = file.readAll();
    // proc(5): after the command name (in parentheses, may hold spaces) come the state, the third
    // field, and then utime and stime, the 14th and 15th.
    const QList<QByteArray> fields = stat.mid(stat.lastIndexOf(')') + 2).split(' ');
    if (fields.size() < 13)
        return -1;
    const qint64 ticks = fields.at(11).toLongLong() + fields.at(12).toLongLong();
    return ticks * 1000 / ::sysconf(_SC_CLK_TCK);
}

QJsonObject ChildEngine::status() const
{
    const HttpReply reply = HttpReply::exchange(m_port, "GET /status HTTP/1.1\r\nHost: engine\r\nConnection: close\r\n\r\n");
    return QJsonDocument::fromJson(reply.body).object();
}

int ChildEngine::terminate(int timeoutMs)
{
    ::kill(pid_t(pid()), SIGTERM);
    if (!m_process.waitForFinished(timeoutMs))
        return -1;
    output();
    return m_process.exitStatus() == QProcess::NormalExit ? m_process.exitCode() : -1;
}
