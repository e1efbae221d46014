// Records for the status tests: a tunnel with its fields set, and the ids of a list.
#pragma once

#include "tunnelrecord.h"

#include <QList>

namespace StatusTest {

inline TunnelRecord record(quint64 id, TunnelRecord::State state, const QString &target = QStringLiteral("example.org:443"))
{
    TunnelRecord r;
    r.id = id;
    r.kind = TunnelRecord::Kind::Tunnel;
    r.state = state;
    r.client = QStringLiteral("127.0.0.1:4000");
    r.target = target;
    r.route = QStringLiteral("upstream");
    r.status = 200;
    r.bytesUp = qint64(id) * 10;
    r.bytesDown = qint64(id) * 100;
    r.startMs = 1'700'000'000'000;
    r.endMs = r.isFinished() ? r.startMs + 5 : 0;
    return r;
}

inline QList<quint64> idsOf(const TunnelRecords &records)
{
    QList<quint64> ids;
    for (const TunnelRecord &r : records)
        ids.append(r.id);
    return ids;
}

} // namespace StatusTest
