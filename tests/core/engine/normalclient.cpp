#include "normalclient.h"

#include "enginetesthelpers.h"
#include "originserver.h"

NormalClient::NormalClient(quint16 enginePort, quint16 originPort, int intervalMs)
    : m_enginePort(enginePort),
      m_request(EngineTest::get(originPort, "/bytes/1000", "HTTP/1.1", "Connection: close\r\n")), m_timer(this)
{
    m_timer.setInterval(intervalMs);
    connect(&m_timer, &QTimer::timeout, this, &NormalClient::send);
}

void NormalClient::start()
{
    m_timer.start();
    send();
}

void NormalClient::stop()
{
    m_timer.stop();
    waitFor([this] { return m_running == 0; }, 15000);
}

QString NormalClient::describe() const
{
    const Percentiles p = latency();
    return QStringLiteral("normal client: %1 sent, %2 served, latency p50 %3 ms, p99 %4 ms, max %5 ms")
        .arg(m_sent)
        .arg(served())
        .arg(p.p50)
        .arg(p.p99)
        .arg(p.max);
}

void NormalClient::send()
{
    ++m_sent;
    ++m_running;
    auto *c = new RawConnection(m_enginePort, 10000, this);
    c->onFinished = [this](RawConnection &connection) {
        --m_running;
        const HttpReply reply = connection.reply();
        if (connection.end() == RawConnection::End::Closed && reply.status == 200
            && reply.body == OriginServer::content(0, BodyBytes)) {
            m_latencies.append(connection.elapsedMs());
        } else {
            m_problems.append(QStringLiteral("%1 after %2 ms: %3")
                                  .arg(connection.describeEnd())
                                  .arg(connection.elapsedMs())
                                  .arg(RawConnection::preview(connection.received(), 300)));
        }
        connection.deleteLater();
    };
    c->send(m_request);
}
