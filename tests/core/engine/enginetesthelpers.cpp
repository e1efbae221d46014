#include "enginetesthelpers.h"

#include "originserver.h"

namespace EngineTest {

std::unique_ptr<Engine> start(EngineConfig config, QString *error)
{
    config.listenAddress = QHostAddress(QHostAddress::LocalHost);
    config.listenPort = 0;
    config.workers = 2;
    auto engine = std::make_unique<Engine>(std::move(config));
    const Result<void> started = engine->start();
    if (!started) {
        *error = started.error().toString();
        return nullptr;
    }
    if (engine->port() == 0) {
        *error = QStringLiteral("the engine started without a port");
        return nullptr;
    }
    return engine;
}

QString proxyUrl(const Engine &engine)
{
    return QStringLiteral("http://127.0.0.1:%1").arg(engine.port());
}

QString originUrl(quint16 originPort, const QString &path)
{
    return QStringLiteral("http://127.0.0.1:%1%2").arg(originPort).arg(path);
}

CurlResult fetch(const Engine &engine, const QString &url, const QStringList &arguments)
{
    return Curl::run(QStringList{QStringLiteral("-x"), proxyUrl(engine)} + arguments + QStringList{url});
}

QByteArray get(quint16 port, const QByteArray &path, const QByteArray &version, const QByteArray &extraFields)
{
    const QByteArray authority = "127.0.0.1:" + QByteArray::number(port);
    return "GET http://" + authority + path + ' ' + version + "\r\nHost: " + authority + "\r\n" + extraFields
        + "\r\n";
}

void verifyAnswer(const HttpReply &reply, int status, const QString &needle)
{
    QVERIFY2(reply.status == status,
             qPrintable(QStringLiteral("expected %1, got: %2 / %3")
                            .arg(status)
                            .arg(QString::fromLatin1(reply.head), QString::fromUtf8(reply.body))));
    QVERIFY(reply.header("Content-Type").startsWith("text/plain"));
    QCOMPARE(reply.header("Content-Length").toLongLong(), reply.body.size());
    QVERIFY2(!reply.body.trimmed().isEmpty(), "an error answer must say why");
    QVERIFY2(QString::fromUtf8(reply.body).contains(needle, Qt::CaseInsensitive),
             qPrintable(QStringLiteral("“%1” not in: %2").arg(needle, QString::fromUtf8(reply.body))));
}

void verifyServes(const Engine &engine, const OriginServer &origin)
{
    QVERIFY(engine.isRunning());
    const CurlResult r = fetch(engine, originUrl(origin.port(), QStringLiteral("/bytes/40000")));
    QVERIFY2(r.exitCode == 0 && r.status == 200, qPrintable(r.describe()));
    QCOMPARE(r.body.size(), 40000);
    QVERIFY(r.body == OriginServer::content(0, 40000));
}

} // namespace EngineTest
