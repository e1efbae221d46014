#include "curl.h"

#include "testsupport.h"

#include <QDir>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>

QString CurlResult::describe() const
{
    return QStringLiteral("curl exit %1, status %2, CONNECT %3, %4 body bytes, stderr: %5")
        .arg(exitCode)
        .arg(status)
        .arg(connectStatus)
        .arg(body.size())
        .arg(error.trimmed());
}

bool Curl::isAvailable()
{
    return !QStandardPaths::findExecutable(QStringLiteral("curl")).isEmpty();
}

CurlResult Curl::run(const QStringList &arguments)
{
    CurlResult result;
    QTemporaryDir dir;
    const QString bodyFile = dir.filePath(QStringLiteral("body"));
    const QString headerFile = dir.filePath(QStringLiteral("headers"));

    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    for (const char *name : {"http_proxy", "HTTP_PROXY", "https_proxy", "HTTPS_PROXY", "all_proxy",
                             "ALL_PROXY", "no_proxy", "NO_PROXY", "CURL_HOME"})
        environment.remove(QString::fromLatin1(name));
    environment.insert(QStringLiteral("HOME"), dir.path()); // no ~/.curlrc

    QProcess process;
    process.setProcessEnvironment(environment);
    process.start(QStringLiteral("curl"), QStringList{QStringLiteral("-sS"), QStringLiteral("--max-time"),
                                                      QStringLiteral("20"), QStringLiteral("-o"), bodyFile,
                                                      QStringLiteral("-D"), headerFile, QStringLiteral("-w"),
                                                      QStringLiteral("%{http_code} %{http_connect}")}
                                              + arguments);
    if (!process.waitForFinished(30000)) {
        process.kill();
        process.waitForFinished(5000);
        result.error = QStringLiteral("curl did not finish within 30 s");
        return result;
    }
    result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    const QList<QByteArray> codes = process.readAllStandardOutput().trimmed().split(' ');
    result.status = codes.value(0).toInt();
    result.connectStatus = codes.value(1).toInt();
    result.error += QString::fromUtf8(process.readAllStandardError());
    result.body = TestSupport::readFile(bodyFile);
    result.headers = TestSupport::readFile(headerFile);
    return result;
}
