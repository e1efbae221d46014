#include "serverprocess.h"

#include <QDir>
#include <QFile>

#include <QDeadlineTimer>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTcpSocket>

ServerProcess::ServerProcess(const QString &program, const QStringList &arguments,
                             const QProcessEnvironment &environment)
{
    m_process.setProcessEnvironment(environment);
    m_process.setProcessChannelMode(QProcess::MergedChannels);
    m_process.start(program, arguments);
}

ServerProcess::~ServerProcess()
{
    if (m_process.state() == QProcess::NotRunning)
        return;
    m_process.terminate();
    if (!m_process.waitForFinished(10000)) {
        m_process.kill();
        m_process.waitForFinished(5000);
    }
}

void ServerProcess::kill()
{
    m_process.kill();
    m_process.waitForFinished(5000);
}

bool ServerProcess::waitForPort(quint16 port, int timeoutMs)
{
    const QDeadlineTimer deadline(timeoutMs);
    while (!deadline.hasExpired()) {
        if (m_process.state() == QProcess::NotRunning)
            return false;
        QTcpSocket socket;
        socket.connectToHost(QHostAddress::LocalHost, port);
        if (socket.waitForConnected(500))
            return true;
        m_process.waitForFinished(100);
    }
    return false;
}

QString ServerProcess::output()
{
    m_output += m_process.readAll();
    return QString::fromUtf8(m_output);
}

QString ServerProcess::find(const QString &program)
{
    const QString inPath = QStandardPaths::findExecutable(program);
    if (!inPath.isEmpty())
        return inPath;
    return QStandardPaths::findExecutable(program, {QStringLiteral("/usr/sbin"), QStringLiteral("/sbin")});
}

quint16 ServerProcess::freePort()
{
    QTcpServer server;
    return server.listen(QHostAddress::LocalHost) ? server.serverPort() : 0;
}

std::unique_ptr<ServerProcess> ServerProcess::tlsOrigin(const QString &certDir, quint16 port)
{
    auto server = std::make_unique<ServerProcess>(
        QStringLiteral("openssl"),
        QStringList{QStringLiteral("s_server"), QStringLiteral("-accept"), QStringLiteral("127.0.0.1:%1").arg(port),
                    QStringLiteral("-cert"), certDir + QStringLiteral("/leaf.pem"), QStringLiteral("-key"),
                    certDir + QStringLiteral("/leaf.key"), QStringLiteral("-cert_chain"),
                    certDir + QStringLiteral("/inter.pem"), QStringLiteral("-www"), QStringLiteral("-quiet")});
    return server->waitForPort(port) ? std::move(server) : nullptr;
}

std::unique_ptr<ServerProcess> ServerProcess::tinyproxy(const QString &dir, quint16 port, const QString &user,
                                                        const QString &password, const QList<quint16> &connectPorts)
{
    const QString program = find(QStringLiteral("tinyproxy"));
    if (program.isEmpty())
        return nullptr;
    QString text = QStringLiteral("Port %1\nListen 127.0.0.1\nTimeout 60\nMaxClients 50\nLogLevel Info\n"
                                  "LogFile \"%2/tinyproxy-%1.log\"\nBasicAuth %3 %4\n")
                       .arg(port)
                       .arg(dir, user, password);
    for (const quint16 connectPort : connectPorts)
        text += QStringLiteral("ConnectPort %1\n").arg(connectPort);
    QFile config(QDir(dir).filePath(QStringLiteral("tinyproxy-%1.conf").arg(port)));
    if (!config.open(QIODevice::WriteOnly) || config.write(text.toUtf8()) < 0)
        return nullptr;
    config.close();
    auto server = std::make_unique<ServerProcess>(program, QStringList{QStringLiteral("-d"), QStringLiteral("-c"),
                                                                       config.fileName()});
    return server->waitForPort(port) ? std::move(server) : nullptr;
}
