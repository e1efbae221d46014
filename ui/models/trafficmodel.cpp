#include "trafficmodel.h"

#include <QDateTime>
#include <QLocale>

#include <algorithm>

namespace {

// Evict once the finished rows pass the capacity by this much: one removal per slice, not one
// per batch.
int slack(int capacity)
{
    return std::max(100, capacity / 10);
}

QString csvField(const QString &text, QChar separator)
{
    if (separator == u'\t')
        return QString(text).replace(u'\t', u' ').replace(u'\n', u' ');
    if (!text.contains(separator) && !text.contains(u'"') && !text.contains(u'\n'))
        return text;
    return u'"' + QString(text).replace(u'"', QStringLiteral("\"\"")) + u'"';
}

} // namespace

TrafficModel::TrafficModel(QObject *parent) : QAbstractTableModel(parent)
{
}

int TrafficModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int TrafficModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString TrafficModel::formatBytes(qint64 bytes)
{
    return QLocale().formattedDataSize(bytes, 1, QLocale::DataSizeTraditionalFormat);
}

quint64 TrafficModel::keyOf(const TunnelRecord &record)
{
    if (record.engine.isEmpty())
        return record.id;
    quint64 number = m_engineNumbers.value(record.engine);
    if (!number) {
        number = quint64(m_engineNames.size());
        m_engineNumbers.insert(record.engine, number);
        m_engineNames.append(record.engine);
    }
    return number << 48 | (record.id & 0xFFFF'FFFF'FFFFull);
}

quint64 TrafficModel::keyOf(quint64 id, const QString &engine) const
{
    if (engine.isEmpty())
        return id;
    const quint64 number = m_engineNumbers.value(engine);
    return number ? number << 48 | (id & 0xFFFF'FFFF'FFFFull) : ~0ull;
}

int TrafficModel::rowOf(quint64 id, const QString &engine) const
{
    return m_index.value(keyOf(id, engine), -1);
}

QString TrafficModel::cellText(const Row &row, int column) const
{
    const TunnelRecord &r = row.record;
    switch (column) {
    case EngineColumn:
        return r.engine.isEmpty() ? tr("this console") : r.engine;
    case Client:
        return r.client;
    case Target:
        return r.method == u"CONNECT" || r.method.isEmpty() ? r.target : r.method + u' ' + r.target;
    case RouteColumn:
        return r.route;
    case State:
        if (row.lost)
            return tr("unknown (engine unreachable)");
        if (r.state == TunnelRecord::State::Failed)
            return r.status ? tr("failed (%1)").arg(r.status) : tr("failed");
        if (r.state == TunnelRecord::State::Connecting)
            return tr("connecting");
        if (r.state == TunnelRecord::State::Open)
            return r.kind == TunnelRecord::Kind::WebSocket ? tr("open (WebSocket)") : tr("open");
        return r.status ? tr("closed (%1)").arg(r.status) : tr("closed");
    case BytesUp:
        return formatBytes(r.bytesUp);
    case BytesDown:
        return formatBytes(r.bytesDown);
    case Rate:
        return r.isFinished() || row.lost ? QString() : tr("%1/s").arg(formatBytes(qint64(row.rate)));
    case Duration: {
        const qint64 end = r.endMs ? r.endMs : std::max(m_nowMs, r.startMs);
        const double seconds = double(end - r.startMs) / 1000.0;
        return seconds < 10 ? tr("%1 s").arg(seconds, 0, 'f', 2) : tr("%1 s").arg(qint64(seconds));
    }
    case ErrorColumn:
        return r.error;
    }
    return {};
}

QVariant TrafficModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= int(m_rows.size()))
        return {};
    const Row &row = m_rows[size_t(index.row())];
    const TunnelRecord &r = row.record;
    switch (role) {
    case Qt::DisplayRole:
        return cellText(row, index.column());
    case Qt::ToolTipRole:
        if (index.column() == ErrorColumn || index.column() == Target)
            return cellText(row, index.column());
        return {};
    case Qt::TextAlignmentRole:
        if (index.column() >= BytesUp && index.column() <= Duration)
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case SortRole:
        switch (index.column()) {
        case BytesUp: return r.bytesUp;
        case BytesDown: return r.bytesDown;
        case Rate: return r.isFinished() ? 0.0 : row.rate;
        case Duration: return (r.endMs ? r.endMs : m_nowMs) - r.startMs;
        case State: return int(r.state);
        default: return cellText(row, index.column());
        }
    case RecordIdRole:
        return r.id;
    case StateRole:
        return int(r.state);
    case RouteKindRole:
        return r.route.startsWith(u"upstream") ? QStringLiteral("upstream") : QStringLiteral("direct");
    case FailedRole:
        return r.state == TunnelRecord::State::Failed;
    default:
        return {};
    }
}

QVariant TrafficModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case EngineColumn: return tr("Engine");
    case Client: return tr("Client");
    case Target: return tr("Target");
    case RouteColumn: return tr("Route");
    case State: return tr("State");
    case BytesUp: return tr("Up");
    case BytesDown: return tr("Down");
    case Rate: return tr("Rate");
    case Duration: return tr("Duration");
    case ErrorColumn: return tr("Error");
    }
    return {};
}

void TrafficModel::apply(const TunnelRecords &records)
{
    apply(records, QDateTime::currentMSecsSinceEpoch());
}

void TrafficModel::apply(const TunnelRecords &records, qint64 nowMs)
{
    m_nowMs = nowMs;
    int first = int(m_rows.size());
    int last = -1;
    std::vector<Row> added;
    std::vector<quint64> addedKeys;
    QHash<quint64, size_t> addedAt; // several records of one batch may be the same id: the newest wins
    for (const TunnelRecord &record : records) {
        const quint64 key = keyOf(record);
        const auto found = m_index.constFind(key);
        if (found == m_index.constEnd()) {
            if (const auto same = addedAt.constFind(key); same != addedAt.constEnd()) {
                added[*same].record = record;
            } else {
                addedAt.insert(key, added.size());
                added.push_back(Row{record, 0, nowMs});
                addedKeys.push_back(key);
            }
            continue;
        }
        Row &row = m_rows[size_t(*found)];
        row.lost = false;
        const bool wasFinished = row.record.isFinished();
        if (!wasFinished) {
            const qint64 moved = (record.bytesUp + record.bytesDown) - (row.record.bytesUp + row.record.bytesDown);
            const qint64 elapsed = nowMs - row.rateAtMs;
            if (elapsed > 0)
                row.rate = double(moved) * 1000.0 / double(elapsed);
            row.rateAtMs = nowMs;
        }
        row.record = record;
        if (!wasFinished && record.isFinished()) {
            --m_open;
            m_finishedOrder.push_back(key);
        }
        first = std::min(first, *found);
        last = std::max(last, *found);
    }
    if (last >= 0)
        Q_EMIT dataChanged(index(first, 0), index(last, ColumnCount - 1));
    if (!added.empty()) {
        const int start = int(m_rows.size());
        beginInsertRows({}, start, start + int(added.size()) - 1);
        for (size_t i = 0; i < added.size(); ++i) {
            Row &row = added[i];
            m_index.insert(addedKeys[i], int(m_rows.size()));
            if (row.record.isFinished())
                m_finishedOrder.push_back(addedKeys[i]);
            else
                ++m_open;
            m_rows.push_back(std::move(row));
        }
        endInsertRows();
    }
    if (int(m_finishedOrder.size()) > m_capacity + slack(m_capacity))
        evict();
}

void TrafficModel::setCapacity(int finishedRows)
{
    m_capacity = std::max(0, finishedRows);
    if (int(m_finishedOrder.size()) > m_capacity)
        evict();
}

void TrafficModel::evict()
{
    // The oldest finished records beyond the capacity, as row numbers, removed in runs from the
    // bottom up so that the rows above keep their numbers until their turn.
    QList<int> doomed;
    while (int(m_finishedOrder.size()) > m_capacity) {
        doomed.append(m_index.value(m_finishedOrder.front()));
        m_index.remove(m_finishedOrder.front());
        m_finishedOrder.pop_front();
    }
    if (doomed.isEmpty())
        return;
    std::sort(doomed.begin(), doomed.end());
    int lowest = doomed.constFirst();
    for (qsizetype end = doomed.size(); end > 0;) {
        qsizetype begin = end - 1;
        while (begin > 0 && doomed[begin - 1] == doomed[begin] - 1)
            --begin;
        const int from = doomed[begin];
        const int to = doomed[end - 1];
        beginRemoveRows({}, from, to);
        m_rows.erase(m_rows.begin() + from, m_rows.begin() + to + 1);
        endRemoveRows();
        end = begin;
    }
    reindex(lowest);
}

void TrafficModel::reindex(int from)
{
    for (int i = from; i < int(m_rows.size()); ++i)
        m_index.insert(keyOf(m_rows[size_t(i)].record.id, m_rows[size_t(i)].record.engine), i);
}

template<typename Change>
void TrafficModel::changeEngineRows(const QString &engine, Change change)
{
    int first = -1;
    int last = -1;
    for (int i = 0; i < int(m_rows.size()); ++i) {
        Row &row = m_rows[size_t(i)];
        if (row.record.engine != engine || row.record.isFinished() || !change(row))
            continue;
        if (first < 0)
            first = i;
        last = i;
    }
    if (last >= 0)
        Q_EMIT dataChanged(index(first, 0), index(last, ColumnCount - 1));
}

void TrafficModel::markEngineLost(const QString &engine)
{
    changeEngineRows(engine, [](Row &row) { return !std::exchange(row.lost, true); });
}

void TrafficModel::closeEngineRows(const QString &engine, const QString &reason, qint64 nowMs)
{
    closeOpenRows(engine, false, reason, nowMs);
}

void TrafficModel::applySnapshot(const QString &engine, const TunnelRecords &records, qint64 nowMs)
{
    // Every open row of the engine is in question until the snapshot says otherwise; a snapshot
    // also comes when a slow console was skipped over, not only after a reconnect.
    for (Row &row : m_rows) {
        if (row.record.engine == engine && !row.record.isFinished())
            row.lost = true;
    }
    apply(records, nowMs);
    // What is still lost was not in the snapshot: it ended while nobody was watching.
    closeOpenRows(engine, true, tr("ended while the engine was unreachable; the figures are the last ones seen"), nowMs);
}

void TrafficModel::closeOpenRows(const QString &engine, bool onlyLost, const QString &reason, qint64 nowMs)
{
    m_nowMs = nowMs;
    changeEngineRows(engine, [&](Row &row) {
        if (onlyLost && !row.lost)
            return false;
        row.lost = false;
        row.record.state = TunnelRecord::State::Closed;
        row.record.endMs = std::max(nowMs, row.record.startMs);
        row.record.error = reason;
        --m_open;
        m_finishedOrder.push_back(keyOf(row.record.id, engine));
        return true;
    });
    if (int(m_finishedOrder.size()) > m_capacity + slack(m_capacity))
        evict();
}

void TrafficModel::clearFinished()
{
    const int keep = m_capacity;
    m_capacity = 0;
    evict();
    m_capacity = keep;
}

QString TrafficModel::toText(const QList<int> &rows, QChar separator) const
{
    QStringList lines;
    QStringList header;
    // The Engine column only once there is more than the console's own engine to tell apart.
    const int firstColumn = hasRemoteRecords() ? EngineColumn : Client;
    for (int column = firstColumn; column < ColumnCount; ++column)
        header.append(csvField(headerData(column, Qt::Horizontal).toString(), separator));
    lines.append(header.join(separator));
    for (int row : rows) {
        if (row < 0 || row >= int(m_rows.size()))
            continue;
        QStringList cells;
        const Row &r = m_rows[size_t(row)];
        for (int column = firstColumn; column < ColumnCount; ++column) {
            // Exact byte counts in text exports: spreadsheets sum them.
            if (column == BytesUp)
                cells.append(QString::number(r.record.bytesUp));
            else if (column == BytesDown)
                cells.append(QString::number(r.record.bytesDown));
            else
                cells.append(csvField(cellText(r, column), separator));
        }
        lines.append(cells.join(separator));
    }
    return lines.join(u'\n') + u'\n';
}
