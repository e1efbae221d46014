#pragma once

#include "result.h"
#include "tunnelrecord.h"

#include <QCoreApplication>
#include <QJsonObject>

// The status socket's messages (DESIGN F5, README "Status socket"): JSON text frames, each an
// object with "schema" and "type". A client first gets a "snapshot" (the engine's figures, its
// open tunnels and its latest finished ones), then "changes" at most ten times a second and a
// "status" once a second. Schema 1 only ever gains keys; a reader ignores keys it does not know.
struct StatusMessage
{
    enum class Type { Snapshot, Changes, Status };

    Type type = Type::Status;
    QJsonObject engine;    // the GET /status object (snapshot and status)
    TunnelRecords records; // snapshot and changes
    quint64 sequence = 0;  // changes: the engine's count of change sets; a gap means some were skipped
};

class StatusProtocol
{
    Q_DECLARE_TR_FUNCTIONS(StatusProtocol)

public:
    static constexpr int Schema = 1;

    static QJsonObject recordToJson(const TunnelRecord &record);
    static Result<TunnelRecord> recordFromJson(const QJsonValue &value, const QString &path);

    static QByteArray snapshot(const QJsonObject &engine, const TunnelRecords &records);
    static QByteArray changes(const TunnelRecords &records, quint64 sequence);
    static QByteArray status(const QJsonObject &engine);

    // Checks everything it reads: an Error names the field (e.g. "tunnels[3].bytes_up") or the
    // byte where the JSON breaks.
    static Result<StatusMessage> parse(QByteArrayView text);
};
