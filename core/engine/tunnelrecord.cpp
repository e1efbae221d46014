#include "tunnelrecord.h"

#include <QDateTime>

QString TunnelRecord::kindId(Kind kind)
{
    switch (kind) {
    case Kind::Tunnel: return QStringLiteral("tunnel");
    case Kind::Request: return QStringLiteral("request");
    case Kind::WebSocket: return QStringLiteral("websocket");
    }
    return {};
}

QString TunnelRecord::stateId(State state)
{
    switch (state) {
    case State::Connecting: return QStringLiteral("connecting");
    case State::Open: return QStringLiteral("open");
    case State::Closed: return QStringLiteral("closed");
    case State::Failed: return QStringLiteral("failed");
    }
    return {};
}

QString TunnelRecord::logLine() const
{
    const QString when = QDateTime::fromMSecsSinceEpoch(endMs ? endMs : startMs).toUTC().toString(Qt::ISODateWithMs);
    QString line = QStringLiteral("%1 #%2 %3 %4 %5 %6 %7 up=%8 down=%9 ms=%10")
                       .arg(when, QString::number(id), client, method.isEmpty() ? kindId(kind) : method, target,
                            route, QString::number(status), QString::number(bytesUp), QString::number(bytesDown),
                            QString::number(endMs ? endMs - startMs : 0));
    if (!error.isEmpty())
        line += QStringLiteral(" error=\"%1\"").arg(QString(error).replace(u'"', u'\''));
    return line;
}
