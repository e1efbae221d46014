// The Traffic page under load (issue: 10,000 rows, change sets at 10 Hz touching 1,000 rows):
// how long one batch takes to apply to the model and repaint the table, and how long the GUI
// thread's event loop stalls meanwhile. Prints figures; never fails.
//
//   QT_QPA_PLATFORM=offscreen build/release/bench/bench_traffic [batches]
// BENCH_TRAFFIC_UNSORTED=1: rows in arrival order; BENCH_TRAFFIC_FULL_REPAINT=1: repaint every
// visible cell per batch (the worst case: all changed rows on screen).
#include "enginecontroller.h"
#include "secretstore.h"
#include "settings.h"
#include "trafficmodel.h"
#include "trafficpage.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QTableView>
#include <QTemporaryDir>
#include <QTimer>

#include <algorithm>
#include <cstdio>
#include <vector>

namespace {

TunnelRecord record(quint64 id, qint64 down, bool open)
{
    TunnelRecord r;
    r.id = id;
    r.kind = TunnelRecord::Kind::Tunnel;
    r.state = open ? TunnelRecord::State::Open : TunnelRecord::State::Closed;
    r.client = QStringLiteral("10.1.%1.%2:%3").arg(id / 250 % 250).arg(id % 250).arg(40000 + id % 20000);
    r.method = QStringLiteral("CONNECT");
    r.target = QStringLiteral("service-%1.example.com:443").arg(id % 997);
    r.route = id % 3 ? QStringLiteral("upstream") : QStringLiteral("direct (NO_PROXY .corp)");
    r.status = 200;
    r.bytesUp = qint64(id) * 13;
    r.bytesDown = down;
    r.startMs = 1'700'000'000'000 + qint64(id);
    return r;
}

double percentile(std::vector<double> values, double p)
{
    std::sort(values.begin(), values.end());
    return values[size_t(double(values.size() - 1) * p)];
}

} // namespace

int main(int argc, char **argv)
{
    QApplication application(argc, argv);
    const int batches = argc > 1 ? std::max(10, std::atoi(argv[1])) : 100;
    QTemporaryDir dir;
    Settings settings(dir.filePath(QStringLiteral("settings.json")));
    settings.load();
    SecretStore secrets(QStringLiteral("ProxyDeckBench"));
    EngineController engine(settings, secrets);
    TrafficPage page(engine, settings, secrets);
    page.resize(1200, 800);
    page.show();

    TunnelRecords initial;
    for (quint64 id = 1; id <= 10'000; ++id)
        initial.append(record(id, qint64(id) * 100, id > 9'000)); // the last 1,000 open
    page.model()->apply(initial, 1'700'000'000'000);
    const bool sorted = qEnvironmentVariableIsEmpty("BENCH_TRAFFIC_UNSORTED");
    const bool fullRepaint = !qEnvironmentVariableIsEmpty("BENCH_TRAFFIC_FULL_REPAINT");
    if (sorted)
        page.view()->sortByColumn(TrafficModel::BytesDown, Qt::DescendingOrder);
    QCoreApplication::processEvents();

    // Every 100 ms a change set of 1,000 open rows; meanwhile a 1 ms timer measures how late the
    // event loop runs it (the stall a user would feel).
    std::vector<double> batchMs;
    std::vector<double> lateMs;
    QElapsedTimer probeClock;
    probeClock.start();
    qint64 expected = 1;
    QTimer probe;
    probe.setTimerType(Qt::PreciseTimer);
    QObject::connect(&probe, &QTimer::timeout, &probe, [&] {
        const qint64 now = probeClock.elapsed();
        lateMs.push_back(double(std::max<qint64>(0, now - expected)));
        expected = now + 1;
    });
    probe.start(1);
    int done = 0;
    QTimer batchTimer;
    QObject::connect(&batchTimer, &QTimer::timeout, &batchTimer, [&] {
        TunnelRecords changes;
        changes.reserve(1000);
        for (quint64 id = 9'001; id <= 10'000; ++id)
            changes.append(record(id, qint64(id) * 100 + qint64(done + 1) * 4096, true));
        QElapsedTimer clock;
        clock.start();
        page.model()->apply(changes, 1'700'000'000'000 + qint64(done + 1) * 100);
        if (fullRepaint)
            page.view()->viewport()->repaint(); // every visible cell, as when the changed rows are on screen
        else
            QCoreApplication::processEvents(); // what the batch really makes the view repaint
        batchMs.push_back(double(clock.nsecsElapsed()) / 1e6);
        if (++done == batches)
            QCoreApplication::quit();
    });
    batchTimer.start(100);
    application.exec();

    std::printf("traffic page: 10,000 rows, %s, %d batches of 1,000 changed rows at 10 Hz\n",
                sorted ? "sorted by bytes down" : "in arrival order", batches);
    std::printf("  batch apply + %s: median %.2f ms, p99 %.2f ms, max %.2f ms (target <= 5 ms)\n",
                fullRepaint ? "full repaint" : "the repaint it causes",
                percentile(batchMs, 0.5), percentile(batchMs, 0.99), percentile(batchMs, 1.0));
    std::printf("  event loop lateness (1 ms probe): p99 %.2f ms, max %.2f ms (target <= 16 ms)\n",
                percentile(lateMs, 0.99), percentile(lateMs, 1.0));
    return 0;
}
