#pragma once

#include "tunnelrecord.h"

#include <QAbstractTableModel>
#include <QHash>

#include <deque>
#include <vector>

// The engine's tunnels and requests for the Traffic page, fed by the engine's batched change
// sets: one batch is one beginInsertRows for its new records and dataChanged over the span of
// the rows it touched, never a signal per record. Open records always stay; of the finished
// ones the newest `capacity` are kept (evicted in slices, so a busy engine does not renumber
// the table on every batch). Records of several engines (the console's own, and remote ones
// watched over their status sockets) share the table; a record is known by engine and id.
class TrafficModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { EngineColumn, Client, Target, RouteColumn, State, BytesUp, BytesDown, Rate, Duration, ErrorColumn, ColumnCount };
    // SortRole: the raw value (numbers for byte counts, rates, durations); RecordIdRole: the id.
    enum Role { SortRole = Qt::UserRole + 1, RecordIdRole, StateRole, RouteKindRole, FailedRole };

    explicit TrafficModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // Applies one change set. nowMs is the clock the rates and durations use (tests pass their own).
    void apply(const TunnelRecords &records, qint64 nowMs);
    void apply(const TunnelRecords &records);
    // Finished rows go; open ones stay.
    void clearFinished();
    void setCapacity(int finishedRows);
    int capacity() const { return m_capacity; }
    int openCount() const { return m_open; }

    // An engine's connection went: its open rows say so (their state is not known any more)
    // until its next snapshot.
    void markEngineLost(const QString &engine);
    // A (re)connected engine's snapshot: applied like a change set; rows of that engine that were
    // open and are not in it ended while the console was not watching.
    void applySnapshot(const QString &engine, const TunnelRecords &records, qint64 nowMs);
    // The engine is not watched any more: its open rows are closed with `reason`.
    void closeEngineRows(const QString &engine, const QString &reason, qint64 nowMs);
    bool isLost(int row) const { return m_rows[size_t(row)].lost; }
    // True once a record of another engine than the console's own arrived.
    bool hasRemoteRecords() const { return m_engineNames.size() > 1; }

    const TunnelRecord &recordAt(int row) const { return m_rows[size_t(row)].record; }
    int rowOf(quint64 id, const QString &engine = {}) const;
    // Tab-separated text of the rows, with a header line: for the clipboard and for CSV.
    QString toText(const QList<int> &rows, QChar separator) const;

    static QString formatBytes(qint64 bytes);

private:
    struct Row
    {
        TunnelRecord record;
        double rate = 0;        // bytes per second, both directions, over the last update
        qint64 rateAtMs = 0;    // when the rate was measured
        bool lost = false;      // open when its engine's connection went
    };

    quint64 keyOf(const TunnelRecord &record);
    quint64 keyOf(quint64 id, const QString &engine) const;
    template<typename Change>
    void changeEngineRows(const QString &engine, Change change);
    void closeOpenRows(const QString &engine, bool onlyLost, const QString &reason, qint64 nowMs);
    void evict();
    void reindex(int from);
    QString cellText(const Row &row, int column) const;

    std::vector<Row> m_rows;
    QHash<quint64, int> m_index; // engine number << 48 | record id → row
    QHash<QString, quint64> m_engineNumbers;
    QStringList m_engineNames{QString()}; // number → name; 0 is the console's own engine
    std::deque<quint64> m_finishedOrder;
    int m_capacity = 10'000;
    int m_open = 0;
    qint64 m_nowMs = 0;
};
