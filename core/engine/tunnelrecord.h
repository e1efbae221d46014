#pragma once

#include <QList>
#include <QMetaType>
#include <QString>

// One tunnel (CONNECT, or a WebSocket after its upgrade) or one forwarded request, as the
// Traffic page, the status socket and the log see it. Workers publish changed records in
// batches; a record is final once its state is Closed or Failed.
struct TunnelRecord
{
    enum class Kind : quint8 { Tunnel, Request, WebSocket };
    enum class State : quint8 { Connecting, Open, Closed, Failed };

    quint64 id = 0;
    Kind kind = Kind::Tunnel;
    State state = State::Connecting;
    QString client;  // address:port of the client
    QString target;  // host:port (CONNECT) or the request's URL without its query
    QString method;
    QString route;   // "upstream", "direct", or "direct (NO_PROXY entry …)"
    int status = 0;  // what the client was answered (200 for an open tunnel)
    qint64 bytesUp = 0;   // client → next hop, payload as relayed
    qint64 bytesDown = 0; // next hop → client
    qint64 startMs = 0;   // milliseconds since the epoch
    qint64 endMs = 0;     // 0 while open
    QString error;        // why it failed, in words; empty when it did not
    QString engine;       // which engine reported it: empty for the console's own, else host:port

    bool isFinished() const { return state == State::Closed || state == State::Failed; }
    static QString kindId(Kind kind);
    static QString stateId(State state);
    // One line for `proxydeck serve --log`: never credentials (targets carry no userinfo).
    QString logLine() const;
};

using TunnelRecords = QList<TunnelRecord>;
Q_DECLARE_METATYPE(TunnelRecord)
