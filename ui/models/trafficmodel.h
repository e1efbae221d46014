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
// the table on every batch).
class TrafficModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Client, Target, RouteColumn, State, BytesUp, BytesDown, Rate, Duration, ErrorColumn, ColumnCount };
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

    const TunnelRecord &recordAt(int row) const { return m_rows[size_t(row)].record; }
    int rowOf(quint64 id) const { return m_index.value(id, -1); }
    // Tab-separated text of the rows, with a header line: for the clipboard and for CSV.
    QString toText(const QList<int> &rows, QChar separator) const;

    static QString formatBytes(qint64 bytes);

private:
    struct Row
    {
        TunnelRecord record;
        double rate = 0;        // bytes per second, both directions, over the last update
        qint64 rateAtMs = 0;    // when the rate was measured
    };

    void evict();
    void reindex(int from);
    QString cellText(const Row &row, int column) const;

    std::vector<Row> m_rows;
    QHash<quint64, int> m_index; // record id → row
    std::deque<quint64> m_finishedOrder;
    int m_capacity = 10'000;
    int m_open = 0;
    qint64 m_nowMs = 0;
};
