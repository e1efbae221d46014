#include "enginecontext.h"

#include <QCoreApplication>
#include <QSslSocket>

EngineContext::EngineContext(EngineConfig configuration) : config(std::move(configuration))
{
    clock.start();
    // Reading the system's roots is disk work: only for an https:// upstream, and not at all
    // when the caller brought them. A PAC may name an HTTPS proxy for any request.
    if (config.upstream.usesTls() || config.isAutomatic()) {
        upstreamTls = QSslConfiguration::defaultConfiguration();
        QList<QSslCertificate> roots = config.systemRoots.isEmpty() ? upstreamTls.caCertificates() : config.systemRoots;
        roots += config.caAnchors;
        upstreamTls.setCaCertificates(roots);
        upstreamTls.setPeerVerifyMode(QSslSocket::VerifyPeer);
    }
}

QJsonObject EngineContext::status() const
{
    const auto load = [](const auto &atomic) { return qint64(atomic.load(std::memory_order_relaxed)); };
    QJsonObject upstream;
    if (config.upstream.isSet()) {
        upstream.insert(QStringLiteral("url"), config.upstream.displayUrl());
        upstream.insert(QStringLiteral("authenticates"), !config.upstream.authorization.isEmpty());
    }
    return QJsonObject{
        {QStringLiteral("service"), QStringLiteral("proxydeck-engine")},
        {QStringLiteral("version"), QCoreApplication::applicationVersion()},
        {QStringLiteral("status"), QStringLiteral("ok")},
        {QStringLiteral("listen"), listen},
        {QStringLiteral("profile"), config.profileName},
        {QStringLiteral("upstream"), config.upstream.isSet() ? QJsonValue(upstream) : QJsonValue()},
        {QStringLiteral("pac"), config.isAutomatic() ? QJsonValue(config.pacUrl) : QJsonValue()},
        {QStringLiteral("uptime_s"), double(now()) / 1000.0},
        {QStringLiteral("started"), QDateTime::fromMSecsSinceEpoch(startedAtMs).toUTC().toString(Qt::ISODate)},
        {QStringLiteral("connections"),
         QJsonObject{{QStringLiteral("active"), load(activeConnections)},
                     {QStringLiteral("total"), load(totalConnections)},
                     {QStringLiteral("refused"), load(refusedConnections)}}},
        {QStringLiteral("tunnels"),
         QJsonObject{{QStringLiteral("active"), load(activeTunnels)},
                     {QStringLiteral("total"), load(totalRecords)},
                     {QStringLiteral("failed"), load(failedRecords)}}},
        {QStringLiteral("bytes"),
         QJsonObject{{QStringLiteral("up"), load(bytesUp)}, {QStringLiteral("down"), load(bytesDown)}}},
        {QStringLiteral("connect_ports"), config.connectPorts.toString()},
    };
}
